package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.Workflow;
import dev.wf.cli.client.ApiException;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.client.WorkflowWatcher;
import dev.wf.server.ApiBodies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wf delete}: removes workflows by name, or all (completed) ones, and with each the stored
 * artifacts its {@code artifactGC} strategy says to delete then ({@code OnWorkflowDeletion}, and
 * {@code OnWorkflowCompletion} ones of a workflow that had not completed). A workflow whose
 * artifacts cannot be deleted is kept, with the reason in its status, unless {@code --force}.
 */
@Command(name = "delete", description = "Delete workflows by NAME, or --all, or --completed.")
final class DeleteCommand extends CliCommand {
  @Parameters(arity = "0..*", paramLabel = "NAME")
  List<String> names = new ArrayList<>();

  @Option(names = "--all", description = "Delete every workflow.")
  boolean all;

  @Option(names = "--completed", description = "Delete every completed workflow.")
  boolean completed;

  @Option(
      names = "--force",
      description =
          "Delete even when the workflow's artifacts (artifactGC: OnWorkflowDeletion) cannot be"
              + " deleted; they are left in the repository.")
  boolean force;

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
      if (!delete(client, target)) {
        exitCode = FAILED;
      }
    }
    return exitCode;
  }

  /** Deletes one workflow and says so; false (with the reason printed) if it was not deleted. */
  private boolean delete(WfClient client, String target) {
    Optional<ApiBodies.Deleted> deleted;
    try {
      deleted = client.delete(target, force);
    } catch (ApiException e) {
      if (e.status() == 0) {
        throw e;
      }
      err().println("wf: " + e.getMessage());
      return false;
    }
    if (deleted.isEmpty()) {
      err().println("wf: workflow '" + target + "' not found");
      return false;
    }
    Integer artifacts = deleted.get().artifactsDeleted();
    String removed =
        artifacts == null || artifacts == 0
            ? ""
            : " (" + artifacts + (artifacts == 1 ? " artifact" : " artifacts") + " removed)";
    out().println("Workflow '" + target + "' deleted" + removed);
    return true;
  }
}
