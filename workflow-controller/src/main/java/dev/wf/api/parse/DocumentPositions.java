package dev.wf.api.parse;

import java.util.HashMap;
import java.util.Map;

import dev.wf.api.parse.SourcePositions.Position;

/**
 * Where each field path of one YAML document sits: the key of a mapping entry, the start of a list
 * item, and for scalar values where their text starts, so that an offset inside a value can be
 * located.
 */
final class DocumentPositions {
  private final Position root;
  private final Map<String, Position> fields = new HashMap<>();
  private final Map<String, ValueStart> values = new HashMap<>();

  /** Where a scalar's text starts and whether offsets inside it map to columns one to one. */
  record ValueStart(Position position, int contentShift, boolean singleLine) {}

  DocumentPositions(Position root) {
    this.root = root;
  }

  void field(String path, Position position) {
    fields.putIfAbsent(path, position);
  }

  void value(String path, ValueStart start) {
    values.putIfAbsent(path, start);
  }

  /** The position of {@code path} or of its nearest ancestor; the document start at worst. */
  Position of(String path) {
    var current = path;
    while (!current.isEmpty()) {
      var found = fields.get(current);
      if (found != null) return found;
      current = FieldPath.parent(current);
    }
    return root;
  }

  /** The position of character {@code offset} of the scalar at {@code path}. */
  Position at(String path, int offset) {
    var start = values.get(path);
    if (start == null) return of(path);
    var p = start.position();
    if (!start.singleLine() || offset < 0) return p;
    return new Position(p.line(), p.column() + start.contentShift() + offset);
  }
}
