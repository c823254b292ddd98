package dev.wf.engine.memo;

import java.io.UncheckedIOException;
import java.time.Instant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Outputs;

/**
 * One entry of a memoization cache, stored as JSON under its key in the cache's ConfigMap exactly
 * as Argo stores it: the node that produced it, its outputs, when it was created and last used.
 */
public record MemoEntry(
    String nodeID, Outputs outputs, Instant creationTimestamp, Instant lastHitTimestamp) {
  private static final ObjectReader READER =
      ModelJson.mapper()
          .readerFor(MemoEntry.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The entry as stored in the ConfigMap. */
  public String json() {
    return ModelJson.write(this);
  }

  /** Reads a stored entry; a malformed one is an {@link IllegalArgumentException}. */
  public static MemoEntry parse(String json) {
    try {
      return READER.readValue(json);
    } catch (UncheckedIOException | java.io.IOException e) {
      throw new IllegalArgumentException(
          "malformed cache entry: could not unmarshal JSON; unable to parse: " + e.getMessage(), e);
    }
  }

  /** The same entry, used again at {@code at}. */
  public MemoEntry hitAt(Instant at) {
    return new MemoEntry(nodeID, outputs, creationTimestamp, at);
  }
}
