package dev.wf.engine;

import java.util.ArrayList;
import java.util.Map;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Inputs;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;

/**
 * Binds a call's arguments to a template's declared inputs: the argument's value, else the input's
 * own {@code value}, else its {@code default}; a value outside {@code enum} or a missing one is an
 * error, as in Argo. Input artifacts are bound by {@link ArtifactBinding}.
 */
final class InputResolver {
  private InputResolver() {}

  /** An input that has no value, or a value the template does not allow. */
  static final class MissingInputException extends Exception {
    MissingInputException(String message) {
      super(message);
    }
  }

  /**
   * Binds inputs; a template's own {@code value} or {@code default} may use workflow-wide variables
   * ({@code globals}), substituted here as Argo does.
   */
  static Inputs resolve(Template template, Arguments arguments, Map<String, String> globals)
      throws MissingInputException {
    var parameters = new ArrayList<Parameter>();
    for (Parameter declared : template.inputs().parameters()) {
      String value = arguments.parameter(declared.name()).map(Parameter::value).orElse(null);
      if (value == null)
        value =
            substitute(
                declared.value() != null ? declared.value() : declared.defaultValue(), globals);
      if (value == null) {
        throw new MissingInputException(
            "inputs.parameters." + declared.name() + " was not supplied");
      }
      if (!declared.enumValues().isEmpty() && !declared.enumValues().contains(value)) {
        throw new MissingInputException(
            "inputs.parameters."
                + declared.name()
                + " value \""
                + value
                + "\" is not one of "
                + declared.enumValues());
      }
      parameters.add(declared.withValue(value));
    }
    if (template.inputs().artifacts().isEmpty()) return new Inputs(parameters, null);
    var vars = new java.util.LinkedHashMap<>(globals);
    parameters.forEach(p -> vars.put("inputs.parameters." + p.name(), p.value()));
    return new Inputs(parameters, ArtifactBinding.bind(template, arguments, vars));
  }

  private static String substitute(String value, Map<String, String> globals)
      throws MissingInputException {
    if (value == null) return null;
    try {
      return Templating.substitute(value, globals);
    } catch (UnresolvedVariableException | ExpressionException e) {
      throw new MissingInputException(e.getMessage());
    }
  }
}
