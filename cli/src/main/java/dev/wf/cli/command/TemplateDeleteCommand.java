package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.cli.client.WfClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf template delete}: removes stored templates by name, or all of them. */
@Command(name = "delete", description = "Delete stored templates by NAME, or --all.")
final class TemplateDeleteCommand extends TemplateVerb {
  @Parameters(arity = "0..*", paramLabel = "NAME")
  List<String> names = new ArrayList<>();

  @Option(names = "--all", description = "Delete every stored template of this kind.")
  boolean all;

  @Override
  protected int execute() {
    if (names.isEmpty() != all) {
      throw usage("Give template NAMEs, or --all");
    }
    boolean cluster = scope().clusterScoped();
    WfClient client = client();
    List<String> targets =
        all ? client.templates(cluster).stream().map(WorkflowTemplate::name).toList() : names;
    int exitCode = OK;
    for (String target : targets) {
      if (client.deleteTemplate(cluster, target)) {
        out().println(scope().kind() + " '" + target + "' deleted");
      } else {
        err().println("wf: " + scope().kind() + " '" + target + "' not found");
        exitCode = FAILED;
      }
    }
    return exitCode;
  }
}
