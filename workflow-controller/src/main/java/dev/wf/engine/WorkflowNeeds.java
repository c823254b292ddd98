package dev.wf.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.Memoize;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Synchronization;
import dev.wf.api.spec.Workflow;

/**
 * What a workflow needs from outside its own steps, found once by looking through its spec and the
 * templates stored with it (including {@code templateDefaults} and inline templates): the {@code
 * synchronization} blocks it may take locks with, and the names of the memoization caches it reads.
 * Workflows that need neither run without touching the lock table.
 */
public record WorkflowNeeds(List<Synchronization> synchronizations, Set<String> caches) {
  public WorkflowNeeds {
    synchronizations = List.copyOf(synchronizations);
    caches = Set.copyOf(caches);
  }

  /** Whether passes of this workflow take part in locking (it names locks, or holds some). */
  public boolean synchronizes() {
    return !synchronizations.isEmpty();
  }

  public static WorkflowNeeds of(Workflow workflow) {
    var blocks = new ArrayList<Synchronization>();
    var caches = new LinkedHashSet<String>();
    var mapper = ModelJson.mapper();
    var roots = new ArrayList<JsonNode>();
    roots.add(mapper.valueToTree(workflow.spec()));
    if (workflow.status() != null) {
      roots.add(mapper.valueToTree(workflow.status().storedTemplates()));
      if (workflow.status().storedWorkflowTemplateSpec() != null)
        roots.add(mapper.valueToTree(workflow.status().storedWorkflowTemplateSpec()));
    }
    for (JsonNode root : roots) collect(root, blocks, caches);
    return new WorkflowNeeds(blocks, caches);
  }

  private static void collect(JsonNode node, List<Synchronization> blocks, Set<String> caches) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, blocks, caches));
      return;
    }
    if (!node.isObject()) return;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (field.getKey().equals("synchronization") && value.isObject()) {
        read(value, Synchronization.class).ifPresent(blocks::add);
      } else if (field.getKey().equals("memoize") && value.isObject()) {
        read(value, Memoize.class).map(MemoGate::cacheName).ifPresent(caches::add);
      } else {
        collect(value, blocks, caches);
      }
    }
  }

  /** A block that is not one (say, a resource manifest's own field) is left alone. */
  private static <T> Optional<T> read(JsonNode value, Class<T> type) {
    try {
      return Optional.of(ModelJson.mapper().treeToValue(value, type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
