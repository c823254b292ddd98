package dev.wf.api.parse;

import java.util.List;

/** {@link SourcePositions} of a parsed file: one {@link DocumentPositions} per manifest. */
final class YamlPositions implements SourcePositions {
  private final List<DocumentPositions> documents;

  YamlPositions(List<DocumentPositions> documents) {
    this.documents = List.copyOf(documents);
  }

  @Override
  public Position of(int document, String path) {
    if (document < 0 || document >= documents.size()) return new Position(1, 1);
    return documents.get(document).of(path);
  }

  @Override
  public Position at(int document, String path, int offset) {
    if (document < 0 || document >= documents.size()) return new Position(1, 1);
    return documents.get(document).at(path, offset);
  }
}
