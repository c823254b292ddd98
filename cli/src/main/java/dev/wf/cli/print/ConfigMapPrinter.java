package dev.wf.cli.print;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.wf.api.spec.ConfigMap;

/** How {@code wf configmap} shows ConfigMaps: one described with its data, or a table. */
public final class ConfigMapPrinter {
  private static final String LABEL = "%-20s %s";
  private final Clock clock;

  public ConfigMapPrinter(Clock clock) {
    this.clock = clock;
  }

  /** Name, labels, creation time, then every key and its value. */
  public String describe(ConfigMap configMap) {
    StringBuilder out = new StringBuilder();
    line(out, "Name:", configMap.name());
    if (configMap.metadata().creationTimestamp() != null) {
      line(out, "Created:", HumanTime.timestamp(configMap.metadata().creationTimestamp(), clock));
    }
    if (!configMap.metadata().labels().isEmpty()) {
      line(out, "Labels:", labels(configMap.metadata().labels()));
    }
    out.append("Data:\n");
    configMap
        .data()
        .forEach(
            (key, value) -> out.append("  ").append(key).append(": ").append(value).append('\n'));
    return out.toString();
  }

  /** {@code NAME DATA AGE}, one row per ConfigMap, as kubectl lists them. */
  public String table(List<ConfigMap> configMaps) {
    Table table = new Table(3).row("NAME", "DATA", "AGE");
    for (ConfigMap configMap : configMaps) {
      String age =
          configMap.metadata().creationTimestamp() == null
              ? ""
              : HumanTime.age(
                  HumanTime.between(
                      configMap.metadata().creationTimestamp(), clock.instant(), clock));
      table.row(configMap.name(), String.valueOf(configMap.data().size()), age);
    }
    return table.render();
  }

  private static String labels(Map<String, String> labels) {
    return labels.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(LABEL, label, value == null ? "" : value).stripTrailing())
        .append('\n');
  }
}
