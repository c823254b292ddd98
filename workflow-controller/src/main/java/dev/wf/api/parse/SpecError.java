package dev.wf.api.parse;

import java.util.Comparator;

/**
 * One problem in a workflow file, where it is and what is wrong. Rendered as {@code
 * file:line:column: path: message}, e.g. {@code dag.yaml:9:7: spec.templates[1].dag: cycle A -> B
 * -> A}. Lines and columns are 1-based.
 */
public record SpecError(String file, int line, int column, String path, String message) {
  /** Errors in reading order: by line, then column (stable for errors at the same place). */
  public static final Comparator<SpecError> BY_POSITION =
      Comparator.comparingInt(SpecError::line).thenComparingInt(SpecError::column);

  public String render() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + (path == null || path.isEmpty() ? "" : path + ": ")
        + message;
  }
}
