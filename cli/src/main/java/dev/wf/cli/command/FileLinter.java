package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.parse.WorkflowParser;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;

/**
 * Validates a set of files together, as {@code wf lint} and {@code wf template lint} do: a {@code
 * templateRef} or {@code workflowTemplateRef} finds the (Cluster)WorkflowTemplates of every file
 * given first, then asks {@code stored}. Documents that {@code wanted} rejects are not checked
 * (their YAML is still read, and a file that does not parse is reported).
 */
final class FileLinter {
  /** A file's name, as errors show it, and its text. */
  record Source(String name, String text) {}

  private final Predicate<Manifest> wanted;
  private final TemplateLookup stored;

  FileLinter(Predicate<Manifest> wanted, TemplateLookup stored) {
    this.wanted = wanted;
    this.stored = stored;
  }

  /** Every problem in every source, file by file, each file's sorted by position. */
  List<SpecError> lint(List<Source> sources) {
    var parsed = sources.stream().map(s -> WorkflowParser.parse(s.name(), s.text())).toList();
    var inFiles =
        parsed.stream()
            .flatMap(p -> p.manifests().stream())
            .filter(WorkflowTemplate.class::isInstance)
            .map(WorkflowTemplate.class::cast)
            .filter(t -> t.name() != null)
            .toList();
    var lookup = TemplateLookup.of(inFiles).orElse(stored);
    var errors = new ArrayList<SpecError>();
    for (ParseResult file : parsed) errors.addAll(lint(file, lookup));
    return errors;
  }

  private List<SpecError> lint(ParseResult file, TemplateLookup lookup) {
    var errors = new ArrayList<>(file.errors());
    for (int i = 0; i < file.manifests().size(); i++) {
      var manifest = file.manifests().get(i);
      if (wanted.test(manifest)) {
        errors.addAll(WorkflowValidator.check(file, i, manifest, lookup));
      }
    }
    errors.sort(SpecError.BY_POSITION);
    return errors.stream().distinct().toList();
  }
}
