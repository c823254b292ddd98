package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.parse.SpecError;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.OutputFormat;
import dev.wf.server.WorkflowService.TemplateOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf template create}: stores the templates in files (or replaces them). */
@Command(name = "create", description = "Store the templates in FILEs (or -).")
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
    WfClient client = client();
    int exitCode = OK;
    for (String file : files) {
      TemplateOutcome outcome =
          client.createTemplates(scope().clusterScoped(), sourceName(file), readSource(file));
      outcome.errors().stream().map(SpecError::render).forEach(err()::println);
      if (!outcome.errors().isEmpty()) {
        exitCode = FAILED;
      }
      print(outcome.templates(), format);
    }
    return exitCode;
  }
}
