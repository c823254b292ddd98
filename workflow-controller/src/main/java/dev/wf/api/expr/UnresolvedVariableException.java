package dev.wf.api.expr;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code {{...}}} reference that the scope cannot resolve, or an expression that fails to
 * evaluate.
 */
public class UnresolvedVariableException extends RuntimeException {
  private final List<String> names;

  public UnresolvedVariableException(List<String> names, String message) {
    super(message);
    this.names = List.copyOf(names);
  }

  public List<String> names() {
    return names;
  }

  /** {@code unresolved variable "a"} or {@code unresolved variables "a", "b"}, plus context. */
  static UnresolvedVariableException of(Collection<String> names, String context) {
    String quoted = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    String message = "unresolved variable" + (names.size() == 1 ? " " : "s ") + quoted + context;
    return new UnresolvedVariableException(List.copyOf(names), message);
  }
}
