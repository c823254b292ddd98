package dev.wf.runtime.k8s;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.engine.StepState;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/**
 * The resource steps of one namespace while they run: each is a {@link ResourceRun} in this process
 * (no pod), so the runtime can report it running, kill it, and hear how it ended. Only runs are
 * kept here; an ended step is the runtime's to remember.
 */
final class ResourceSteps implements AutoCloseable {
  private record Running(ResourceRun run, Instant startedAt) {}

  private final ResourceStep step;
  private final String namespace;
  private final Clock clock;
  private final Map<String, Map<String, Running>> runs = new ConcurrentHashMap<>();

  ResourceSteps(KubernetesClient client, String namespace, Clock clock) {
    this.step = new ResourceStep(client, clock);
    this.namespace = namespace;
    this.clock = clock;
  }

  /** Starts the step unless it runs already; {@code onEnd} hears its result once it ends. */
  void start(StepSpec spec, String workflowUid, BiConsumer<StepSpec, StepResult> onEnd) {
    var steps = runs.computeIfAbsent(spec.workflowName(), w -> new ConcurrentHashMap<>());
    synchronized (steps) {
      if (steps.containsKey(spec.nodeId())) return;
      ResourceRun run = step.start(spec.resource(), namespace, spec.workflowName(), workflowUid);
      var running = new Running(run, clock.instant());
      steps.put(spec.nodeId(), running);
      // A step forgotten meanwhile (run again, workflow deleted) ends unheard.
      run.result()
          .whenComplete(
              (result, failure) -> {
                if (steps.remove(spec.nodeId(), running)) {
                  onEnd.accept(spec, result != null ? result : error(failure));
                }
              });
    }
  }

  /** The workflow's resource steps that run now, by node id. */
  Map<String, StepState> running(String workflowName) {
    var states = new HashMap<String, StepState>();
    runs.getOrDefault(workflowName, Map.of())
        .forEach((node, r) -> states.put(node, StepState.running(r.startedAt())));
    return states;
  }

  /** Stops the step if it is a running resource step; false if it is not one. */
  boolean kill(String workflowName, String nodeId, String message) {
    Running running = runs.getOrDefault(workflowName, Map.of()).get(nodeId);
    if (running == null) return false;
    running.run().kill(message);
    return true;
  }

  void forget(String workflowName) {
    var steps = runs.remove(workflowName);
    if (steps != null) steps.values().forEach(r -> r.run().kill("workflow forgotten"));
  }

  void forget(String workflowName, String nodeId) {
    var steps = runs.get(workflowName);
    Running running = steps == null ? null : steps.remove(nodeId);
    if (running != null) running.run().kill("step run again");
  }

  private StepResult error(Throwable failure) {
    Instant now = clock.instant();
    return StepResult.error("resource step failed: " + failure.getMessage(), now, now);
  }

  @Override
  public void close() {
    step.close();
  }
}
