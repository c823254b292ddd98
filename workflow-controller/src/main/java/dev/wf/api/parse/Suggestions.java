package dev.wf.api.parse;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for a misspelled name: the closest allowed name by edit distance, when it is
 * close enough to be a likely typo.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The allowed name nearest to {@code given}, if it is within a typo's distance. */
  public static Optional<String> closest(String given, Collection<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (var candidate : allowed) {
      int d = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) return Optional.empty();
    int limit = Math.max(1, Math.min(3, Math.max(given.length(), best.length()) / 3));
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /**
   * Edit distance counting inserts, deletes, substitutions and swaps of neighbours (a common typo),
   * each as one edit.
   */
  static int distance(String a, String b) {
    var d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        boolean swapped =
            i > 1
                && j > 1
                && a.charAt(i - 1) == b.charAt(j - 2)
                && a.charAt(i - 2) == b.charAt(j - 1);
        if (swapped) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
