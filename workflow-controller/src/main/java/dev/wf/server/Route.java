package dev.wf.server;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method and a path pattern such as {@code /api/v1/workflows/{name}/log}, where {@code {name}}
 * matches one path segment, and the handler that serves it.
 */
record Route(String method, List<String> pattern, ApiHandler handler) {
  Route {
    pattern = List.copyOf(pattern);
  }

  static Route of(String method, String pattern, ApiHandler handler) {
    return new Route(method, segments(pattern), handler);
  }

  /** The non-empty segments of a path, still URL-encoded. */
  static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  /** The decoded path parameters if {@code path} (decoded segments) fits the pattern. */
  Optional<Map<String, String>> match(List<String> path) {
    if (path.size() != pattern.size()) return Optional.empty();
    Map<String, String> parameters = new HashMap<>();
    for (int i = 0; i < path.size(); i++) {
      String expected = pattern.get(i);
      if (expected.startsWith("{") && expected.endsWith("}")) {
        parameters.put(expected.substring(1, expected.length() - 1), path.get(i));
      } else if (!expected.equals(path.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }
}
