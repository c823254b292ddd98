package dev.wf.artifacts.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** zip archives, with the same layout as {@link TarArchives}. Zip entries carry no links. */
final class ZipArchives {
  private ZipArchives() {}

  static void pack(Path source, OutputStream out) throws IOException {
    Path base = source.toAbsolutePath().normalize();
    try (var zip = new ZipArchiveOutputStream(new BufferedOutputStream(out, 64 * 1024))) {
      for (Path p : walk(base)) {
        if (Files.isSymbolicLink(p)) continue;
        String name =
            p.equals(base)
                ? base.getFileName().toString()
                : base.getFileName() + "/" + base.relativize(p).toString().replace('\\', '/');
        boolean dir = Files.isDirectory(p);
        var entry = new ZipArchiveEntry(dir ? name + "/" : name);
        zip.putArchiveEntry(entry);
        if (!dir) Files.copy(p, zip);
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
  }

  private static List<Path> walk(Path base) throws IOException {
    if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) return List.of(base);
    try (Stream<Path> all = Files.walk(base)) {
      return all.sorted().toList();
    }
  }

  static void unpack(InputStream in, Path target, ExtractionLimits limits)
      throws IOException, UnsafeArchiveException {
    try (var extraction = new SafeExtraction(target, limits);
        var zip = new ZipArchiveInputStream(in)) {
      for (ZipArchiveEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.isDirectory()) extraction.directory(e.getName(), 0);
        else if (e.isUnixSymlink()) throw extraction.refuse(e.getName(), "a symbolic link");
        else extraction.file(e.getName(), zip, e.getUnixMode() & 0777);
      }
      extraction.publish();
    }
  }
}
