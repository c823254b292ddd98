package dev.wf.engine;

import java.util.ArrayList;

import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.ValueFrom;

/**
 * Output parameters of a suspend node whose value is supplied when it is resumed ({@code
 * valueFrom.supplied: {}}), as Argo keeps them: the node holds them from its start, without a
 * value; {@code wf node set} gives them values; a node resumed or timed out without one takes the
 * parameter's {@code valueFrom.default}, else the default of the template's input of the same name.
 */
public final class SuppliedOutputs {
  private SuppliedOutputs() {}

  /** The supplied parameters a new suspend node of {@code template} holds; null when none. */
  static Outputs declared(Template template) {
    var parameters = new ArrayList<Parameter>();
    for (Parameter p : template.outputs().parameters()) {
      if (!supplied(p)) continue;
      ValueFrom from = p.valueFrom();
      String inputDefault =
          template.inputs().parameter(p.name()).map(Parameter::defaultValue).orElse(null);
      if (from.defaultValue() == null && inputDefault != null) {
        from =
            new ValueFrom(
                from.path(),
                inputDefault,
                from.parameter(),
                from.expression(),
                from.jsonPath(),
                from.jqFilter(),
                from.event(),
                from.supplied(),
                from.configMapKeyRef());
      }
      parameters.add(
          new Parameter(
              p.name(), null, null, p.enumValues(), p.description(), from, p.globalName()));
    }
    return parameters.isEmpty() ? null : new Outputs(parameters, null, null, null);
  }

  /** Whether the parameter still waits for a supplied value. */
  public static boolean supplied(Parameter p) {
    return p.valueFrom() != null && p.valueFrom().supplied() != null;
  }

  /** {@code p} with {@code value} supplied: the value set and {@code valueFrom} gone. */
  public static Parameter supply(Parameter p, String value) {
    return new Parameter(
        p.name(), value, p.defaultValue(), p.enumValues(), p.description(), null, p.globalName());
  }

  /**
   * The outputs with every parameter still waiting given its default; one without a default throws
   * {@link IllegalStateException} naming it. Null stays null.
   */
  public static Outputs withDefaults(Outputs outputs) {
    if (outputs == null) return null;
    var parameters = new ArrayList<Parameter>();
    for (Parameter p : outputs.parameters()) {
      if (!supplied(p)) {
        parameters.add(p);
      } else if (p.valueFrom().defaultValue() == null) {
        throw new IllegalStateException(
            "output parameter \"" + p.name() + "\" was not supplied and has no default");
      } else {
        parameters.add(supply(p, p.valueFrom().defaultValue()));
      }
    }
    return new Outputs(parameters, outputs.artifacts(), outputs.result(), outputs.exitCode());
  }
}
