package dev.wf.executor.artifacts;

/** The artifact phases against a directory repository, the embedded default. */
class FileArtifactPhasesTest extends ArtifactPhasesContract {
  @Override
  RepositorySpec repository() {
    return RepositorySpec.file(dir.resolve("repository").toString());
  }

  @Override
  Repositories newStores() {
    return new Repositories(SecretResolver.none());
  }
}
