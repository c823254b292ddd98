package dev.wf.api.validate;

/**
 * A problem found by a check, before it has a position: {@code path} is the field path inside the
 * document, e.g. {@code spec.templates[1].dag.tasks[0].depends}. {@code offset}, when not -1, is
 * the 0-based character inside the string value at {@code path} that the problem is about (a bad
 * token in an expression), so the error can point at it.
 */
public record Problem(String path, String message, int offset) {
  /** A problem about the field at {@code path} as a whole. */
  public Problem(String path, String message) {
    this(path, message, -1);
  }
}
