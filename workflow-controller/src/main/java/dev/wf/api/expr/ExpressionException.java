package dev.wf.api.expr;

/**
 * An expression or condition that does not parse or cannot be evaluated; the message quotes it and
 * names the offending token with its 1-based position. {@link #offset()} is 0-based.
 */
public class ExpressionException extends RuntimeException {
  private final int offset;

  public ExpressionException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }

  /** An error at {@code offset} of {@code source}: {@code what at position N in "source"}. */
  static ExpressionException at(String source, int offset, String what) {
    String oneLine = source.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return new ExpressionException(
        what + " at position " + (offset + 1) + " in \"" + oneLine + "\"", offset);
  }
}
