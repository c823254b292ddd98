package dev.wf.controller;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.wf.engine.StepState;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;
import dev.wf.runtime.StepRuntime;

/**
 * Steps that outlive a controller, as pods do: every controller gets its own runtime view of the
 * same steps. Steps run until {@link #finishRunning()}, or end at once when {@code autoFinish}. It
 * counts how often each step was started.
 */
final class ClusterSteps implements NamespaceRuntimes {
  private final boolean autoFinish;
  private final Map<String, Map<String, StepState>> steps = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> starts = new ConcurrentHashMap<>();
  private final List<View> views = new CopyOnWriteArrayList<>();

  ClusterSteps(boolean autoFinish) {
    this.autoFinish = autoFinish;
  }

  @Override
  public StepRuntime runtimeFor(String namespace, Function<String, String> workflowUid) {
    View view = new View(namespace);
    views.add(view);
    return view;
  }

  /** How many times the step of this namespace, workflow and display name was started. */
  int starts(String namespace, String workflow, String nodeId) {
    AtomicInteger count = starts.get(namespace + "/" + workflow + "/" + nodeId);
    return count == null ? 0 : count.get();
  }

  /** Total step starts in a namespace's workflow. */
  int starts(String namespace, String workflow) {
    String prefix = namespace + "/" + workflow + "/";
    return starts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  /** Ends every running step as succeeded and tells the controllers attached now. */
  void finishRunning() {
    steps.forEach(
        (key, byNode) ->
            byNode.replaceAll((id, state) -> state.done() ? state : succeeded(state.startedAt())));
    steps.keySet().forEach(this::announce);
  }

  private void announce(String key) {
    String workflow = key.substring(key.indexOf('/') + 1);
    String namespace = key.substring(0, key.indexOf('/'));
    views.stream()
        .filter(v -> v.namespace.equals(namespace))
        .forEach(v -> v.listeners.forEach(l -> l.accept(workflow)));
  }

  private static StepState succeeded(Instant startedAt) {
    return StepState.ended(
        new StepResult(
            StepResult.Phase.SUCCEEDED, 0, "hello", Map.of(), null, startedAt, Instant.now()));
  }

  /** One controller's runtime over the shared steps; closing it detaches its listeners. */
  private final class View implements StepRuntime {
    private final String namespace;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    private View(String namespace) {
      this.namespace = namespace;
    }

    @Override
    public void start(StepSpec spec) {
      String key = namespace + "/" + spec.workflowName();
      var byNode = steps.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
      Instant now = Instant.now();
      StepState state = autoFinish ? succeeded(now) : StepState.running(now);
      if (byNode.putIfAbsent(spec.nodeId(), state) != null) return;
      starts.computeIfAbsent(key + "/" + spec.nodeId(), k -> new AtomicInteger()).incrementAndGet();
      if (autoFinish) Thread.ofVirtual().start(() -> announce(key));
    }

    @Override
    public void kill(String workflowName, String nodeId, String message) {}

    @Override
    public Map<String, StepState> observe(String workflowName) {
      return Map.copyOf(steps.getOrDefault(namespace + "/" + workflowName, Map.of()));
    }

    @Override
    public void onStepChanged(Consumer<String> listener) {
      listeners.add(listener);
    }

    @Override
    public void forget(String workflowName) {
      steps.remove(namespace + "/" + workflowName);
    }

    @Override
    public void close() {
      listeners.clear();
      views.remove(this);
    }
  }
}
