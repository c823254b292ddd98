package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.cli.client.WorkflowWatcher;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import dev.wf.cli.print.WorkflowListPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wf list}: every workflow, newest first, as a table. */
@Command(name = "list", description = "List workflows, newest first.")
final class ListCommand extends CliCommand {
  @Option(names = "--running", description = "Only workflows that have not completed.")
  boolean running;

  @Option(names = "--completed", description = "Only workflows that have completed.")
  boolean completed;

  @Option(
      names = "--status",
      split = ",",
      paramLabel = "PHASE",
      description = "Only workflows in these phases, e.g. Running,Failed (repeatable).")
  List<String> statuses = new ArrayList<>();

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "With --kube: the workflows of every namespace, with a NAMESPACE column.")
  boolean allNamespaces;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json, yaml or wide.")
  String output;

  @Override
  protected int execute() {
    OutputFormat format =
        output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML, OutputFormat.WIDE);
    if (running && completed) {
      throw usage("--running and --completed cannot be used together");
    }
    Set<WorkflowPhase> phases = phases();
    List<Workflow> workflows =
        listed().stream()
            .filter(w -> phases.isEmpty() || phases.contains(phase(w)))
            .filter(w -> !running || !WorkflowWatcher.completed(w))
            .filter(w -> !completed || WorkflowWatcher.completed(w))
            .toList();
    switch (format) {
      case JSON, YAML -> out().print(ObjectPrinter.print(workflows, format));
      case NAME -> workflows.forEach(w -> out().println(w.name()));
      default ->
          out()
              .print(
                  new WorkflowListPrinter(context().clock())
                      .print(workflows, format == OutputFormat.WIDE, allNamespaces));
    }
    return OK;
  }

  /** The namespace's workflows, or with {@code -A} the cluster's. */
  private List<Workflow> listed() {
    if (!allNamespaces) return client().list();
    if (root().kubeTarget() == null)
      throw usage("-A needs --kube: a local server has one namespace");
    return cluster().allNamespaces();
  }

  private Set<WorkflowPhase> phases() {
    Set<WorkflowPhase> phases = EnumSet.noneOf(WorkflowPhase.class);
    for (String status : statuses) {
      phases.add(
          Arrays.stream(WorkflowPhase.values())
              .filter(p -> p.label().equalsIgnoreCase(status.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      usage(
                          "Unknown status '"
                              + status
                              + "': use Pending, Running, Succeeded, Failed or Error")));
    }
    return phases;
  }

  /** A workflow's phase; one the engine has not looked at yet is Pending. */
  private static WorkflowPhase phase(Workflow workflow) {
    return workflow.status() == null || workflow.status().phase() == null
        ? WorkflowPhase.PENDING
        : workflow.status().phase();
  }
}
