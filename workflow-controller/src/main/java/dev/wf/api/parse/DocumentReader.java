package dev.wf.api.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.ModelJson;

/**
 * Reads one document's JSON tree into its record: checks {@code apiVersion} and {@code kind}, then
 * reads through {@link ModelJson} with every problem collected and placed in the YAML. A document
 * becomes a manifest unless a value in it could not be read (unknown fields and duplicate keys are
 * errors, but do not lose what the document says).
 */
final class DocumentReader {
  private final String file;
  private final DocumentPositions positions;
  private final List<SpecError> errors = new ArrayList<>();

  /** The record, if the document could be read, and the problems found. */
  record Read(Optional<Manifest> manifest, List<SpecError> errors) {}

  private DocumentReader(String file, DocumentPositions positions) {
    this.file = file;
    this.positions = positions;
  }

  static Read read(String file, JsonNode tree, DocumentPositions positions) {
    var reader = new DocumentReader(file, positions);
    var manifest = reader.typeOf(tree).flatMap(type -> reader.readAs(tree, type));
    return new Read(manifest, List.copyOf(reader.errors));
  }

  private Optional<Class<? extends Manifest>> typeOf(JsonNode tree) {
    if (!tree.isObject()) {
      error(
          "",
          "expected a mapping with apiVersion, kind, metadata and spec, found "
              + (tree.isArray() ? "a list" : "a plain value"));
      return Optional.empty();
    }
    var kind = tree.path("kind");
    if (!kind.isTextual()) {
      error("kind", "required (allowed: " + String.join(", ", ManifestKinds.kinds()) + ")");
      return Optional.empty();
    }
    var type = ManifestKinds.recordFor(kind.asText());
    if (type.isEmpty()) {
      error("kind", unsupported("kind", kind.asText(), ManifestKinds.kinds()));
      return Optional.empty();
    }
    var apiVersion = tree.path("apiVersion");
    if (!apiVersion.isTextual()) {
      error(
          "apiVersion",
          "required (allowed: " + String.join(", ", ManifestKinds.API_VERSIONS) + ")");
      return Optional.empty();
    }
    if (!ManifestKinds.supportsApiVersion(apiVersion.asText())) {
      error(
          "apiVersion", unsupported("apiVersion", apiVersion.asText(), ManifestKinds.API_VERSIONS));
      return Optional.empty();
    }
    return type;
  }

  private static String unsupported(String what, String given, List<String> allowed) {
    var message =
        new StringBuilder("unsupported ").append(what).append(" \"").append(given).append('"');
    Suggestions.closest(given, allowed)
        .ifPresent(s -> message.append("; did you mean \"").append(s).append("\"?"));
    return message.append(" (allowed: ").append(String.join(", ", allowed)).append(')').toString();
  }

  private Optional<Manifest> readAs(JsonNode tree, Class<? extends Manifest> type) {
    var handler = new ReadProblemHandler();
    Manifest manifest;
    try {
      manifest = ModelJson.mapper().readerFor(type).withHandler(handler).readValue(tree);
    } catch (JsonMappingException e) {
      report(handler);
      error(pathOf(e), "cannot read this value: " + e.getOriginalMessage());
      return Optional.empty();
    } catch (java.io.IOException | RuntimeException e) {
      report(handler);
      error("", "cannot read this document: " + e.getMessage());
      return Optional.empty();
    }
    boolean lossy = false;
    for (var problem : handler.problems()) {
      if (problem.message() != null) error(problem.path(), problem.message());
      lossy |= problem.lossy();
    }
    return lossy ? Optional.empty() : Optional.ofNullable(manifest);
  }

  private void report(ReadProblemHandler handler) {
    handler.problems().stream()
        .filter(p -> p.message() != null)
        .forEach(p -> error(p.path(), p.message()));
  }

  private static String pathOf(JsonMappingException e) {
    var path = "";
    for (var reference : e.getPath()) {
      path =
          reference.getFieldName() != null
              ? FieldPath.child(path, reference.getFieldName())
              : FieldPath.index(path, Math.max(0, reference.getIndex()));
    }
    return path;
  }

  private void error(String path, String message) {
    var at = positions.of(path);
    errors.add(new SpecError(file, at.line(), at.column(), path, message));
  }
}
