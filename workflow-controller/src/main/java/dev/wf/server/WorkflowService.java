package dev.wf.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.engine.WorkflowDeletion;
import dev.wf.engine.gc.ArtifactCollector;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.store.ConfigMapStore;

/**
 * What the local server offers, independent of HTTP: the operations behind every {@code wf} verb.
 * The HTTP layer maps each method to one endpoint; tests can call it directly.
 */
public interface WorkflowService {
  /** Parses, validates, resolves template references, stores and starts a workflow. */
  SubmitOutcome submit(SubmitRequest request);

  /** A workflow by name; {@code "@latest"} names the most recently created one. */
  Optional<Workflow> get(String nameOrLatest);

  /** Every workflow, newest first. */
  List<Workflow> list();

  boolean delete(String name);

  /**
   * Deletes a workflow and, as its artifact garbage collection says, its stored artifacts. When
   * some cannot be deleted the workflow is kept, with a condition saying why, unless {@code force}.
   */
  default WorkflowDeletion delete(String name, boolean force) {
    return delete(name)
        ? new WorkflowDeletion(true, true, 0, List.of())
        : WorkflowDeletion.NOT_FOUND;
  }

  /**
   * Opens the artifact repositories workflows store outputs in (secrets resolved), for downloads;
   * none by default.
   */
  default ArtifactStores artifactStores() {
    return ArtifactCollector.NO_STORES;
  }

  /**
   * Waits until the workflow's stored version differs from {@code seenVersion} (or the timeout
   * passes) and returns it with its version; empty if it does not exist. A null {@code seenVersion}
   * returns at once.
   */
  Optional<Versioned> awaitChange(String name, String seenVersion, Duration timeout);

  /**
   * Sends the log lines of a workflow's pod nodes to {@code sink}, node by node in start order
   * ({@code step}: only nodes whose name, display name or id equals it). With {@code follow}, keeps
   * sending new lines until the workflow has completed and every line is sent.
   */
  void logs(String name, String step, boolean follow, Consumer<LogLine> sink)
      throws InterruptedException;

  /**
   * Suspends a workflow ({@code spec.suspend}): what runs finishes, nothing new starts until it is
   * resumed. Empty if there is no such workflow; a refusal (it has completed) throws {@link
   * dev.wf.engine.control.ControlException}, as every control operation below does.
   */
  Optional<Workflow> suspend(String name);

  /** Resumes a suspended workflow and its waiting suspend nodes (or those the selector picks). */
  Optional<Workflow> resume(String name, ResumeRequest request);

  /**
   * Stops a workflow ({@code spec.shutdown: Stop}: its exit handler still runs), or with a selector
   * fails the waiting suspend nodes it picks.
   */
  Optional<Workflow> stop(String name, StopRequest request);

  /** Terminates a workflow ({@code spec.shutdown: Terminate}: no exit handler runs). */
  Optional<Workflow> terminate(String name);

  /** Runs a workflow that ended Failed or Error again from where it failed. */
  Optional<Workflow> retry(String name, RetryRequest request);

  /** Submits a new workflow with the spec of an old one; empty if the old one does not exist. */
  Optional<Workflow> resubmit(String name, ResubmitRequest request);

  /** Sets the message, phase or supplied output parameters of waiting suspend nodes. */
  Optional<Workflow> setNode(String name, NodeSetRequest request);

  /** Parses, validates and stores every (Cluster)WorkflowTemplate in the file. */
  TemplateOutcome createTemplates(String file, String yaml, boolean clusterScoped);

  /**
   * As {@link #createTemplates}, but every template in the file must be stored already; it is
   * replaced. Workflows already submitted keep running the version they were submitted with.
   */
  TemplateOutcome updateTemplates(String file, String yaml, boolean clusterScoped);

  List<WorkflowTemplate> templates(boolean clusterScoped);

  Optional<WorkflowTemplate> template(boolean clusterScoped, String name);

  boolean deleteTemplate(boolean clusterScoped, String name);

  /** The ConfigMaps of this server (semaphore limits, memoization caches); none by default. */
  default ConfigMapStore configMaps() {
    return ConfigMapStore.none();
  }

  /** Says a ConfigMap was created or deleted, so that workflows waiting on a limit look again. */
  default void configMapChanged(String name) {}

  /**
   * A submission as the CLI sends it: the file's text (server-side parsing keeps the CLI light and
   * validation in one place), or a stored template to run ({@code fromTemplate}, e.g. {@code
   * workflowtemplate/NAME}), plus command-line overrides.
   */
  record SubmitRequest(
      String file,
      String yaml,
      String fromTemplate,
      Map<String, String> parameters,
      String entrypoint,
      String name,
      String generateName,
      boolean dryRun) {
    public SubmitRequest {
      parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
  }

  /** {@code wf resume}: all waiting suspend nodes, or those a node field selector picks. */
  record ResumeRequest(String nodeFieldSelector) {}

  /** {@code wf stop}: the workflow, or with a selector the waiting suspend nodes it picks. */
  record StopRequest(String nodeFieldSelector, String message) {}

  /** {@code wf retry}: parameter overrides, and succeeded nodes to run again. */
  record RetryRequest(
      Map<String, String> parameters, boolean restartSuccessful, String nodeFieldSelector) {
    public RetryRequest {
      parameters =
          parameters == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
  }

  /** {@code wf resubmit}: parameter overrides, and whether succeeded steps are reused. */
  record ResubmitRequest(Map<String, String> parameters, boolean memoized) {
    public ResubmitRequest {
      parameters =
          parameters == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
  }

  /**
   * {@code wf node set}: what to set on the waiting suspend nodes the selector picks; {@code phase}
   * is a node phase's name (e.g. {@code Succeeded}).
   */
  record NodeSetRequest(
      String nodeFieldSelector,
      Map<String, String> outputParameters,
      String message,
      String phase) {
    public NodeSetRequest {
      outputParameters =
          outputParameters == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(
                  new java.util.LinkedHashMap<>(outputParameters));
    }
  }

  /** The stored workflow, or why it was refused (every problem, with its position). */
  record SubmitOutcome(Workflow workflow, List<SpecError> errors) {
    public SubmitOutcome {
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  /** The stored templates, or why they were refused. */
  record TemplateOutcome(List<WorkflowTemplate> templates, List<SpecError> errors) {
    public TemplateOutcome {
      templates = templates == null ? List.of() : List.copyOf(templates);
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  /** A workflow and the version it was stored at. */
  record Versioned(Workflow workflow, String version) {}

  /** One line of a step's log; {@code step} is the node's display name. */
  record LogLine(String nodeId, String step, String content) {}
}
