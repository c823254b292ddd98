package dev.wf.api.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code item} inside a looping step or task. With {@code withItems} the fields of map items are
 * known ({@code item.KEY}); with {@code withParam} they are only known at run time, so any {@code
 * item.*} is allowed; {@code withSequence} gives numbers.
 */
final class LoopVariables {
  private LoopVariables() {}

  static void addTo(VariableScope scope, TemplateCall call) {
    if (!call.loops()) return;
    scope.add("item").block("item.", "item has fields only when withItems lists maps");
    if (!call.withItems().isEmpty()) {
      for (JsonNode item : call.withItems()) {
        if (item.isObject()) item.properties().forEach(e -> scope.add("item." + e.getKey()));
        if (item.isArray()) scope.addPrefix("item.");
      }
    } else if (call.withParam() != null && !call.withParam().isBlank()) {
      scope.addPrefix("item.");
    }
  }
}
