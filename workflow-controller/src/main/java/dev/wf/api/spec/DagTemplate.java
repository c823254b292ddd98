package dev.wf.api.spec;

import java.util.List;
import java.util.Optional;

/** A {@code dag} body: tasks, an optional {@code target} and {@code failFast} (default true). */
public record DagTemplate(List<DagTask> tasks, String target, Boolean failFast) {
  public DagTemplate {
    tasks = Lists.of(tasks);
  }

  public Optional<DagTask> task(String name) {
    return tasks.stream().filter(t -> name.equals(t.name())).findFirst();
  }
}
