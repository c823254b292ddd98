package dev.wf.api.dag;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed {@code depends}: its text, syntax tree and the task names it mentions. */
record ParsedDepends(String text, DependsNode root, List<TaskReference> references)
    implements DependsExpression {
  ParsedDepends {
    references = List.copyOf(references);
  }

  @Override
  public Set<String> tasks() {
    var tasks = new LinkedHashSet<String>();
    references.forEach(r -> tasks.add(r.task()));
    return Collections.unmodifiableSet(tasks);
  }

  @Override
  public boolean evaluate(Map<String, TaskOutcome> outcomes) {
    for (var task : tasks()) {
      if (!outcomes.containsKey(task)) {
        throw new IllegalArgumentException("no outcome for task \"" + task + "\"");
      }
    }
    return root.evaluate(outcomes);
  }

  @Override
  public String toString() {
    return text;
  }
}
