package dev.wf.api.spec;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One task of a {@code dag} template: a template call plus the tasks it waits for. */
public record DagTask(
    String name,
    String template,
    TemplateRef templateRef,
    Template inline,
    Arguments arguments,
    List<String> dependencies,
    String depends,
    String when,
    List<JsonNode> withItems,
    String withParam,
    Sequence withSequence,
    ContinueOn continueOn,
    String onExit,
    Map<String, LifecycleHook> hooks) {
  public DagTask {
    arguments = arguments == null ? Arguments.EMPTY : arguments;
    dependencies = Lists.of(dependencies);
    withItems = Lists.of(withItems);
    hooks = Lists.of(hooks);
  }
}
