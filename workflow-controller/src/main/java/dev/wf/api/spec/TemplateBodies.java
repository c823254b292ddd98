package dev.wf.api.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.TemplateBody.ContainerBody;
import dev.wf.api.spec.TemplateBody.ContainerSetBody;
import dev.wf.api.spec.TemplateBody.DagBody;
import dev.wf.api.spec.TemplateBody.ResourceBody;
import dev.wf.api.spec.TemplateBody.ScriptBody;
import dev.wf.api.spec.TemplateBody.StepsBody;
import dev.wf.api.spec.TemplateBody.SuspendBody;
import dev.wf.api.spec.TemplateBody.UnsupportedBody;

/** Reads the YAML union of template bodies ("exactly one of container, script, steps, ...") . */
public final class TemplateBodies {
  private TemplateBodies() {}

  /** The names of every body field set on {@code t}, in schema order. */
  public static List<String> present(Template t) {
    var names = new ArrayList<String>();
    if (t.container() != null) names.add("container");
    if (t.script() != null) names.add("script");
    if (!t.steps().isEmpty()) names.add("steps");
    if (t.dag() != null) names.add("dag");
    if (t.suspend() != null) names.add("suspend");
    if (t.containerSet() != null) names.add("containerSet");
    if (t.resource() != null) names.add("resource");
    if (t.data() != null) names.add("data");
    if (t.http() != null) names.add("http");
    if (t.plugin() != null) names.add("plugin");
    return names;
  }

  /** The body of a validated template: empty only when none or more than one is set. */
  public static Optional<TemplateBody> of(Template t) {
    var present = present(t);
    if (present.size() != 1) return Optional.empty();
    return Optional.of(
        switch (present.get(0)) {
          case "container" -> new ContainerBody(t.container());
          case "script" -> new ScriptBody(t.script());
          case "steps" -> new StepsBody(t.steps());
          case "dag" -> new DagBody(t.dag());
          case "suspend" -> new SuspendBody(t.suspend());
          case "containerSet" -> new ContainerSetBody(t.containerSet());
          case "resource" -> new ResourceBody(t.resource());
          default -> new UnsupportedBody(present.get(0));
        });
  }
}
