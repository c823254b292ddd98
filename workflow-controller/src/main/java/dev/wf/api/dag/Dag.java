package dev.wf.api.dag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import dev.wf.api.spec.DagTemplate;

/**
 * The graph of one {@code dag} template: each task and the tasks it waits for. Answers ordering
 * questions (topological order, cycles, what a target needs) in declaration order, so results are
 * deterministic. Dependencies on tasks that do not exist are kept but ignored by the algorithms;
 * the validator reports them.
 */
public final class Dag {
  private final Map<String, List<String>> dependencies;
  private final Map<String, List<String>> dependents = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();

  /** {@code dependencies}: task name to the names it waits for, in declaration order. */
  public Dag(Map<String, ? extends Collection<String>> dependencies) {
    var copy = new LinkedHashMap<String, List<String>>();
    dependencies.forEach((task, deps) -> copy.put(task, List.copyOf(new LinkedHashSet<>(deps))));
    this.dependencies = Collections.unmodifiableMap(copy);
    for (var task : copy.keySet()) order.put(task, order.size());
    copy.forEach(
        (task, deps) ->
            deps.forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(task)));
  }

  /**
   * The graph of {@code dag}, reading each task's {@code depends} or {@code dependencies}; throws
   * {@link DependsSyntaxException} for a malformed {@code depends}.
   */
  public static Dag of(DagTemplate dag) {
    var deps = new LinkedHashMap<String, Collection<String>>();
    for (var task : dag.tasks()) {
      deps.put(task.name(), DependsExpression.of(task, dag).tasks());
    }
    return new Dag(deps);
  }

  /** Every task, in declaration order. */
  public List<String> tasks() {
    return List.copyOf(dependencies.keySet());
  }

  /** The tasks {@code task} waits for (empty for an unknown task). */
  public List<String> dependenciesOf(String task) {
    return dependencies.getOrDefault(task, List.of());
  }

  /** The tasks that wait for {@code task}, in declaration order. */
  public List<String> dependentsOf(String task) {
    return List.copyOf(dependents.getOrDefault(task, List.of()));
  }

  /** Tasks that wait for no existing task, in declaration order. */
  public List<String> roots() {
    return dependencies.keySet().stream().filter(t -> known(t).isEmpty()).toList();
  }

  /**
   * Every task after all it waits for; among tasks that are ready together, declaration order.
   * Throws {@link IllegalStateException} when the graph has a cycle.
   */
  public List<String> topologicalOrder() {
    var waiting = new HashMap<String, Integer>();
    var ready = new PriorityQueue<String>((a, b) -> order.get(a) - order.get(b));
    for (var task : dependencies.keySet()) {
      int count = known(task).size();
      waiting.put(task, count);
      if (count == 0) ready.add(task);
    }
    var sorted = new ArrayList<String>();
    while (!ready.isEmpty()) {
      var task = ready.poll();
      sorted.add(task);
      for (var dependent : dependentsOf(task)) {
        if (waiting.merge(dependent, -1, Integer::sum) == 0) ready.add(dependent);
      }
    }
    if (sorted.size() != dependencies.size()) {
      throw new IllegalStateException("cycle " + String.join(" -> ", findCycle().orElseThrow()));
    }
    return sorted;
  }

  /**
   * A cycle, if there is one, as the names along it with the first repeated at the end, following
   * "waits for" edges: {@code [A, B, A]} means A waits for B and B waits for A. It starts at the
   * first task in declaration order that lies on a cycle found from it.
   */
  public Optional<List<String>> findCycle() {
    var done = new LinkedHashSet<String>();
    for (var start : dependencies.keySet()) {
      var cycle = cycleFrom(start, new ArrayList<>(), done);
      if (cycle.isPresent()) return cycle;
    }
    return Optional.empty();
  }

  private Optional<List<String>> cycleFrom(String task, List<String> path, Set<String> done) {
    if (done.contains(task)) return Optional.empty();
    int seen = path.indexOf(task);
    if (seen >= 0) {
      var cycle = new ArrayList<>(path.subList(seen, path.size()));
      cycle.add(task);
      return Optional.of(List.copyOf(cycle));
    }
    path.add(task);
    for (var dep : known(task)) {
      var cycle = cycleFrom(dep, path, done);
      if (cycle.isPresent()) return cycle;
    }
    path.remove(path.size() - 1);
    done.add(task);
    return Optional.empty();
  }

  /** {@code targets} and every task they wait for, directly or not, in declaration order. */
  public List<String> requiredFor(Collection<String> targets) {
    var needed = new LinkedHashSet<String>();
    var todo = new ArrayDeque<String>(targets);
    while (!todo.isEmpty()) {
      var task = todo.pop();
      if (dependencies.containsKey(task) && needed.add(task)) todo.addAll(known(task));
    }
    return dependencies.keySet().stream().filter(needed::contains).toList();
  }

  private List<String> known(String task) {
    return dependenciesOf(task).stream().filter(dependencies::containsKey).toList();
  }
}
