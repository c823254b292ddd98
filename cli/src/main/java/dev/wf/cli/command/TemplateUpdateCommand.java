package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.parse.SpecError;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.OutputFormat;
import dev.wf.server.WorkflowService.TemplateOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wf template update}: replaces stored templates with those in files. Workflows already
 * running keep the version they were submitted with.
 */
@Command(
    name = "update",
    description =
        "Replace stored templates with those in FILEs (or -; a directory stands for its YAML/JSON"
            + " files); each must be stored already.")
final class TemplateUpdateCommand extends TemplateVerb {
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
    for (String file : SourceFiles.expand(files)) {
      TemplateOutcome outcome =
          client.updateTemplates(scope().clusterScoped(), sourceName(file), readSource(file));
      outcome.errors().stream().map(SpecError::render).forEach(err()::println);
      if (!outcome.errors().isEmpty()) {
        exitCode = FAILED;
      }
      print(outcome.templates(), format);
    }
    return exitCode;
  }
}
