package dev.wf.artifacts.archive;

/**
 * Bounds on what one archive may unpack to, so a hostile or broken archive cannot fill the disk:
 * total bytes written and number of entries.
 */
public record ExtractionLimits(long maxBytes, long maxEntries) {
  /** 100 GiB and a million entries: far above real datasets, far below a full disk's worth. */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(100L << 30, 1_000_000);
}
