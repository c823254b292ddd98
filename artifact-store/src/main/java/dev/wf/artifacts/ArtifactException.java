package dev.wf.artifacts;

/**
 * A repository operation that failed, with a message a user can act on (never a secret) and a
 * {@link Kind} callers branch on.
 */
public final class ArtifactException extends Exception {
  /** Why it failed. */
  public enum Kind {
    /** The key is not there. */
    NOT_FOUND,
    /** The bucket (or root directory) does not exist. */
    NO_BUCKET,
    /** The credentials were refused. */
    ACCESS_DENIED,
    /** The downloaded bytes do not match the recorded checksum. */
    CORRUPT,
    /** The server could not be reached or kept failing; retried already. */
    UNAVAILABLE,
    /** Anything else: a bad key, a local file problem, an unexpected answer. */
    FAILED
  }

  private final Kind kind;

  public ArtifactException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ArtifactException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
