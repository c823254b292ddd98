package dev.wf.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.wf.api.dag.DependsExpression;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;

/**
 * The parsed {@code depends} of every task of a DAG, kept across passes: parsing is deterministic,
 * and a large fan-in ({@code t1 && ... && t200}) would otherwise be parsed again on every pass.
 */
final class ParsedDepends {
  private static final int LIMIT = 1_000;
  private static final Map<DagTemplate, Map<String, DependsExpression>> CACHE =
      new ConcurrentHashMap<>();

  private ParsedDepends() {}

  static Map<String, DependsExpression> of(DagTemplate dag) {
    if (CACHE.size() > LIMIT) CACHE.clear();
    return CACHE.computeIfAbsent(dag, ParsedDepends::parse);
  }

  private static Map<String, DependsExpression> parse(DagTemplate dag) {
    var parsed = new LinkedHashMap<String, DependsExpression>();
    for (DagTask task : dag.tasks()) parsed.put(task.name(), DependsExpression.of(task, dag));
    return Map.copyOf(parsed);
  }
}
