package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.Workflow;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.client.WorkflowWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf delete}: removes workflows by name, or all (completed) ones. */
@Command(name = "delete", description = "Delete workflows by NAME, or --all, or --completed.")
final class DeleteCommand extends CliCommand {
  @Parameters(arity = "0..*", paramLabel = "NAME")
  List<String> names = new ArrayList<>();

  @Option(names = "--all", description = "Delete every workflow.")
  boolean all;

  @Option(names = "--completed", description = "Delete every completed workflow.")
  boolean completed;

  @Override
  protected int execute() {
    boolean byFlag = all || completed;
    // Exactly one way of choosing: names, --all or --completed.
    if (names.isEmpty() != byFlag || all && completed) {
      throw usage("Give workflow NAMEs, or --all, or --completed");
    }
    WfClient client = client();
    List<String> targets = names;
    if (byFlag) {
      targets =
          client.list().stream()
              .filter(w -> all || WorkflowWatcher.completed(w))
              .map(Workflow::name)
              .toList();
    }
    int exitCode = OK;
    for (String target : targets) {
      if (client.delete(target)) {
        out().println("Workflow '" + target + "' deleted");
      } else {
        err().println("wf: workflow '" + target + "' not found");
        exitCode = FAILED;
      }
    }
    return exitCode;
  }
}
