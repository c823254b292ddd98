package dev.wf.engine;

import java.util.Map;

import dev.wf.api.expr.Templating;
import dev.wf.api.spec.Artifact;
import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactKeys;
import dev.wf.executor.artifacts.ArchiveSpec;

/**
 * Where a step's outputs go in the repository, as Argo names them: under the repository's {@code
 * keyFormat} (default {@code {{workflow.name}}/{{pod.name}}}, with the workflow's variables and the
 * step's {@code pod.name}), an output is {@code NAME.tgz} (tar, the default), {@code NAME.zip}, or
 * for {@code archive: none} the file or directory name of its path; the log is {@code main.log}. An
 * artifact's own {@code s3.key} replaces all of that.
 */
final class OutputKeys {
  /** The file name of an archived step log, as Argo names the main container's. */
  static final String LOG_FILE = "main.log";

  private OutputKeys() {}

  /** The step's base key: the key format with its variables filled in. */
  static String base(String keyFormat, Map<String, String> vars) {
    String base = Templating.substitute(keyFormat, vars).replaceAll("/{2,}", "/");
    return base.replaceAll("^/+", "").replaceAll("/+$", "");
  }

  /** The key of output {@code artifact} (already substituted) packed as {@code archive}. */
  static String of(String base, Artifact artifact, ArchiveSpec archive) {
    String own = ownKey(artifact);
    if (own != null) return checked(own, artifact.name());
    return checked(base + "/" + fileName(artifact, archive), artifact.name());
  }

  /** The key an artifact's {@code s3.key} gives, or null. */
  static String ownKey(Artifact artifact) {
    if (artifact.s3() == null || !artifact.s3().hasNonNull("key")) return null;
    String key = artifact.s3().get("key").asText();
    return key.isBlank() ? null : key;
  }

  private static String fileName(Artifact artifact, ArchiveSpec archive) {
    return switch (archive.kind()) {
      case "zip" -> artifact.name() + ".zip";
      case "none" -> plainName(artifact);
      default -> artifact.name() + ".tgz";
    };
  }

  /** The last segment of the artifact's path (a directory's name), else its name. */
  private static String plainName(Artifact artifact) {
    String path = artifact.path() == null ? "" : artifact.path().replaceAll("/+$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() || last.equals(".") || last.equals("..") ? artifact.name() : last;
  }

  static String checked(String key, String what) {
    try {
      return ArtifactKeys.check(key);
    } catch (ArtifactException e) {
      throw new IllegalArgumentException("artifact \"" + what + "\": " + e.getMessage());
    }
  }
}
