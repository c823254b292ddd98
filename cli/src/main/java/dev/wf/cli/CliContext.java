package dev.wf.cli;

import java.io.Console;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

import dev.wf.cli.client.ServerLauncher;
import dev.wf.cli.client.WfClient;
import dev.wf.store.WfHome;

/**
 * What commands take from their surroundings: where {@code WF_HOME} is, standard input, whether
 * output goes to a terminal, the clock, and how to reach a server. {@link #system()} is the real
 * one; tests build their own around a fake server and a fixed clock.
 *
 * @param colorCapable whether colors are allowed at all ({@code NO_COLOR} unset, {@code TERM} not
 *     {@code dumb}); they are used only on a terminal
 */
public record CliContext(
    Path wfHome,
    InputStream stdin,
    boolean terminal,
    boolean colorCapable,
    Clock clock,
    Connector connector) {

  /**
   * Finds (or starts) the server; {@code notice} hears a line when something worth saying happens.
   */
  @FunctionalInterface
  public interface Connector {
    WfClient connect(Consumer<String> notice);
  }

  /**
   * The process's own context: {@code $WF_HOME} (default {@code ~/.wf}); {@code $WF_SERVER}, when
   * set, names a server to use instead of the local one.
   */
  public static CliContext system() {
    Path wfHome = defaultWfHome();
    String server = System.getenv("WF_SERVER");
    Connector connector =
        server != null && !server.isBlank()
            ? notice -> new WfClient(URI.create(server.strip()))
            : notice -> new ServerLauncher(wfHome).connect(notice);
    return new CliContext(
        wfHome,
        System.in,
        stdoutIsTerminal(),
        System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")),
        Clock.systemDefaultZone(),
        connector);
  }

  static Path defaultWfHome() {
    return WfHome.current();
  }

  /**
   * Whether standard input and output are a terminal. Java 22 and later may return a console for
   * redirected streams and say so through {@code Console.isTerminal()}, which Java 21 lacks.
   */
  private static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
