package dev.wf.executor.artifacts;

/**
 * How an output is packed ({@code archive} in Argo): {@code tar} (gzip at {@code compressionLevel},
 * -1 for the default), {@code zip} or {@code none}.
 */
public record ArchiveSpec(String kind, Integer compressionLevel) {
  public static final ArchiveSpec TAR = new ArchiveSpec("tar", null);
  public static final ArchiveSpec NONE = new ArchiveSpec("none", null);
  public static final ArchiveSpec ZIP = new ArchiveSpec("zip", null);
}
