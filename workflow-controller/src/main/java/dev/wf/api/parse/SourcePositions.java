package dev.wf.api.parse;

/** Maps a field path inside document {@code document} of a file to where it appears in the YAML. */
@FunctionalInterface
public interface SourcePositions {
  /**
   * The position of {@code path}, or of its nearest ancestor that has one (1-based line and
   * column).
   */
  Position of(int document, String path);

  /**
   * The position of character {@code offset} (0-based) of the string value at {@code path}, e.g. a
   * bad token in an expression; where that cannot be worked out (multi-line or block values), the
   * value's start, and without a value the position {@link #of} gives.
   */
  default Position at(int document, String path, int offset) {
    return of(document, path);
  }

  /** A 1-based line and column. */
  record Position(int line, int column) {}
}
