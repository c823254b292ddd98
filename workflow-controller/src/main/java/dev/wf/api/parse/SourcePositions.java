package dev.wf.api.parse;

/** Maps a field path inside document {@code document} of a file to where it appears in the YAML. */
@FunctionalInterface
public interface SourcePositions {
  /**
   * The position of {@code path}, or of its nearest ancestor that has one (1-based line and
   * column).
   */
  Position of(int document, String path);

  /** A 1-based line and column. */
  record Position(int line, int column) {}
}
