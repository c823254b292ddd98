package dev.wf.api.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wf.api.expr.Node.ArrayLiteral;
import dev.wf.api.expr.Node.Binary;
import dev.wf.api.expr.Node.Call;
import dev.wf.api.expr.Node.Closure;
import dev.wf.api.expr.Node.Conditional;
import dev.wf.api.expr.Node.Identifier;
import dev.wf.api.expr.Node.Index;
import dev.wf.api.expr.Node.Literal;
import dev.wf.api.expr.Node.MapLiteral;
import dev.wf.api.expr.Node.Member;
import dev.wf.api.expr.Node.MethodCall;
import dev.wf.api.expr.Node.Pointer;
import dev.wf.api.expr.Node.Slice;
import dev.wf.api.expr.Node.Unary;

/**
 * Evaluates a syntax tree against the variables. A name that is not there evaluates to nil and is
 * remembered in {@link #missing()}, so that a failure it causes is reported as an unresolved
 * variable rather than as a type error.
 */
final class Evaluator {
  private final String source;
  private final Variables vars;
  private final List<String> missing = new ArrayList<>();
  private final Deque<Frame> frames = new ArrayDeque<>();

  Evaluator(String source, Variables vars) {
    this.source = source;
    this.vars = vars;
  }

  /** Variables the expression asked for that do not exist, as dotted names. */
  Set<String> missing() {
    return new LinkedHashSet<>(missing);
  }

  /** The value of {@code node}; a missing variable is nil here and remembered. */
  Object eval(Node node) {
    Object value = evalRaw(node);
    if (value instanceof Missing m) {
      missing.add(m.path());
      return null;
    }
    return value;
  }

  /** The value, or {@link Missing} so that member access can extend the missing name. */
  private Object evalRaw(Node node) {
    try {
      return evalNode(node);
    } catch (EvaluationError e) {
      throw ExpressionException.at(source, node.pos(), e.getMessage());
    }
  }

  private Object evalNode(Node node) {
    return switch (node) {
      case Literal l -> l.value();
      case Identifier id -> variable(id.name());
      case Pointer p -> pointer(p);
      case Member m -> member(evalRaw(m.target()), m.name(), m.optional());
      case Index i -> index(i);
      case Slice s -> Access.slice(eval(s.target()), bound(s.from()), bound(s.to()));
      case Call c -> call(c);
      case MethodCall m -> TimeValues.method(eval(m.receiver()), m.method(), list(m.args()));
      case Unary u -> unary(u);
      case Binary b -> binary(b);
      case Conditional c ->
          Values.truth(eval(c.condition()), "\"?\"") ? eval(c.then()) : eval(c.otherwise());
      case ArrayLiteral a -> list(a.items());
      case MapLiteral m -> map(m);
      case Closure c -> lambda(c);
    };
  }

  private Object variable(String name) {
    Object value = vars.get(name);
    return value == null ? new Missing(name) : value;
  }

  private Object pointer(Pointer p) {
    Frame frame = frames.peek();
    if (frame == null) throw new EvaluationError(p.name() + " is only allowed inside a closure");
    return switch (p.name()) {
      case "#" -> frame.element();
      case "#index" -> frame.index();
      case "#acc" -> frame.acc();
      default -> throw new EvaluationError("unknown pointer " + p.name());
    };
  }

  private Object member(Object target, String name, boolean optional) {
    if (target instanceof Missing m) return new Missing(m.path() + "." + name);
    if (target == null && optional) return null;
    if (target instanceof Variables.Group group && !group.has(name)) {
      Object fromLeaf = group.leaf() == null ? null : Values.structure(group.leaf());
      if (fromLeaf instanceof Map<?, ?> map && map.containsKey(name)) return map.get(name);
      return new Missing(group.path() + "." + name);
    }
    return Access.member(target, name);
  }

  private Object index(Index i) {
    Object target = evalRaw(i.target());
    if (target == null && i.optional()) return null;
    Object key = eval(i.index());
    if (target instanceof Missing || key instanceof String) {
      return member(target, Values.render(key), i.optional());
    }
    if (target instanceof Variables.Group group && group.leaf() != null) {
      return Access.index(Values.structure(group.leaf()), key);
    }
    return Access.index(target, key);
  }

  private Long bound(Node node) {
    if (node == null) return null;
    Object value = eval(node);
    if (value instanceof Long l) return l;
    throw ExpressionException.at(source, node.pos(), "slice bound must be an integer");
  }

  private Object call(Call c) {
    if (c.function().equals("now"))
      return TimeValues.now(vars.get(Expression.NOW), c.args().size());
    ExprFunction function = Functions.lookup(c.function());
    if (function == null) throw new EvaluationError("unknown function " + c.function() + "()");
    var args = new ArrayList<Object>();
    for (Node arg : c.args()) args.add(Values.whole(eval(arg)));
    return function.apply(new Args(c.function(), args));
  }

  private Object unary(Unary u) {
    Object value = eval(u.operand());
    return switch (u.op()) {
      case "!" -> !Values.truth(value, "\"!\"");
      case "-" -> Operators.apply("-", zeroLike(value), value);
      default -> Operators.apply("+", zeroLike(value), value);
    };
  }

  private static Object zeroLike(Object value) {
    return value instanceof Double ? (Object) 0.0 : (Object) 0L;
  }

  private Object binary(Binary b) {
    return switch (b.op()) {
      case "&&" ->
          Values.truth(eval(b.left()), "\"&&\"") && Values.truth(eval(b.right()), "\"&&\"");
      case "||" ->
          Values.truth(eval(b.left()), "\"||\"") || Values.truth(eval(b.right()), "\"||\"");
      case "??" -> {
        Object left = evalRaw(b.left());
        yield left != null && !(left instanceof Missing) ? left : eval(b.right());
      }
      default -> Operators.apply(b.op(), eval(b.left()), eval(b.right()));
    };
  }

  private List<Object> list(List<Node> items) {
    var list = new ArrayList<Object>();
    for (Node item : items) list.add(eval(item));
    return list;
  }

  private Map<String, Object> map(MapLiteral m) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < m.keys().size(); i++) {
      map.put(Values.render(eval(m.keys().get(i))), eval(m.values().get(i)));
    }
    return map;
  }

  private Lambda lambda(Closure c) {
    return (element, index, acc) -> {
      frames.push(new Frame(element, index, acc));
      try {
        return eval(c.body());
      } finally {
        frames.pop();
      }
    };
  }

  /** A variable that does not exist, by the dotted name the expression used for it. */
  private record Missing(String path) {}

  /** What {@code #}, {@code #index} and {@code #acc} mean inside the closure being evaluated. */
  private record Frame(Object element, long index, Object acc) {}
}
