package dev.wf.api.parse;

import java.util.regex.Pattern;

/**
 * Field paths inside a document, as errors show them: {@code
 * spec.templates[0].dag.tasks[2].depends}. A key that is not a plain word is quoted in brackets:
 * {@code metadata.labels["workflows.argoproj.io/test"]}. The root is the empty path.
 */
public final class FieldPath {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]+");

  private FieldPath() {}

  /** The path of field {@code name} inside the object at {@code parent}. */
  public static String child(String parent, String name) {
    if (PLAIN.matcher(name).matches()) {
      return parent.isEmpty() ? name : parent + "." + name;
    }
    return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** The path of item {@code index} of the list at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The path one step up, or the empty path for a top-level field (and for the root). */
  public static String parent(String path) {
    int lastStart = 0;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        lastStart = i;
        i = closingBracket(path, i) + 1;
      } else if (c == '.') {
        lastStart = i;
        i++;
      } else {
        i++;
      }
    }
    return path.substring(0, lastStart);
  }

  private static int closingBracket(String path, int open) {
    boolean quoted = open + 1 < path.length() && path.charAt(open + 1) == '"';
    int i = open + 1 + (quoted ? 1 : 0);
    while (i < path.length()) {
      char c = path.charAt(i);
      if (quoted && c == '\\') {
        i += 2;
      } else if (quoted && c == '"') {
        return Math.min(i + 1, path.length() - 1);
      } else if (!quoted && c == ']') {
        return i;
      } else {
        i++;
      }
    }
    return path.length() - 1;
  }
}
