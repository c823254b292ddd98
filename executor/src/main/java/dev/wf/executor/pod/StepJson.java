package dev.wf.executor.pod;

import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/**
 * How the executor in a pod reads its {@link StepSpec} and writes its {@link StepResult}: the same
 * JSON shape as the controller's model (empty fields left out, times as RFC 3339 strings), but
 * tolerant of fields a newer controller may add.
 */
public final class StepJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private StepJson() {}

  /** The spec in {@code json}; an {@link IllegalArgumentException} says what is wrong with it. */
  public static StepSpec spec(String json) {
    try {
      return MAPPER.readValue(json, StepSpec.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the step spec is not valid: " + e.getOriginalMessage());
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result as a JSON object (times as strings), for a resource's status. */
  public static Map<String, Object> tree(StepResult result) {
    return MAPPER.convertValue(result, new TypeReference<Map<String, Object>>() {});
  }
}
