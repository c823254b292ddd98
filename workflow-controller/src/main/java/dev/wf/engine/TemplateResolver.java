package dev.wf.engine;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowSpec;

/**
 * Finds the template a call refers to, within the caller's scope, and applies {@code
 * spec.templateDefaults} to it (the template's own fields win; objects merge field by field).
 */
final class TemplateResolver {
  private final WorkflowSpec spec;
  private final Map<String, Template> stored;
  // The merge is a JSON round trip; a pass resolves the same templates for many nodes.
  private final Map<Template, Template> withDefaults = new java.util.IdentityHashMap<>();

  TemplateResolver(WorkflowSpec spec, Map<String, Template> stored) {
    this.spec = spec;
    this.stored = stored;
  }

  /** A resolved template and the scope its own calls resolve in. */
  record Resolved(Template template, TemplateScope scope) {}

  Optional<Resolved> resolve(CallTarget target, TemplateScope scope) {
    if (target.inline() != null)
      return Optional.of(new Resolved(withDefaults(target.inline()), scope));
    if (target.templateRef() != null) {
      var ref = target.templateRef();
      return Optional.ofNullable(stored.get(TemplateScope.storedKey(ref)))
          .map(t -> new Resolved(withDefaults(t), TemplateScope.of(ref)));
    }
    Optional<Template> found =
        scope.equals(TemplateScope.WORKFLOW)
            ? spec.template(target.template())
            : Optional.ofNullable(stored.get(scope.storedKey(target.template())));
    return found.map(t -> new Resolved(withDefaults(t), scope));
  }

  private Template withDefaults(Template template) {
    if (spec.templateDefaults() == null) return template;
    return withDefaults.computeIfAbsent(template, this::merged);
  }

  private Template merged(Template template) {
    var mapper = ModelJson.mapper();
    ObjectNode merged = mapper.valueToTree(spec.templateDefaults());
    merge(merged, mapper.valueToTree(template));
    return mapper.convertValue(merged, Template.class);
  }

  private static void merge(ObjectNode target, JsonNode overlay) {
    for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
      var field = it.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
        merge(existingObject, field.getValue());
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }
}
