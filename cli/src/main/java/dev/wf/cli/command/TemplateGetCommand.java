package dev.wf.cli.command;

import java.util.List;

import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf template get}: stored templates by name. */
@Command(name = "get", description = "Show stored templates.")
final class TemplateGetCommand extends TemplateVerb {
  @Parameters(arity = "1..*", paramLabel = "NAME")
  List<String> names;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    WfClient client = client();
    for (String name : names) {
      print(List.of(client.template(scope().clusterScoped(), name)), format);
    }
    return OK;
  }
}
