package dev.wf.api.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Where a parameter's value comes from: a file the step wrote, an expression, a supplied value. */
public record ValueFrom(
    String path,
    @JsonProperty("default") String defaultValue,
    String parameter,
    String expression,
    String jsonPath,
    String jqFilter,
    String event,
    JsonNode supplied,
    JsonNode configMapKeyRef) {}
