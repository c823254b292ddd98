package dev.wf.cli.local;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.wf.cli.client.ServerInfo;
import dev.wf.cli.client.ServerLauncher;
import dev.wf.cli.client.WfClient;

/**
 * A real {@code wf server} in its own JVM (this JVM's java and class path), on a free port, for one
 * {@code WF_HOME}; it can be killed like a crashed server.
 */
final class ServerProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final WfClient client;

  private ServerProcess(Process process, WfClient client) {
    this.process = process;
    this.client = client;
  }

  /** Starts a server and waits until its {@code server.json} names it and it answers. */
  static ServerProcess start(Path wfHome) throws IOException {
    Files.createDirectories(wfHome);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.wf.cli.Main",
            "server",
            "--port",
            "0");
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(wfHome.resolve("test-server.log").toFile()));
    builder.environment().put("WF_HOME", wfHome.toString());
    builder.environment().remove("WF_SERVER");
    Process process = builder.start();
    process.getOutputStream().close();
    var launcher = new ServerLauncher(wfHome);
    ServerInfo info =
        await("wf server for " + wfHome + " to answer")
            .atMost(START_TIMEOUT)
            .pollInterval(Duration.ofMillis(50))
            .failFast("the wf server exited", () -> !process.isAlive())
            .until(
                () -> launcher.running().filter(i -> i.pid() == process.pid()).orElse(null),
                i -> i != null);
    return new ServerProcess(process, new WfClient(URI.create(info.url())));
  }

  WfClient client() {
    return client;
  }

  long pid() {
    return process.pid();
  }

  /** Kills the server's JVM at once (SIGKILL), as a crash would; its steps keep running. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    if (!process.isAlive()) return;
    try {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
