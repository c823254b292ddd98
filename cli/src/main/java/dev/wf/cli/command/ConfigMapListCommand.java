package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.spec.ConfigMap;
import dev.wf.cli.print.ConfigMapPrinter;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wf configmap list}: the stored ConfigMaps as a table. */
@Command(name = "list", description = "List the stored ConfigMaps.")
final class ConfigMapListCommand extends ConfigMapVerb {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    List<ConfigMap> configMaps = client().configMaps();
    switch (format) {
      case JSON, YAML -> out().print(ObjectPrinter.print(configMaps, format));
      case NAME -> configMaps.forEach(c -> out().println(c.name()));
      default -> out().print(new ConfigMapPrinter(context().clock()).table(configMaps));
    }
    return OK;
  }
}
