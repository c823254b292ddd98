package dev.wf.api.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * The document types this engine reads: which {@code apiVersion}s and {@code kind}s, and which
 * record each kind becomes (both template kinds share {@link WorkflowTemplate}).
 */
public final class ManifestKinds {
  /** Argo's group and this project's own group, with the same schema. */
  public static final List<String> API_VERSIONS =
      List.of("argoproj.io/v1alpha1", "wf.dev/v1alpha1");

  private static final Map<String, Class<? extends Manifest>> KINDS = table();

  private ManifestKinds() {}

  private static Map<String, Class<? extends Manifest>> table() {
    var kinds = new LinkedHashMap<String, Class<? extends Manifest>>();
    kinds.put(Workflow.KIND, Workflow.class);
    kinds.put(WorkflowTemplate.KIND, WorkflowTemplate.class);
    kinds.put(WorkflowTemplate.CLUSTER_KIND, WorkflowTemplate.class);
    kinds.put(CronWorkflow.KIND, CronWorkflow.class);
    return Collections.unmodifiableMap(kinds);
  }

  /** Every supported kind, in a stable order. */
  public static List<String> kinds() {
    return List.copyOf(KINDS.keySet());
  }

  /** The record that documents of {@code kind} become. */
  public static Optional<Class<? extends Manifest>> recordFor(String kind) {
    return Optional.ofNullable(KINDS.get(kind));
  }

  public static boolean supportsApiVersion(String apiVersion) {
    return API_VERSIONS.contains(apiVersion);
  }
}
