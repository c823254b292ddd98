package dev.wf.engine;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.wf.executor.StepSpec;
import dev.wf.runtime.StepRuntime;

/** A step runtime whose steps start and then run until the test is over. */
final class HeldSteps implements StepRuntime {
  private final Map<String, Map<String, StepState>> steps = new ConcurrentHashMap<>();

  @Override
  public void start(StepSpec spec) {
    steps
        .computeIfAbsent(spec.workflowName(), w -> new ConcurrentHashMap<>())
        .putIfAbsent(spec.nodeId(), StepState.running(Instant.EPOCH));
  }

  @Override
  public void kill(String workflowName, String nodeId, String message) {}

  @Override
  public Map<String, StepState> observe(String workflowName) {
    return Map.copyOf(steps.getOrDefault(workflowName, Map.of()));
  }

  @Override
  public void onStepChanged(Consumer<String> listener) {}

  @Override
  public void forget(String workflowName) {
    steps.remove(workflowName);
  }

  @Override
  public void close() {}
}
