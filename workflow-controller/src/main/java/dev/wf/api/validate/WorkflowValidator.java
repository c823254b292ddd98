package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.parse.WorkflowParser;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;

/** Parses and validates workflow files: every problem at once, each with its position. */
public final class WorkflowValidator {
  private WorkflowValidator() {}

  /**
   * Parses {@code text} (from {@code file}) and runs every check on every document. Templates
   * defined in the file itself are found by {@code templateRef} and {@code workflowTemplateRef}
   * before {@code lookup} is asked. Errors come sorted by position.
   */
  public static ParseResult validate(String file, String text, TemplateLookup lookup) {
    var parsed = WorkflowParser.parse(file, text);
    var withFile = FileTemplateLookup.over(parsed.manifests(), lookup);
    var errors = new ArrayList<>(parsed.errors());
    for (int i = 0; i < parsed.manifests().size(); i++) {
      errors.addAll(check(parsed, i, parsed.manifests().get(i), withFile));
    }
    errors.sort(SpecError.BY_POSITION);
    return new ParseResult(file, parsed.manifests(), errors, parsed.positions());
  }

  /**
   * As {@link #validate(String, String, TemplateLookup)}, for a submission that sets workflow
   * parameters ({@code -p name=value}): a parameter declared without a value counts as having one
   * when the submission gives it.
   */
  public static ParseResult validate(
      String file, String text, TemplateLookup lookup, Map<String, String> parameters) {
    if (parameters.isEmpty()) return validate(file, text, lookup);
    var parsed = WorkflowParser.parse(file, text);
    var withFile = FileTemplateLookup.over(parsed.manifests(), lookup);
    var errors = new ArrayList<>(parsed.errors());
    for (int i = 0; i < parsed.manifests().size(); i++) {
      Manifest manifest = parsed.manifests().get(i);
      if (manifest instanceof Workflow wf) manifest = withValues(wf, parameters);
      errors.addAll(check(parsed, i, manifest, withFile));
    }
    errors.sort(SpecError.BY_POSITION);
    return new ParseResult(file, parsed.manifests(), errors, parsed.positions());
  }

  private static Workflow withValues(Workflow wf, Map<String, String> values) {
    var arguments = wf.spec().arguments();
    var parameters =
        new ArrayList<>(
            arguments.parameters().stream()
                .map(p -> values.containsKey(p.name()) ? p.withValue(values.get(p.name())) : p)
                .toList());
    if (wf.spec().workflowTemplateRef() != null) {
      // The referenced template may declare the rest: given here, they count as set.
      var declared = parameters.stream().map(Parameter::name).toList();
      values.forEach(
          (k, v) -> {
            if (!declared.contains(k)) parameters.add(Parameter.of(k, v));
          });
    }
    return wf.withSpec(wf.spec().withArguments(new Arguments(parameters, arguments.artifacts())));
  }

  /** Runs every check on one document (e.g. after overrides), positioned within {@code parsed}. */
  public static List<SpecError> check(
      ParseResult parsed, int document, Manifest manifest, TemplateLookup lookup) {
    return check(parsed, document, manifest, lookup, SpecChecks.all());
  }

  /** As {@link #check}, with the checks of {@code wf lint} ({@link SpecChecks#forLint()}). */
  public static List<SpecError> lint(
      ParseResult parsed, int document, Manifest manifest, TemplateLookup lookup) {
    return check(parsed, document, manifest, lookup, SpecChecks.forLint());
  }

  private static List<SpecError> check(
      ParseResult parsed,
      int document,
      Manifest manifest,
      TemplateLookup lookup,
      List<SpecCheck> checks) {
    var errors = new LinkedHashSet<SpecError>();
    for (var check : checks) {
      for (var problem : run(check, manifest, lookup)) {
        var at =
            problem.offset() >= 0
                ? parsed.positions().at(document, problem.path(), problem.offset())
                : parsed.positions().of(document, problem.path());
        errors.add(
            new SpecError(
                parsed.file(), at.line(), at.column(), problem.path(), problem.message()));
      }
    }
    var sorted = new ArrayList<>(errors);
    sorted.sort(SpecError.BY_POSITION);
    return sorted;
  }

  /** A check that fails is a bug, but the user still gets a message rather than a stack trace. */
  private static List<Problem> run(SpecCheck check, Manifest manifest, TemplateLookup lookup) {
    try {
      return check.check(manifest, lookup);
    } catch (RuntimeException e) {
      return List.of(
          new Problem(
              "", "internal error in " + check.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }
}
