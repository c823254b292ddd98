package dev.wf.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.Manifest;
import dev.wf.cli.client.ServerTemplateLookup;
import dev.wf.cli.command.FileLinter.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code wf lint}: parses and validates workflow files here and prints every problem as {@code
 * file:line:column: path: message}. Silent when all is well. Calls into a template library resolve
 * against the templates in the files given, then against those stored where the CLI points (asked
 * only when the files lack one).
 */
@Command(
    name = "lint",
    description = {
      "Check workflow files (or directories of them, or -) without running them.",
      "templateRef and workflowTemplateRef find the templates in the files given first,"
          + " then the stored ones."
    })
class LintCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<String> files;

  @Override
  protected int execute() throws IOException {
    var sources = new ArrayList<Source>();
    for (String file : expand(files)) sources.add(new Source(sourceName(file), readSource(file)));
    var stored = new ServerTemplateLookup(this::client, notice -> err().println("wf: " + notice));
    List<SpecError> errors = new FileLinter(wanted(), wantedKind(), stored).lint(sources);
    errors.forEach(error -> out().println(error.render()));
    return errors.isEmpty() ? OK : FAILED;
  }

  /** The documents this verb checks: all of them. */
  Predicate<Manifest> wanted() {
    return manifest -> true;
  }

  /** The kinds whose documents are reported when they do not parse: all of them. */
  Predicate<String> wantedKind() {
    return kind -> true;
  }

  /** Files as given; directories replaced by the YAML and JSON files in them, sorted. */
  private static List<String> expand(List<String> arguments) throws IOException {
    List<String> expanded = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (!"-".equals(argument) && Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .map(Path::toString)
              .filter(
                  name -> name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
              .sorted()
              .forEach(expanded::add);
        }
      } else {
        expanded.add(argument);
      }
    }
    return expanded;
  }
}
