package dev.wf.runtime.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.resource.JqPath;
import dev.wf.api.resource.JsonPathTemplate;
import dev.wf.executor.ResourceSpec.ResourceOutput;

/** Reads a resource step's output parameters from its object, in the spec's order. */
final class ResourceOutputs {
  private ResourceOutputs() {}

  static Map<String, String> read(List<ResourceOutput> outputs, JsonNode object) {
    var values = new LinkedHashMap<String, String>();
    for (ResourceOutput output : outputs) {
      try {
        values.put(output.name(), value(output, object));
      } catch (IllegalArgumentException e) {
        throw new ResourceStepException(
            "cannot read output parameter \"" + output.name() + "\": " + e.getMessage());
      }
    }
    return values;
  }

  private static String value(ResourceOutput output, JsonNode object) {
    if (output.jsonPath() != null)
      return JsonPathTemplate.parse(output.jsonPath()).evaluate(object);
    if (output.jqFilter() != null) return JqPath.parse(output.jqFilter()).evaluate(object);
    throw new IllegalArgumentException("it needs jsonPath or jqFilter");
  }
}
