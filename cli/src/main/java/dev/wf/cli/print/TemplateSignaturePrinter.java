package dev.wf.cli.print;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateBodies;
import dev.wf.api.spec.ValueFrom;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * What a caller of a stored template needs to know, for {@code wf template get}: every template in
 * it with its kind, the inputs it takes (which are required, their defaults, enums and
 * descriptions) and the outputs it gives, one aligned row per input or output.
 */
final class TemplateSignaturePrinter {
  private TemplateSignaturePrinter() {}

  static String print(WorkflowTemplate template) {
    var table = new Table(2);
    for (Template t : template.spec().templates()) {
      table.row(t.name() + " (" + String.join(", ", TemplateBodies.present(t)) + ")");
      t.inputs().parameters().forEach(p -> table.row("", "in", "parameter", p.name(), input(p)));
      t.inputs().artifacts().forEach(a -> table.row("", "in", "artifact", a.name(), input(a)));
      t.outputs().parameters().forEach(p -> table.row("", "out", "parameter", p.name(), output(p)));
      t.outputs().artifacts().forEach(a -> table.row("", "out", "artifact", a.name(), output(a)));
      if (t.container() != null || t.script() != null) {
        table.row("", "out", "result", "", "standard output");
      }
    }
    return table.render();
  }

  private static String input(Parameter p) {
    var details = new ArrayList<String>();
    if (p.value() != null) {
      details.add("value " + quoted(p.value()));
    } else if (p.defaultValue() != null) {
      details.add("default " + quoted(p.defaultValue()));
    } else if (p.valueFrom() != null) {
      details.add("from " + source(p.valueFrom()));
    } else {
      details.add("required");
    }
    if (!p.enumValues().isEmpty()) details.add("enum: " + String.join(", ", p.enumValues()));
    if (p.description() != null && !p.description().isBlank()) {
      details.add(p.description().strip());
    }
    return String.join("; ", details);
  }

  private static String input(Artifact a) {
    var details = new ArrayList<String>();
    var sources = sources(a);
    if (Boolean.TRUE.equals(a.optional())) {
      details.add("optional");
    } else if (sources.isEmpty()) {
      details.add("required");
    }
    if (!sources.isEmpty()) details.add("default from " + String.join(", ", sources));
    if (a.path() != null) details.add("at " + a.path());
    return String.join("; ", details);
  }

  private static String output(Parameter p) {
    var details = new ArrayList<String>();
    if (p.valueFrom() != null) details.add("from " + source(p.valueFrom()));
    if (p.globalName() != null) details.add("global " + p.globalName());
    if (p.description() != null && !p.description().isBlank()) {
      details.add(p.description().strip());
    }
    return String.join("; ", details);
  }

  private static String output(Artifact a) {
    var details = new ArrayList<String>();
    if (a.path() != null) details.add("from " + a.path());
    if (a.from() != null) details.add("from " + a.from());
    if (Boolean.TRUE.equals(a.optional())) details.add("optional");
    if (a.globalName() != null) details.add("global " + a.globalName());
    return String.join("; ", details);
  }

  private static String source(ValueFrom from) {
    if (from.path() != null) return from.path();
    if (from.parameter() != null) return from.parameter();
    if (from.expression() != null) return "expression " + quoted(from.expression());
    if (from.configMapKeyRef() != null) return "a ConfigMap";
    if (from.supplied() != null) return "a value supplied on resume";
    return "the step";
  }

  /** Where an input artifact comes from when the call passes none. */
  private static List<String> sources(Artifact a) {
    var sources = new ArrayList<String>();
    if (a.from() != null) sources.add(a.from());
    if (a.fromExpression() != null) sources.add("expression " + quoted(a.fromExpression()));
    if (a.raw() != null) sources.add("raw data");
    if (a.s3() != null) sources.add("s3");
    if (a.http() != null) sources.add("http");
    if (a.git() != null) sources.add("git");
    if (a.gcs() != null) sources.add("gcs");
    if (a.oss() != null) sources.add("oss");
    if (a.hdfs() != null) sources.add("hdfs");
    if (a.azure() != null) sources.add("azure");
    if (a.artifactory() != null) sources.add("artifactory");
    if (a.plugin() != null) sources.add("plugin");
    return sources;
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\n", "\\n") + "\"";
  }
}
