package dev.wf.api.validate;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.Sequence;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateRef;
import dev.wf.api.spec.WorkflowStep;

/**
 * What a step and a DAG task have in common for variables: a name, the template it calls, and how
 * it loops.
 */
record TemplateCall(
    String name,
    String template,
    TemplateRef templateRef,
    Template inline,
    List<JsonNode> withItems,
    String withParam,
    Sequence withSequence) {

  static TemplateCall of(WorkflowStep s) {
    return new TemplateCall(
        s.name(),
        s.template(),
        s.templateRef(),
        s.inline(),
        s.withItems(),
        s.withParam(),
        s.withSequence());
  }

  static TemplateCall of(DagTask t) {
    return new TemplateCall(
        t.name(),
        t.template(),
        t.templateRef(),
        t.inline(),
        t.withItems(),
        t.withParam(),
        t.withSequence());
  }

  boolean loops() {
    return !withItems.isEmpty()
        || (withParam != null && !withParam.isBlank())
        || withSequence != null;
  }

  /** Every step and task that {@code template} calls directly. */
  static Stream<TemplateCall> in(Template template) {
    var steps = template.steps().stream().flatMap(List::stream).map(TemplateCall::of);
    var tasks =
        template.dag() == null
            ? Stream.<TemplateCall>empty()
            : template.dag().tasks().stream().map(TemplateCall::of);
    return Stream.concat(steps, tasks);
  }
}
