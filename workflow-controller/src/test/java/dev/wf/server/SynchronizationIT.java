package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static dev.wf.server.LocalHarness.outputParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.MemoizationStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.memo.MemoEntry;
import dev.wf.runtime.local.StepVisible;

/**
 * Mutexes, semaphores and memoization through the engine, the store and real step processes: steps
 * write start and end markers to a shared file, so the file shows whether they overlapped.
 */
class SynchronizationIT {
  private static final Path FIXTURES = Path.of("src/test/resources/workflows/local");

  @TempDir Path wfHome;

  private Path shared;
  private LocalHarness harness;

  @BeforeEach
  void start() throws IOException {
    shared = StepVisible.newDirectory("sync");
    harness = LocalHarness.start(wfHome);
  }

  @AfterEach
  void stop() throws IOException {
    harness.close();
    try (Stream<Path> files = Files.list(shared)) {
      for (Path file : files.toList()) Files.delete(file);
    }
    Files.delete(shared);
  }

  private List<String> submit(String fixture, int count) throws IOException {
    Path file = FIXTURES.resolve(fixture);
    String yaml = Files.readString(file);
    var names = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      names.add(harness.submit(file.toString(), yaml, Map.of("dir", shared.toString())).name());
    }
    return names;
  }

  private List<Workflow> runAtOnce(String fixture, int count) throws IOException {
    return submit(fixture, count).stream().map(harness::awaitCompletion).toList();
  }

  /** The most steps that were between their start and end markers at the same time. */
  private int mostAtOnce() throws IOException {
    int open = 0;
    int most = 0;
    for (String line : Files.readAllLines(shared.resolve("markers"))) {
      open += line.startsWith("start ") ? 1 : -1;
      most = Math.max(most, open);
    }
    return most;
  }

  @Test
  void twoWorkflowsSharingAMutexNeverOverlap() throws IOException {
    List<Workflow> done = runAtOnce("mutex-markers.yaml", 2);

    assertThat(done)
        .allSatisfy(wf -> assertThat(wf.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED));
    List<String> markers = Files.readAllLines(shared.resolve("markers"));
    assertThat(markers).hasSize(4);
    assertThat(markers.get(1)).isEqualTo(markers.get(0).replace("start", "end"));
    assertThat(markers.get(3)).isEqualTo(markers.get(2).replace("start", "end"));
  }

  @Test
  void aSemaphoreOfLimitTwoLetsTwoOfThreeWorkflowsInAndTheThirdWait() throws IOException {
    harness.service().configMaps().create(ConfigMap.of("sync-limits", Map.of("markers", "2")));
    List<String> names = submit("semaphore-markers.yaml", 3);

    await("two steps to start")
        .atMost(LocalHarness.TIMEOUT)
        .until(() -> starts() == 2 && waiting(names).size() == 1);
    Workflow third = waiting(names).get(0);
    Files.createFile(shared.resolve("go"));
    List<Workflow> done = names.stream().map(harness::awaitCompletion).toList();

    assertThat(node(third, "mark").message())
        .isEqualTo("Waiting for default/ConfigMap/sync-limits/markers lock. Lock status: 0/2");
    assertThat(done)
        .allSatisfy(wf -> assertThat(wf.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED));
    assertThat(mostAtOnce()).isEqualTo(2);
  }

  private int starts() throws IOException {
    Path markers = shared.resolve("markers");
    if (!Files.exists(markers)) return 0;
    return (int) Files.readAllLines(markers).stream().filter(l -> l.startsWith("start")).count();
  }

  /** The workflows whose step waits Pending for a lock. */
  private List<Workflow> waiting(List<String> names) {
    return names.stream()
        .map(name -> harness.service().get(name).orElseThrow())
        .filter(
            wf ->
                wf.status() != null
                    && wf.status().nodes().values().stream()
                        .anyMatch(n -> n.synchronizationStatus() != null))
        .toList();
  }

  @Test
  void aMemoizedStepIsNotRunAgainByASecondWorkflowWithTheSameKey() throws IOException {
    Workflow first = runAtOnce("memoized-answer.yaml", 1).get(0);
    Workflow second = runAtOnce("memoized-answer.yaml", 1).get(0);

    assertThat(Files.readAllLines(shared.resolve("runs"))).containsExactly("ran");
    var cached = node(second, second.name());
    assertThat(cached.memoizationStatus())
        .isEqualTo(new MemoizationStatus(true, "answer-v1", "answers"));
    assertThat(outputParameter(cached, "answer")).contains("42");
    String entry =
        harness.service().configMaps().get("answers").orElseThrow().data().get("answer-v1");
    assertThat(MemoEntry.parse(entry).nodeID()).isEqualTo(node(first, first.name()).id());
  }
}
