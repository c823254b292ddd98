package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static dev.wf.server.LocalHarness.outputParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;

/**
 * Every file in the repository's {@code examples/} validates and succeeds through the real local
 * stack; a new example is covered by adding the file. The template library in {@code
 * examples/templates/} is stored first, as the examples that call it tell users to. Every example
 * is submitted once, all at once, before the tests: the tests that check particular outputs wait
 * for and read the same run.
 */
class ExamplesIT {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path LIBRARY = EXAMPLES.resolve("templates");
  private static final Path SAMPLE_DATA = EXAMPLES.resolve("data");

  /** The examples that read a dataset, given the shipped sample as their comments say. */
  private static final Set<String> TAKE_DATASET =
      Set.of("preprocess-chain.yaml", "preprocess-sweep.yaml", "preprocess-from-template.yaml");

  /** All examples run at once on a shared machine: more time than one small workflow needs. */
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private static final Map<Path, String> SUBMITTED = new ConcurrentHashMap<>();
  private static final Map<Path, Workflow> RUNS = new ConcurrentHashMap<>();

  @TempDir static Path wfHome;
  private static LocalHarness harness;

  @BeforeAll
  static void startHarnessAndSubmitEveryExample() throws IOException {
    harness = LocalHarness.start(wfHome);
    harness.storeTemplates(LIBRARY);
    for (Path file : examples().toList()) {
      String yaml = Files.readString(file);
      SUBMITTED.put(file, harness.submit(file.toString(), yaml, parameters(file)).name());
    }
  }

  @AfterAll
  static void stopHarness() {
    harness.close();
  }

  static Stream<Path> examples() throws IOException {
    return manifests(EXAMPLES);
  }

  private static Stream<Path> manifests(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(ya?ml|json)"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The {@code -p} overrides the example's comment says to run it with. */
  private static Map<String, String> parameters(Path example) {
    return TAKE_DATASET.contains(example.getFileName().toString())
        ? Map.of("dataset", sampleDataset().toString())
        : Map.of();
  }

  private static Path sampleDataset() {
    return SAMPLE_DATA.resolve("people.csv").toAbsolutePath().normalize();
  }

  private static TemplateLookup storedTemplates() {
    return (cluster, name) -> harness.service().template(cluster, name);
  }

  private static Workflow run(String example) {
    return run(EXAMPLES.resolve(example));
  }

  private static Workflow run(Path file) {
    return RUNS.computeIfAbsent(file, f -> harness.awaitCompletion(SUBMITTED.get(f), TIMEOUT));
  }

  @Test
  void examplesDirectoryHasExamples() throws IOException {
    assertThat(examples()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleValidatesWithoutErrors(Path file) throws IOException {
    var result =
        WorkflowValidator.validate(
            file.toString(), Files.readString(file), storedTemplates(), parameters(file));

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

  @Test
  void preprocessChainCountsWhatCleaningDropped() {
    var clean = node(run("preprocess-chain.yaml"), "clean");

    assertThat(outputParameter(clean, "rows-in")).hasValue("66");
    assertThat(outputParameter(clean, "dropped-missing")).hasValue("7");
    assertThat(outputParameter(clean, "dropped-duplicates")).hasValue("5");
    assertThat(outputParameter(clean, "trimmed-cells")).hasValue("19");
    assertThat(outputParameter(clean, "rows-out")).hasValue("54");
  }

  @Test
  void preprocessChainSplitsTheCleanRowsByTheRatio() {
    var split = node(run("preprocess-chain.yaml"), "split");

    assertThat(outputParameter(split, "train-rows")).hasValue("43");
    assertThat(outputParameter(split, "test-rows")).hasValue("11");
  }

  @Test
  void preprocessChainSummarizesTheCleanData() throws IOException {
    JsonNode stats = stats(run("preprocess-chain.yaml"), "stats-clean");

    assertThat(stats.get("rows").asInt()).isEqualTo(54);
    JsonNode age = stats.at("/columns/age");
    assertThat(age.get("type").asText()).isEqualTo("numeric");
    assertThat(age.get("count").asInt()).isEqualTo(54);
    assertThat(age.get("missing").asInt()).isZero();
    assertThat(age.get("min").asDouble()).isEqualTo(19.0);
    assertThat(age.get("max").asDouble()).isEqualTo(78.0);
    assertThat(age.get("mean").asDouble()).isEqualTo(47.685185);
    assertThat(age.get("stddev").asDouble()).isEqualTo(16.802767);
    assertThat(stats.at("/columns/city/distinct").asInt()).isEqualTo(6);
  }

  @Test
  void preprocessChainRescalesTheTrainSetToZeroToOne() throws IOException {
    JsonNode columns = stats(run("preprocess-chain.yaml"), "stats-train").get("columns");

    for (String column : new String[] {"age", "height_cm", "income"}) {
      assertThat(columns.at("/" + column + "/min").asDouble()).as(column).isEqualTo(0.0);
      assertThat(columns.at("/" + column + "/max").asDouble()).as(column).isEqualTo(1.0);
    }
    assertThat(columns.at("/id/max").asDouble()).isEqualTo(60.0);
  }

  @Test
  void preprocessChainScalesTheTestSetAsTheTrainSet() {
    Workflow workflow = run("preprocess-chain.yaml");
    var fitted = outputParameter(node(workflow, "normalize-train"), "scaling");

    assertThat(fitted).isPresent();
    assertThat(outputParameter(node(workflow, "normalize-test"), "scaling")).isEqualTo(fitted);
  }

  @Test
  void preprocessSweepSplitsOncePerCombinationOfTheGrid() {
    Workflow workflow = run("preprocess-sweep.yaml");
    var splits =
        node(workflow, "split").children().stream()
            .map(id -> workflow.status().nodes().get(id))
            .toList();

    assertThat(outputParameter(node(workflow, "sweep"), "count")).hasValue("6");
    assertThat(splits).hasSize(6);
    assertThat(splits)
        .extracting(n -> outputParameter(n, "test-rows").orElseThrow())
        .containsExactlyInAnyOrder("11", "27", "11", "27", "11", "27");
  }

  @Test
  void preprocessFromTemplateRunsTheStoredChain() throws IOException {
    Workflow workflow = run("preprocess-from-template.yaml");

    assertThat(node(workflow, "stats").templateRef().name()).isEqualTo("summary-stats");
    assertThat(stats(workflow, "stats").get("rows").asInt()).isEqualTo(43);
  }

  private static JsonNode stats(Workflow workflow, String step) throws IOException {
    String json = outputParameter(node(workflow, step), "stats").orElseThrow();
    return ModelJson.mapper().readTree(json);
  }
}
