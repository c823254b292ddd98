package dev.wf.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.ArtifactRepositoryRefStatus;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.engine.memo.MemoView;
import dev.wf.engine.sync.LockClaims;
import dev.wf.engine.sync.SyncStatuses;

/**
 * The working state of one reconcile pass: the nodes as they evolve during the pass, the actions
 * asked for and the earliest wake-up time. Created and discarded inside {@code decide}, so {@code
 * decide} stays a pure function of its inputs.
 */
final class Pass {
  final Workflow workflow;
  final WorkflowSpec spec;
  final Map<String, StepState> steps;
  final LockClaims locks;
  final MemoView memo;
  final Instant now;
  final TemplateResolver templates;
  final Map<String, String> globals;
  final GlobalOutputs outputs;

  /** The workflow's {@code spec.shutdown}, or null while it is not being shut down. */
  final ShutdownStrategy shutdown;

  /** The artifact repository resolved when the workflow was submitted, or null if none was. */
  final ArtifactRepositoryRefStatus repository;

  private final Map<String, NodeStatus> nodes;
  private final Map<String, String> ids = new java.util.HashMap<>();
  private final List<Action> actions = new ArrayList<>();
  private final Map<String, Map<String, String>> locals = new java.util.HashMap<>();
  private Instant wakeAt;
  private Boolean resultsReferenced;
  private final java.util.Set<String> notRun = new java.util.HashSet<>();
  private int depth;
  private int fulfilled;

  /** The parallelism limits that hold in this pass. */
  final Parallelism parallelism;

  private boolean inExitHandler;

  Pass(
      Workflow workflow,
      WorkflowSpec spec,
      Observed observed,
      Instant now,
      Map<String, String> globals) {
    this.workflow = workflow;
    this.spec = spec;
    this.steps = observed.steps();
    this.locks =
        new LockClaims(observed.sync(), workflowKey(), SyncStatuses.holds(workflow.status()));
    this.memo = observed.memo();
    this.now = now;
    this.globals = globals;
    this.outputs =
        new GlobalOutputs(workflow.status() == null ? null : workflow.status().outputs(), globals);
    this.shutdown = ShutdownStrategy.of(workflow.spec().shutdown()).orElse(null);
    this.repository = workflow.status() == null ? null : workflow.status().artifactRepositoryRef();
    this.nodes =
        new LinkedHashMap<>(workflow.status() == null ? Map.of() : workflow.status().nodes());
    this.templates =
        new TemplateResolver(
            spec, workflow.status() == null ? Map.of() : workflow.status().storedTemplates());
    this.parallelism = new Parallelism(spec.parallelism());
  }

  /**
   * Whether anything in the workflow reads a step's {@code outputs.result}; only then do steps
   * capture stdout apart from the log, as Argo only captures a result that is used.
   */
  boolean resultsReferenced() {
    if (resultsReferenced == null) {
      String text =
          ModelJson.write(spec)
              + ModelJson.write(
                  workflow.status() == null ? Map.of() : workflow.status().storedTemplates());
      resultsReferenced = RESULT_REFERENCE.matcher(text).find();
    }
    return resultsReferenced;
  }

  private static final java.util.regex.Pattern RESULT_REFERENCE =
      java.util.regex.Pattern.compile("outputs(\\.result|\\[\\s*\\\\?['\"]result)");

  /**
   * Remembers that the step or task at {@code prefix} ({@code "tasks.a."}) was skipped or omitted.
   */
  void markNotRun(String prefix) {
    notRun.add(prefix);
  }

  java.util.Set<String> notRun() {
    return notRun;
  }

  String name() {
    return workflow.name();
  }

  /**
   * The workflow's artifact repository; one that has none (it was not submitted through a server
   * that resolves one) cannot store artifacts, and this says so.
   */
  ArtifactRepository artifactRepository() {
    if (repository == null || repository.artifactRepository() == null) {
      throw new IllegalArgumentException(
          "no artifact repository was resolved for this workflow when it was submitted");
    }
    return repository.artifactRepository();
  }

  /** Whether the workflow has an artifact repository. */
  boolean hasArtifactRepository() {
    return repository != null && repository.artifactRepository() != null;
  }

  /** Marks the rest of the pass as running the workflow's exit handler. */
  void enterExitHandler() {
    inExitHandler = true;
  }

  /**
   * Whether nothing new may start where the pass now is: the workflow is being shut down, and this
   * is not the exit handler of a workflow being stopped.
   */
  boolean shuttingDown() {
    return shutdown != null && !shutdown.runs(inExitHandler);
  }

  /** Whether a node belongs to the workflow's exit handler ({@code NAME.onExit} and below). */
  boolean inExitHandler(NodeStatus node) {
    return ExitHandlerNodes.contains(workflow.name(), node.name());
  }

  /** {@code namespace/name}: the key this workflow holds workflow-level locks under. */
  String workflowKey() {
    return SyncStatuses.workflowKey(workflow);
  }

  /** The workflow's own {@code spec.priority}, which orders lock queues (0 when unset). */
  int priority() {
    Integer priority = workflow.spec().priority();
    return priority == null ? 0 : priority;
  }

  String idOf(String nodeName) {
    return ids.computeIfAbsent(nodeName, n -> NodeIds.of(workflow.name(), n));
  }

  NodeStatus node(String id) {
    return nodes.get(id);
  }

  NodeStatus nodeNamed(String nodeName) {
    return nodes.get(idOf(nodeName));
  }

  void put(NodeStatus node) {
    NodeStatus before = nodes.put(node.id(), node);
    outputs.collect(node);
    if (node.fulfilled() && (before == null || !before.fulfilled())) fulfilled++;
  }

  /** How many nodes have ended in this pass so far (a count that only grows). */
  int endedInPass() {
    return fulfilled;
  }

  /** Enters a call one level deeper than the current one and returns its depth (the root is 1). */
  int enterCall() {
    return ++depth;
  }

  void leaveCall() {
    depth--;
  }

  Map<String, NodeStatus> nodes() {
    return nodes;
  }

  void act(Action action) {
    actions.add(action);
  }

  List<Action> actions() {
    return actions;
  }

  /** Takes back a start of the step of {@code nodeId} asked for in this pass; true if there was. */
  boolean withdrawStart(String nodeId) {
    return actions.removeIf(
        a -> a instanceof Action.StartStep start && start.spec().nodeId().equals(nodeId));
  }

  void wakeAt(Instant at) {
    if (wakeAt == null || at.isBefore(wakeAt)) wakeAt = at;
  }

  Instant wakeAt() {
    return wakeAt;
  }

  /**
   * Binds variables that only one node's template sees, such as {@code retries} in an attempt of a
   * retried node; bound afresh in every pass that advances the node.
   */
  void bind(String nodeId, Map<String, String> vars) {
    locals.put(nodeId, Map.copyOf(vars));
  }

  /** The variables bound to this node in this pass (none by default). */
  Map<String, String> locals(String nodeId) {
    return locals.getOrDefault(nodeId, Map.of());
  }

  /** Adds {@code childId} to the children of {@code parent} (kept in the pass), once. */
  NodeStatus adopt(NodeStatus parent, String childId) {
    if (parent.children().contains(childId)) return parent;
    var children = new ArrayList<>(parent.children());
    children.add(childId);
    NodeStatus updated = parent.withChildren(children);
    put(updated);
    return updated;
  }
}
