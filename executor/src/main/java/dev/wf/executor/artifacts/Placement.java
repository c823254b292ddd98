package dev.wf.executor.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactException.Kind;
import dev.wf.artifacts.archive.ExtractionLimits;
import dev.wf.artifacts.archive.UnsafeArchiveException;

/**
 * Puts a downloaded artifact at its path: the file itself, or what its archive unpacks to, or one
 * file or directory inside that ({@code subPath}). Work files are hidden siblings of the target, on
 * the same file system, and are removed whatever happens.
 */
final class Placement {
  private static final int TAR_BLOCK = 512;

  private Placement() {}

  /** A hidden work path beside {@code target}. */
  static Path sibling(Path target, String what) {
    return target.resolveSibling("." + target.getFileName() + "." + what + "-" + UUID.randomUUID());
  }

  /**
   * Makes room for {@code target}: its parent exists, and a file left there (by an earlier step
   * when steps share the host's files) is replaced; a directory with files in it is not.
   */
  static void clear(Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
    try {
      Files.delete(target);
    } catch (DirectoryNotEmptyException e) {
      throw new IOException(target + " already exists and is not empty", e);
    }
  }

  /** Places the downloaded {@code file} per {@code format} (TAR, ZIP or NONE). */
  static void place(Path file, ArchiveFormat format, String subPath, Path target)
      throws IOException, ArtifactException {
    if (format == ArchiveFormat.NONE) {
      if (subPath != null)
        throw new ArtifactException(
            Kind.FAILED, "subPath \"" + subPath + "\" needs an archive or a directory, not a file");
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    if (subPath == null) {
      unpack(file, format, target);
      return;
    }
    Path staging = sibling(target, "unpack");
    try {
      unpack(file, format, staging);
      Path chosen = inside(staging, subPath);
      if (!Files.exists(chosen, LinkOption.NOFOLLOW_LINKS))
        throw new ArtifactException(
            Kind.NOT_FOUND, "subPath \"" + subPath + "\" is not in the artifact");
      Files.move(chosen, target);
    } finally {
      remove(staging);
    }
  }

  /** {@code subPath} resolved in {@code root}, refused when it leads outside. */
  static Path inside(Path root, String subPath) throws ArtifactException {
    Path chosen = root.resolve(subPath).normalize();
    if (Path.of(subPath).isAbsolute() || !chosen.startsWith(root))
      throw new ArtifactException(
          Kind.FAILED, "subPath \"" + subPath + "\" leads outside the artifact");
    return chosen;
  }

  private static void unpack(Path file, ArchiveFormat format, Path target)
      throws IOException, ArtifactException {
    try (InputStream in = Files.newInputStream(file)) {
      format.strategy(null).unpack(in, target, ExtractionLimits.DEFAULT);
    } catch (UnsafeArchiveException e) {
      throw new ArtifactException(Kind.FAILED, e.getMessage(), e);
    }
  }

  /** Whether {@code file} is a gzip-compressed tar (Argo's check for artifacts of unknown form). */
  static boolean isTarball(Path file) {
    try (var in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] header = in.readNBytes(TAR_BLOCK);
      return header.length == TAR_BLOCK && checksumMatches(header);
    } catch (IOException e) {
      return false;
    }
  }

  /** A tar header stores the sum of its bytes, its checksum field counted as blanks, in octal. */
  private static boolean checksumMatches(byte[] header) {
    String field = new String(header, 148, 8, java.nio.charset.StandardCharsets.US_ASCII);
    String digits = field.replace("\0", " ").strip();
    if (digits.isEmpty() || !digits.matches("[0-7]+")) return false;
    long sum = 0;
    for (int i = 0; i < TAR_BLOCK; i++) sum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xff;
    return sum == Long.parseLong(digits, 8);
  }

  /** Sets the permission bits of {@code path} to the octal {@code mode}, as Argo's {@code mode}. */
  static void chmod(Path path, int mode) throws IOException {
    if (!Files.getFileStore(path).supportsFileAttributeView("posix")) return;
    Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = PosixFilePermission.values();
    for (int i = 0; i < order.length; i++) {
      if ((mode & (1 << (8 - i))) != 0) perms.add(order[i]);
    }
    Files.setPosixFilePermissions(path, perms);
  }

  /** Removes {@code path} and everything below it, if it is there. */
  static void remove(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
