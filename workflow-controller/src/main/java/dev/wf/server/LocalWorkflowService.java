package dev.wf.server;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;
import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.archive.UnsafeArchiveException;
import dev.wf.engine.WorkflowDeletion;
import dev.wf.engine.WorkflowRunner;
import dev.wf.engine.cron.CronRuns;
import dev.wf.engine.gc.ArtifactCollector;
import dev.wf.engine.submit.Submission;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.runtime.StepLogs;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.ConfigMapStore;
import dev.wf.store.WorkflowStore;

/**
 * The local server's operations: validation with positions, submission through {@link Submission}
 * into the {@link WorkflowRunner}, reads from the store, change notification for watchers, logs
 * from the step runtime (or, once a step's own log is gone, its archived {@code main-logs}
 * artifact), deletion with artifact garbage collection, and the control verbs ({@link
 * LocalControl}).
 */
public final class LocalWorkflowService implements WorkflowService {
  private static final Duration LOG_POLL = Duration.ofMillis(200);
  private static final String CRON_REFERENCE = "cronworkflow/";

  private final WorkflowStore store;
  private final WorkflowRunner controller;
  private final StepLogs stepLogs;
  private final Submission submission;
  private final StatusChanges changes = new StatusChanges();
  private final TemplateLookup lookup;
  private final TemplateUploads templateUploads;
  private final LocalControl control;
  private final ArtifactStores stores;
  private final ArchivedLogs archivedLogs;

  public LocalWorkflowService(
      WorkflowStore store, WorkflowRunner controller, StepLogs stepLogs, Submission submission) {
    this(store, controller, stepLogs, submission, ArtifactCollector.NO_STORES);
  }

  /**
   * A service that reads stored artifacts ({@code wf cp}, archived logs) through {@code stores},
   * the same the controller deletes them through.
   */
  public LocalWorkflowService(
      WorkflowStore store,
      WorkflowRunner controller,
      StepLogs stepLogs,
      Submission submission,
      ArtifactStores stores) {
    this.store = store;
    this.controller = controller;
    this.stepLogs = stepLogs;
    this.submission = submission;
    this.stores = stores;
    this.archivedLogs = new ArchivedLogs(stores);
    this.lookup = lookupOf(store);
    this.templateUploads = new TemplateUploads(store, lookup);
    this.control = new LocalControl(store, controller, submission);
    controller.onStatusChanged(name -> changes.signal());
  }

  /** The template lookup backed by this server's store. */
  public static TemplateLookup lookupOf(WorkflowStore store) {
    return new TemplateLookup() {
      @Override
      public Optional<WorkflowTemplate> find(boolean clusterScoped, String name) {
        return store.getTemplate(clusterScoped, name);
      }

      @Override
      public List<String> names(boolean clusterScoped) {
        return store.listTemplates(clusterScoped).stream().map(WorkflowTemplate::name).toList();
      }
    };
  }

  @Override
  public SubmitOutcome submit(SubmitRequest request) {
    Workflow parsed;
    if (request.fromTemplate() != null) {
      try {
        parsed = fromReference(request.fromTemplate());
      } catch (IllegalArgumentException e) {
        return refused(request.fromTemplate(), e.getMessage());
      }
    } else {
      ParseResult result =
          WorkflowValidator.validate(request.file(), request.yaml(), lookup, request.parameters());
      if (!result.ok()) return new SubmitOutcome(null, result.errors());
      List<Manifest> workflows =
          result.manifests().stream().filter(m -> m instanceof Workflow).toList();
      if (workflows.size() != 1) {
        return refused(
            request.file(),
            "expected one Workflow document, found "
                + workflows.size()
                + (workflows.isEmpty() ? " (use `wf template create` for templates)" : ""));
      }
      parsed = (Workflow) workflows.get(0);
    }
    var overrides =
        new Submission.Overrides(
            request.parameters(), request.entrypoint(), request.name(), request.generateName());
    Workflow prepared;
    try {
      prepared = submission.prepare(parsed, overrides);
    } catch (IllegalArgumentException e) {
      return refused(
          request.file() == null ? request.fromTemplate() : request.file(), e.getMessage());
    }
    if (request.dryRun()) return new SubmitOutcome(prepared, List.of());
    try {
      controller.submit(prepared);
    } catch (AlreadyExistsException e) {
      return refused(request.file(), e.getMessage());
    }
    changes.signal();
    return new SubmitOutcome(prepared, List.of());
  }

  /** The workflow {@code --from} names: a stored template's, or a cron workflow's run for now. */
  private Workflow fromReference(String reference) {
    if (!reference.startsWith(CRON_REFERENCE)) return Submission.fromTemplate(reference);
    String name = reference.substring(CRON_REFERENCE.length());
    CronWorkflow cron =
        store
            .cronWorkflows()
            .get(name)
            .orElseThrow(
                () -> new IllegalArgumentException("cron workflow \"" + name + "\" not found"));
    return CronRuns.now(cron, controller.clock().instant());
  }

  /**
   * Submits a workflow the server made itself (a cron workflow's run, a backfill) with the checks
   * and admission {@link #submit} gives a file: validated as if read from {@code source}, template
   * references resolved, a uid and creation time given. Returns it as stored.
   *
   * @throws IllegalArgumentException when it is refused, with every problem
   * @throws AlreadyExistsException when its name is taken
   */
  public Workflow submitWorkflow(String source, Workflow workflow) {
    ObjectNode tree = ModelJson.mapper().valueToTree(workflow);
    tree.remove("status");
    ParseResult result = WorkflowValidator.validate(source, tree.toString(), lookup);
    if (!result.ok()) {
      throw new IllegalArgumentException(
          result.errors().stream()
              .map(e -> (e.path().isEmpty() ? "" : e.path() + ": ") + e.message())
              .collect(Collectors.joining("; ")));
    }
    Workflow prepared =
        submission.prepare(workflow, new Submission.Overrides(Map.of(), null, null, null));
    controller.submit(prepared);
    changes.signal();
    return prepared;
  }

