package dev.wf.api.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names within one list (templates of a spec, steps of a template, parameters of a call, ...): each
 * is required, well formed, and used once.
 */
final class NameRules {
  private NameRules() {}

  /** One named item: the path of its {@code name} field and the name. */
  record Named(String path, String name) {}

  /**
   * Adds a problem for every missing, malformed or repeated name; {@code what} names the items in
   * messages ("template", "step").
   */
  static void check(
      List<Named> items,
      String what,
      Function<String, Optional<String>> validity,
      List<Problem> problems) {
    var seen = new HashSet<String>();
    for (var item : items) {
      if (FieldNames.blank(item.name())) {
        problems.add(new Problem(item.path(), "required"));
        continue;
      }
      var invalid = validity.apply(item.name());
      if (invalid.isPresent()) {
        problems.add(new Problem(item.path(), invalid.get()));
      } else if (!seen.add(item.name())) {
        problems.add(
            new Problem(item.path(), "duplicate " + what + " name \"" + item.name() + "\""));
      }
    }
  }
}
