package dev.wf.api.validate;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;

/**
 * The tasks each DAG task waits for, directly or through others: the only tasks whose outputs it
 * may reference. Names come from {@code depends} (without result suffixes such as {@code
 * .Succeeded}) or from {@code dependencies}.
 */
final class DagAncestors {
  private static final Set<String> RESULTS =
      Set.of(
          "Succeeded",
          "Failed",
          "Errored",
          "Skipped",
          "Omitted",
          "Daemoned",
          "AnySucceeded",
          "AllFailed");

  private DagAncestors() {}

  static Map<String, Set<String>> of(DagTemplate dag) {
    Map<String, Set<String>> direct = new HashMap<>();
    for (DagTask task : dag.tasks()) direct.put(task.name(), directDependencies(task));
    Map<String, Set<String>> all = new HashMap<>();
    for (DagTask task : dag.tasks()) all.put(task.name(), closure(task.name(), direct));
    return all;
  }

  private static Set<String> closure(String task, Map<String, Set<String>> direct) {
    var seen = new LinkedHashSet<String>();
    var pending = new ArrayDeque<>(direct.getOrDefault(task, Set.of()));
    while (!pending.isEmpty()) {
      String next = pending.pop();
      if (seen.add(next)) pending.addAll(direct.getOrDefault(next, Set.of()));
    }
    return seen;
  }

  static Set<String> directDependencies(DagTask task) {
    var names = new LinkedHashSet<String>();
    if (task.depends() == null || task.depends().isBlank()) {
      names.addAll(task.dependencies());
      return names;
    }
    for (String token : task.depends().split("[&|!()\\s]+")) {
      if (token.isEmpty()) continue;
      int dot = token.lastIndexOf('.');
      boolean suffixed = dot > 0 && RESULTS.contains(token.substring(dot + 1));
      names.add(suffixed ? token.substring(0, dot) : token);
    }
    return names;
  }
}
