package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import dev.wf.cli.print.TemplatePrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wf template list}: the stored templates as a table. */
@Command(name = "list", description = "List the stored templates.")
final class TemplateListCommand extends TemplateVerb {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    List<WorkflowTemplate> templates = client().templates(scope().clusterScoped());
    switch (format) {
      case JSON, YAML -> out().print(ObjectPrinter.print(templates, format));
      case NAME -> templates.forEach(t -> out().println(t.name()));
      default -> out().print(new TemplatePrinter(context().clock()).table(templates));
    }
    return OK;
  }
}
