package dev.wf.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.wf.config.ImageEntrypoints;
import dev.wf.engine.StepState;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactLoader;
import dev.wf.executor.artifacts.ArtifactSaver;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.executor.artifacts.Repositories;
import dev.wf.executor.artifacts.SecretResolver;
import dev.wf.runtime.StepLogs;
import dev.wf.runtime.StepRuntime;

/**
 * Runs steps as host processes, each in its own directory {@code stepsRoot/<workflow>/<nodeId>/}
 * and, where the machine allows, in its own mount namespace (see {@link Isolation}). Steps outlive
 * the server: a new runtime on the same directory collects the results of steps that ended while no
 * server ran and watches those still running. The end of a step is an event (the process's exit),
 * so listeners hear of it at once. {@link #start} returns at once; processes are started on a few
 * threads, so that a fan-out does not wait for each process in turn. The executor runs in this JVM:
 * input artifacts are placed before a process starts, and output artifacts saved after it ends.
 */
public final class LocalRuntime implements StepRuntime, StepLogs {
  private static final System.Logger LOG = System.getLogger(LocalRuntime.class.getName());
  private static final long ADOPTED_POLL_MILLIS = 50;
  private static final int STARTING_THREADS = 4;

  private final Path stepsRoot;
  private final Clock clock;
  private final StepStarter starter;
  private final ArtifactSaver outputs;
  private final Map<String, Map<String, StepState>> states = new ConcurrentHashMap<>();
  private final Map<Path, RunningStep> running = new ConcurrentHashMap<>();
  private final Map<Path, CompletableFuture<Void>> starting = new ConcurrentHashMap<>();
  private final Map<Path, String> killsWhileStarting = new HashMap<>();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService starts =
      Executors.newFixedThreadPool(
          STARTING_THREADS, Thread.ofPlatform().daemon().name("wf-step-start-", 0).factory());
  private final ExecutorService events = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService adoptedWatch =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("wf-adopted-steps").factory());
  private volatile boolean closed;

  /**
   * A runtime with the best isolation this machine offers, whose steps reach artifact repositories
   * without secrets (directories, anonymous S3).
   */
  public LocalRuntime(Path stepsRoot, ImageEntrypoints images, Clock clock) {
    this(stepsRoot, images, clock, Isolation.detect());
  }

  public LocalRuntime(Path stepsRoot, ImageEntrypoints images, Clock clock, Isolation isolation) {
    this(stepsRoot, images, clock, isolation, new Repositories(SecretResolver.none()));
  }

  /**
   * A runtime with the best isolation this machine offers, whose steps move artifacts through
   * {@code stores} (which the caller closes, after this runtime).
   */
  public LocalRuntime(Path stepsRoot, ImageEntrypoints images, Clock clock, ArtifactStores stores) {
    this(stepsRoot, images, clock, Isolation.detect(), stores);
  }

  public LocalRuntime(
      Path stepsRoot,
      ImageEntrypoints images,
      Clock clock,
      Isolation isolation,
      ArtifactStores stores) {
    try {
      this.stepsRoot = Files.createDirectories(stepsRoot).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.clock = clock;
    this.starter = new StepStarter(images, isolation, new ArtifactLoader(stores));
    this.outputs = new ArtifactSaver(stores);
    var adopted =
        StepAdoption.adopt(this.stepsRoot, clock.instant(), isolation.privateMounts(), outputs);
    adopted.forEach(s -> running.put(s.dir().path(), s));
    if (!adopted.isEmpty()) {
      adoptedWatch.scheduleWithFixedDelay(
          this::pollAdopted, ADOPTED_POLL_MILLIS, ADOPTED_POLL_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void start(StepSpec spec) {
    StepDir dir = StepDir.of(stepsRoot, spec.workflowName(), spec.nodeId());
    Instant now = clock.instant();
    if (workflow(spec.workflowName()).putIfAbsent(spec.nodeId(), StepState.running(now)) != null) {
      return;
    }
    var started = new CompletableFuture<Void>();
    starting.put(dir.path(), started);
    starts.execute(
        () -> {
          try {
            launch(spec, dir, now);
          } finally {
            synchronized (killsWhileStarting) {
              starting.remove(dir.path(), started);
              killsWhileStarting.remove(dir.path());
            }
            started.complete(null);
          }
        });
  }

  private void launch(StepSpec spec, StepDir dir, Instant now) {
    String failure;
    try {
      watch(starter.start(spec, dir, now));
      return;
    } catch (StepStartException e) {
      failure = e.getMessage();
    } catch (IOException | RuntimeException e) {
      failure = "cannot start the step: " + e.getMessage();
    }
    StepFinisher.error(dir, now, clock.instant(), failure)
        .ifPresent(r -> ended(spec.workflowName(), spec.nodeId(), r));
  }

  private void watch(RunningStep step) {
    String kill;
    synchronized (killsWhileStarting) {
      running.put(step.dir().path(), step);
      kill = killsWhileStarting.remove(step.dir().path());
    }
    step.process().onExit().thenRunAsync(() -> processEnded(step), events);
    if (kill != null) kill(step, kill);
  }

  private void processEnded(RunningStep step) {
    if (closed || running.remove(step.dir().path()) == null) return;
    Instant now = clock.instant();
    try {
      StepFinisher.finish(step, now, outputs)
          .ifPresent(r -> ended(step.workflowName(), step.nodeId(), r));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot finish step " + step.dir().path(), e);
      String message = "cannot collect the step's outputs: " + e.getMessage();
      StepFinisher.error(step.dir(), step.attempt().startedAt(), now, message)
          .ifPresent(r -> ended(step.workflowName(), step.nodeId(), r));
    }
  }

  /** Adopted steps send no exit event, so they are checked often, until none is left. */
  private void pollAdopted() {
    boolean anyAdopted = false;
    for (RunningStep step : running.values()) {
      if (!step.adopted()) continue;
      anyAdopted = true;
      if (StepFinisher.exitCode(step.dir()).isPresent() || !step.attempt().alive()) {
        processEnded(step);
      }
    }
    if (!anyAdopted) adoptedWatch.shutdown();
  }

  private void ended(String workflowName, String nodeId, StepResult result) {
    states.computeIfPresent(
        workflowName,
        (name, steps) -> {
          steps.put(nodeId, StepState.ended(result));
          return steps;
        });
    events.execute(() -> notifyListeners(workflowName));
  }

  private void notifyListeners(String workflowName) {
    for (Consumer<String> listener : listeners) {
      try {
        listener.accept(workflowName);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "step listener failed for workflow " + workflowName, e);
      }
    }
  }

  @Override
  public void kill(String workflowName, String nodeId, String message) {
    Path key = StepDir.of(stepsRoot, workflowName, nodeId).path();
    RunningStep step;
    synchronized (killsWhileStarting) {
      step = running.get(key);
      if (step == null && starting.containsKey(key)) killsWhileStarting.put(key, message);
    }
    if (step != null) kill(step, message);
  }

  /**
   * Marks the step killed, then kills its tree. The mark comes first: a wrapper that a racing fork
   * starts after the tree was listed sees it and exits before running the command.
   */
  private static void kill(RunningStep step, String message) {
    try {
      Files.writeString(step.dir().killed(), message == null ? "killed" : message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    destroyTree(step);
  }

  private static void destroyTree(RunningStep step) {
    ProcessHandle root = step.process();
    if (root == null || (step.adopted() && !step.attempt().alive())) return;
    List<ProcessHandle> tree = root.descendants().toList();
    root.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
  }

  @Override
  public Map<String, StepState> observe(String workflowName) {
    return Map.copyOf(workflow(workflowName));
  }

  @Override
  public void onStepChanged(Consumer<String> listener) {
    listeners.add(listener);
  }

  @Override
  public void forget(String workflowName) {
    Path dir = StepDir.workflowDir(stepsRoot, workflowName);
    states.remove(workflowName);
    starting.entrySet().stream()
        .filter(e -> e.getKey().getParent().equals(dir))
        .map(Map.Entry::getValue)
        .toList()
        .forEach(CompletableFuture::join);
    for (RunningStep step : List.copyOf(running.values())) {
      if (step.workflowName().equals(workflowName) && running.remove(step.dir().path()) != null) {
        destroyTree(step);
        awaitExit(step);
      }
    }
    TreeRemoval.remove(dir);
  }

  @Override
  public void forget(String workflowName, String nodeId) {
    Path dir = StepDir.of(stepsRoot, workflowName, nodeId).path();
    CompletableFuture<Void> start = starting.get(dir);
    if (start != null) start.join();
    RunningStep step = running.remove(dir);
    if (step != null) {
      destroyTree(step);
      awaitExit(step);
    }
    workflow(workflowName).remove(nodeId);
    TreeRemoval.remove(dir);
  }

  /** Waits briefly for a killed step, so that it writes nothing into a directory being removed. */
  private static void awaitExit(RunningStep step) {
    if (step.process() == null) return;
    step.process().onExit().completeOnTimeout(null, 1, TimeUnit.SECONDS).join();
  }

  @Override
  public List<String> lines(String workflowName, String nodeId, int from) {
    StepDir dir = StepDir.of(stepsRoot, workflowName, nodeId);
    return LogLines.read(dir.mainLog(), from, Files.exists(dir.result()));
  }

  /** Stops watching steps; their processes keep running and a later runtime adopts them. */
  @Override
  public void close() {
    closed = true;
    starts.shutdown();
    adoptedWatch.shutdownNow();
    events.shutdown();
  }

  private Map<String, StepState> workflow(String workflowName) {
    return states.computeIfAbsent(workflowName, this::load);
  }

  /** The steps of a workflow as its directory records them, for a runtime that just started. */
  private Map<String, StepState> load(String workflowName) {
    var steps = new ConcurrentHashMap<String, StepState>();
    Path dir = StepDir.workflowDir(stepsRoot, workflowName);
    if (!Files.isDirectory(dir)) return steps;
    try (var nodes = Files.list(dir)) {
      for (Path node : nodes.toList()) {
        var step = new StepDir(node);
        StepFinisher.readResult(step)
            .map(StepState::ended)
            .or(() -> StepAttempt.read(step.attempt()).map(a -> StepState.running(a.startedAt())))
            .ifPresent(state -> steps.put(node.getFileName().toString(), state));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return steps;
  }
}
