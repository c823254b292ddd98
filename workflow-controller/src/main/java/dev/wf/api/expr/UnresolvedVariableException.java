package dev.wf.api.expr;

import java.util.List;

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
}
