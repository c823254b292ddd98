package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;
import dev.wf.cli.FakeServer.Response;
import dev.wf.cli.client.ServerLauncher;

class ServerStopCommandTest extends CommandTestBase {
  private Process serverProcess;

  @AfterEach
  void endProcess() {
    if (serverProcess != null) {
      serverProcess.destroyForcibly();
    }
  }

  @Test
  void saysSoWhenNoServerRuns() {
    CliRun run = wf("server", "stop");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("No wf server is running\n");
  }

  @Test
  void asksTheServerToShutDownAndWaitsUntilItsProcessIsGone() throws Exception {
    serverProcess = new ProcessBuilder("sleep", "60").start();
    writeServerFile(server.uri().toString());
    server.on(
        "POST",
        "/api/v1/shutdown",
        request -> {
          serverProcess.destroy();
          return Response.json(200, "{}");
        });

    CliRun run = wf("server", "stop");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("Stopped the wf server (pid " + serverProcess.pid() + ")\n");
    assertThat(serverProcess.isAlive()).isFalse();
  }

  @Test
  void endsTheProcessWhenTheServerDoesNotAnswer() throws Exception {
    serverProcess = new ProcessBuilder("sleep", "60").start();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    writeServerFile("http://127.0.0.1:" + closedPort);

    CliRun run = wf("server", "stop");

    assertThat(run.exitCode()).isZero();
    assertThat(serverProcess.isAlive()).isFalse();
  }

  private void writeServerFile(String url) throws Exception {
    Files.writeString(
        wfHome.resolve(ServerLauncher.SERVER_FILE),
        "{\"url\":\"" + url + "\",\"pid\":" + serverProcess.pid() + "}");
  }
}
