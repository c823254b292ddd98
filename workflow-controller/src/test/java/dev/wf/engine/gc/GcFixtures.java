package dev.wf.engine.gc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.StreamSource;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.RepositorySpec;

/** Output artifacts as a node's status records them once stored, for garbage-collection tests. */
public final class GcFixtures {
  /** A file repository that tests do not write to: only the keys matter. */
  public static final RepositorySpec REPOSITORY = RepositorySpec.file("/nowhere");

  private GcFixtures() {}

  /** A stored output {@code name} at {@code key}, with its own strategy (null: none). */
  public static Artifact stored(String name, RepositorySpec repository, String key, String gc) {
    ObjectNode json = ModelJson.mapper().createObjectNode();
    json.put("name", name);
    json.put("path", "/tmp/" + name);
    if (gc != null) json.putObject("artifactGC").put("strategy", gc);
    var location = new ArtifactLocation(repository, key, "none", 2L, null);
    json.set("location", ModelJson.mapper().valueToTree(location));
    return ModelJson.mapper().convertValue(json, Artifact.class);
  }

  /** Puts a two-byte object under {@code key}. */
  public static void put(ArtifactRepository repository, String key) throws ArtifactException {
    byte[] bytes = "hi".getBytes(StandardCharsets.UTF_8);
    repository.put(
        key,
        new StreamSource() {
          @Override
          public InputStream open() {
            return new ByteArrayInputStream(bytes);
          }

          @Override
          public long size() {
            return bytes.length;
          }
        });
  }

  /** {@link #stored} in {@link #REPOSITORY}. */
  public static Artifact stored(String name, String key, String gc) {
    return stored(name, REPOSITORY, key, gc);
  }

  /** The status with {@code artifacts} added to the outputs of node {@code nodeId}. */
  public static WorkflowStatus withArtifacts(
      WorkflowStatus status, String nodeId, List<Artifact> artifacts) {
    NodeStatus node = status.nodes().get(nodeId);
    Outputs outputs = node.outputs() == null ? Outputs.EMPTY : node.outputs();
    var all = new ArrayList<>(outputs.artifacts());
    all.addAll(artifacts);
    return status.withNode(
        node.withOutputs(
            new Outputs(outputs.parameters(), all, outputs.result(), outputs.exitCode())));
  }
}
