package dev.wf.engine;

import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateRef;

/** What a step, task, entrypoint or hook calls: a template by name, by reference, or inline. */
public record CallTarget(String template, TemplateRef templateRef, Template inline) {
  public static CallTarget named(String template) {
    return new CallTarget(template, null, null);
  }

  /** How the call reads in messages. */
  public String describe() {
    if (templateRef != null) return templateRef.name() + "/" + templateRef.template();
    if (inline != null) return "inline template";
    return template;
  }
}
