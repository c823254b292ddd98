package dev.wf.api.parse;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.Manifest;

/**
 * Reads a workflow file (one or more YAML documents) into model records, once. YAML is composed
 * with positions (SnakeYAML), turned into JSON trees, then read into records (Jackson through
 * {@link dev.wf.api.spec.ModelJson}). Every problem of every document comes back at once, each at
 * its {@code file:line:column} with its field path: syntax errors, duplicate keys, unknown fields,
 * wrong types and unsupported kinds. Semantic checks are the validator's.
 */
public final class WorkflowParser {
  private WorkflowParser() {}

  /**
   * Parses {@code text}, naming {@code file} in errors. Manifests are the documents that could be
   * read (empty documents are skipped); their index is the document index of {@link
   * ParseResult#positions()}.
   */
  public static ParseResult parse(String file, String text) {
    var composed = YamlDocuments.compose(file, text == null ? "" : text);
    var manifests = new ArrayList<Manifest>();
    var positions = new ArrayList<DocumentPositions>();
    var errors = new ArrayList<SpecError>();
    for (var node : composed.documents()) {
      var built = JsonTreeBuilder.build(file, node);
      errors.addAll(built.errors());
      var read = DocumentReader.read(file, built.tree(), built.positions());
      errors.addAll(read.errors());
      read.manifest()
          .ifPresent(
              manifest -> {
                manifests.add(manifest);
                positions.add(built.positions());
              });
    }
    composed.syntaxError().ifPresent(errors::add);
    return new ParseResult(file, manifests, sorted(errors), new YamlPositions(positions));
  }

  private static List<SpecError> sorted(List<SpecError> errors) {
    var copy = new ArrayList<>(errors);
    copy.sort(SpecError.BY_POSITION);
    return copy;
  }
}
