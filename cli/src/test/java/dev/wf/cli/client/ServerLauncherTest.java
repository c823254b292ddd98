package dev.wf.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.ModelJson;
import dev.wf.cli.FakeServer;
import dev.wf.cli.FakeServer.Response;

class ServerLauncherTest {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
  private static final Supplier<List<String>> MUST_NOT_START =
      () -> {
        throw new AssertionError("no server should be started");
      };

  @TempDir Path wfHome;
  private FakeServer server;
  private final List<String> notices = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = FakeServer.start();
    // Like a real server, answer with the pid written in server.json.
    server.on(
        "GET",
        "/api/v1/version",
        request -> Response.json(200, "{\"version\":\"0.1.0\",\"pid\":" + filePid() + "}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void usesTheLiveServerNamedInServerFile() throws Exception {
    writeServerFile(ProcessHandle.current().pid());
    ServerLauncher launcher = new ServerLauncher(wfHome, MUST_NOT_START, START_TIMEOUT);

    WfClient client = launcher.connect(notices::add);

    assertThat(client.base()).isEqualTo(server.uri());
    assertThat(notices).isEmpty();
  }

  @Test
  void startsServerWhenServerFileNamesADeadProcess() throws Exception {
    writeServerFile(deadPid());
    String script =
        "printf '{\"url\":\"%s\",\"pid\":%s}' '"
            + server.uri()
            + "' $$ > server.json; exec sleep 60";
    ServerLauncher launcher =
        new ServerLauncher(wfHome, () -> List.of("sh", "-c", script), START_TIMEOUT);

    WfClient client = launcher.connect(notices::add);
    try {
      assertThat(client.base()).isEqualTo(server.uri());
      assertThat(notices).singleElement().asString().startsWith("started a local wf server at");
      assertThat(wfHome.resolve(ServerLauncher.LOG_FILE)).exists();
    } finally {
      ProcessHandle.of(filePid()).ifPresent(ProcessHandle::destroy);
    }
  }

  @Test
  void failsWithTheEndOfTheLogWhenTheServerExitsAtOnce() {
    ServerLauncher launcher =
        new ServerLauncher(
            wfHome,
            () -> List.of("sh", "-c", "echo 'cannot bind 127.0.0.1:2746'; exit 3"),
            START_TIMEOUT);

    assertThatThrownBy(() -> launcher.connect(notices::add))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("exit code 3")
        .hasMessageContaining("cannot bind 127.0.0.1:2746");
  }

  @Test
  void serverFileOfADeadProcessCountsAsNoServer() throws Exception {
    writeServerFile(deadPid());

    assertThat(new ServerLauncher(wfHome, MUST_NOT_START, START_TIMEOUT).serverFile()).isEmpty();
  }

  @Test
  void serverDropsTheClientsStartUpOptions() {
    assertThat(
            ServerLauncher.serverOptions(
                List.of(
                    "-XX:TieredStopAtLevel=1",
                    "-Xmx512m",
                    "-XX:+AutoCreateSharedArchive",
                    "-XX:SharedArchiveFile=/x/wf.jsa",
                    "-Dwf.debug=true")))
        .containsExactly("-Xmx512m", "-Dwf.debug=true");
  }

  @Test
  void classpathEntriesBecomeAbsolute() {
    String classpath = ServerLauncher.absoluteClasspath("cli/target/wf.jar");

    assertThat(classpath).isEqualTo(Path.of("cli/target/wf.jar").toAbsolutePath().toString());
  }

  private void writeServerFile(long pid) throws IOException {
    Files.writeString(
        wfHome.resolve(ServerLauncher.SERVER_FILE),
        "{\"url\":\"" + server.uri() + "\",\"pid\":" + pid + ",\"startedAt\":\"now\"}");
  }

  private long filePid() {
    try {
      return ModelJson.mapper()
          .readTree(wfHome.resolve(ServerLauncher.SERVER_FILE).toFile())
          .get("pid")
          .asLong();
    } catch (IOException e) {
      return -1;
    }
  }

  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }
}
