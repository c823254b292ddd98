package dev.wf.engine;

import dev.wf.api.spec.ContinueOn;
import dev.wf.api.spec.NodePhase;

/** {@code continueOn}: whether a Failed or Errored child lets its parent go on. */
final class Continuation {
  private Continuation() {}

  static boolean continues(ContinueOn continueOn, NodePhase phase) {
    if (continueOn == null) return false;
    return (phase == NodePhase.FAILED && continueOn.onFailed())
        || (phase == NodePhase.ERROR && continueOn.onError());
  }
}