  private static SubmitOutcome refused(String file, String message) {
    return new SubmitOutcome(
        null, List.of(new SpecError(file == null ? "-" : file, 1, 1, "", message)));
  }

  @Override
  public Optional<Workflow> get(String nameOrLatest) {
    if ("@latest".equals(nameOrLatest)) return store.latestName().flatMap(store::get);
    return store.get(nameOrLatest);
  }

  @Override
  public List<Workflow> list() {
    return store.list();
  }

  @Override
  public boolean delete(String name) {
    return delete(name, false).deleted();
  }

  @Override
  public WorkflowDeletion delete(String name, boolean force) {
    WorkflowDeletion deletion = controller.delete(name, force);
    changes.signal();
    return deletion;
  }

  @Override
  public ArtifactStores artifactStores() {
    return stores;
  }

  @Override
  public Optional<Versioned> awaitChange(String name, String seenVersion, Duration timeout) {
    String resolved = resolveName(name);
    if (resolved == null) return Optional.empty();
    if (seenVersion != null) {
      try {
        changes.await(() -> versionOf(resolved), seenVersion, timeout);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return store.get(resolved).map(wf -> new Versioned(wf, wf.metadata().resourceVersion()));
  }

  private String versionOf(String name) {
    return String.valueOf(store.version(name).orElse(-1));
  }

  private String resolveName(String name) {
    return get(name).map(Workflow::name).orElse(null);
  }

  @Override
  public void logs(String name, String step, boolean follow, Consumer<LogLine> sink)
      throws InterruptedException {
    String resolved = resolveName(name);
    if (resolved == null) return;
    Map<String, Integer> sent = new HashMap<>();
    Set<String> archiveRead = new HashSet<>();
    while (true) {
      Optional<Workflow> wf = store.get(resolved);
      if (wf.isEmpty()) return;
      boolean completed =
          wf.get().status() != null
              && wf.get().status().phase() != null
              && wf.get().status().phase().completed();
      for (NodeStatus node : podNodes(wf.get(), step)) {
        int from = sent.getOrDefault(node.id(), 0);
        List<String> lines = stepLogs.lines(resolved, node.id(), from);
        if (lines.isEmpty() && from == 0 && node.fulfilled() && archiveRead.add(node.id()))
          lines = archived(node);
        lines.forEach(line -> sink.accept(new LogLine(node.id(), node.displayName(), line)));
        sent.put(node.id(), from + lines.size());
      }
      if (!follow || completed) return;
      changes.await(() -> versionOf(resolved), versionOf(resolved), LOG_POLL);
    }
  }

  /**
   * The node's archived log ({@code main-logs}), read when its own log is gone; a log that cannot
   * be read comes back as one line that says why.
   */
  private List<String> archived(NodeStatus node) {
    var location = ArchivedLogs.of(node);
    if (location.isEmpty()) return List.of();
    try {
      return archivedLogs.lines(location.get(), 0);
    } catch (ArtifactException | IOException | UnsafeArchiveException e) {
      return List.of("wf: cannot read the archived log of this step: " + e.getMessage());
    }
  }

  private static List<NodeStatus> podNodes(Workflow wf, String step) {
    if (wf.status() == null) return List.of();
    var pods = new ArrayList<NodeStatus>();
    for (NodeStatus n : wf.status().nodes().values()) {
      if (n.type() != NodeType.POD || n.startedAt() == null) continue;
      if (step == null
          || step.equals(n.name())
          || step.equals(n.displayName())
          || step.equals(n.id())) pods.add(n);
    }
    pods.sort(Comparator.comparing(NodeStatus::startedAt).thenComparing(NodeStatus::name));
    return pods;
  }

  @Override
  public Optional<Workflow> suspend(String name) {
    return control.suspend(name);
  }

  @Override
  public Optional<Workflow> resume(String name, ResumeRequest request) {
    return control.resume(name, request.nodeFieldSelector());
  }

  @Override
  public Optional<Workflow> stop(String name, StopRequest request) {
    return control.stop(name, request);
  }

  @Override
  public Optional<Workflow> terminate(String name) {
    return control.terminate(name);
  }

  @Override
  public Optional<Workflow> retry(String name, RetryRequest request) {
    return control.retry(name, request);
  }

  @Override
  public Optional<Workflow> resubmit(String name, ResubmitRequest request) {
    Optional<Workflow> resubmitted = control.resubmit(name, request);
    changes.signal();
    return resubmitted;
  }

  @Override
  public Optional<Workflow> setNode(String name, NodeSetRequest request) {
    return control.setNode(name, request);
  }

  @Override
  public TemplateOutcome createTemplates(String file, String yaml, boolean clusterScoped) {
    return templateUploads.create(file, yaml, clusterScoped);
  }

  @Override
  public TemplateOutcome updateTemplates(String file, String yaml, boolean clusterScoped) {
    return templateUploads.update(file, yaml, clusterScoped);
  }

  @Override
  public List<WorkflowTemplate> templates(boolean clusterScoped) {
    return store.listTemplates(clusterScoped);
  }

  @Override
  public Optional<WorkflowTemplate> template(boolean clusterScoped, String name) {
    return store.getTemplate(clusterScoped, name);
  }

  @Override
  public boolean deleteTemplate(boolean clusterScoped, String name) {
    return store.deleteTemplate(clusterScoped, name);
  }

  @Override
  public ConfigMapStore configMaps() {
    return store.configMaps();
  }

  @Override
  public void configMapChanged(String name) {
    controller.wakeWaiting();
  }
}
