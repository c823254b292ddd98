package dev.wf.cli.print;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Condition;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.artifacts.ArtifactLocation;

/**
 * The {@code wf get} view of one workflow, in argo's layout: a header block (name, status, times,
 * progress, parameters, output parameters and artifacts), a blank line, then the node tree.
 */
public final class WorkflowPrinter {
  private static final String LABEL = "%-20s %s";

  private final Style style;
  private final Clock clock;

  public WorkflowPrinter(Style style, Clock clock) {
    this.style = style;
    this.clock = clock;
  }

  /** The whole view; {@link TreePrinter.Columns#SHORT} prints the tree alone. */
  public String print(Workflow workflow, TreePrinter.Columns columns) {
    return print(workflow, columns, node -> true);
  }

  /** The view with only the nodes {@code shown} accepts in its tree. */
  public String print(Workflow workflow, TreePrinter.Columns columns, Predicate<NodeStatus> shown) {
    String tree = new TreePrinter(style, clock, columns, shown).print(workflow);
    if (columns == TreePrinter.Columns.SHORT) {
      return tree;
    }
    String header = header(workflow);
    return tree.isEmpty() ? header : header + "\n" + tree;
  }

  private String header(Workflow workflow) {
    StringBuilder out = new StringBuilder();
    WorkflowStatus status = workflow.status() == null ? WorkflowStatus.EMPTY : workflow.status();
    line(out, "Name:", workflow.name());
    line(out, "Namespace:", workflow.metadata().namespace());
    if (workflow.spec().serviceAccountName() != null) {
      line(out, "ServiceAccount:", workflow.spec().serviceAccountName());
    }
    line(out, "Status:", StatusText.of(workflow));
    if (status.message() != null && !status.message().isEmpty()) {
      line(out, "Message:", status.message());
    }
    conditions(out, status.conditions());
    time(out, "Created:", workflow.metadata().creationTimestamp());
    time(out, "Started:", status.startedAt());
    time(out, "Finished:", status.finishedAt());
    if (status.startedAt() != null) {
      line(
          out,
          "Duration:",
          HumanTime.longDuration(
              HumanTime.between(status.startedAt(), status.finishedAt(), clock)));
    }
    if (status.progress() != null && !status.progress().isEmpty()) {
      line(out, "Progress:", status.progress());
    }
    parameters(out, "Parameters:", workflow.spec().arguments().parameters());
    Outputs outputs = status.outputs();
    if (outputs != null) {
      parameters(out, "Output Parameters:", outputs.parameters());
      artifacts(out, outputs.artifacts());
    }
    return out.toString();
  }

  /** What went wrong besides the run, e.g. artifacts that could not be deleted. */
  private static void conditions(StringBuilder out, List<Condition> conditions) {
    if (conditions.isEmpty()) {
      return;
    }
    line(out, "Conditions:", "");
    for (Condition condition : conditions) {
      String message = condition.message() == null ? condition.status() : condition.message();
      line(out, " " + condition.type(), message);
    }
  }

  /** The workflow's output artifacts ({@code globalName}) and where each is stored. */
  private static void artifacts(StringBuilder out, List<Artifact> artifacts) {
    if (artifacts.isEmpty()) {
      return;
    }
    line(out, "Output Artifacts:", "");
    for (Artifact artifact : artifacts) {
      line(out, "  " + artifact.name() + ":", where(artifact));
    }
  }

  private static String where(Artifact artifact) {
    ArtifactLocation location = artifact.location();
    if (location == null) {
      return "";
    }
    String where = location.repository().describe() + "/" + location.key();
    return Boolean.TRUE.equals(artifact.deleted()) ? where + " (deleted)" : where;
  }

  private void time(StringBuilder out, String label, Instant instant) {
    if (instant != null) {
      line(out, label, HumanTime.timestamp(instant, clock));
    }
  }

  private static void parameters(StringBuilder out, String label, List<Parameter> parameters) {
    if (parameters.isEmpty()) {
      return;
    }
    line(out, label, "");
    for (Parameter parameter : parameters) {
      if (parameter.value() != null) {
        line(out, "  " + parameter.name() + ":", parameter.value());
      }
    }
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(LABEL, label, value == null ? "" : value).stripTrailing())
        .append('\n');
  }
}
