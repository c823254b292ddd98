package dev.wf.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code wf lint}: parses and validates workflow files here, without a server, and prints every
 * problem as {@code file:line:column: path: message}. Silent when all is well.
 */
@Command(
    name = "lint",
    description = "Check workflow files (or directories of them, or -) without running them.")
final class LintCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<String> files;

  @Override
  protected int execute() throws IOException {
    int problems = 0;
    for (String file : expand(files)) {
      ParseResult result =
          WorkflowValidator.validate(sourceName(file), readSource(file), TemplateLookup.none());
      for (SpecError error : result.errors()) {
        out().println(error.render());
        problems++;
      }
    }
    return problems == 0 ? OK : FAILED;
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
