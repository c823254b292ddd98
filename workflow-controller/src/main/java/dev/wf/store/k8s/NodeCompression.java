package dev.wf.store.k8s;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.WorkflowStatus;

/**
 * Keeps a large workflow's status under the API server's object size limit the way Argo does: when
 * the JSON of its nodes passes a limit, they are stored gzipped and base64-encoded in {@code
 * status.compressedNodes} instead of {@code status.nodes}, and read back transparently. A status of
 * 10,000 nodes (about 5 MB of JSON) packs into a few hundred kilobytes; etcd's default limit is 1.5
 * MB.
 */
public final class NodeCompression {
  /** Argo's threshold: a status whose nodes take more than this is compressed. */
  public static final int DEFAULT_LIMIT = 1024 * 1024;

  private static final TypeReference<LinkedHashMap<String, NodeStatus>> NODES =
      new TypeReference<>() {};

  private final int limit;

  public NodeCompression(int limit) {
    this.limit = limit;
  }

  /** The status as written: its nodes compressed when their JSON is larger than the limit. */
  public WorkflowStatus pack(WorkflowStatus status) {
    if (status == null || status.nodes().isEmpty()) return status;
    byte[] json = bytes(status.nodes());
    if (json.length <= limit) return status.withCompressedNodes(null);
    String packed = Base64.getEncoder().encodeToString(gzip(json));
    return status.withNodes(Map.of()).withCompressedNodes(packed);
  }

  /** The status as read: compressed nodes, if any, back in {@code nodes}. */
  public WorkflowStatus unpack(WorkflowStatus status) {
    if (status == null || status.compressedNodes() == null) return status;
    byte[] json = gunzip(Base64.getDecoder().decode(status.compressedNodes()));
    try {
      Map<String, NodeStatus> nodes = ModelJson.mapper().readValue(json, NODES);
      return status.withNodes(nodes).withCompressedNodes(null);
    } catch (IOException e) {
      throw new UncheckedIOException("status.compressedNodes does not hold nodes", e);
    }
  }

  private static byte[] bytes(Map<String, NodeStatus> nodes) {
    try {
      return ModelJson.mapper().writeValueAsBytes(nodes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] data) {
    var out = new ByteArrayOutputStream(data.length / 8 + 64);
    try (var gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] data) {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("status.compressedNodes is not gzipped JSON", e);
    }
  }
}
