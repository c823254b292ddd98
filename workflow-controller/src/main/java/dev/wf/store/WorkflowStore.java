package dev.wf.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * Where workflows, their status and stored templates live. Thread-safe. Workflow names are unique
 * within a store; templates are keyed by (clusterScoped, name).
 */
public interface WorkflowStore extends AutoCloseable {
  /** Stores a new workflow; throws {@link AlreadyExistsException} if the name is taken. */
  void create(Workflow workflow);

  Optional<Workflow> get(String name);

  /**
   * The version of the workflow's last write, for watches: it changes on every write, and a store
   * may return it as {@code metadata.resourceVersion} from {@link #get}. Empty if the workflow does
   * not exist (or its version is not a number). Stores override this with a cheaper lookup.
   */
  default OptionalLong version(String name) {
    return get(name)
        .map(workflow -> workflow.metadata().resourceVersion())
        .filter(version -> version != null && version.matches("[0-9]{1,18}"))
        .map(version -> OptionalLong.of(Long.parseLong(version)))
        .orElse(OptionalLong.empty());
  }

  /** The name of the newest workflow (what {@code @latest} means), without reading any status. */
  default Optional<String> latestName() {
    return list().stream().findFirst().map(Workflow::name);
  }

  /** Every workflow, newest first (by creation time, then name). */
  List<Workflow> list();

  /** Replaces the status of an existing workflow; false if it does not exist. */
  boolean updateStatus(String name, WorkflowStatus status);

  /**
   * Replaces the status of {@code current}, provided the stored workflow is still the version it
   * was read at ({@code metadata.resourceVersion}, where the store keeps versions). Returns the
   * workflow as stored now, with its new version; empty if it no longer exists.
   *
   * @throws ConflictException when the stored workflow changed since {@code current} was read
   */
  default Optional<Workflow> replaceStatus(Workflow current, WorkflowStatus status) {
    return updateStatus(current.name(), status)
        ? Optional.of(current.withStatus(status))
        : Optional.empty();
  }

  /**
   * Replaces an existing workflow as a whole: its manifest (metadata and spec, for a change such as
   * suspend or retry) and its status; its creation time stays. False if it does not exist.
   */
  boolean update(Workflow workflow);

  /**
   * Replaces {@code workflow} as {@link #update} does, provided the stored one is still the version
   * it was read at (where the store keeps versions). Returns the workflow as stored now; empty if
   * it no longer exists.
   *
   * @throws ConflictException when the stored workflow changed since {@code workflow} was read
   */
  default Optional<Workflow> replace(Workflow workflow) {
    return update(workflow) ? Optional.of(workflow) : Optional.empty();
  }

  boolean delete(String name);

  /** Creates or replaces a (Cluster)WorkflowTemplate. */
  void putTemplate(WorkflowTemplate template);

  Optional<WorkflowTemplate> getTemplate(boolean clusterScoped, String name);

  List<WorkflowTemplate> listTemplates(boolean clusterScoped);

  boolean deleteTemplate(boolean clusterScoped, String name);

  /**
   * The ConfigMaps beside the workflows (semaphore limits, memoization caches); none unless the
   * store keeps them.
   */
  default ConfigMapStore configMaps() {
    return ConfigMapStore.none();
  }

  /** The CronWorkflows beside the workflows; none unless the store keeps them. */
  default CronStore cronWorkflows() {
    return CronStore.none();
  }

  @Override
  void close();
}
