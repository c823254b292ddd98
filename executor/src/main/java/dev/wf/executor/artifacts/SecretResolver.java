package dev.wf.executor.artifacts;

import dev.wf.artifacts.ArtifactException;

/**
 * Looks up the secrets a {@link RepositorySpec} refers to: locally from {@code $WF_HOME}, in a pod
 * from mounted Kubernetes secrets. Values are never logged or put in messages.
 */
public interface SecretResolver {
  /** What a secret is for, so that a resolver can fall back on the usual environment variables. */
  enum Use {
    S3_ACCESS_KEY,
    S3_SECRET_KEY
  }

  /**
   * The secret's value. A null {@code ref} means the repository names no secret: the result is then
   * whatever the environment provides for {@code use}, or null for anonymous access.
   *
   * @throws ArtifactException when {@code ref} names a secret or key that does not exist; the
   *     message names both, never a value
   */
  String resolve(SecretRef ref, Use use) throws ArtifactException;

  /** A resolver that knows no secrets: anonymous access only. */
  static SecretResolver none() {
    return (ref, use) -> {
      if (ref == null) return null;
      throw new ArtifactException(
          ArtifactException.Kind.FAILED,
          "secret \"" + ref.name() + "\" (key \"" + ref.key() + "\") is not available here");
    };
  }
}
