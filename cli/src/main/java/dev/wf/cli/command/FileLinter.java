package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern SEPARATOR = Pattern.compile("^---(\\s.*)?$");
  private static final Pattern KIND = Pattern.compile("^kind:\\s*[\"']?(\\w+)");

  private final Predicate<Manifest> wanted;
  private final Predicate<String> wantedKind;
  private final TemplateLookup stored;

  /**
   * Checks the documents {@code wanted} accepts; a document that does not parse is reported when
   * {@code wantedKind} accepts the kind its text names.
   */
  FileLinter(Predicate<Manifest> wanted, Predicate<String> wantedKind, TemplateLookup stored) {
    this.wanted = wanted;
    this.wantedKind = wantedKind;
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
    for (int i = 0; i < parsed.size(); i++) {
      errors.addAll(lint(parsed.get(i), sources.get(i).text(), lookup));
    }
    return errors;
  }

  private List<SpecError> lint(ParseResult file, String text, TemplateLookup lookup) {
    var kinds = documentKinds(text);
    var errors = new ArrayList<SpecError>();
    for (var error : file.errors()) {
      if (wantedKind.test(kinds.floorEntry(error.line()).getValue())) errors.add(error);
    }
    for (int i = 0; i < file.manifests().size(); i++) {
      var manifest = file.manifests().get(i);
      if (wanted.test(manifest)) {
        errors.addAll(WorkflowValidator.lint(file, i, manifest, lookup));
      }
    }
    errors.sort(SpecError.BY_POSITION);
    return errors.stream().distinct().toList();
  }

  /** The kind each document names, by the line it starts on ("" when it names none). */
  private static TreeMap<Integer, String> documentKinds(String text) {
    var kinds = new TreeMap<Integer, String>();
    kinds.put(0, "");
    int start = 0;
    var lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (SEPARATOR.matcher(lines.get(i)).matches()) {
        start = i + 1;
        kinds.put(start, "");
      }
      Matcher kind = KIND.matcher(lines.get(i));
      if (kind.find()) kinds.put(start, kind.group(1));
    }
    return kinds;
  }
}
