package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.WorkflowSpec;

/**
 * The fields of a workflow that only shape Kubernetes pods ({@code podGC}, {@code nodeSelector},
 * {@code resources}, ...). They are accepted and kept, so the same YAML runs on a cluster, but the
 * local runtime has nothing to apply them to; this lists the ones a workflow sets, so the user can
 * be told once.
 */
public final class PodOnlyFields {
  private static final Set<String> SPEC =
      Set.of(
          "serviceAccountName",
          "automountServiceAccountToken",
          "executor",
          "nodeSelector",
          "affinity",
          "tolerations",
          "imagePullSecrets",
          "hostNetwork",
          "dnsPolicy",
          "dnsConfig",
          "volumeClaimTemplates",
          "podGC",
          "podMetadata",
          "podPriorityClassName",
          "podPriority",
          "podDisruptionBudget",
          "podSpecPatch",
          "schedulerName",
          "hostAliases",
          "securityContext",
          "podResources",
          "resourceClaims");

  private static final Set<String> TEMPLATE =
      Set.of(
          "metadata",
          "nodeSelector",
          "affinity",
          "tolerations",
          "initContainers",
          "sidecars",
          "schedulerName",
          "priorityClassName",
          "priority",
          "serviceAccountName",
          "automountServiceAccountToken",
          "executor",
          "hostAliases",
          "securityContext",
          "podSpecPatch",
          "podResources",
          "resourceClaims");

  private static final Set<String> CONTAINER =
      Set.of(
          "resources",
          "resizePolicy",
          "volumeMounts",
          "volumeDevices",
          "ports",
          "livenessProbe",
          "readinessProbe",
          "startupProbe",
          "lifecycle",
          "imagePullPolicy",
          "securityContext");

  private PodOnlyFields() {}

  /**
   * The pod-only fields {@code spec} sets, as {@code podGC} or {@code
   * templates[main].container.resources}, in document order.
   */
  public static List<String> of(WorkflowSpec spec) {
    var found = new ArrayList<String>();
    JsonNode tree = ModelJson.mapper().valueToTree(spec);
    present(tree, SPEC, "", found);
    for (JsonNode template : tree.path("templates")) {
      String at = "templates[" + template.path("name").asText() + "].";
      present(template, TEMPLATE, at, found);
      present(template.path("container"), CONTAINER, at + "container.", found);
      present(template.path("script"), CONTAINER, at + "script.", found);
      for (JsonNode c : template.path("containerSet").path("containers")) {
        present(
            c, CONTAINER, at + "containerSet.containers[" + c.path("name").asText() + "].", found);
      }
    }
    return found;
  }

  private static void present(JsonNode node, Set<String> names, String at, List<String> found) {
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (names.contains(field)) found.add(at + field);
            });
  }
}
