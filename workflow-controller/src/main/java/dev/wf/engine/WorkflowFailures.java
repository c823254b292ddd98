package dev.wf.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;

/**
 * {@code workflow.failures}: a JSON list of every Failed or Errored node (pods, steps, groups,
 * DAGs, retries, ...), in node order, as Argo's controller gives it to hooks and exit handlers:
 * display name, message, template name, phase, pod name and finish time of each.
 */
final class WorkflowFailures {
  private WorkflowFailures() {}

  static String of(Collection<NodeStatus> nodes) {
    var list = new ArrayList<Map<String, String>>();
    for (NodeStatus n : nodes) {
      if (!n.phase().failedOrErrored()) continue;
      var entry = new LinkedHashMap<String, String>();
      entry.put("displayName", n.displayName());
      entry.put("message", n.message() == null ? "" : n.message());
      entry.put("templateName", templateName(n));
      entry.put("phase", n.phase().label());
      entry.put("podName", n.id());
      entry.put(
          "finishedAt",
          n.finishedAt() == null ? "" : n.finishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
      list.add(entry);
    }
    return ModelJson.write(list);
  }

  /** The node's template: its own name, else the one its templateRef names. */
  private static String templateName(NodeStatus n) {
    if (n.templateName() != null) return n.templateName();
    if (n.templateRef() != null && n.templateRef().template() != null)
      return n.templateRef().template();
    return "";
  }
}
