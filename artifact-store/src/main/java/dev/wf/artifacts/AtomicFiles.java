package dev.wf.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a local file whole or not at all: bytes go to a hidden partial file beside the target,
 * which is renamed into place only once complete (and, for downloads, verified).
 */
public final class AtomicFiles {
  private static final String PARTIAL = ".partial-";

  private AtomicFiles() {}

  /** Whether {@code name} is one of the hidden partial files this class writes. */
  public static boolean isPartial(String name) {
    return name.startsWith(".") && name.contains(PARTIAL);
  }

  /**
   * Streams {@code in} to {@code target}; with a non-null {@code expectedSha256}, a mismatch leaves
   * {@code target} untouched and throws a {@link ArtifactException.Kind#CORRUPT} error about {@code
   * key}.
   */
  public static Sha256.Copied write(InputStream in, Path target, String expectedSha256, String key)
      throws IOException, ArtifactException {
    Path absolute = target.toAbsolutePath();
    Path partial =
        absolute.resolveSibling("." + absolute.getFileName() + PARTIAL + UUID.randomUUID());
    try {
      Files.createDirectories(absolute.getParent());
      Sha256.Copied copied;
      try (OutputStream out = Files.newOutputStream(partial)) {
        copied = Sha256.copy(in, out);
      }
      if (expectedSha256 != null && !expectedSha256.equals(copied.sha256())) {
        throw new ArtifactException(
            ArtifactException.Kind.CORRUPT,
            "artifact "
                + key
                + " is corrupt: its SHA-256 is "
                + copied.sha256()
                + ", expected "
                + expectedSha256);
      }
      move(partial, absolute);
      return copied;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static void move(Path partial, Path target) throws IOException {
    try {
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
