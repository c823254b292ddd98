package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.spec.ConfigMap;
import dev.wf.cli.print.ConfigMapPrinter;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;

/** What the verbs under {@code configmap} share: how ConfigMaps print. */
abstract class ConfigMapVerb extends CliCommand {
  /** Each ConfigMap described (default), by name, or as JSON/YAML objects. */
  final void print(List<ConfigMap> configMaps, OutputFormat format) {
    ConfigMapPrinter printer = new ConfigMapPrinter(context().clock());
    for (ConfigMap configMap : configMaps) {
      switch (format) {
        case JSON, YAML -> out().print(ObjectPrinter.print(configMap, format));
        case NAME -> out().println(configMap.name());
        default -> out().print(printer.describe(configMap));
      }
    }
  }
}
