package dev.wf.api.expr;

/** An expression or condition that does not parse or cannot be evaluated; the message quotes it. */
public class ExpressionException extends RuntimeException {
  private final int offset;

  public ExpressionException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
