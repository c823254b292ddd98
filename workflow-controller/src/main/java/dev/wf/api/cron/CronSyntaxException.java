package dev.wf.api.cron;

/** A cron expression that does not parse; {@code offset} is where in the expression (0-based). */
public final class CronSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int offset;

  public CronSyntaxException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
