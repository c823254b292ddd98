package dev.wf.engine;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.executor.artifacts.ArchiveSpec;

/**
 * An artifact's {@code archive} as the step is told it: {@code tar: {compressionLevel}} (the
 * default when none is given), {@code none: {}} or {@code zip: {}}, as in Argo. Validation has
 * checked the shape; one that still sets several kinds is an error.
 */
final class ArchiveSpecs {
  private ArchiveSpecs() {}

  /** The archive of an output; null or empty means tar+gzip at the default level. */
  static ArchiveSpec of(JsonNode archive, String artifact) {
    if (archive == null || archive.isNull() || archive.isEmpty()) return ArchiveSpec.TAR;
    if (archive.size() > 1 || !archive.isObject()) {
      throw new IllegalArgumentException(
          "artifact \"" + artifact + "\": archive must set exactly one of tar, none or zip");
    }
    String kind = archive.fieldNames().next();
    return switch (kind) {
      case "none" -> ArchiveSpec.NONE;
      case "zip" -> ArchiveSpec.ZIP;
      case "tar" -> tar(archive.get("tar"));
      default ->
          throw new IllegalArgumentException(
              "artifact \"" + artifact + "\": unknown archive \"" + kind + "\"");
    };
  }

  /** The declared kind of an input's {@code archive}, or null when it does not say. */
  static String declaredKind(JsonNode archive) {
    if (archive == null || !archive.isObject() || archive.size() != 1) return null;
    return archive.fieldNames().next();
  }

  private static ArchiveSpec tar(JsonNode tar) {
    JsonNode level = tar == null ? null : tar.get("compressionLevel");
    if (level == null || level.isNull()) return ArchiveSpec.TAR;
    return new ArchiveSpec("tar", level.asInt());
  }
}
