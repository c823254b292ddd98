package dev.wf.api.spec;

import java.time.Instant;
import java.util.Map;

/** Kubernetes object metadata, the subset a workflow engine uses. */
public record ObjectMeta(
    String name,
    String generateName,
    String namespace,
    String uid,
    String resourceVersion,
    Instant creationTimestamp,
    Map<String, String> labels,
    Map<String, String> annotations) {
  public ObjectMeta {
    labels = Lists.of(labels);
    annotations = Lists.of(annotations);
  }

  public static ObjectMeta named(String name) {
    return new ObjectMeta(name, null, null, null, null, null, null, null);
  }

  public ObjectMeta withName(String newName) {
    return new ObjectMeta(
        newName,
        generateName,
        namespace,
        uid,
        resourceVersion,
        creationTimestamp,
        labels,
        annotations);
  }

  public ObjectMeta withIdentity(
      String newName, String newNamespace, String newUid, Instant created) {
    return new ObjectMeta(
        newName, generateName, newNamespace, newUid, resourceVersion, created, labels, annotations);
  }

  public ObjectMeta withLabels(Map<String, String> newLabels) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        creationTimestamp,
        newLabels,
        annotations);
  }
}
