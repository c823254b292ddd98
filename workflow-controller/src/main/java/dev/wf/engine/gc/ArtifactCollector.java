package dev.wf.engine.gc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactStores;

/**
 * Deletes artifacts from their repositories, opened through {@link ArtifactStores}. A failure is
 * collected with what it concerns and never stops the others; an object already gone is no failure.
 * An artifact stored as a directory of objects ({@code archive: dir}) is every key under its
 * prefix.
 */
public final class ArtifactCollector {
  /** Stores for a server that has none: every open fails with a message that says so. */
  public static final ArtifactStores NO_STORES =
      spec -> {
        throw new ArtifactException(
            ArtifactException.Kind.FAILED, "no artifact repository is configured on this server");
      };

  private final ArtifactStores stores;

  public ArtifactCollector(ArtifactStores stores) {
    this.stores = stores;
  }

  /** Deletes each artifact (each stored object once) and reports what was deleted and failed. */
  public GcReport collect(List<GcArtifact> artifacts) {
    var deleted = new ArrayList<GcArtifact>();
    var failures = new ArrayList<String>();
    Set<ArtifactLocation> done = new HashSet<>();
    for (GcArtifact artifact : artifacts) {
      try {
        if (done.add(artifact.location())) delete(artifact.location());
        deleted.add(artifact);
      } catch (ArtifactException | RuntimeException e) {
        failures.add(
            "cannot delete artifact "
                + artifact.describe()
                + " ("
                + artifact.location().key()
                + " in "
                + artifact.location().repository().describe()
                + "): "
                + e.getMessage());
      }
    }
    return new GcReport(deleted, failures);
  }

  private void delete(ArtifactLocation location) throws ArtifactException {
    ArtifactRepository repository = stores.open(location.repository());
    if (!"dir".equals(location.archive())) {
      repository.delete(location.key());
      return;
    }
    String prefix = location.key().replaceFirst("/+$", "") + "/";
    for (String key : repository.list(prefix)) repository.delete(key);
  }
}
