package dev.wf.cli.command;

import java.util.List;

import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf configmap get}: ConfigMaps by name, with their data (a cache shows its entries). */
@Command(name = "get", description = "Show ConfigMaps and their data.")
final class ConfigMapGetCommand extends ConfigMapVerb {
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
    for (String name : names) print(List.of(client.configMap(name)), format);
    return OK;
  }
}
