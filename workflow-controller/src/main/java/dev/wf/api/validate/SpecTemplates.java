package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.Template;

/**
 * Every template of a spec with its path: the listed ones, then inline ones at their call sites.
 */
final class SpecTemplates {
  private SpecTemplates() {}

  /** A template and where it is; {@code inline} for one written at a step or task. */
  record Placed(String path, Template template, boolean inline) {
    /** How messages name it: {@code template "main"}, or {@code inline template}. */
    String describe() {
      return template.name() == null
          ? (inline ? "inline template" : "template")
          : "template \"" + template.name() + "\"";
    }
  }

  static List<Placed> all(DocumentSpec doc) {
    var placed = new ArrayList<Placed>();
    var templates = doc.spec().templates();
    for (int i = 0; i < templates.size(); i++) {
      placed.add(new Placed(doc.template(i), templates.get(i), false));
    }
    for (var site : CallSites.of(doc)) {
      if (site.inline() != null) placed.add(new Placed(site.child("inline"), site.inline(), true));
    }
    return placed;
  }
}
