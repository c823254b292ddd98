package dev.wf.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.archive.UnsafeArchiveException;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.runtime.local.LogLines;

/**
 * A step's log as archived in the artifact repository (its {@code main-logs} output artifact), for
 * when the step's own log is gone, e.g. after its directory was cleaned up. The object is
 * downloaded to a temporary file (checked against its recorded SHA-256), unpacked if it was packed,
 * read as lines and removed.
 */
final class ArchivedLogs {
  static final String ARTIFACT_NAME = "main-logs";

  private final ArtifactStores stores;

  ArchivedLogs(ArtifactStores stores) {
    this.stores = stores;
  }

  /** Where the node's log was archived, if it was and is still there. */
  static Optional<ArtifactLocation> of(NodeStatus node) {
    if (node.outputs() == null) return Optional.empty();
    return node.outputs().artifacts().stream()
        .filter(a -> ARTIFACT_NAME.equals(a.name()) && !Boolean.TRUE.equals(a.deleted()))
        .map(Artifact::location)
        .filter(location -> location != null)
        .findFirst();
  }

  /** The archived log's lines from {@code from} on. */
  List<String> lines(ArtifactLocation location, int from)
      throws ArtifactException, IOException, UnsafeArchiveException {
    Path dir = Files.createTempDirectory("wf-log-");
    try {
      Path stored = dir.resolve("stored");
      stores.open(location.repository()).get(location.key(), stored, location.sha256());
      Path log = unpacked(location.archive(), stored, dir.resolve("main.log"));
      return LogLines.read(log, from, true);
    } finally {
      remove(dir);
    }
  }

  /** The log file that {@code stored} holds, unpacked at {@code target} if it was packed. */
  private static Path unpacked(String archive, Path stored, Path target)
      throws IOException, UnsafeArchiveException {
    ArtifactUnpacker.unpack(archive, stored, target);
    if (!Files.isDirectory(target)) return target;
    try (var files = Files.list(target)) {
      return files.findFirst().orElseThrow(() -> new IOException("the archived log is empty"));
    }
  }

  private static void remove(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
