package dev.wf.executor.artifacts;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactRepository;

/**
 * Opens the repository a {@link RepositorySpec} describes, with its secrets resolved: the one way
 * the executor, artifact garbage collection and {@code wf cp} reach stored artifacts.
 */
public interface ArtifactStores {
  /** The repository; the caller does not close it (implementations may share clients). */
  ArtifactRepository open(RepositorySpec spec) throws ArtifactException;
}
