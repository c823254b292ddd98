package dev.wf.cli.print;

import java.io.PrintWriter;

/**
 * A view that is redrawn while something runs: on a terminal every frame replaces the last (the
 * screen is cleared first); elsewhere (a file, a pipe) only the final frame is printed.
 */
public final class LiveView {
  private static final String CLEAR = "\033[H\033[2J";
  private final PrintWriter out;
  private final boolean terminal;

  public LiveView(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public void frame(String text) {
    if (terminal) {
      out.print(CLEAR);
      out.print(text);
      out.flush();
    }
  }

  /** The last frame: drawn over the previous one on a terminal, printed once elsewhere. */
  public void last(String text) {
    if (terminal) {
      out.print(CLEAR);
    }
    out.print(text);
    out.flush();
  }
}
