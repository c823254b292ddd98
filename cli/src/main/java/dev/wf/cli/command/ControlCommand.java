package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.Workflow;
import dev.wf.cli.client.ApiException;
import dev.wf.cli.client.WfClient;
import picocli.CommandLine.Parameters;

/**
 * What the control verbs share ({@code suspend}, {@code resume}, {@code stop}, {@code terminate},
 * {@code retry}, {@code resubmit}): one or more workflow names ({@code @latest} for the newest),
 * each handled in turn. A workflow the server refuses prints its reason and makes the exit code 1;
 * the others are still handled.
 */
abstract class ControlCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Workflow names, or @latest.")
  List<String> names = new ArrayList<>();

  /** Checks the options (a usage error throws), before any workflow is touched. */
  protected void check() {}

  /** Applies the verb to one workflow, prints what became of it, and returns the exit code. */
  protected abstract int control(WfClient client, String name);

  @Override
  protected final int execute() {
    check();
    WfClient client = client();
    int exitCode = OK;
    for (String name : names) {
      try {
        exitCode = Math.max(exitCode, control(client, name));
      } catch (ApiException e) {
        if (e.status() == 0) throw e;
        err().println("wf: " + e.getMessage());
        exitCode = FAILED;
      }
    }
    return exitCode;
  }

  /** Prints Argo's one-line confirmation, {@code workflow NAME VERB}. */
  final int confirm(Workflow workflow, String verb) {
    out().println("workflow " + workflow.name() + " " + verb);
    return OK;
  }

  /** The selector's text once it has parsed; a bad one is a usage error. */
  final String selector(String text) {
    try {
      return NodeFieldSelector.parse(text).isEmpty() ? null : text;
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }
}
