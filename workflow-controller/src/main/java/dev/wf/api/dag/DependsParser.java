package dev.wf.api.dag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.wf.api.dag.DependsNode.All;
import dev.wf.api.dag.DependsNode.Any;
import dev.wf.api.dag.DependsNode.Not;
import dev.wf.api.dag.DependsNode.Operand;
import dev.wf.api.spec.ContinueOn;

/**
 * Reads a {@code depends} expression by recursive descent: {@code ||} binds loosest, then {@code
 * &&}, then {@code !}; parentheses group. A bare task name accepts Succeeded, Skipped and Daemoned,
 * plus Failed or Errored when that task continues on them (as Argo expands it).
 */
final class DependsParser {
  private final String text;
  private final Map<String, ContinueOn> continueOn;
  private final List<TaskReference> references = new ArrayList<>();
  private int pos;

  private DependsParser(String text, Map<String, ContinueOn> continueOn) {
    this.text = text;
    this.continueOn = continueOn;
  }

  static ParsedDepends parse(String text, Map<String, ContinueOn> continueOn) {
    var parser = new DependsParser(text == null ? "" : text, continueOn);
    return parser.parseAll();
  }

  /** {@code dependencies: [A, B]}: every name bare, joined by {@code &&}; offsets are -1. */
  static ParsedDepends allOf(List<String> tasks, Map<String, ContinueOn> continueOn) {
    var parser = new DependsParser(String.join(" && ", tasks), continueOn);
    var operands = new ArrayList<DependsNode>();
    var references = new ArrayList<TaskReference>();
    for (var task : tasks) {
      operands.add(new Operand(task, parser.bareResults(task)));
      references.add(new TaskReference(task, Optional.empty(), -1));
    }
    return new ParsedDepends(parser.text, new All(operands), references);
  }

  private ParsedDepends parseAll() {
    skipSpace();
    if (pos == text.length()) {
      return new ParsedDepends(text, new All(List.of()), List.of());
    }
    var root = or();
    skipSpace();
    if (pos < text.length()) {
      throw error("expected \"&&\", \"||\" or \")\", found " + found());
    }
    return new ParsedDepends(text, root, references);
  }

  private DependsNode or() {
    var operands = new ArrayList<DependsNode>();
    operands.add(and());
    while (accept("||")) {
      operands.add(and());
    }
    return operands.size() == 1 ? operands.get(0) : new Any(operands);
  }

  private DependsNode and() {
    var operands = new ArrayList<DependsNode>();
    operands.add(unary());
    while (accept("&&")) {
      operands.add(unary());
    }
    return operands.size() == 1 ? operands.get(0) : new All(operands);
  }

  private DependsNode unary() {
    if (accept("!")) return new Not(unary());
    if (accept("(")) {
      int open = pos - 1;
      var inner = or();
      if (!accept(")")) {
        throw error("expected \")\" to close \"(\" at offset " + open + ", found " + found());
      }
      return inner;
    }
    return operand();
  }

  private DependsNode operand() {
    skipSpace();
    int start = pos;
    var task = name();
    if (task.isEmpty()) throw error("expected a task name, found " + found());
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      int resultStart = pos;
      var label = name();
      var result = TaskResult.named(label).orElseThrow(() -> unknownResult(label, resultStart));
      references.add(new TaskReference(task, Optional.of(result), start));
      return new Operand(task, EnumSet.of(result));
    }
    references.add(new TaskReference(task, Optional.empty(), start));
    return new Operand(task, bareResults(task));
  }

  private Set<TaskResult> bareResults(String task) {
    var accepted = EnumSet.of(TaskResult.SUCCEEDED, TaskResult.SKIPPED, TaskResult.DAEMONED);
    var taskContinueOn = continueOn.get(task);
    if (taskContinueOn != null && taskContinueOn.onError()) accepted.add(TaskResult.ERRORED);
    if (taskContinueOn != null && taskContinueOn.onFailed()) accepted.add(TaskResult.FAILED);
    return accepted;
  }

  private DependsSyntaxException unknownResult(String label, int offset) {
    var shown = label.isEmpty() ? "nothing" : "\"" + label + "\"";
    pos = offset;
    return error(
        "expected a task result after \".\", found "
            + shown
            + " (allowed: "
            + String.join(", ", TaskResult.labels())
            + ")");
  }

  private String name() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
    return text.substring(start, pos);
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  private boolean accept(String token) {
    skipSpace();
    if (text.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }

  private String found() {
    if (pos >= text.length()) return "end of expression";
    var rest = text.substring(pos);
    for (var token : List.of("&&", "||")) {
      if (rest.startsWith(token)) return "\"" + token + "\"";
    }
    return "\"" + rest.charAt(0) + "\"";
  }

  private DependsSyntaxException error(String message) {
    return new DependsSyntaxException(message, pos);
  }
}
