package dev.wf.artifacts.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * tar+gzip archives in Argo's layout: entries are named from the packed path's own name ({@code
 * data/train.csv} for a directory {@code /work/data}), so any tar tool can read them.
 */
final class TarArchives {
  private TarArchives() {}

  static void pack(Path source, OutputStream out, int level) throws IOException {
    var gzip = new GzipParameters();
    gzip.setCompressionLevel(level);
    try (var tar =
        new TarArchiveOutputStream(
            new GzipCompressorOutputStream(new BufferedOutputStream(out, 64 * 1024), gzip))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      Path base = source.toAbsolutePath().normalize();
      for (Path p : walk(base)) add(tar, base, p);
      tar.finish();
    }
  }

  private static List<Path> walk(Path base) throws IOException {
    if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) return List.of(base);
    try (Stream<Path> all = Files.walk(base)) {
      return all.sorted().toList();
    }
  }

  private static void add(TarArchiveOutputStream tar, Path base, Path p) throws IOException {
    String name = base.getFileName() + "/" + base.relativize(p).toString().replace('\\', '/');
    if (p.equals(base)) name = base.getFileName().toString();
    TarArchiveEntry entry;
    if (Files.isSymbolicLink(p)) {
      entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
      entry.setLinkName(Files.readSymbolicLink(p).toString());
    } else if (Files.isDirectory(p)) {
      entry = new TarArchiveEntry(p, name + "/", LinkOption.NOFOLLOW_LINKS);
    } else {
      entry = new TarArchiveEntry(p, name, LinkOption.NOFOLLOW_LINKS);
    }
    int mode = modeOf(p);
    if (mode != 0) entry.setMode((entry.getMode() & ~07777) | mode);
    tar.putArchiveEntry(entry);
    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.copy(p, tar);
    tar.closeArchiveEntry();
  }

  static void unpack(InputStream in, Path target, ExtractionLimits limits)
      throws IOException, UnsafeArchiveException {
    try (var extraction = new SafeExtraction(target, limits);
        var tar = new TarArchiveInputStream(new GzipCompressorInputStream(in, true))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        String name = e.getName();
        if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO())
          throw extraction.refuse(name, "a device, fifo or other special file");
        else if (e.isDirectory()) extraction.directory(name, e.getMode());
        else if (e.isSymbolicLink()) extraction.symlink(name, e.getLinkName());
        else if (e.isLink()) extraction.hardlink(name, e.getLinkName());
        else if (e.isFile()) extraction.file(name, tar, e.getMode());
        else if (e.isPaxHeader() || e.isGlobalPaxHeader()) continue;
        else throw extraction.refuse(name, "a device, fifo or other special file");
      }
      extraction.publish();
    }
  }

  /** The permission bits of {@code p}, or 0 where the file system has none. */
  private static int modeOf(Path p) throws IOException {
    if (!Files.getFileStore(p).supportsFileAttributeView("posix")) return 0;
    var attrs = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    int mode = 0;
    PosixFilePermission[] order = PosixFilePermission.values();
    for (int i = 0; i < order.length; i++) {
      if (attrs.permissions().contains(order[i])) mode |= 1 << (8 - i);
    }
    return mode;
  }
}
