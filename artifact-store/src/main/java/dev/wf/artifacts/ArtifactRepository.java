package dev.wf.artifacts;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where artifacts live: a flat space of keys ({@code my-wf/my-wf-123/out.tgz}), each naming an
 * immutable object. Data always streams through in bounded memory, whatever its size. An object is
 * published only when it is complete, so a reader never sees half of one; {@link #put} returns its
 * size and SHA-256, which the caller records and hands back to {@link #get} for verification.
 */
public interface ArtifactRepository extends AutoCloseable {
  /**
   * Stores the bytes {@code source} streams under {@code key}, replacing any object there. The
   * source may be opened again when a transient failure makes the repository retry.
   */
  StoredArtifact put(String key, StreamSource source) throws ArtifactException;

  /** Stores the file at {@code file} under {@code key}. */
  default StoredArtifact put(String key, Path file) throws ArtifactException {
    return put(key, StreamSource.of(file));
  }

  /**
   * Downloads {@code key} to the file {@code target} (written whole or not at all). With a non-null
   * {@code expectedSha256}, a mismatch is an {@link ArtifactException.Kind#CORRUPT} error.
   */
  void get(String key, Path target, String expectedSha256) throws ArtifactException;

  /** Opens {@code key} for reading; the caller closes the stream. */
  InputStream open(String key) throws ArtifactException;

  boolean exists(String key) throws ArtifactException;

  /** The keys that start with {@code prefix}, sorted. */
  List<String> list(String prefix) throws ArtifactException;

  /** Removes {@code key}; removing a key that is not there is not an error. */
  void delete(String key) throws ArtifactException;

  /** How messages name this repository, e.g. {@code s3://bucket at http://host:9000}. */
  String describe();

  @Override
  default void close() {}
}
