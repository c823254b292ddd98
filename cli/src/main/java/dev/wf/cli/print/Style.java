package dev.wf.cli.print;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;

/**
 * How output looks where it goes: ANSI colors or plain text, Unicode symbols or ASCII words (as
 * Argo's {@code --no-color} and {@code --no-utf8} choose).
 */
public record Style(boolean color, boolean utf8) {
  public static final int RED = 31;
  public static final int GREEN = 32;
  public static final int YELLOW = 33;
  public static final int BLUE = 34;
  public static final int MAGENTA = 35;
  public static final int CYAN = 36;
  public static final int WHITE = 37;
  public static final int DEFAULT = 39;
  private static final int[] NAME_COLORS = {GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE};

  /** Plain ASCII, no colors: for files, pipes and tests. */
  public static final Style PLAIN = new Style(false, false);

  public String paint(String text, int code) {
    return color ? "\033[" + code + "m" + text + "\033[0m" : text;
  }

  /** The node's phase symbol, e.g. a green ✔; ǁ for a suspend node that is waiting. */
  public String icon(NodeStatus node) {
    if (node.type() == NodeType.SUSPEND && node.phase() == NodePhase.RUNNING) {
      return paint(utf8 ? "ǁ" : "Suspend", CYAN);
    }
    NodePhase phase = node.phase() == null ? NodePhase.PENDING : node.phase();
    return switch (phase) {
      case PENDING -> paint(utf8 ? "◷" : "Pending", YELLOW);
      case RUNNING -> paint(utf8 ? "●" : "Running", CYAN);
      case SUCCEEDED -> paint(utf8 ? "✔" : "Succeeded", GREEN);
      case SKIPPED -> paint(utf8 ? "○" : "Skipped", DEFAULT);
      case OMITTED -> paint(utf8 ? "○" : "Omitted", DEFAULT);
      case FAILED -> paint(utf8 ? "✖" : "Failed", RED);
      case ERROR -> paint(utf8 ? "⚠" : "Error", RED);
    };
  }

  /** A stable color per name, so that each step's log lines keep their color. */
  public String paintByName(String name) {
    int sum = name.chars().sum();
    return paint(name, NAME_COLORS[sum % NAME_COLORS.length]);
  }
}
