package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;

class LogsCommandTest extends CommandTestBase {
  private static final String LINES =
      """
      {"nodeId":"w-1","step":"hello","content":"hello world"}
      {"nodeId":"w-2","step":"bye","content":"bye world"}
      """;

  @Test
  void prefixesEachLineWithItsStep() {
    server.on("GET", "/api/v1/workflows/w/log", 200, LINES);

    CliRun run = wf("logs", "w");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("hello: hello world\nbye: bye world\n");
    assertThat(server.requests().get(0).query()).isEqualTo("follow=false");
  }

  @Test
  void followAndStepAreSentToTheServer() {
    server.on("GET", "/api/v1/workflows/@latest/log", 200, LINES);

    wf("logs", "@latest", "hello", "-f");

    assertThat(server.requests().get(0).query()).isEqualTo("follow=true&step=hello");
  }
}
