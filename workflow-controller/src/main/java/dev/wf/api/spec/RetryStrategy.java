package dev.wf.api.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code retryStrategy}: how often and when a failed node is tried again. */
public record RetryStrategy(
    String limit, String retryPolicy, Backoff backoff, String expression, JsonNode affinity) {
  /**
   * {@code backoff}: the wait before each retry, growing by {@code factor}, bounded by {@code cap}.
   */
  public record Backoff(String duration, String factor, String maxDuration, String cap) {}
}
