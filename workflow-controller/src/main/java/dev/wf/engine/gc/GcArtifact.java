package dev.wf.engine.gc;

import dev.wf.executor.artifacts.ArtifactLocation;

/** An output artifact due for deletion: the node that produced it, its name and where it is. */
public record GcArtifact(String nodeId, String name, ArtifactLocation location) {
  /** How messages name it: {@code "out" of node wf-123}. */
  public String describe() {
    return "\"" + name + "\" of node " + nodeId;
  }
}
