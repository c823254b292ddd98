package dev.wf.store.k8s;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps a large workflow's status under the API server's object size limit the way Argo does: when
 * the JSON of {@code status.nodes} passes a limit, it is stored gzipped and base64-encoded in
 * {@code status.compressedNodes} instead, and read back transparently. A status of 10,000 nodes
 * (about 5 MB of JSON) packs into a few hundred kilobytes; etcd's default limit is 1.5 MB.
 */
public final class NodeCompression {
  /** Argo's threshold: a status whose nodes take more than this is compressed. */
  public static final int DEFAULT_LIMIT = 1024 * 1024;

  static final String NODES = "nodes";
  static final String COMPRESSED = "compressedNodes";

  private final ObjectMapper mapper;
  private final int limit;

  public NodeCompression(ObjectMapper mapper, int limit) {
    this.mapper = mapper;
    this.limit = limit;
  }

  /** The status as written: {@code nodes} compressed when larger than the limit. */
  public ObjectNode pack(ObjectNode status) {
    JsonNode nodes = status.get(NODES);
    if (nodes == null || nodes.isEmpty()) return status;
    byte[] json = bytes(nodes);
    if (json.length <= limit) return status;
    ObjectNode packed = status.deepCopy();
    packed.remove(NODES);
    packed.put(COMPRESSED, Base64.getEncoder().encodeToString(gzip(json)));
    return packed;
  }

  /** The status as read: {@code compressedNodes}, if present, back in {@code nodes}. */
  public ObjectNode unpack(ObjectNode status) {
    JsonNode compressed = status.get(COMPRESSED);
    if (compressed == null || !compressed.isTextual()) return status;
    ObjectNode unpacked = status.deepCopy();
    unpacked.remove(COMPRESSED);
    unpacked.set(NODES, tree(gunzip(Base64.getDecoder().decode(compressed.asText()))));
    return unpacked;
  }

  private byte[] bytes(JsonNode nodes) {
    try {
      return mapper.writeValueAsBytes(nodes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode tree(byte[] json) {
    try {
      return mapper.readTree(json);
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
