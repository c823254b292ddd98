package dev.wf.api.expr;

import java.util.List;

/** The syntax tree of a parsed expression; {@code pos} is where each node starts in the source. */
sealed interface Node {
  int pos();

  /** A number, string, boolean or nil written in the expression. */
  record Literal(Object value, int pos) implements Node {}

  /** A top-level name: a variable such as {@code inputs} or {@code steps}. */
  record Identifier(String name, int pos) implements Node {}

  /** {@code #} (the current element in a closure) or {@code #index} / {@code #acc}. */
  record Pointer(String name, int pos) implements Node {}

  /** {@code target.name}, or {@code target?.name} when {@code optional}. */
  record Member(Node target, String name, boolean optional, int pos) implements Node {}

  /** {@code target[index]}, or {@code target?.[index]} when {@code optional}. */
  record Index(Node target, Node index, boolean optional, int pos) implements Node {}

  /** {@code target[from:to]}; either bound may be null. */
  record Slice(Node target, Node from, Node to, int pos) implements Node {}

  /** A call of a named function, e.g. {@code asInt(x)} or {@code sprig.trim(x)}. */
  record Call(String function, List<Node> args, int pos) implements Node {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** A method called on a value, e.g. {@code (a - b).Seconds()}. */
  record MethodCall(Node receiver, String method, List<Node> args, int pos) implements Node {
    public MethodCall {
      args = List.copyOf(args);
    }
  }

  /** {@code !x}, {@code not x}, {@code -x} or {@code +x}; {@code op} is "!", "-" or "+". */
  record Unary(String op, Node operand, int pos) implements Node {}

  /** A binary operator; {@code pos} is the operator's position. */
  record Binary(String op, Node left, Node right, int pos) implements Node {}

  /** {@code condition ? then : otherwise}. */
  record Conditional(Node condition, Node then, Node otherwise, int pos) implements Node {}

  /** {@code [a, b, c]}. */
  record ArrayLiteral(List<Node> items, int pos) implements Node {
    public ArrayLiteral {
      items = List.copyOf(items);
    }
  }

  /** {@code {key: value, ...}}; keys evaluate to strings. */
  record MapLiteral(List<Node> keys, List<Node> values, int pos) implements Node {
    public MapLiteral {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }
  }

  /** A predicate or mapping passed to {@code filter}, {@code map}, ...: {@code {# > 1}}. */
  record Closure(Node body, int pos) implements Node {}
}
