package dev.wf.cli.command;

import dev.wf.server.LocalServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wf server}: runs the local server (API and web UI on 127.0.0.1) in the foreground until it
 * is stopped. The CLI starts the same command with {@code --background} when it needs a server.
 */
@Command(
    name = "server",
    description = "Run the wf server in the foreground (API and web UI on 127.0.0.1).",
    subcommands = ServerStopCommand.class)
final class ServerCommand extends CliCommand {
  @Option(names = "--port", paramLabel = "PORT", description = "Listen on this port.")
  Integer port;

  @Option(names = "--background", hidden = true, description = "Started by the CLI, detached.")
  boolean background;

  @Override
  protected int execute() throws Exception {
    LocalServer.run(context().wfHome(), port, background);
    return OK;
  }
}
