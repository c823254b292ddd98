package dev.wf.cli.command;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.cli.CliRun;
import dev.wf.cli.FakeServer;
import dev.wf.cli.Fixtures;

/** A fake wf server per test, and a way to run {@code wf} against it. */
abstract class CommandTestBase {
  @TempDir Path wfHome;
  FakeServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = FakeServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  CliRun wf(String... args) {
    return wfWithInput("", args);
  }

  CliRun wfWithInput(String stdin, String... args) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return CliRun.execute(server.context(wfHome, Fixtures.CLOCK, in), args);
  }
}
