package dev.wf.runtime.local;

import java.util.List;

/**
 * How local steps are kept apart from each other. With mount namespaces (Linux, {@code unshare}),
 * each step gets its own {@code /tmp} and its own copy of the directories it declares; without
 * them, steps share the host's file system. {@link #detect()} tries what works here once per JVM.
 *
 * @param description one line for the server's log
 * @param launcher the argv prefix that starts a step's wrapper ({@code unshare ...}, {@code setsid}
 *     or nothing)
 * @param privateMounts whether the wrapper runs in its own mount namespace
 */
public record Isolation(String description, List<String> launcher, boolean privateMounts) {
  public Isolation {
    launcher = List.copyOf(launcher);
  }

  /** The best isolation this machine offers, probed once and logged in one line. */
  public static Isolation detect() {
    return IsolationProbe.detected();
  }

  /** No isolation: each step runs in its own session but sees the host's files. */
  public static Isolation none() {
    List<String> setsid =
        SearchPath.host().find("setsid").map(p -> List.of(p.toString())).orElse(List.of());
    return new Isolation("none (steps share the host's /tmp)", setsid, false);
  }
}
