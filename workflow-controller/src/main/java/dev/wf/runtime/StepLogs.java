package dev.wf.runtime;

import java.util.List;

/**
 * The log lines of steps: stdout and stderr of the main command, in the order they were written.
 */
public interface StepLogs {
  /** Lines from index {@code from} on (0-based); empty when there are none yet. */
  List<String> lines(String workflowName, String nodeId, int from);
}
