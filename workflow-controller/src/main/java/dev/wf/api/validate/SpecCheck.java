package dev.wf.api.validate;

import java.util.List;

import dev.wf.api.spec.Manifest;

/** One kind of semantic check over a parsed document. Checks are pure and independent. */
public interface SpecCheck {
  List<Problem> check(Manifest manifest, TemplateLookup lookup);
}
