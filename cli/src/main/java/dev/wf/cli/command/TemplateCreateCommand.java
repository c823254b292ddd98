package dev.wf.cli.command;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.parse.SpecError;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.OutputFormat;
import dev.wf.server.WorkflowService.TemplateOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wf template create}: stores the templates in files and directories (or replaces them).
 * Templates may call each other through {@code templateRef} in any file order: a file refused in
 * one round is sent again once others have been stored, until a round stores nothing new; only then
 * are the refusals printed.
 */
@Command(
    name = "create",
    description =
        "Store the templates in FILEs (or -); a directory stands for its YAML/JSON files.")
final class TemplateCreateCommand extends TemplateVerb {
  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<String> files;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() throws Exception {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    Map<String, String> pending = read(SourceFiles.expand(files));
    WfClient client = client();
    Map<String, TemplateOutcome> refused = Map.of();
    while (!pending.isEmpty()) {
      refused = new LinkedHashMap<>();
      for (var source : pending.entrySet()) {
        TemplateOutcome outcome =
            client.createTemplates(scope().clusterScoped(), source.getKey(), source.getValue());
        if (outcome.errors().isEmpty()) {
          print(outcome.templates(), format);
        } else {
          refused.put(source.getKey(), outcome);
        }
      }
      if (refused.size() == pending.size()) break;
      pending.keySet().retainAll(refused.keySet());
    }
    refused.values().stream()
        .flatMap(o -> o.errors().stream())
        .map(SpecError::render)
        .forEach(err()::println);
    return refused.isEmpty() ? OK : FAILED;
  }

  /** Each source's name (as errors show it) and text, in the order given. */
  private Map<String, String> read(List<String> sources) throws IOException {
    var texts = new LinkedHashMap<String, String>();
    for (String file : sources) {
      texts.put(sourceName(file), readSource(file));
    }
    return texts;
  }
}
