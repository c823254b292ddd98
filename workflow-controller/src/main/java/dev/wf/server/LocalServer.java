package dev.wf.server;

import java.nio.file.Path;

/**
 * The composition root of the local server, called by {@code wf server}.
 *
 * <p>TODO(#2): lead replaces this temporary stub with the real server.
 */
public final class LocalServer {
  private LocalServer() {}

  /**
   * Runs the server for {@code wfHome} until it is shut down: writes {@code wfHome/server.json},
   * listens on 127.0.0.1 ({@code port}, or the default when null).
   *
   * @param background started detached by the CLI rather than by a user in a terminal
   */
  public static void run(Path wfHome, Integer port, boolean background) {
    throw new UnsupportedOperationException("TODO(#2): lead replaces");
  }
}
