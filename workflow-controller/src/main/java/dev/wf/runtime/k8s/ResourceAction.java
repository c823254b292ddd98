package dev.wf.runtime.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/**
 * Does a resource step's action on its object through the API, as {@code kubectl ACTION -f} would:
 * {@code create}; {@code apply} (create, or a merge patch of what exists: client-side, not
 * server-side apply); {@code replace}; {@code patch} (strategic or merge); {@code get}; {@code
 * delete} (a missing object is fine). Gives the object as the API server returned it (null after
 * delete); an API error becomes a {@link ResourceStepException} naming the object.
 */
final class ResourceAction {
  private ResourceAction() {}

  static GenericKubernetesResource run(
      KubernetesClient client,
      String action,
      String mergeStrategy,
      GenericKubernetesResource object) {
    var objects = objects(client, object);
    String name = object.getMetadata().getName();
    try {
      return switch (action) {
        case "create" -> objects.resource(object).create();
        case "apply" ->
            objects
                .resource(object)
                .createOr(existing -> patch(objects, object, PatchType.JSON_MERGE));
        case "replace" -> objects.resource(object).update();
        case "patch" -> patch(objects, object, patchType(mergeStrategy));
        case "get" -> found(objects.withName(name).get(), object);
        case "delete" -> {
          objects.withName(name).delete();
          yield null;
        }
        default -> throw new ResourceStepException("unknown action \"" + action + "\"");
      };
    } catch (KubernetesClientException e) {
      throw new ResourceStepException(
          "cannot " + action + " " + describe(object) + ": " + ResourceErrors.message(e));
    }
  }

  private static NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      objects(KubernetesClient client, GenericKubernetesResource object) {
    try {
      var all = client.genericKubernetesResources(object.getApiVersion(), object.getKind());
      String namespace = object.getMetadata().getNamespace();
      return namespace == null ? all : all.inNamespace(namespace);
    } catch (KubernetesClientException e) {
      throw new ResourceStepException(
          "the API server knows no kind "
              + object.getKind()
              + " in "
              + object.getApiVersion()
              + ": "
              + ResourceErrors.message(e));
    }
  }

  private static GenericKubernetesResource patch(
      NonNamespaceOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          objects,
      GenericKubernetesResource object,
      PatchType type) {
    return objects.withName(object.getMetadata().getName()).patch(PatchContext.of(type), object);
  }

  private static PatchType patchType(String mergeStrategy) {
    return switch (mergeStrategy) {
      case "merge" -> PatchType.JSON_MERGE;
      case "strategic" -> PatchType.STRATEGIC_MERGE;
      default ->
          throw new ResourceStepException(
              "merge strategy \"" + mergeStrategy + "\" is not supported: use merge or strategic");
    };
  }

  private static GenericKubernetesResource found(
      GenericKubernetesResource found, GenericKubernetesResource wanted) {
    if (found == null) throw new ResourceStepException(describe(wanted) + " not found");
    return found;
  }

  static String describe(GenericKubernetesResource object) {
    var meta = object.getMetadata();
    String name = meta.getName() != null ? meta.getName() : meta.getGenerateName() + "*";
    var ref = new ResourceRef(object.getApiVersion(), object.getKind(), meta.getNamespace(), name);
    return meta.getNamespace() == null
        ? ref.toString()
        : ref + " in namespace " + meta.getNamespace();
  }
}
