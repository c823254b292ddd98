package dev.wf.api.parse;

/**
 * One problem in a workflow file, where it is and what is wrong. Rendered as {@code
 * file:line:column: path: message}, e.g. {@code dag.yaml:9:7: spec.templates[1].dag: cycle A -> B
 * -> A}. Lines and columns are 1-based.
 */
public record SpecError(String file, int line, int column, String path, String message) {
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
