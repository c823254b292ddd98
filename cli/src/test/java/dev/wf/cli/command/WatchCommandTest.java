package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;
import dev.wf.cli.FakeServer.Response;
import dev.wf.cli.Fixtures;

class WatchCommandTest extends CommandTestBase {
  @Test
  void printsTheFinalViewOnceAndExitsOneWhenTheWorkflowFailed() {
    server.on(
        "GET",
        "/api/v1/workflows/@latest",
        request -> new Response(200, Fixtures.json("steps-failed"), Map.of("X-Wf-Version", "9")));

    CliRun run = wf("watch", "@latest");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .containsOnlyOnce("Name:                fail-abc\n")
        .contains(" └─┬─✖ fail ")
        .doesNotContain("\033[");
  }
}
