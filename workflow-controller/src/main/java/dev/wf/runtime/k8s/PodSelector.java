package dev.wf.runtime.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}), matched in memory
 * against a pod's labels. An empty selector matches every pod.
 */
public record PodSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
  /** Matches every pod. */
  public static final PodSelector EVERYTHING = new PodSelector(Map.of(), List.of());

  public PodSelector {
    matchLabels = matchLabels == null ? Map.of() : Map.copyOf(matchLabels);
    matchExpressions = matchExpressions == null ? List.of() : List.copyOf(matchExpressions);
  }

  /** One expression: {@code key} with operator In, NotIn, Exists or DoesNotExist over values. */
  public record Requirement(String key, String operator, List<String> values) {
    public Requirement {
      values = values == null ? List.of() : List.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      return switch (operator) {
        case "In" -> value != null && values.contains(value);
        case "NotIn" -> value == null || !values.contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        default -> throw new IllegalArgumentException(unknownOperator(operator));
      };
    }
  }

  public boolean matches(Map<String, String> labels) {
    Map<String, String> actual = labels == null ? Map.of() : labels;
    return matchLabels.entrySet().stream()
            .allMatch(e -> e.getValue().equals(actual.get(e.getKey())))
        && matchExpressions.stream().allMatch(r -> r.matches(actual));
  }

  /** Reads {@code labelSelector}; a missing node matches everything. */
  static PodSelector of(JsonNode node, String field) {
    if (node == null || node.isMissingNode() || node.isNull()) return EVERYTHING;
    var labels = new java.util.LinkedHashMap<String, String>();
    node.path("matchLabels")
        .properties()
        .forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    var requirements = new ArrayList<Requirement>();
    for (JsonNode expression : node.path("matchExpressions")) {
      var values = new ArrayList<String>();
      expression.path("values").forEach(v -> values.add(v.asText()));
      String operator = expression.path("operator").asText();
      if (!List.of("In", "NotIn", "Exists", "DoesNotExist").contains(operator)) {
        throw new IllegalArgumentException(
            field + ".matchExpressions: " + unknownOperator(operator));
      }
      requirements.add(new Requirement(expression.path("key").asText(), operator, values));
    }
    return new PodSelector(labels, requirements);
  }

  private static String unknownOperator(String operator) {
    return "operator \"" + operator + "\" is not one of In, NotIn, Exists, DoesNotExist";
  }
}
