package dev.wf.api.spec;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One step of a {@code steps} template: which template to call, with what, and when. */
public record WorkflowStep(
    String name,
    String template,
    TemplateRef templateRef,
    Template inline,
    Arguments arguments,
    String when,
    List<JsonNode> withItems,
    String withParam,
    Sequence withSequence,
    ContinueOn continueOn,
    String onExit,
    Map<String, LifecycleHook> hooks) {
  public WorkflowStep {
    arguments = arguments == null ? Arguments.EMPTY : arguments;
    withItems = Lists.of(withItems);
    hooks = Lists.of(hooks);
  }
}
