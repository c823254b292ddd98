package dev.wf.runtime.local;

import dev.wf.executor.StepSpec;

/**
 * A step whose process this runtime watches: started by it, or adopted after a restart.
 *
 * @param adopted whether the process was started by an earlier server, so no exit event comes
 */
record RunningStep(
    String workflowName,
    String nodeId,
    StepDir dir,
    StepSpec spec,
    StepAttempt attempt,
    ProcessHandle process,
    boolean adopted) {}
