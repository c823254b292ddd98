package dev.wf.cli.print;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.WorkflowTemplate;

/** How {@code wf template} shows stored (Cluster)WorkflowTemplates: one described, or a table. */
public final class TemplatePrinter {
  private static final String LABEL = "%-20s %s";
  private final Clock clock;

  public TemplatePrinter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Name, namespace and creation time, as {@code argo template get} prints them, then the
   * entrypoint and the inputs and outputs of every template in it.
   */
  public String describe(WorkflowTemplate template) {
    StringBuilder out = new StringBuilder();
    line(out, "Name:", template.name());
    if (!template.clusterScoped() && template.metadata().namespace() != null) {
      line(out, "Namespace:", template.metadata().namespace());
    }
    if (template.metadata().creationTimestamp() != null) {
      line(out, "Created:", HumanTime.timestamp(template.metadata().creationTimestamp(), clock));
    }
    if (template.spec() != null) signature(out, template);
    return out.toString();
  }

  private static void signature(StringBuilder out, WorkflowTemplate template) {
    var spec = template.spec();
    if (spec.entrypoint() != null) line(out, "Entrypoint:", spec.entrypoint());
    var arguments = new ArrayList<String>();
    spec.arguments()
        .parameters()
        .forEach(p -> arguments.add(p.value() == null ? p.name() : p.name() + "=" + p.value()));
    spec.arguments().artifacts().forEach(a -> arguments.add(a.name() + " (artifact)"));
    if (!arguments.isEmpty()) line(out, "Arguments:", String.join(", ", arguments));
    if (!spec.templates().isEmpty()) {
      out.append("Templates:\n").append(TemplateSignaturePrinter.print(template).indent(2));
    }
  }

  /** {@code NAME AGE}, one row per template. */
  public String table(List<WorkflowTemplate> templates) {
    Table table = new Table(3).row("NAME", "AGE");
    for (WorkflowTemplate template : templates) {
      String age =
          template.metadata().creationTimestamp() == null
              ? ""
              : HumanTime.age(
                  HumanTime.between(
                      template.metadata().creationTimestamp(), clock.instant(), clock));
      table.row(template.name(), age);
    }
    return table.render();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(LABEL, label, value == null ? "" : value).stripTrailing())
        .append('\n');
  }
}
