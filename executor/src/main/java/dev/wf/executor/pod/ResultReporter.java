package dev.wf.executor.pod;

import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/** Where a step pod's executor sends the step's result (in a cluster: a StepResult resource). */
public interface ResultReporter {
  /** Reports {@code result} for {@code spec}'s node; reporting again replaces the earlier one. */
  void report(StepSpec spec, StepResult result);
}
