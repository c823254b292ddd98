package dev.wf.store.k8s;

import java.net.HttpURLConnection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.Indexer;

import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.CronStore;

/**
 * The CronWorkflows of one namespace as custom resources. Reads come from a CronWorkflow informer's
 * cache when one is given (the controller's scheduler reads on every pass), else from the API
 * server; a cached copy older than this store's own last write is passed over for that write, so a
 * pass never decides on a status it has already replaced. The status is written through the status
 * subresource; spec changes (suspend, resume) leave it alone.
 */
public final class KubernetesCronStore implements CronStore {
  private static final String KIND = "cron workflow";

  private final KubernetesClient client;
  private final String namespace;
  private final Indexer<CronWorkflowResource> cache;
  private final Map<String, CronWorkflowResource> written = new ConcurrentHashMap<>();

  /**
   * @param cache the indexer of a running CronWorkflow informer of this namespace or of all
   *     namespaces; null to read from the API server
   */
  public KubernetesCronStore(
      KubernetesClient client, String namespace, Indexer<CronWorkflowResource> cache) {
    this.client = Objects.requireNonNull(client);
    this.namespace = Objects.requireNonNull(namespace);
    this.cache = cache;
  }

  @Override
  public List<CronWorkflow> list() {
    List<CronWorkflowResource> resources =
        cache != null ? cache.byIndex(Cache.NAMESPACE_INDEX, namespace) : crons().list().getItems();
    return resources.stream()
        .map(r -> newer(r.getMetadata().getName(), r))
        .map(ResourceMapping::toCron)
        .sorted(Comparator.comparing(CronWorkflow::name))
        .toList();
  }

  @Override
  public Optional<CronWorkflow> get(String name) {
    CronWorkflowResource read =
        cache != null ? cache.getByKey(namespace + "/" + name) : crons().withName(name).get();
    if (read == null) {
      written.remove(name);
      return Optional.empty();
    }
    return Optional.of(ResourceMapping.toCron(newer(name, read)));
  }

  /** Creates the resource, then writes its status through the status subresource. */
  @Override
  public CronWorkflow create(CronWorkflow cron) {
    String name = cron.name();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a cron workflow needs a name to be stored");
    }
    CronWorkflowResource resource = ResourceMapping.toResource(cron, namespace);
    resource.getMetadata().setResourceVersion(null);
    resource.setStatus(null);
    CronWorkflowResource created;
    try {
      created = crons().resource(resource).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT)
        throw new AlreadyExistsException(KIND, name);
      throw e;
    }
    if (!cron.status().equals(CronWorkflowStatus.EMPTY)) {
      created.setStatus(cron.status());
      created = crons().resource(created).updateStatus();
    }
    remember(created);
    return ResourceMapping.toCron(created);
  }

  /** Writes metadata and spec over the stored ones; the status stays as stored. */
  @Override
  public Optional<CronWorkflow> replace(CronWorkflow cron) {
    CronWorkflowResource resource = ResourceMapping.toResource(cron, namespace);
    resource.getMetadata().setResourceVersion(null);
    resource.getMetadata().setUid(null);
    resource.getMetadata().setCreationTimestamp(null);
    return write(cron.name(), () -> crons().resource(resource).update())
        .map(ResourceMapping::toCron);
  }

  @Override
  public boolean updateStatus(String name, CronWorkflowStatus status) {
    var resource = new CronWorkflowResource();
    resource.setMetadata(ResourceMapping.toMeta(ObjectMeta.named(name), namespace));
    resource.setStatus(status);
    // Without a version, fabric8 writes over whatever is stored (the scheduler is the one writer).
    return write(name, () -> crons().resource(resource).updateStatus()).isPresent();
  }

  @Override
  public boolean delete(String name) {
    written.remove(name);
    return !crons().withName(name).delete().isEmpty();
  }

  private Optional<CronWorkflowResource> write(
      String name, Supplier<CronWorkflowResource> request) {
    try {
      CronWorkflowResource stored = request.get();
      remember(stored);
      return Optional.of(stored);
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) return Optional.empty();
      throw e;
    }
  }

  private void remember(CronWorkflowResource stored) {
    if (cache != null) written.put(stored.getMetadata().getName(), stored);
  }

  /** The read copy, or this store's own last write of it when that is newer. */
  private CronWorkflowResource newer(String name, CronWorkflowResource read) {
    CronWorkflowResource own = written.get(name);
    if (own == null) return read;
    if (version(read) >= version(own)) {
      written.remove(name, own);
      return read;
    }
    return own;
  }

  private static long version(CronWorkflowResource resource) {
    String version = resource.getMetadata().getResourceVersion();
    return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
  }

  private NonNamespaceOperation<
          CronWorkflowResource,
          KubernetesResourceList<CronWorkflowResource>,
          Resource<CronWorkflowResource>>
      crons() {
    return client.resources(CronWorkflowResource.class).inNamespace(namespace);
  }
}
