package dev.wf.api.validate;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Argo's rules for names inside a spec: templates, steps, tasks and containers use letters, digits
 * and '-', start with a letter or digit, at most 128 characters; parameters and artifacts use
 * letters, digits, '_' and '-'. A {@code {{...}}} placeholder counts as valid text.
 */
final class FieldNames {
  private static final int MAX_LENGTH = 128;
  private static final Pattern FIELD = Pattern.compile("[a-zA-Z0-9][-a-zA-Z0-9]*");
  private static final Pattern PARAMETER = Pattern.compile("[-a-zA-Z0-9_]+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  private FieldNames() {}

  /** Why {@code name} is not a valid template, step, task or container name, if it is not. */
  static Optional<String> invalidField(String name) {
    var plain = PLACEHOLDER.matcher(name).replaceAll("x");
    if (plain.length() > MAX_LENGTH) {
      return Optional.of("invalid name \"" + name + "\": at most " + MAX_LENGTH + " characters");
    }
    if (!FIELD.matcher(plain).matches()) {
      return Optional.of(
          "invalid name \""
              + name
              + "\": use letters, digits and '-', starting with a letter or digit");
    }
    return Optional.empty();
  }

  /** Why {@code name} is not a valid parameter or artifact name, if it is not. */
  static Optional<String> invalidParameter(String name) {
    var plain = PLACEHOLDER.matcher(name).replaceAll("x");
    if (!PARAMETER.matcher(plain).matches()) {
      return Optional.of("invalid name \"" + name + "\": use letters, digits, '_' and '-'");
    }
    return Optional.empty();
  }

  /** True when {@code text} holds a {@code {{...}}} placeholder, resolved only at run time. */
  static boolean dynamic(String text) {
    return text != null && text.contains("{{");
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
