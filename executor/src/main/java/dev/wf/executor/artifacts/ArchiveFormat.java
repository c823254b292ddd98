package dev.wf.executor.artifacts;

import java.util.Locale;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.archive.ArchiveStrategy;

/**
 * How a stored artifact is laid out, as {@link ArtifactLocation#archive()} records it: one tar.gz
 * or zip object, one plain file ({@code none}), or a directory kept as one object per file under
 * the key as a prefix ({@code dir}: what Argo does with a directory and {@code archive: none}).
 */
public enum ArchiveFormat {
  TAR,
  ZIP,
  NONE,
  DIR;

  /** The name recorded in a location. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a location records; null when unknown (an object wf did not write). */
  public static ArchiveFormat of(String label) throws ArtifactException {
    if (label == null) return null;
    for (ArchiveFormat f : values()) {
      if (f.label().equals(label)) return f;
    }
    throw new ArtifactException(
        ArtifactException.Kind.FAILED,
        "unknown archive \"" + label + "\" (known: tar, zip, none, dir)");
  }

  /** The format an output is packed in: tar unless the spec says otherwise. */
  static ArchiveFormat of(ArchiveSpec spec) throws ArtifactException {
    return spec == null || spec.kind() == null ? TAR : of(spec.kind());
  }

  /** How one object of this format is packed and unpacked; DIR has no single object. */
  public ArchiveStrategy strategy(ArchiveSpec spec) {
    return switch (this) {
      case TAR ->
          new ArchiveStrategy.TarGz(
              spec == null || spec.compressionLevel() == null ? -1 : spec.compressionLevel());
      case ZIP -> new ArchiveStrategy.Zip();
      case NONE, DIR -> new ArchiveStrategy.None();
    };
  }
}
