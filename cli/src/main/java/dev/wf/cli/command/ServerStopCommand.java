package dev.wf.cli.command;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.wf.cli.client.ApiException;
import dev.wf.cli.client.ServerInfo;
import dev.wf.cli.client.ServerLauncher;
import dev.wf.cli.client.WfClient;
import picocli.CommandLine.Command;

/**
 * {@code wf server stop}: asks the local server to shut down (or ends its process when it does not
 * answer) and waits until it is gone.
 */
@Command(name = "stop", description = "Stop the local wf server.")
final class ServerStopCommand extends CliCommand {
  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);

  @Override
  protected int execute() throws InterruptedException {
    Optional<ServerInfo> server = new ServerLauncher(context().wfHome()).serverFile();
    if (server.isEmpty()) {
      out().println("No wf server is running");
      return OK;
    }
    ServerInfo info = server.get();
    Optional<ProcessHandle> process = ProcessHandle.of(info.pid());
    try {
      new WfClient(URI.create(info.url())).shutdown();
    } catch (ApiException e) {
      process.ifPresent(ProcessHandle::destroy);
    }
    if (process.isPresent() && !exited(process.get(), GRACE)) {
      process.get().destroyForcibly();
      if (!exited(process.get(), KILL_WAIT)) {
        err().println("wf: the wf server (pid " + info.pid() + ") does not stop");
        return FAILED;
      }
    }
    out().println("Stopped the wf server (pid " + info.pid() + ")");
    return OK;
  }

  private static boolean exited(ProcessHandle process, Duration wait) throws InterruptedException {
    try {
      process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    }
  }
}
