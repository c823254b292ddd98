package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import dev.wf.api.dag.Dag;
import dev.wf.api.dag.DependsExpression;
import dev.wf.api.dag.DependsSyntaxException;
import dev.wf.api.dag.TaskReference;
import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;
import dev.wf.api.spec.Manifest;
import dev.wf.api.validate.NameRules.Named;
import dev.wf.api.validate.SpecTemplates.Placed;

/**
 * DAG templates: tasks with valid unique names; {@code depends} that parses and {@code
 * dependencies} that name existing tasks; not both styles in one DAG, nor {@code continueOn} with
 * {@code depends} (as in Argo); no cycles; a {@code target} that names existing tasks.
 */
final class DagChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(doc -> SpecTemplates.all(doc).forEach(placed -> check(placed, problems)));
    return problems;
  }

  private void check(Placed placed, List<Problem> problems) {
    var dag = placed.template().dag();
    if (dag == null) return;
    var dagPath = FieldPath.child(placed.path(), "dag");
    var tasksPath = FieldPath.child(dagPath, "tasks");
    if (dag.tasks().isEmpty()) {
      problems.add(new Problem(tasksPath, "required: at least one task"));
      return;
    }
    var names = new ArrayList<Named>();
    for (int i = 0; i < dag.tasks().size(); i++) {
      names.add(
          new Named(
              FieldPath.child(FieldPath.index(tasksPath, i), "name"), dag.tasks().get(i).name()));
    }
    NameRules.check(names, "task", FieldNames::invalidField, problems);
    var graph = new LinkedHashMap<String, Set<String>>();
    for (int i = 0; i < dag.tasks().size(); i++) {
      var task = dag.tasks().get(i);
      var expression =
          new TaskDependencies(dag, FieldPath.index(tasksPath, i), task, problems).read();
      if (task.name() != null) graph.put(task.name(), expression);
    }
    new Dag(graph)
        .findCycle()
        .ifPresent(
            cycle -> problems.add(new Problem(dagPath, "cycle " + String.join(" -> ", cycle))));
    target(dagPath, dag, problems);
  }

  private void target(String dagPath, DagTemplate dag, List<Problem> problems) {
    if (FieldNames.blank(dag.target()) || FieldNames.dynamic(dag.target())) return;
    var known = dag.tasks().stream().map(DagTask::name).toList();
    for (var target : dag.target().trim().split("\\s+")) {
      if (!known.contains(target)) {
        problems.add(
            new Problem(
                FieldPath.child(dagPath, "target"),
                "unknown task \"" + target + "\" " + Known.names(known)));
      }
    }
  }

  /** The dependencies of one task, read and checked against the other tasks of its DAG. */
  private record TaskDependencies(
      DagTemplate dag, String path, DagTask task, List<Problem> problems) {
    Set<String> read() {
      boolean dagUsesDepends = dag.tasks().stream().anyMatch(t -> !FieldNames.blank(t.depends()));
      style(dagUsesDepends);
      DependsExpression expression;
      try {
        expression = DependsExpression.of(task, dag);
      } catch (DependsSyntaxException e) {
        problems.add(
            new Problem(
                dependsPath(),
                "cannot parse \"" + task.depends() + "\": " + e.getMessage(),
                e.offset()));
        return Set.of();
      }
      expression.references().forEach(this::reference);
      return expression.tasks();
    }

    private void style(boolean dagUsesDepends) {
      var name = task.name() == null ? "" : task.name();
      if (dagUsesDepends && !task.dependencies().isEmpty()) {
        var message =
            FieldNames.blank(task.depends())
                ? "cannot use dependencies in a dag whose tasks use depends; write them into depends"
                : "task \"" + name + "\" sets both depends and dependencies; keep only depends";
        problems.add(new Problem(FieldPath.child(path, "dependencies"), message));
      }
      if (dagUsesDepends && task.continueOn() != null) {
        problems.add(
            new Problem(
                FieldPath.child(path, "continueOn"),
                "cannot use continueOn in a dag whose tasks use depends; depend on \""
                    + name
                    + ".Failed\" or \""
                    + name
                    + ".Errored\" instead"));
      }
      boolean hasDependencies = !FieldNames.blank(task.depends()) || !task.dependencies().isEmpty();
      if ((dagUsesDepends || hasDependencies)
          && !name.isEmpty()
          && Character.isDigit(name.charAt(0))) {
        problems.add(
            new Problem(
                FieldPath.child(path, "name"),
                "task name \""
                    + name
                    + "\" cannot start with a digit in a dag that uses depends or dependencies"));
      }
    }

    private void reference(TaskReference reference) {
      var known = dag.tasks().stream().map(DagTask::name).toList();
      var at = referencePath(reference);
      var target = dag.task(reference.task());
      if (target.isEmpty()) {
        problems.add(
            new Problem(
                at,
                "unknown task \"" + reference.task() + "\" " + Known.names(known),
                reference.offset()));
        return;
      }
      var result = reference.result();
      if (result.isPresent() && result.get().itemsBased() && !loops(target.get())) {
        problems.add(
            new Problem(
                at,
                "\""
                    + reference.task()
                    + "."
                    + result.get().label()
                    + "\" needs task \""
                    + reference.task()
                    + "\" to loop (withItems, withParam or withSequence)",
                reference.offset()));
      }
    }

    private String referencePath(TaskReference reference) {
      if (!FieldNames.blank(task.depends())) return dependsPath();
      int index = task.dependencies().indexOf(reference.task());
      return FieldPath.index(FieldPath.child(path, "dependencies"), Math.max(0, index));
    }

    private String dependsPath() {
      return FieldPath.child(path, "depends");
    }

    private static boolean loops(DagTask task) {
      return !task.withItems().isEmpty() || task.withParam() != null || task.withSequence() != null;
    }
  }
}
