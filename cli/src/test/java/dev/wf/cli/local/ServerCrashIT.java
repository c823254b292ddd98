package dev.wf.cli.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.cli.ScratchDirectory;
import dev.wf.cli.client.WfClient;
import dev.wf.server.WorkflowService.SubmitRequest;

/**
 * A {@code wf server} killed (SIGKILL) while a step runs, then started again on the same {@code
 * WF_HOME}: the new server picks up the workflow where the old one left it. Steps are real
 * processes that outlive the server; the test talks to them through files in its directory.
 */
class ServerCrashIT {
  private static final Path WORKFLOW = Path.of("src/test/resources/local/resume.yaml");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String WAITING_STEP = "wait-for-go";

  private ScratchDirectory scratch;
  private Path wfHome;
  private Path shared;
  private final List<ServerProcess> servers = new ArrayList<>();

  @BeforeEach
  void createDirectories() throws IOException {
    scratch = ScratchDirectory.create("server-crash");
    wfHome = scratch.resolve("home");
    shared = Files.createDirectory(scratch.resolve("shared"));
  }

  @AfterEach
  void stopEverything() {
    for (ServerProcess server : servers) server.close();
    StepProcess.killAll(wfHome);
    scratch.close();
  }

  @Test
  void resumesWithoutRerunningStepsWhenTheStepEndedWhileTheServerWasDown() throws Exception {
    ServerProcess first = startServer();
    String name = submit(first.client());
    StepProcess waiting = awaitWaitingStep(first.client(), name);

    first.kill();
    assertThat(waiting.running()).as("step process survives the server").isTrue();
    Files.createFile(shared.resolve("go"));
    ServerProcess second = startServer();
    Workflow done = awaitCompleted(second.client(), name);

    assertSucceededWithOneMarkAndTheAnswer(second.client(), done);
  }

  @Test
  void resumesWithoutRerunningStepsWhenTheStepEndsAfterTheRestart() throws Exception {
    ServerProcess first = startServer();
    String name = submit(first.client());
    StepProcess waiting = awaitWaitingStep(first.client(), name);

    first.kill();
    ServerProcess second = startServer();
    assertThat(waiting.running()).as("step process survives the server").isTrue();
    Files.createFile(shared.resolve("go"));
    Workflow done = awaitCompleted(second.client(), name);

    assertSucceededWithOneMarkAndTheAnswer(second.client(), done);
  }

  private void assertSucceededWithOneMarkAndTheAnswer(WfClient client, Workflow done)
      throws IOException {
    assertThat(done.status().phase())
        .as(done.status().message())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(Files.readAllLines(shared.resolve("marker"))).containsExactly("ran");
    assertThat(logs(client, done.name(), "echo")).containsExactly("forty-two");
  }

  @Test
  void stepThatDisappearedWhileServerWasDownErrorsAndFailsTheWorkflow() throws Exception {
    ServerProcess first = startServer();
    String name = submit(first.client());
    StepProcess waiting = awaitWaitingStep(first.client(), name);

    first.kill();
    waiting.killTree();
    await("step process to end").atMost(TIMEOUT).until(() -> !waiting.running());
    Workflow done = awaitCompleted(startServer().client(), name);

    NodeStatus step = node(done, WAITING_STEP).orElseThrow();
    assertThat(step.phase()).isEqualTo(NodePhase.ERROR);
    assertThat(step.message()).contains("disappeared");
    assertThat(node(done, "echo")).isEmpty();
    assertThat(done.status().phase()).as(done.status().message()).isEqualTo(WorkflowPhase.FAILED);
  }

  private ServerProcess startServer() throws IOException {
    ServerProcess server = ServerProcess.start(wfHome);
    servers.add(server);
    return server;
  }

  private String submit(WfClient client) throws IOException {
    var request =
        new SubmitRequest(
            WORKFLOW.toString(),
            Files.readString(WORKFLOW),
            null,
            Map.of("dir", shared.toString()),
            null,
            null,
            null,
            false);
    var outcome = client.submit(request);
    assertThat(outcome.errors()).isEmpty();
    return outcome.workflow().name();
  }

  /** Waits until the step that waits for the go file runs and its process is recorded. */
  private StepProcess awaitWaitingStep(WfClient client, String name) {
    return await("step " + WAITING_STEP + " to run")
        .atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                node(client.get(name).workflow(), WAITING_STEP)
                    .filter(n -> n.phase() == NodePhase.RUNNING)
                    .flatMap(n -> StepProcess.of(wfHome, name, n.id()))
                    .orElse(null),
            p -> p != null);
  }

  private static Workflow awaitCompleted(WfClient client, String name) {
    return await("workflow " + name + " to end")
        .atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> client.get(name).workflow(),
            wf ->
                wf.status() != null
                    && wf.status().phase() != null
                    && wf.status().phase().completed());
  }

  private static Optional<NodeStatus> node(Workflow workflow, String displayName) {
    if (workflow.status() == null) return Optional.empty();
    return workflow.status().nodes().values().stream()
        .filter(n -> displayName.equals(n.displayName()))
        .findFirst();
  }

  private static List<String> logs(WfClient client, String name, String step) {
    var lines = new ArrayList<String>();
    client.logs(name, step, false, line -> lines.add(line.content()));
    return lines;
  }
}
