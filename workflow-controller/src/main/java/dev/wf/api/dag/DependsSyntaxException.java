package dev.wf.api.dag;

/**
 * A {@code depends} expression that does not parse; {@code offset} is the 0-based offending
 * position.
 */
public class DependsSyntaxException extends RuntimeException {
  private final int offset;

  public DependsSyntaxException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
