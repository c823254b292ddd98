package dev.wf.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files that {@code FILE} arguments name: a file as it is, {@code -} for standard input, and a
 * directory as its {@code .yaml}, {@code .yml} and {@code .json} files (not those of its
 * subdirectories), sorted by name, as {@code kubectl apply -f DIR} reads a directory.
 */
final class SourceFiles {
  private SourceFiles() {}

  /** The arguments with each directory replaced by its manifest files. */
  static List<String> expand(List<String> arguments) throws IOException {
    var files = new ArrayList<String>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if ("-".equals(argument) || !Files.isDirectory(path)) {
        files.add(argument);
        continue;
      }
      List<String> inside = manifests(path);
      if (inside.isEmpty()) {
        throw new IOException(argument + ": a directory with no .yaml, .yml or .json files");
      }
      files.addAll(inside);
    }
    return files;
  }

  private static List<String> manifests(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }
}
