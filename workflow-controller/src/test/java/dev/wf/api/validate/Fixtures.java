package dev.wf.api.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.wf.api.parse.WorkflowParser;
import dev.wf.api.spec.WorkflowTemplate;

/** Reads workflow fixtures from the test resources, and the stored templates they call. */
final class Fixtures {
  private Fixtures() {}

  static Path directory(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/workflows/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bare names of the {@code .yaml} files in a fixture directory, sorted. */
  static List<String> yamlFiles(String directory) {
    try (var files = Files.list(directory(directory))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String directory, String file) {
    try {
      return Files.readString(directory(directory).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A lookup that knows the templates of {@code workflows/stored/library.yaml}. */
  static TemplateLookup storedTemplates() {
    var templates =
        WorkflowParser.parse("library.yaml", text("stored", "library.yaml")).manifests().stream()
            .map(WorkflowTemplate.class::cast)
            .toList();
    return TemplateLookup.of(templates);
  }
}
