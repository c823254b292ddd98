package dev.wf.runtime.k8s;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.crd.CustomResources;
import dev.wf.api.resource.ResourceManifest;
import dev.wf.executor.ResourceSpec;

/**
 * The object of a resource step, read from its manifest: as written, plus the workflow as its
 * controlling owner when the spec asks for it (as Argo's {@code setOwnerReference} does), in the
 * namespace the manifest names, else the one {@code -n}/{@code --namespace} names, else the
 * workflow's.
 */
final class ResourceObject {
  private ResourceObject() {}

  static GenericKubernetesResource read(
      ResourceSpec spec,
      String manifest,
      String namespace,
      String workflowName,
      String workflowUid,
      KubernetesSerialization serialization) {
    JsonNode tree;
    try {
      tree = ResourceManifest.read(manifest);
    } catch (IllegalArgumentException e) {
      throw new ResourceStepException("the manifest is " + e.getMessage());
    }
    if (!tree.isObject())
      throw new ResourceStepException("the manifest is not a Kubernetes object");
    String missing = ResourceManifest.missing(tree, spec.action());
    if (!missing.isEmpty()) throw new ResourceStepException("the object needs " + missing);
    var object = serialization.convertValue(tree, GenericKubernetesResource.class);
    if (object.getMetadata().getNamespace() == null) {
      object.getMetadata().setNamespace(flagNamespace(spec.flags(), namespace));
    }
    if (spec.setOwnerReference()) {
      List<OwnerReference> owners = new ArrayList<>();
      if (object.getMetadata().getOwnerReferences() != null) {
        owners.addAll(object.getMetadata().getOwnerReferences());
      }
      owners.add(owner(workflowName, workflowUid));
      object.getMetadata().setOwnerReferences(owners);
    }
    return object;
  }

  private static OwnerReference owner(String workflowName, String workflowUid) {
    return new OwnerReferenceBuilder()
        .withApiVersion(CustomResources.API_VERSION)
        .withKind("Workflow")
        .withName(workflowName)
        .withUid(workflowUid)
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }

  /**
   * The namespace kubectl flags name ({@code -n X}, {@code --namespace X}, {@code --namespace=X}).
   */
  static String flagNamespace(List<String> flags, String fallback) {
    for (int i = 0; i < flags.size(); i++) {
      String flag = flags.get(i);
      if ((flag.equals("-n") || flag.equals("--namespace")) && i + 1 < flags.size()) {
        return flags.get(i + 1);
      }
      if (flag.startsWith("--namespace=")) return flag.substring("--namespace=".length());
      if (flag.startsWith("-n") && flag.length() > 2)
        return flag.substring(2).replaceFirst("^=", "");
    }
    return fallback;
  }
}
