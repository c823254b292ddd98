package dev.wf.store.k8s;

import java.net.HttpURLConnection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.Indexer;

import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.ConfigMapStore;
import dev.wf.store.ConflictException;
import dev.wf.store.CronStore;
import dev.wf.store.WorkflowStore;

/**
 * The workflows of one namespace as {@code Workflow} custom resources, for a controller running in
 * (or against) a cluster. Reads come from an informer's cache when one is given (the controller
 * reads on every pass), else from the API server; a workflow the cache does not have yet, or one
 * whose cached copy lost a write conflict, is read from the API server. Status is written through
 * the status subresource with the read version, so a concurrent writer makes the write fail with
 * {@link ConflictException}. Templates and ConfigMaps are read from the API server.
 */
public final class KubernetesStore implements WorkflowStore {
  private static final String KIND = "workflow";
  private static final Comparator<Workflow> NEWEST_FIRST =
      Comparator.comparing(
              (Workflow wf) -> wf.metadata().creationTimestamp(),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Workflow::name);

  private final KubernetesClient client;
  private final String namespace;
  private final Indexer<WorkflowResource> cache;
  private final KubernetesTemplates templates;
  private final KubernetesConfigMaps configMaps;
  private final KubernetesCronStore cronWorkflows;
  private final Set<String> stale = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> written = new ConcurrentHashMap<>();

  /** A store that reads every workflow from the API server. */
  public KubernetesStore(KubernetesClient client, String namespace) {
    this(client, namespace, null);
  }

  /**
   * A store that reads workflows from {@code cache}: the indexer of a running Workflow informer, of
   * this namespace or of all namespaces (keys {@code namespace/name}, with fabric8's namespace
   * index).
   */
  public KubernetesStore(
      KubernetesClient client, String namespace, Indexer<WorkflowResource> cache) {
    this(client, namespace, cache, null);
  }

  /**
   * A store that reads workflows from {@code cache} and cron workflows from {@code cronCache} (the
   * indexer of a running CronWorkflow informer; null: read from the API server).
   */
  public KubernetesStore(
      KubernetesClient client,
      String namespace,
      Indexer<WorkflowResource> cache,
      Indexer<CronWorkflowResource> cronCache) {
    this.client = Objects.requireNonNull(client);
    this.namespace = Objects.requireNonNull(namespace);
    this.cache = cache;
    this.templates = new KubernetesTemplates(client, namespace);
    this.configMaps = new KubernetesConfigMaps(client, namespace);
    this.cronWorkflows = new KubernetesCronStore(client, namespace, cronCache);
  }

  /** The namespace this store keeps workflows in. */
  public String namespace() {
    return namespace;
  }

  /**
   * Whether this store itself wrote the workflow at {@code resourceVersion} or later, so that a
   * watch event carrying it tells the writer nothing new. False for versions that are not numbers.
   */
  public boolean supersedes(String name, String resourceVersion) {
    Long own = written.get(name);
    OptionalLong seen = number(resourceVersion);
    return own != null && seen.isPresent() && seen.getAsLong() <= own;
  }

  /** Forgets what this store wrote of a workflow that is gone (seen by a watch). */
  public void forgetWrites(String name) {
    written.remove(name);
    stale.remove(name);
  }

