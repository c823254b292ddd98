package dev.wf.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.engine.control.ControlException;

/**
 * The service behind the HTTP layer, kept in memory: a submission's {@code yaml} is the workflow's
 * name ({@code "invalid"} is refused), a template file's {@code yaml} is the template's name. Logs
 * are one line per step; with follow, the second line waits until {@link #finishLogs()}.
 */
class InMemoryWorkflowService implements WorkflowService {
  static final SpecError INVALID = new SpecError("bad.yaml", 3, 5, "spec.entrypoint", "is missing");

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, Versioned> workflows = new LinkedHashMap<>();
  private final Map<String, WorkflowTemplate> templates = new LinkedHashMap<>();
  private final AtomicInteger watchers = new AtomicInteger();
  private final CountDownLatch logsFinished = new CountDownLatch(1);
  private final List<String> controls = new java.util.concurrent.CopyOnWriteArrayList<>();
  private long version;

  @Override
  public SubmitOutcome submit(SubmitRequest request) {
    if ("invalid".equals(request.yaml())) return new SubmitOutcome(null, List.of(INVALID));
    Workflow workflow = workflow(request.yaml());
    if (!request.dryRun()) put(workflow);
    return new SubmitOutcome(workflow, List.of());
  }

  /** Stores (or replaces) a workflow under a new version and wakes every watcher. */
  void put(Workflow workflow) {
    lock.lock();
    try {
      workflows.remove(workflow.name());
      workflows.put(workflow.name(), new Versioned(workflow, Long.toString(++version)));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int watchers() {
    return watchers.get();
  }

  void finishLogs() {
    logsFinished.countDown();
  }

  @Override
  public Optional<Workflow> get(String nameOrLatest) {
    lock.lock();
    try {
      if ("@latest".equals(nameOrLatest)) {
        return workflows.values().stream().map(Versioned::workflow).reduce((a, b) -> b);
      }
      return Optional.ofNullable(workflows.get(nameOrLatest)).map(Versioned::workflow);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<Workflow> list() {
    lock.lock();
    try {
      List<Workflow> newestFirst = new ArrayList<>();
      workflows.values().forEach(v -> newestFirst.addFirst(v.workflow()));
      return newestFirst;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean delete(String name) {
    lock.lock();
    try {
      return workflows.remove(name) != null;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<Versioned> awaitChange(String name, String seenVersion, Duration timeout) {
    lock.lock();
    watchers.incrementAndGet();
    try {
      long nanos = timeout.toNanos();
      while (workflows.containsKey(name)
          && Objects.equals(workflows.get(name).version(), seenVersion)
          && nanos > 0) {
        nanos = changed.awaitNanos(nanos);
      }
      return Optional.ofNullable(workflows.get(name));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.ofNullable(workflows.get(name));
    } finally {
      watchers.decrementAndGet();
      lock.unlock();
    }
  }

  @Override
  public void logs(String name, String step, boolean follow, Consumer<LogLine> sink)
      throws InterruptedException {
    for (String node : List.of("one", "two")) {
      if (step != null && !step.equals(node)) continue;
      if (follow && node.equals("two") && !logsFinished.await(30, TimeUnit.SECONDS)) return;
      sink.accept(new LogLine(name + "-" + node, node, "hello from " + node));
    }
  }

  /** The control calls made, each as {@code VERB NAME} plus what it carried. */
  List<String> controls() {
    return List.copyOf(controls);
  }

  @Override
  public Optional<Workflow> suspend(String name) {
    return control(name, "suspend " + name, wf -> wf.withSpec(wf.spec().withSuspend(true)));
  }

  @Override
  public Optional<Workflow> resume(String name, ResumeRequest request) {
    return control(name, "resume " + name + " " + request, wf -> wf);
  }

  @Override
  public Optional<Workflow> stop(String name, StopRequest request) {
    return control(name, "stop " + name + " " + request, wf -> wf);
  }

  @Override
  public Optional<Workflow> terminate(String name) {
    return control(name, "terminate " + name, wf -> wf.withSpec(wf.spec().withShutdown("T")));
  }

  @Override
  public Optional<Workflow> retry(String name, RetryRequest request) {
    return control(name, "retry " + name + " " + request, wf -> wf);
  }

  @Override
  public Optional<Workflow> resubmit(String name, ResubmitRequest request) {
    return control(name, "resubmit " + name + " " + request, wf -> workflow(name + "-new"));
  }

  @Override
  public Optional<Workflow> setNode(String name, NodeSetRequest request) {
    return control(name, "set " + name + " " + request, wf -> wf);
  }

  /** Records the call; a workflow named {@code refused} refuses every control verb. */
  private Optional<Workflow> control(String name, String call, UnaryOperator<Workflow> change) {
    controls.add(call);
    Optional<Workflow> workflow = get(name);
    if (workflow.isEmpty()) return workflow;
    if (name.equals("refused")) throw new ControlException("workflow \"refused\" has completed");
    Workflow changed = change.apply(workflow.get());
    put(changed);
    return Optional.of(changed);
  }

  @Override
  public TemplateOutcome createTemplates(String file, String yaml, boolean clusterScoped) {
    if ("invalid".equals(yaml)) return new TemplateOutcome(List.of(), List.of(INVALID));
    String kind = clusterScoped ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
    WorkflowTemplate template =
        new WorkflowTemplate("argoproj.io/v1alpha1", kind, ObjectMeta.named(yaml), null);
    templates.put(key(clusterScoped, yaml), template);
    return new TemplateOutcome(List.of(template), List.of());
  }

  @Override
  public TemplateOutcome updateTemplates(String file, String yaml, boolean clusterScoped) {
    if (!templates.containsKey(key(clusterScoped, yaml))) {
      return new TemplateOutcome(List.of(), List.of(INVALID));
    }
    return createTemplates(file, yaml, clusterScoped);
  }

  @Override
  public List<WorkflowTemplate> templates(boolean clusterScoped) {
    return templates.values().stream().filter(t -> t.clusterScoped() == clusterScoped).toList();
  }

  @Override
  public Optional<WorkflowTemplate> template(boolean clusterScoped, String name) {
    return Optional.ofNullable(templates.get(key(clusterScoped, name)));
  }

  @Override
  public boolean deleteTemplate(boolean clusterScoped, String name) {
    return templates.remove(key(clusterScoped, name)) != null;
  }

  static Workflow workflow(String name) {
    return new Workflow(
        "argoproj.io/v1alpha1",
        Workflow.KIND,
        ObjectMeta.named(name),
        WorkflowSpec.EMPTY,
        WorkflowStatus.EMPTY);
  }

  private static String key(boolean clusterScoped, String name) {
    return (clusterScoped ? "cluster/" : "namespaced/") + name;
  }
}
