package dev.wf.artifacts.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Unpacks one archive into a hidden staging directory beside its target and moves the result into
 * place only when every entry was safe: names stay inside, links point inside, no device files, no
 * setuid or setgid bits, and the byte and entry limits hold. As Argo does, an archive holding one
 * top-level entry (the packed file or directory) becomes the target itself.
 */
final class SafeExtraction implements AutoCloseable {
  private static final int BUFFER = 64 * 1024;

  private final Path target;
  private final Path staging;
  private final ExtractionLimits limits;
  private long bytes;
  private long entries;

  SafeExtraction(Path target, ExtractionLimits limits) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    this.limits = limits;
    if (Files.exists(this.target, LinkOption.NOFOLLOW_LINKS) && !emptyDirectory(this.target))
      throw new IOException(this.target + " already exists");
    this.staging =
        this.target.resolveSibling(
            "." + this.target.getFileName() + ".unpack-" + UUID.randomUUID());
    Files.createDirectories(staging);
  }

  void directory(String name, int mode) throws IOException, UnsafeArchiveException {
    Path dir = inside(name);
    count(0);
    Files.createDirectories(dir);
    permissions(dir, mode | 0700);
  }

  void file(String name, InputStream data, int mode) throws IOException, UnsafeArchiveException {
    Path file = inside(name);
    count(0);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = data.read(buffer)) != -1; ) {
        count(n);
        out.write(buffer, 0, n);
      }
    }
    permissions(file, mode);
  }

  /** A symbolic link, allowed only when it is relative and resolves inside the archive. */
  void symlink(String name, String linkTarget) throws IOException, UnsafeArchiveException {
    Path link = inside(name);
    count(0);
    Path pointsTo = Path.of(linkTarget);
    if (pointsTo.isAbsolute()
        || !link.getParent().resolve(pointsTo).normalize().startsWith(staging))
      throw new UnsafeArchiveException(
          "archive entry " + name + " links to " + linkTarget + ", outside the artifact");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, pointsTo);
  }

  /** A hard link to an entry extracted earlier from the same archive. */
  void hardlink(String name, String existing) throws IOException, UnsafeArchiveException {
    Path link = inside(name);
    Path original = inside(existing);
    count(0);
    if (!Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS))
      throw new UnsafeArchiveException(
          "archive entry " + name + " links to " + existing + ", which is not a file in it");
    Files.createDirectories(link.getParent());
    Files.createLink(link, original);
  }

  UnsafeArchiveException refuse(String name, String what) {
    return new UnsafeArchiveException("archive entry " + name + " is " + what + "; refused");
  }

  /** For an object stored without an archive: its bytes are the file. */
  void writeSingleFile(InputStream in) throws IOException {
    try {
      file("file", in, 0);
      publish();
    } catch (UnsafeArchiveException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      close();
    }
  }

  /** Moves the unpacked result into place: the single top-level entry, or everything. */
  void publish() throws IOException {
    List<Path> top;
    try (Stream<Path> children = Files.list(staging)) {
      top = children.toList();
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) Files.delete(target);
    if (top.size() == 1 && !Files.isSymbolicLink(top.get(0))) {
      Files.move(top.get(0), target);
    } else {
      Files.move(staging, target);
    }
  }

  @Override
  public void close() throws IOException {
    if (!Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> all = Files.walk(staging)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  private Path inside(String name) throws UnsafeArchiveException {
    if (name.startsWith("/") || name.contains("\0"))
      throw new UnsafeArchiveException("archive entry " + name + " has an absolute path");
    Path path = staging.resolve(name).normalize();
    if (!path.startsWith(staging))
      throw new UnsafeArchiveException("archive entry " + name + " escapes the artifact");
    for (Path p = path.getParent(); p != null && p.startsWith(staging); p = p.getParent()) {
      if (Files.isSymbolicLink(p))
        throw new UnsafeArchiveException("archive entry " + name + " goes through a link");
    }
    return path;
  }

  private void count(long written) throws UnsafeArchiveException {
    if (written == 0 && ++entries > limits.maxEntries())
      throw new UnsafeArchiveException(
          "archive has more entries than the limit of " + limits.maxEntries() + "; refused");
    bytes += written;
    if (bytes > limits.maxBytes())
      throw new UnsafeArchiveException(
          "archive unpacks to more than " + limits.maxBytes() + " bytes; refused");
  }

  /** Applies the permission bits of {@code mode}; setuid, setgid and sticky bits are dropped. */
  private static void permissions(Path path, int mode) throws IOException {
    if (mode == 0 || !Files.getFileStore(path).supportsFileAttributeView("posix")) return;
    Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
    perms.addAll(PosixFilePermissions.fromString(rwx(mode & 0777)));
    Files.setPosixFilePermissions(path, perms);
  }

  private static String rwx(int mode) {
    var s = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) s.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
    return s.toString();
  }

  private static boolean emptyDirectory(Path path) throws IOException {
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) return false;
    try (Stream<Path> children = Files.list(path)) {
      return children.findAny().isEmpty();
    }
  }
}
