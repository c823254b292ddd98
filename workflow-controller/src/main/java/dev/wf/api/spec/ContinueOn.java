package dev.wf.api.spec;

/** {@code continueOn}: treat a Failed or Errored step as done, so the workflow goes on. */
public record ContinueOn(Boolean failed, Boolean error) {
  public boolean onFailed() {
    return Boolean.TRUE.equals(failed);
  }

  public boolean onError() {
    return Boolean.TRUE.equals(error);
  }
}
