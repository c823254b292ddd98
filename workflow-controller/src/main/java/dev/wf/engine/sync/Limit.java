package dev.wf.engine.sync;

/**
 * The limit of a semaphore as looked up for a pass: a number of holders, or why there is none (the
 * message a workflow or node fails with).
 */
public record Limit(int value, String error) {
  public static Limit of(int value) {
    return new Limit(value, null);
  }

  public static Limit failed(String error) {
    return new Limit(0, error);
  }

  public boolean ok() {
    return error == null;
  }
}
