package dev.wf.artifacts.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * How an artifact's file or directory becomes one object and back, as Argo's {@code archive} field
 * says: tar+gzip (the default), zip, or none (a single file as it is). Packing and unpacking
 * stream; unpacking never writes outside its target ({@link ExtractionLimits}, {@link
 * SafeExtraction}).
 */
public sealed interface ArchiveStrategy
    permits ArchiveStrategy.TarGz, ArchiveStrategy.Zip, ArchiveStrategy.None {

  /** Writes {@code source} (a file or a directory) to {@code out}. */
  void pack(Path source, OutputStream out) throws IOException;

  /**
   * Recreates at {@code target} what {@link #pack} wrote: the file or the directory, whole or not
   * at all.
   */
  void unpack(InputStream in, Path target, ExtractionLimits limits)
      throws IOException, UnsafeArchiveException;

  /** The suffix Argo's default keys give such objects ({@code .tgz}, {@code .zip}, none). */
  String suffix();

  /** tar, gzip-compressed at {@code level} (-1: zlib's default, 0 to 9). */
  record TarGz(int level) implements ArchiveStrategy {
    @Override
    public void pack(Path source, OutputStream out) throws IOException {
      TarArchives.pack(source, out, level);
    }

    @Override
    public void unpack(InputStream in, Path target, ExtractionLimits limits)
        throws IOException, UnsafeArchiveException {
      TarArchives.unpack(in, target, limits);
    }

    @Override
    public String suffix() {
      return ".tgz";
    }
  }

  /** A zip file. */
  record Zip() implements ArchiveStrategy {
    @Override
    public void pack(Path source, OutputStream out) throws IOException {
      ZipArchives.pack(source, out);
    }

    @Override
    public void unpack(InputStream in, Path target, ExtractionLimits limits)
        throws IOException, UnsafeArchiveException {
      ZipArchives.unpack(in, target, limits);
    }

    @Override
    public String suffix() {
      return ".zip";
    }
  }

  /** No archive: a single file stored as it is; a directory cannot be stored this way. */
  record None() implements ArchiveStrategy {
    @Override
    public void pack(Path source, OutputStream out) throws IOException {
      if (java.nio.file.Files.isDirectory(source))
        throw new IOException(
            source + " is a directory: archive \"none\" stores single files (use tar or zip)");
      java.nio.file.Files.copy(source, out);
    }

    @Override
    public void unpack(InputStream in, Path target, ExtractionLimits limits) throws IOException {
      var file = new SafeExtraction(target, limits);
      file.writeSingleFile(in);
    }

    @Override
    public String suffix() {
      return "";
    }
  }
}
