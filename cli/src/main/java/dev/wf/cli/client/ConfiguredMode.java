package dev.wf.cli.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether {@code $WF_HOME/config.yaml} says {@code mode: kubernetes}, so that every command works
 * against the cluster of the kubeconfig without {@code --kube}. Only that one top-level line is
 * read (a plain scan, no YAML parser), to keep the command line's start fast.
 */
public final class ConfiguredMode {
  private static final Pattern MODE =
      Pattern.compile("^mode:\\s*[\"']?([^\"'#\\s]*)[\"']?\\s*(#.*)?$", Pattern.MULTILINE);

  private ConfiguredMode() {}

  /**
   * True for {@code mode: kubernetes}, false for {@code mode: local} or no mode.
   *
   * @throws IllegalArgumentException for any other mode, naming the file and the value
   */
  public static boolean kubernetes(Path wfHome) {
    Path file = wfHome.resolve("config.yaml");
    if (!Files.isRegularFile(file)) return false;
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher match = MODE.matcher(text);
    if (!match.find()) return false;
    return switch (match.group(1)) {
      case "kubernetes" -> true;
      case "local", "" -> false;
      default ->
          throw new IllegalArgumentException(
              file + ": mode: expected local or kubernetes, found \"" + match.group(1) + "\"");
    };
  }
}
