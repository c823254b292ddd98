package dev.wf.executor.pod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.artifacts.SecretRef;
import dev.wf.executor.artifacts.SecretResolver;

/**
 * The secrets of a step pod: the pod builder mounts each secret an artifact repository names at
 * {@code ROOT/NAME}, one file per key. A repository that names no secret gets anonymous access.
 */
public final class MountedSecrets implements SecretResolver {
  private final Path root;

  public MountedSecrets(Path root) {
    this.root = root;
  }

  @Override
  public String resolve(SecretRef ref, Use use) throws ArtifactException {
    if (ref == null) return null;
    Path file = root.resolve(ref.name()).resolve(ref.key());
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new ArtifactException(
          ArtifactException.Kind.FAILED,
          "secret \"" + ref.name() + "\" (key \"" + ref.key() + "\") is not mounted in this pod");
    }
  }
}
