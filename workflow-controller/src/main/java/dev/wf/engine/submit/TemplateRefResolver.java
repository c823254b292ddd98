package dev.wf.engine.submit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.LifecycleHook;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateRef;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStep;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.engine.TemplateScope;

/**
 * Copies every stored template a workflow can reach through {@code templateRef}s (also from inside
 * referenced templates) into a map keyed as {@code status.storedTemplates} is, so a running
 * workflow never depends on templates that change or disappear after it was submitted.
 */
final class TemplateRefResolver {
  private final TemplateLookup lookup;

  TemplateRefResolver(TemplateLookup lookup) {
    this.lookup = lookup;
  }

  /**
   * The stored templates reachable from {@code spec}; a missing one throws {@link
   * IllegalArgumentException}.
   */
  Map<String, Template> resolve(WorkflowSpec spec) {
    var stored = new LinkedHashMap<String, Template>();
    var seen = new HashSet<String>();
    Deque<TemplateRef> pending = new ArrayDeque<>();
    collect(spec.templates(), spec.hooks(), pending);
    while (!pending.isEmpty()) {
      TemplateRef ref = pending.poll();
      TemplateScope scope = TemplateScope.of(ref);
      if (!seen.add(scope.kind() + "/" + scope.name())) continue;
      WorkflowTemplate source =
          lookup
              .find(ref.cluster(), ref.name())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          kind(ref) + " \"" + ref.name() + "\" not found"));
      for (Template t : source.spec().templates()) stored.put(scope.storedKey(t.name()), t);
      if (source.spec().template(ref.template()).isEmpty()) {
        throw new IllegalArgumentException(
            kind(ref) + " \"" + ref.name() + "\" has no template \"" + ref.template() + "\"");
      }
      collect(source.spec().templates(), source.spec().hooks(), pending);
    }
    return stored;
  }

  private static String kind(TemplateRef ref) {
    return ref.cluster() ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
  }

  private static void collect(
      List<Template> templates, Map<String, LifecycleHook> hooks, Deque<TemplateRef> out) {
    hooks.values().forEach(h -> add(h.templateRef(), out));
    for (Template t : templates) {
      for (List<WorkflowStep> group : t.steps()) {
        for (WorkflowStep s : group) {
          add(s.templateRef(), out);
          s.hooks().values().forEach(h -> add(h.templateRef(), out));
          if (s.inline() != null) collect(List.of(s.inline()), Map.of(), out);
        }
      }
      if (t.dag() == null) continue;
      for (DagTask task : t.dag().tasks()) {
        add(task.templateRef(), out);
        task.hooks().values().forEach(h -> add(h.templateRef(), out));
        if (task.inline() != null) collect(List.of(task.inline()), Map.of(), out);
      }
    }
  }

  private static void add(TemplateRef ref, Deque<TemplateRef> out) {
    if (ref != null) out.add(ref);
  }
}
