package dev.wf.server;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.config.LocalSecrets;
import dev.wf.config.WfConfig;
import dev.wf.engine.Admission;
import dev.wf.engine.RunningLimit;
import dev.wf.engine.WorkflowController;
import dev.wf.engine.submit.ArtifactRepositoryResolver;
import dev.wf.engine.submit.Submission;
import dev.wf.executor.artifacts.Repositories;
import dev.wf.runtime.local.LocalRuntime;
import dev.wf.server.WorkflowService.SubmitRequest;
import dev.wf.store.EmbeddedStore;

/**
 * The local server's parts wired together in this JVM as {@link LocalServer} wires them (SQLite
 * store, local runtime, controller, workflow service) but without HTTP: for tests that run
 * workflows through the real parser, engine, store and step processes.
 */
public final class LocalHarness implements AutoCloseable {
  /** How long a test waits for a small workflow to end. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final EmbeddedStore store;
  private final LocalRuntime runtime;
  private final WorkflowController controller;
  private final LocalWorkflowService service;

  private LocalHarness(
      EmbeddedStore store,
      LocalRuntime runtime,
      WorkflowController controller,
      LocalWorkflowService service) {
    this.store = store;
    this.runtime = runtime;
    this.controller = controller;
    this.service = service;
  }

  /** Starts everything on {@code wfHome} (created if missing) and resumes what was running. */
  public static LocalHarness start(Path wfHome) throws IOException {
    return start(wfHome, Clock.systemUTC());
  }

  /** Starts everything on {@code wfHome} with {@code clock} as every part's clock. */
  public static LocalHarness start(Path wfHome, Clock clock) throws IOException {
    Files.createDirectories(wfHome);
    var store = EmbeddedStore.open(wfHome.resolve(EmbeddedStore.FILE_NAME), clock);
    WfConfig config = WfConfig.load(wfHome);
    // Repositories hold no resources of their own (S3 clients share one pool): nothing to close.
    var artifacts = new Repositories(LocalSecrets.of(wfHome));
    var runtime = new LocalRuntime(wfHome.resolve("steps"), config.images(), clock, artifacts);
    var controller =
        new WorkflowController(
            store,
            runtime,
            clock,
            config.semaphores(),
            artifacts,
            Admission.NONE,
            new RunningLimit(config.parallelism()).share(null));
    var repositories =
        new ArtifactRepositoryResolver(store.configMaps(), config.artifactRepository(wfHome));
    var submission =
        new Submission(
            LocalWorkflowService.lookupOf(store), repositories, clock, new SecureRandom());
    var service = new LocalWorkflowService(store, controller, runtime, submission, artifacts);
    controller.start();
    return new LocalHarness(store, runtime, controller, service);
  }

  public LocalWorkflowService service() {
    return service;
  }

  public EmbeddedStore store() {
    return store;
  }

  public WorkflowController controller() {
    return controller;
  }

  /** Submits a workflow file; a refused submission fails the test with every error. */
  public Workflow submit(Path file) throws IOException {
    return submit(file.toString(), Files.readString(file));
  }

  /** Submits workflow text as if read from {@code file}. */
  public Workflow submit(String file, String yaml) {
    return submit(file, yaml, Map.of());
  }

  /** Submits workflow text with parameter overrides, like {@code wf submit -p name=value}. */
  public Workflow submit(String file, String yaml, Map<String, String> parameters) {
    var request = new SubmitRequest(file, yaml, null, parameters, null, null, null, false);
    var outcome = service.submit(request);
    if (!outcome.errors().isEmpty()) {
      throw new AssertionError(
          "submission refused:\n"
              + outcome.errors().stream().map(SpecError::render).collect(Collectors.joining("\n")));
    }
    return outcome.workflow();
  }

  /** Waits, at most {@link #TIMEOUT}, until the workflow has ended, and returns it. */
  public Workflow awaitCompletion(String name) {
    return awaitCompletion(name, TIMEOUT);
  }

  /** Waits, at most {@code timeout}, until the workflow has ended, and returns it. */
  public Workflow awaitCompletion(String name, Duration timeout) {
    return await("workflow " + name + " to end")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> store.get(name).orElseThrow(), LocalHarness::completed);
  }

  /**
   * Stores the WorkflowTemplates of every YAML file in {@code directory}, as {@code wf template
   * create DIR} does: a file that calls a template of a later file is stored in a later round. A
   * file still refused when a round stores nothing new fails the test with its errors.
   */
  public List<WorkflowTemplate> storeTemplates(Path directory) throws IOException {
    var pending = new ArrayList<Path>();
    try (Stream<Path> files = Files.list(directory)) {
      files.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().forEach(pending::add);
    }
    var stored = new ArrayList<WorkflowTemplate>();
    var errors = new ArrayList<SpecError>();
    while (!pending.isEmpty()) {
      errors.clear();
      var refused = new ArrayList<Path>();
      for (Path file : pending) {
        var outcome = service.createTemplates(file.toString(), Files.readString(file), false);
        stored.addAll(outcome.templates());
        errors.addAll(outcome.errors());
        if (!outcome.errors().isEmpty()) refused.add(file);
      }
      if (refused.size() == pending.size()) break;
      pending = refused;
    }
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "templates refused:\n"
              + errors.stream().map(SpecError::render).collect(Collectors.joining("\n")));
    }
    return stored;
  }

  /** Runs a workflow file to its end. */
  public Workflow run(Path file) throws IOException {
    return awaitCompletion(submit(file).name());
  }

  /** Runs workflow text to its end. */
  public Workflow run(String file, String yaml) {
    return awaitCompletion(submit(file, yaml).name());
  }

  /** The log lines of the workflow's step with this display name (or node name or id). */
  public List<String> logs(String workflowName, String step) throws InterruptedException {
    var lines = new ArrayList<String>();
    service.logs(workflowName, step, false, line -> lines.add(line.content()));
    return lines;
  }

  /** The node with this display name; fails the test when there is none. */
  public static NodeStatus node(Workflow workflow, String displayName) {
    return workflow.status().nodes().values().stream()
        .filter(n -> displayName.equals(n.displayName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + displayName + " in " + workflow.name()));
  }

  /** The value of a node's output parameter, if it has one. */
  public static Optional<String> outputParameter(NodeStatus node, String name) {
    return node.outputs() == null
        ? Optional.empty()
        : node.outputs().parameter(name).map(Parameter::value);
  }

  private static boolean completed(Workflow wf) {
    return wf.status() != null && wf.status().phase() != null && wf.status().phase().completed();
  }

  /** Stops the controller and the store; steps still running are killed by their workflows. */
  @Override
  public void close() {
    controller.close();
    for (Workflow wf : store.list()) {
      if (!completed(wf)) runtime.forget(wf.name());
    }
    runtime.close();
    store.close();
  }
}
