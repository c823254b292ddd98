package dev.wf.api.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a parameter's value comes from: a file the step wrote, an expression, a supplied value.
 * {@code supplied: {}} is kept when written out: it marks a value given when a suspend is resumed.
 */
public record ValueFrom(
    String path,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("default") String defaultValue,
    String parameter,
    String expression,
    String jsonPath,
    String jqFilter,
    String event,
    @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode supplied,
    JsonNode configMapKeyRef) {}