  /** Creates the resource, then writes its status (if any) through the status subresource. */
  @Override
  public void create(Workflow workflow) {
    String name = workflow.name();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a workflow needs a name to be stored");
    }
    WorkflowResource created = createResource(workflow, List.of());
    if (workflow.status() != null) {
      created.setStatus(ResourceMapping.toStatus(workflow.status()));
      remember(workflows().resource(created).updateStatus());
    }
  }

  /**
   * Creates the workflow without a status, as {@code kubectl create} would, owned by {@code owner}
   * (the cluster deletes it with its owner); the controller admits it on its first pass.
   *
   * @throws AlreadyExistsException when its name is taken
   */
  public void createOwned(Workflow workflow, OwnerReference owner) {
    createResource(workflow.withStatus(null), List.of(owner));
  }

  private WorkflowResource createResource(Workflow workflow, List<OwnerReference> owners) {
    WorkflowResource resource = ResourceMapping.toResource(workflow, namespace);
    resource.getMetadata().setResourceVersion(null);
    resource.getMetadata().setOwnerReferences(owners);
    resource.setStatus(null);
    try {
      WorkflowResource created = workflows().resource(resource).create();
      remember(created);
      return created;
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        throw new AlreadyExistsException(KIND, workflow.name());
      }
      throw e;
    }
  }

  @Override
  public Optional<Workflow> get(String name) {
    return resource(name).map(ResourceMapping::toWorkflow);
  }

  @Override
  public OptionalLong version(String name) {
    return resource(name)
        .map(r -> number(r.getMetadata().getResourceVersion()))
        .orElse(OptionalLong.empty());
  }

  /** Every workflow of every namespace, newest first (for {@code wf list -A}). */
  public static List<Workflow> listAllNamespaces(KubernetesClient client) {
    return client.resources(WorkflowResource.class).inAnyNamespace().list().getItems().stream()
        .map(ResourceMapping::toWorkflow)
        .sorted(NEWEST_FIRST)
        .toList();
  }

  /** Every workflow of the namespace, newest first (by creation time, then name). */
  @Override
  public List<Workflow> list() {
    List<WorkflowResource> resources =
        cache != null
            ? cache.byIndex(Cache.NAMESPACE_INDEX, namespace)
            : workflows().list().getItems();
    return resources.stream().map(ResourceMapping::toWorkflow).sorted(NEWEST_FIRST).toList();
  }

  @Override
  public boolean updateStatus(String name, WorkflowStatus status) {
    var resource = new WorkflowResource();
    resource.setMetadata(ResourceMapping.toMeta(ObjectMeta.named(name), namespace));
    resource.setStatus(ResourceMapping.toStatus(status));
    // Without a version, fabric8 writes over whatever is stored (last writer wins).
    return write(name, () -> workflows().resource(resource).updateStatus()).isPresent();
  }

  @Override
  public Optional<Workflow> replaceStatus(Workflow current, WorkflowStatus status) {
    WorkflowResource resource = ResourceMapping.toResource(current.withStatus(status), namespace);
    return write(current.name(), () -> workflows().resource(resource).updateStatus())
        .map(ResourceMapping::toWorkflow);
  }

  @Override
  public boolean update(Workflow workflow) {
    return replaceWhole(workflow, true).isPresent();
  }

  @Override
  public Optional<Workflow> replace(Workflow workflow) {
    return replaceWhole(workflow, false);
  }

  /** Writes metadata and spec, then status, each with the version the previous write returned. */
  private Optional<Workflow> replaceWhole(Workflow workflow, boolean overwrite) {
    String name = workflow.name();
    WorkflowResource resource = ResourceMapping.toResource(workflow, namespace);
    if (overwrite) resource.getMetadata().setResourceVersion(null);
    Optional<WorkflowResource> manifest =
        write(name, () -> workflows().resource(resource).update());
    if (manifest.isEmpty()) return Optional.empty();
    WorkflowResource next = manifest.get();
    next.setStatus(ResourceMapping.toStatus(workflow.status()));
    return write(name, () -> workflows().resource(next).updateStatus())
        .map(ResourceMapping::toWorkflow);
  }

  @Override
  public boolean delete(String name) {
    forgetWrites(name);
    return !workflows().withName(name).delete().isEmpty();
  }

  @Override
  public void putTemplate(WorkflowTemplate template) {
    templates.put(template);
  }

  @Override
  public Optional<WorkflowTemplate> getTemplate(boolean clusterScoped, String name) {
    return templates.get(clusterScoped, name);
  }

  @Override
  public List<WorkflowTemplate> listTemplates(boolean clusterScoped) {
    return templates.list(clusterScoped);
  }

  @Override
  public boolean deleteTemplate(boolean clusterScoped, String name) {
    return templates.delete(clusterScoped, name);
  }

  /** The ConfigMaps of this namespace. */
  @Override
  public ConfigMapStore configMaps() {
    return configMaps;
  }

  /** The CronWorkflows of this namespace. */
  @Override
  public CronStore cronWorkflows() {
    return cronWorkflows;
  }

  /** Leaves the client open: it belongs to whoever built this store. */
  @Override
  public void close() {}

  private Optional<WorkflowResource> resource(String name) {
    if (cache != null && !stale.contains(name)) {
      WorkflowResource cached = cache.getByKey(namespace + "/" + name);
      if (cached != null) return Optional.of(cached);
    }
    Optional<WorkflowResource> read = Optional.ofNullable(workflows().withName(name).get());
    stale.remove(name);
    return read;
  }

  /**
   * Performs one write of a workflow: empty if it does not exist; a conflict marks the cached copy
   * stale, so that the writer's next read comes from the API server.
   */
  private Optional<WorkflowResource> write(String name, Supplier<WorkflowResource> request) {
    try {
      WorkflowResource stored = request.get();
      remember(stored);
      return Optional.of(stored);
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) return Optional.empty();
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        stale.add(name);
        throw new ConflictException(KIND, name);
      }
      throw e;
    }
  }

  private void remember(WorkflowResource stored) {
    number(stored.getMetadata().getResourceVersion())
        .ifPresent(v -> written.merge(stored.getMetadata().getName(), v, Math::max));
  }

  /** A resource version as a number; Kubernetes' versions are opaque but numeric in practice. */
  private static OptionalLong number(String resourceVersion) {
    if (resourceVersion == null || !resourceVersion.matches("[0-9]{1,18}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(resourceVersion));
  }

  private NonNamespaceOperation<
          WorkflowResource, KubernetesResourceList<WorkflowResource>, Resource<WorkflowResource>>
      workflows() {
    return client.resources(WorkflowResource.class).inNamespace(namespace);
  }
}
