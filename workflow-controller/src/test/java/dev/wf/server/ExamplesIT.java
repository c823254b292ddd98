package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static dev.wf.server.LocalHarness.outputParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;

/**
 * Every file in the repository's {@code examples/} validates and succeeds through the real local
 * stack; a new example is covered by adding the file. Each example runs once per class: the tests
 * that check particular outputs read the same run.
 */
class ExamplesIT {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Map<Path, Workflow> RUNS = new ConcurrentHashMap<>();

  @TempDir static Path wfHome;
  private static LocalHarness harness;

  @BeforeAll
  static void startHarness() throws IOException {
    harness = LocalHarness.start(wfHome);
  }

  @AfterAll
  static void stopHarness() {
    harness.close();
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(ya?ml|json)"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Workflow run(String example) {
    return run(EXAMPLES.resolve(example));
  }

  private static Workflow run(Path file) {
    return RUNS.computeIfAbsent(
        file,
        f -> {
          try {
            return harness.run(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void examplesDirectoryHasExamples() throws IOException {
    assertThat(examples()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleValidatesWithoutErrors(Path file) throws IOException {
    var result =
        WorkflowValidator.validate(file.toString(), Files.readString(file), TemplateLookup.none());

    assertThat(result.errors()).extracting(SpecError::render).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleSucceeds(Path file) {
    Workflow workflow = run(file);

    assertThat(workflow.status().phase())
        .as("%s ended with: %s", file, workflow.status().message())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void dagDiamondJoinsBothBranchesInD() {
    Workflow workflow = run("dag-diamond.yaml");

    assertThat(node(workflow, "D").outputs().result()).isEqualTo("27");
  }

  @Test
  void helloWorldGreetsTheWorld() throws InterruptedException {
    Workflow workflow = run("hello-world.yaml");

    assertThat(harness.logs(workflow.name(), null)).containsExactly("hello, world");
  }

  @Test
  void outputParameterPassesTheFileAndTheDefault() throws InterruptedException {
    Workflow workflow = run("output-parameter.yaml");

    assertThat(outputParameter(node(workflow, "produce"), "greeting"))
        .hasValue("hello from a file");
    assertThat(harness.logs(workflow.name(), "consume"))
        .containsExactly("hello from a file (nothing extra)");
  }

  @Test
  void preprocessPipelineReportsTrainAndTestRows() throws InterruptedException {
    Workflow workflow = run("preprocess-pipeline.yaml");

    assertThat(harness.logs(workflow.name(), "report"))
        .anySatisfy(line -> assertThat(line).matches("train: \\d+ rows, .*"))
        .anySatisfy(line -> assertThat(line).matches("test: +\\d+ rows, .*"));
  }

  @Test
  void preprocessPipelinePassesItsDatasetDirectoriesAsArtifacts() {
    Workflow workflow = run("preprocess-pipeline.yaml");

    for (String[] produced :
        new String[][] {{"generate", "raw"}, {"clean", "clean"}, {"split", "splits"}}) {
      var artifact = node(workflow, produced[0]).outputs().artifacts().get(0);
      assertThat(artifact.name()).isEqualTo(produced[1]);
      assertThat(artifact.location().archive()).isEqualTo("tar");
      assertThat(artifact.location().sha256()).hasSize(64);
    }
    var report = node(workflow, "report").outputs().artifacts().get(0).location();
    assertThat(report.archive()).isEqualTo("none");
    assertThat(report.key()).endsWith("/report.txt");
  }

  @Test
  void pythonScriptResultFeedsTheNextStep() throws InterruptedException {
    Workflow workflow = run("python-script-result.yaml");
    String roll = node(workflow, "roll").outputs().result();

    assertThat(roll).matches("\\d+");
    assertThat(harness.logs(workflow.name(), "show")).containsExactly("three dice rolled " + roll);
  }

  @Test
  void retriesLoopsExitHandlerRetriesFansInAndReports() throws InterruptedException {
    Workflow workflow = run("retries-loops-exit-handler.yaml");

    assertThat(node(workflow, "fetch").children()).hasSize(3);
    assertThat(node(workflow, "total").outputs().result()).isEqualTo("42");
    assertThat(node(workflow, "alert").phase()).isEqualTo(NodePhase.SKIPPED);
    assertThat(workflow.status().outputs().parameters())
        .singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo("42"));
    assertThat(harness.logs(workflow.name(), workflow.name() + ".onExit"))
        .containsExactly("workflow Succeeded: 42 rows");
  }

  @Test
  void stepsPipelineRunsTheParallelGroupBetweenPrepareAndReport() {
    Workflow workflow = run("steps-pipeline.yaml");
    var prepared = node(workflow, "prepare").finishedAt();
    var reported = node(workflow, "report").startedAt();

    for (String lint : new String[] {"lint-a", "lint-b", "lint-c"}) {
      assertThat(node(workflow, lint).startedAt()).isAfterOrEqualTo(prepared);
      assertThat(node(workflow, lint).finishedAt()).isBeforeOrEqualTo(reported);
    }
  }
}
