package dev.wf.cli.print;

import java.util.Locale;
import java.util.Optional;

/** The {@code -o} choices of the listing and resource commands, as argo and kubectl name them. */
public enum OutputFormat {
  DEFAULT,
  NAME,
  JSON,
  YAML,
  WIDE,
  SHORT;

  /** The format named {@code value} (null or empty for the default), if there is one. */
  public static Optional<OutputFormat> named(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of(DEFAULT);
    }
    for (OutputFormat format : values()) {
      if (format != DEFAULT && format.name().equalsIgnoreCase(value)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  public String flag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this format prints whole objects (JSON or YAML) rather than a view. */
  public boolean structured() {
    return this == JSON || this == YAML;
  }
}
