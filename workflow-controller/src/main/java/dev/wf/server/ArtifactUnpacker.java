package dev.wf.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.archive.ArchiveStrategy;
import dev.wf.artifacts.archive.ExtractionLimits;
import dev.wf.artifacts.archive.UnsafeArchiveException;
import dev.wf.executor.artifacts.ArchiveFormat;

/**
 * Recreates a downloaded artifact from the object it was stored as, as its location's {@code
 * archive} says: {@code tar} (tar+gzip) and {@code zip} are unpacked, safely, into the file or
 * directory that was packed; {@code none} is the file itself. Shared by {@code wf cp} and archived
 * logs.
 */
public final class ArtifactUnpacker {
  private ArtifactUnpacker() {}

  /**
   * Turns the downloaded {@code object} into {@code target} (which must not exist yet); the object
   * is consumed: moved into place or removed after unpacking.
   */
  public static void unpack(String archive, Path object, Path target)
      throws IOException, UnsafeArchiveException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS))
      throw new IOException(target + " already exists");
    ArchiveStrategy strategy = strategy(archive);
    if (strategy instanceof ArchiveStrategy.None) {
      Files.move(object, target);
      return;
    }
    try (InputStream in = Files.newInputStream(object)) {
      strategy.unpack(in, target, ExtractionLimits.DEFAULT);
    } finally {
      Files.deleteIfExists(object);
    }
  }

  /** The strategy for an archive kind; an unknown or absent kind is taken as stored unpacked. */
  static ArchiveStrategy strategy(String archive) {
    try {
      ArchiveFormat format = ArchiveFormat.of(archive);
      return format == null ? new ArchiveStrategy.None() : format.strategy(null);
    } catch (ArtifactException e) {
      return new ArchiveStrategy.None();
    }
  }
}
