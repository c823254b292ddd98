package dev.wf.api.validate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variable names a {@code {{...}}} reference may use at one place of a workflow: exact names,
 * open prefixes ({@code item.} after {@code withParam}, whose fields are unknown before the run),
 * and blocked prefixes that exist but are not reachable here, with the reason why (a step of a
 * later group, a task that is not a dependency).
 */
final class VariableScope {
  private final Set<String> names = new TreeSet<>();
  private final Set<String> prefixes = new TreeSet<>();
  private final Map<String, String> blocked = new LinkedHashMap<>();

  /** A copy to extend for a narrower place (a template, a step). */
  VariableScope copy() {
    var copy = new VariableScope();
    copy.names.addAll(names);
    copy.prefixes.addAll(prefixes);
    copy.blocked.putAll(blocked);
    return copy;
  }

  VariableScope add(String name) {
    names.add(name);
    return this;
  }

  VariableScope addAll(Collection<String> more) {
    names.addAll(more);
    return this;
  }

  /** Every name starting with {@code prefix} resolves. */
  VariableScope addPrefix(String prefix) {
    prefixes.add(prefix);
    return this;
  }

  /**
   * Names starting with {@code prefix} exist but cannot be used here, because of {@code why}. A
   * prefix ending in a dot also covers the name without it ({@code item.} covers {@code item}).
   */
  VariableScope block(String prefix, String why) {
    blocked.put(prefix, why);
    return this;
  }

  boolean resolves(String name) {
    return names.contains(name) || prefixes.stream().anyMatch(name::startsWith);
  }

  /** Why {@code name} is out of reach here, when it names something that exists elsewhere. */
  Optional<String> blockedReason(String name) {
    return blocked.entrySet().stream()
        .filter(e -> covers(e.getKey(), name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static boolean covers(String prefix, String name) {
    return name.startsWith(prefix)
        || (prefix.endsWith(".") && name.equals(prefix.substring(0, prefix.length() - 1)));
  }

  /** The exact names, sorted. */
  Set<String> names() {
    return names;
  }
}
