package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import dev.wf.cli.print.TemplatePrinter;

/**
 * What the verbs under {@code template} and {@code cluster-template} share: the scope their parent
 * names, and how templates print.
 */
abstract class TemplateVerb extends CliCommand {
  final TemplateScope scope() {
    return (TemplateScope) spec.parent().userObject();
  }

  /** Each template described (default), by name, or as JSON/YAML objects. */
  final void print(List<WorkflowTemplate> templates, OutputFormat format) {
    TemplatePrinter printer = new TemplatePrinter(context().clock());
    for (WorkflowTemplate template : templates) {
      switch (format) {
        case JSON, YAML -> out().print(ObjectPrinter.print(template, format));
        case NAME -> out().println(template.name());
        default -> out().print(printer.describe(template));
      }
    }
  }
}
