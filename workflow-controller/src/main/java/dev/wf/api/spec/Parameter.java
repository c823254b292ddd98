package dev.wf.api.spec;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A named string value. {@code value} is set at a call site or in status; {@code default} applies
 * when nothing is passed; {@code enum} restricts it; {@code valueFrom} says where an output comes
 * from. Scalars in YAML (numbers, booleans) are read as their text, as Argo does. An empty value or
 * default is a value, so it is written out (only absent ones are left out).
 */
public record Parameter(
    String name,
    @JsonInclude(JsonInclude.Include.NON_NULL) String value,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("default") String defaultValue,
    @JsonProperty("enum") List<String> enumValues,
    String description,
    ValueFrom valueFrom,
    String globalName) {
  public Parameter {
    enumValues = Lists.of(enumValues);
  }

  public static Parameter of(String name, String value) {
    return new Parameter(name, value, null, null, null, null, null);
  }

  public Parameter withValue(String newValue) {
    return new Parameter(
        name, newValue, defaultValue, enumValues, description, valueFrom, globalName);
  }
}
