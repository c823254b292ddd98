package dev.wf.cli.command;

import java.util.List;

import dev.wf.cli.client.WfClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wf configmap delete}: removes ConfigMaps by name. */
@Command(name = "delete", description = "Delete ConfigMaps by NAME.")
final class ConfigMapDeleteCommand extends ConfigMapVerb {
  @Parameters(arity = "1..*", paramLabel = "NAME")
  List<String> names;

  @Override
  protected int execute() {
    WfClient client = client();
    int exitCode = OK;
    for (String name : names) {
      if (client.deleteConfigMap(name)) {
        out().println("ConfigMap '" + name + "' deleted");
      } else {
        err().println("wf: ConfigMap '" + name + "' not found");
        exitCode = FAILED;
      }
    }
    return exitCode;
  }
}
