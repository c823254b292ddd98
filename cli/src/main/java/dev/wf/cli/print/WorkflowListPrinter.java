package dev.wf.cli.print;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;

/**
 * The {@code wf list} table: {@code NAME STATUS AGE DURATION MESSAGE}, aligned as kubectl aligns
 * columns; {@code -o wide} adds pending/running/completed step counts and the parameters.
 */
public final class WorkflowListPrinter {
  private static final int PARAMETER_WIDTH = 50;
  private final Clock clock;

  public WorkflowListPrinter(Clock clock) {
    this.clock = clock;
  }

  public String print(List<Workflow> workflows, boolean wide) {
    return print(workflows, wide, false);
  }

  /** The table, with a first {@code NAMESPACE} column when {@code namespaces} (as {@code -A}). */
  public String print(List<Workflow> workflows, boolean wide, boolean namespaces) {
    Table table = new Table(3);
    List<String> header = new ArrayList<>();
    if (namespaces) header.add("NAMESPACE");
    header.addAll(
        wide
            ? List.of("NAME", "STATUS", "AGE", "DURATION", "P/R/C", "PARAMETERS", "MESSAGE")
            : List.of("NAME", "STATUS", "AGE", "DURATION", "MESSAGE"));
    table.row(header);
    for (Workflow workflow : workflows) {
      List<String> cells = new ArrayList<>();
      if (namespaces) cells.add(String.valueOf(workflow.metadata().namespace()));
      cells.addAll(row(workflow, wide));
      table.row(cells);
    }
    return table.render();
  }

  private List<String> row(Workflow workflow, boolean wide) {
    WorkflowStatus status = workflow.status() == null ? WorkflowStatus.EMPTY : workflow.status();
    List<String> cells = new ArrayList<>();
    cells.add(workflow.name());
    cells.add(StatusText.of(workflow));
    cells.add(
        HumanTime.age(
            HumanTime.between(workflow.metadata().creationTimestamp(), clock.instant(), clock)));
    cells.add(
        HumanTime.shortDuration(HumanTime.between(status.startedAt(), status.finishedAt(), clock)));
    if (wide) {
      cells.add(counts(status));
      cells.add(parameters(workflow.spec().arguments().parameters()));
    }
    cells.add(status.message() == null ? "" : status.message());
    return cells;
  }

  /** Pending/running/completed pod steps. */
  private static String counts(WorkflowStatus status) {
    int pending = 0;
    int running = 0;
    int completed = 0;
    for (NodeStatus node : status.nodes().values()) {
      if (node.type() != NodeType.POD) {
        continue;
      }
      if (node.phase() != null && node.phase().fulfilled()) {
        completed++;
      } else if (node.phase() == NodePhase.RUNNING) {
        running++;
      } else {
        pending++;
      }
    }
    return pending + "/" + running + "/" + completed;
  }

  private static String parameters(List<Parameter> parameters) {
    return parameters.stream()
        .filter(p -> p.value() != null)
        .map(p -> p.name() + "=" + shorten(p.value()))
        .collect(Collectors.joining(","));
  }

  private static String shorten(String value) {
    String flat = value.replace('\n', ' ');
    if (flat.length() <= PARAMETER_WIDTH) {
      return flat;
    }
    return flat.substring(0, PARAMETER_WIDTH - 18) + "..." + flat.substring(flat.length() - 15);
  }
}
