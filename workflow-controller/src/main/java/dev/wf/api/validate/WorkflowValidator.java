package dev.wf.api.validate;

import java.util.List;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.Manifest;

/** Parses and validates workflow files: every problem at once, each with its position. */
public final class WorkflowValidator {
  private WorkflowValidator() {}

  /** Parses {@code text} (from {@code file}) and runs every check on every document. */
  public static ParseResult validate(String file, String text, TemplateLookup lookup) {
    throw new UnsupportedOperationException("TODO(#2): parse helper implements this");
  }

  /** Runs every check on one document (e.g. after overrides), positioned within {@code parsed}. */
  public static List<SpecError> check(
      ParseResult parsed, int document, Manifest manifest, TemplateLookup lookup) {
    throw new UnsupportedOperationException("TODO(#2): parse helper implements this");
  }
}
