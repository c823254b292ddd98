package dev.wf.api.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words the "unresolved variable" message: why the name is out of reach, the closest name in scope
 * ("did you mean"), or the names in scope that share the longest prefix with it.
 */
final class VariableSuggestions {
  private static final int MAX_LISTED = 6;

  private VariableSuggestions() {}

  static String unresolved(String name, VariableScope scope) {
    String head = "unresolved variable \"{{" + name + "}}\"";
    Optional<String> blocked = scope.blockedReason(name);
    if (blocked.isPresent()) return head + ": " + blocked.get();
    Optional<String> nearest = nearest(name, scope.names()).filter(n -> sameOwner(name, n, scope));
    if (nearest.isPresent()) return head + " (did you mean " + nearest.get() + "?)";
    List<String> related = related(name, scope.names());
    if (related.isEmpty()) related = owners(name, scope.names());
    if (related.isEmpty()) return head;
    String listed = String.join(", ", related.subList(0, Math.min(MAX_LISTED, related.size())));
    return head + " (in scope: " + listed + (related.size() > MAX_LISTED ? ", ..." : "") + ")";
  }

  /**
   * The name closest in spelling, if it is close enough to be a typo: at most one edit per three
   * characters of the last segment.
   */
  static Optional<String> nearest(String name, Set<String> candidates) {
    int limit = Math.max(1, name.substring(name.lastIndexOf('.') + 1).length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Whether suggesting {@code nearest} keeps the owner (the first two segments, e.g. {@code
   * steps.gen}) of {@code name}, or the owner does not exist at all: suggesting {@code steps.a.x}
   * for {@code steps.b.x} would point at another step.
   */
  private static boolean sameOwner(String name, String nearest, VariableScope scope) {
    String owner = owner(name);
    return owner.equals(owner(nearest))
        || scope.names().stream().noneMatch(n -> n.startsWith(owner + "."));
  }

  private static String owner(String name) {
    int first = name.indexOf('.');
    int second = first < 0 ? -1 : name.indexOf('.', first + 1);
    return second < 0 ? name : name.substring(0, second);
  }

  /**
   * The names that share the most leading segments with {@code name}: at least two, or one when the
   * name has only two ({@code inputs.x} lists {@code inputs.*}).
   */
  private static List<String> related(String name, Set<String> candidates) {
    String[] segments = name.split("\\.");
    for (int n = segments.length - 1; n >= Math.min(2, segments.length - 1) && n >= 1; n--) {
      String prefix = String.join(".", List.of(segments).subList(0, n)) + ".";
      var matching = candidates.stream().filter(c -> c.startsWith(prefix)).toList();
      if (!matching.isEmpty()) return matching;
    }
    return List.of();
  }

  /** Other owners under the same root: {@code steps.a.*, steps.b.*} for {@code steps.x.y}. */
  private static List<String> owners(String name, Set<String> candidates) {
    String root = name.contains(".") ? name.substring(0, name.indexOf('.') + 1) : name + ".";
    return candidates.stream()
        .filter(c -> c.startsWith(root) && !owner(c).equals(c))
        .map(c -> owner(c) + ".*")
        .distinct()
        .toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
