package dev.wf.artifacts;

/**
 * Keys are relative, slash-separated paths with no empty, {@code .} or {@code ..} segments, so a
 * key names the same object in every repository and never escapes a directory repository's root.
 */
public final class ArtifactKeys {
  private ArtifactKeys() {}

  /** Returns {@code key} when it is valid, or throws with what is wrong with it. */
  public static String check(String key) throws ArtifactException {
    if (key == null || key.isBlank())
      throw new ArtifactException(ArtifactException.Kind.FAILED, "artifact key is empty");
    if (key.startsWith("/") || key.endsWith("/"))
      throw invalid(key, "must not start or end with \"/\"");
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals(".."))
        throw invalid(key, "has an empty, \".\" or \"..\" segment");
    }
    if (key.indexOf('\0') >= 0 || key.indexOf('\\') >= 0)
      throw invalid(key, "contains a NUL or a backslash");
    return key;
  }

  private static ArtifactException invalid(String key, String why) {
    return new ArtifactException(
        ArtifactException.Kind.FAILED, "artifact key \"" + key + "\" " + why);
  }
}
