package dev.wf.api.resource;

/**
 * A success or failure condition, a {@code jsonPath} or a {@code jqFilter} that cannot be parsed;
 * {@link #offset()} is the 0-based character it is about.
 */
public final class ConditionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int offset;

  public ConditionException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
