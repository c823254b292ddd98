package dev.wf.api.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code memoize}: reuse a node's outputs from a cache entry with the same key. */
public record Memoize(String key, JsonNode cache, String maxAge) {}
