package dev.wf.api.validate;

import java.util.Collection;
import java.util.List;

/** How messages list the names that do exist: {@code (known: a, b)}, shortened when long. */
final class Known {
  private static final int SHOWN = 12;

  private Known() {}

  static String names(Collection<String> names) {
    var present = names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
    if (present.isEmpty()) return "(none defined)";
    if (present.size() <= SHOWN) return "(known: " + String.join(", ", present) + ")";
    List<String> head = present.subList(0, SHOWN);
    return "(known: " + String.join(", ", head) + ", and " + (present.size() - SHOWN) + " more)";
  }
}
