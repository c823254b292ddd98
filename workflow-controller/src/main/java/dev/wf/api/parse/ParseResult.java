package dev.wf.api.parse;

import java.util.List;

import dev.wf.api.spec.Manifest;

/**
 * The documents of one file and every problem found in it; documents are usable only when errors is
 * empty. {@code positions} locates later problems (e.g. after command-line overrides) in the file.
 */
public record ParseResult(
    String file, List<Manifest> manifests, List<SpecError> errors, SourcePositions positions) {
  public ParseResult {
    manifests = List.copyOf(manifests);
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
