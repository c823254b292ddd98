package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.List;

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
 * Parses the expr-lang subset that Argo's {@code {{=...}}} tags use, by precedence climbing over
 * the binding powers in {@link OperatorTable}; the ternary and pipes bind loosest.
 */
final class Parser {
  private final String source;
  private final List<Token> tokens;
  private int index;

  private Parser(String source) {
    this.source = source;
    this.tokens = Lexer.tokenize(source);
  }

  /** Parses a whole expression; anything left over is an error. */
  static Node parse(String source) {
    var parser = new Parser(source);
    if (parser.peek().kind() == Token.Kind.END) {
      throw ExpressionException.at(source, 0, "empty expression");
    }
    Node node = parser.pipeline();
    parser.expectEnd();
    return node;
  }

  private Node pipeline() {
    Node node = ternary();
    while (peek().is("|")) {
      next();
      Token name = next();
      if (name.kind() != Token.Kind.NAME) {
        throw error(name, "expected a function call after \"|\" but found " + name.describe());
      }
      String function = name.text();
      if (peek().is(".")) {
        next();
        function += "." + memberName();
      }
      // the piped value is the first argument, so a closure is the first one written
      Call call = call(function, name.pos(), 0);
      var args = new ArrayList<Node>();
      args.add(node);
      args.addAll(call.args());
      node = new Call(call.function(), args, call.pos());
    }
    return node;
  }

  private Node ternary() {
    Node condition = binary(0);
    if (!peek().is("?")) return condition;
    Token question = next();
    Node then = ternary();
    expect(":");
    Node otherwise = ternary();
    return new Conditional(condition, then, otherwise, question.pos());
  }

  private Node binary(int minPrecedence) {
    Node left = unary();
    while (true) {
      String op = binaryOperator();
      if (op == null) return left;
      int precedence = OperatorTable.precedence(op);
      if (precedence <= minPrecedence) return left;
      Token token = next();
      if (op.startsWith("not ")) next();
      Node right = binary(OperatorTable.isRightAssociative(op) ? precedence - 1 : precedence);
      left = new Binary(OperatorTable.canonical(op), left, right, token.pos());
      // a not in b reads as !(a in b)
      if (op.startsWith("not ")) left = new Unary("!", left, token.pos());
    }
  }

  private String binaryOperator() {
    Token after = tokens.get(Math.min(index + 1, tokens.size() - 1));
    return OperatorTable.binaryOperator(peek(), after);
  }

  private Node unary() {
    Token token = peek();
    if (token.is("!") || token.isWord("not")) {
      next();
      return new Unary("!", binary(OperatorTable.NOT), token.pos());
    }
    if (token.is("-") || token.is("+")) {
      next();
      return new Unary(token.text(), binary(OperatorTable.SIGN), token.pos());
    }
    return postfix(primary());
  }

  private Node primary() {
    Token token = next();
    return switch (token.kind()) {
      case NUMBER, STRING -> new Literal(token.value(), token.pos());
      case POINTER -> new Pointer(token.text(), token.pos());
      case NAME -> name(token);
      case OPERATOR -> operatorPrimary(token);
      case END -> throw error(token, "unexpected end of expression");
    };
  }

  private Node name(Token token) {
    return switch (token.text()) {
      case "true" -> new Literal(Boolean.TRUE, token.pos());
      case "false" -> new Literal(Boolean.FALSE, token.pos());
      case "nil" -> new Literal(null, token.pos());
      default -> {
        if (peek().is("(")) yield call(token.text(), token.pos());
        yield new Identifier(token.text(), token.pos());
      }
    };
  }

  private Node operatorPrimary(Token token) {
    return switch (token.text()) {
      case "(" -> {
        Node inner = pipeline();
        expect(")");
        yield inner;
      }
      case "[" -> new ArrayLiteral(list("]"), token.pos());
      case "{" -> mapLiteral(token);
      case "." -> new Member(new Pointer("#", token.pos()), memberName(), false, token.pos());
      default -> throw error(token, "unexpected " + token.describe());
    };
  }

  private Node postfix(Node node) {
    while (true) {
      Token token = peek();
      if (token.is(".") || token.is("?.")) {
        next();
        boolean optional = token.is("?.");
        if (optional && peek().is("[")) {
          next();
          node = new Index(node, pipeline(), true, token.pos());
          expect("]");
          continue;
        }
        String name = memberName();
        if (peek().is("(")) {
          node = memberCall(node, name, token.pos());
        } else {
          node = new Member(node, name, optional, token.pos());
        }
      } else if (token.is("[")) {
        next();
        node = indexOrSlice(node, token);
      } else {
        return node;
      }
    }
  }

  private Node memberCall(Node receiver, String name, int pos) {
    if (receiver instanceof Identifier id) return call(id.name() + "." + name, pos);
    next();
    return new MethodCall(receiver, name, list(")"), pos);
  }

  private Node indexOrSlice(Node target, Token open) {
    Node from = peek().is(":") ? null : pipeline();
    if (!peek().is(":")) {
      expect("]");
      return new Index(target, from, false, open.pos());
    }
    next();
    Node to = peek().is("]") ? null : pipeline();
    expect("]");
    return new Slice(target, from, to, open.pos());
  }

  private Call call(String function, int pos) {
    return call(function, pos, 1);
  }

  /** A call's arguments; the one at {@code closureArg} is a closure if the function takes one. */
  private Call call(String function, int pos, int closureArg) {
    expect("(");
    var args = new ArrayList<Node>();
    boolean closures = OperatorTable.takesClosure(function);
    while (!peek().is(")")) {
      args.add(closures && args.size() == closureArg ? closure() : pipeline());
      if (!peek().is(",")) break;
      next();
    }
    expect(")");
    return new Call(function, args, pos);
  }

  private Node closure() {
    Token token = peek();
    if (!token.is("{")) return new Closure(pipeline(), token.pos());
    next();
    Node body = pipeline();
    expect("}");
    return new Closure(body, token.pos());
  }

  private Node mapLiteral(Token open) {
    var keys = new ArrayList<Node>();
    var values = new ArrayList<Node>();
    while (!peek().is("}")) {
      Token key = next();
      switch (key.kind()) {
        case NAME -> keys.add(new Literal(key.text(), key.pos()));
        case STRING, NUMBER -> keys.add(new Literal(String.valueOf(key.value()), key.pos()));
        default -> {
          if (!key.is("(")) throw error(key, "unexpected " + key.describe() + " as a map key");
          keys.add(pipeline());
          expect(")");
        }
      }
      expect(":");
      values.add(pipeline());
      if (!peek().is(",")) break;
      next();
    }
    expect("}");
    return new MapLiteral(keys, values, open.pos());
  }

  private List<Node> list(String close) {
    var items = new ArrayList<Node>();
    while (!peek().is(close)) {
      items.add(pipeline());
      if (!peek().is(",")) break;
      next();
    }
    expect(close);
    return items;
  }

  private String memberName() {
    Token token = next();
    if (token.kind() != Token.Kind.NAME)
      throw error(token, "expected a field name, found " + token.describe());
    return token.text();
  }

  private void expect(String op) {
    Token token = peek();
    if (!token.is(op)) {
      throw error(token, "expected \"" + op + "\" but found " + token.describe());
    }
    next();
  }

  private void expectEnd() {
    Token token = peek();
    if (token.kind() != Token.Kind.END) throw error(token, "unexpected " + token.describe());
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Token.Kind.END) index++;
    return token;
  }

  private ExpressionException error(Token token, String what) {
    return ExpressionException.at(source, token.pos(), what);
  }
}
