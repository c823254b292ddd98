package dev.wf.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.ConfigMap;
import dev.wf.cli.print.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wf configmap create}: stores a ConfigMap from {@code key=value} literals, or from a
 * ConfigMap manifest (literals are added to its data; NAME, when given, names it).
 */
@Command(
    name = "create",
    description = "Store a ConfigMap from --from-literal KEY=VALUE pairs or a manifest file.")
final class ConfigMapCreateCommand extends ConfigMapVerb {
  @Parameters(arity = "0..1", paramLabel = "NAME")
  String name;

  @Option(
      names = "--from-literal",
      paramLabel = "KEY=VALUE",
      description = "A key and its value (repeatable).")
  List<String> literals = List.of();

  @Option(
      names = {"-f", "--from-file"},
      paramLabel = "FILE",
      description = "A ConfigMap manifest (apiVersion: v1, kind: ConfigMap), or - for stdin.")
  String file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() throws Exception {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    if (file == null && literals.isEmpty())
      throw usage("Give --from-literal KEY=VALUE or --from-file FILE");
    ConfigMap configMap =
        file == null
            ? ConfigMap.of(name, Map.of())
            : ConfigMapManifest.read(sourceName(file), readSource(file));
    if (name != null) configMap = configMap.withMetadata(configMap.metadata().withName(name));
    if (configMap.name() == null || configMap.name().isBlank()) {
      throw usage("Give the ConfigMap a NAME (the manifest has no metadata.name)");
    }
    configMap = ConfigMapManifest.withLiterals(configMap, literals());
    ConfigMap stored = client().createConfigMap(configMap);
    if (format == OutputFormat.DEFAULT) {
      out().println("ConfigMap '" + stored.name() + "' created");
    } else {
      print(List.of(stored), format);
    }
    return OK;
  }

  private Map<String, String> literals() {
    var pairs = new LinkedHashMap<String, String>();
    for (String literal : literals) {
      int equals = literal.indexOf('=');
      if (equals <= 0) throw usage("--from-literal needs KEY=VALUE, got '" + literal + "'");
      pairs.put(literal.substring(0, equals), literal.substring(equals + 1));
    }
    return pairs;
  }
}
