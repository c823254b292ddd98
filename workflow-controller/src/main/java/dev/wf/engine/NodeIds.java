package dev.wf.engine;

/**
 * Deterministic node ids: the workflow's name plus a hash of the node's name (its path in the
 * tree), so a pass that crashes before persisting recomputes the same ids and starts nothing twice.
 * The root node's id is the workflow's name, as in Argo.
 */
public final class NodeIds {
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private NodeIds() {}

  public static String of(String workflowName, String nodeName) {
    if (workflowName.equals(nodeName)) return workflowName;
    return workflowName + "-" + Integer.toUnsignedString(fnv1a32(nodeName));
  }

  private static int fnv1a32(String text) {
    int hash = FNV_OFFSET;
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return hash;
  }
}
