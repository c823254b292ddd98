package dev.wf.api.validate;

import java.util.Collection;
import java.util.List;

import dev.wf.api.parse.Suggestions;
import dev.wf.api.spec.WorkflowTemplate;

/** How messages list the names that do exist: {@code (known: a, b)}, shortened when long. */
final class Known {
  private static final int SHOWN = 12;

  private Known() {}

  /**
   * As {@link #names(Collection)}, followed by {@code ; did you mean "x"?} when one of them is
   * close to {@code given}.
   */
  static String names(String given, Collection<String> names) {
    return names("known", given, names);
  }

  /** As {@link #names(String, Collection)}, with another label: {@code (declared: a, b)}. */
  static String names(String label, String given, Collection<String> names) {
    var list = names(names).replaceFirst("^\\(known: ", "(" + label + ": ");
    return Suggestions.closest(given, names.stream().filter(n -> n != null).toList())
        .filter(n -> !n.equals(given))
        .map(n -> list + "; did you mean \"" + n + "\"?")
        .orElse(list);
  }

  static String names(Collection<String> names) {
    var present = names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
    if (present.isEmpty()) return "(none defined)";
    if (present.size() <= SHOWN) return "(known: " + String.join(", ", present) + ")";
    List<String> head = present.subList(0, SHOWN);
    return "(known: " + String.join(", ", head) + ", and " + (present.size() - SHOWN) + " more)";
  }

  /**
   * The message for a (Cluster)WorkflowTemplate that is not stored: {@code unknown WorkflowTemplate
   * "x"}, followed by the stored ones when the lookup can list them.
   */
  static String storedTemplate(TemplateLookup lookup, boolean cluster, String name) {
    var kind = cluster ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
    var known = lookup.names(cluster);
    return "unknown "
        + kind
        + " \""
        + name
        + "\""
        + (known.isEmpty() ? "" : " " + names(name, known));
  }
}
