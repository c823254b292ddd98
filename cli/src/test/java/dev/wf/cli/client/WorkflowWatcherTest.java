package dev.wf.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.cli.FakeServer;
import dev.wf.cli.FakeServer.Response;
import dev.wf.cli.Fixtures;

class WorkflowWatcherTest {
  private FakeServer server;

  @BeforeEach
  void start() throws Exception {
    server = FakeServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void reportsEachVersionUntilTheWorkflowCompletes() {
    server.on("GET", "/api/v1/workflows/@latest", versioned("dag-running", "1"));
    server.on("GET", "/api/v1/workflows/dag-xyz", versioned("dag-running", "2"));
    server.on("GET", "/api/v1/workflows/dag-xyz", versioned("steps-failed", "3"));
    List<WorkflowPhase> seen = new ArrayList<>();

    Workflow last =
        new WorkflowWatcher(server.client(), Duration.ofSeconds(5))
            .untilCompleted("@latest", w -> seen.add(w.status().phase()));

    assertThat(seen)
        .containsExactly(WorkflowPhase.RUNNING, WorkflowPhase.RUNNING, WorkflowPhase.FAILED);
    assertThat(last.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void pollsByTheResolvedNameWithTheLastVersionSeen() {
    server.on("GET", "/api/v1/workflows/@latest", versioned("dag-running", "1"));
    server.on("GET", "/api/v1/workflows/dag-xyz", versioned("steps-parallel", "2"));

    new WorkflowWatcher(server.client(), Duration.ofSeconds(5)).untilCompleted("@latest", w -> {});

    assertThat(server.requests("GET", "/api/v1/workflows/dag-xyz"))
        .extracting(FakeServer.Request::query)
        .containsExactly("watch=1&timeout=5");
  }

  private static Function<FakeServer.Request, Response> versioned(String fixture, String version) {
    return request -> new Response(200, Fixtures.json(fixture), Map.of("X-Wf-Version", version));
  }
}
