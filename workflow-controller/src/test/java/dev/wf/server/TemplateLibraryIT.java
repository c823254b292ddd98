package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static dev.wf.server.LocalHarness.outputParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.validate.WorkflowValidator;

/**
 * The preprocessing library in {@code examples/templates/}: every file validates and documents
 * itself, and each template behaves as its comment says when called through {@code templateRef}
 * from the small workflows in {@code src/test/resources/library/} (all submitted at once, before
 * the tests). Also checks that the sample dataset is what its script generates.
 */
class TemplateLibraryIT {
  private static final Path LIBRARY = Path.of("..", "examples", "templates");
  private static final Path SAMPLE_DATA = Path.of("..", "examples", "data");
  private static final Path FIXTURES = Path.of("src", "test", "resources", "library");
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Map<String, String> SUBMITTED = new ConcurrentHashMap<>();

  @TempDir static Path wfHome;
  private static LocalHarness harness;
  private static List<WorkflowTemplate> stored;

  @BeforeAll
  static void storeTheLibraryAndSubmitEveryFixture() throws IOException {
    harness = LocalHarness.start(wfHome);
    stored = harness.storeTemplates(LIBRARY);
    String sample = "file://" + sample().toAbsolutePath().normalize();
    for (String fixture :
        List.of(
            "validate-bad-row",
            "fetch-from-artifact",
            "fetch-from-file-url",
            "normalize-min-max",
            "split-seeded",
            "sweep-grid")) {
      Path file = FIXTURES.resolve(fixture + ".yaml");
      var parameters =
          fixture.equals("fetch-from-file-url") ? Map.of("url", sample) : Map.<String, String>of();
      SUBMITTED.put(
          fixture, harness.submit(file.toString(), Files.readString(file), parameters).name());
    }
  }

  @AfterAll
  static void stopHarness() {
    harness.close();
  }

  static Stream<Path> libraryFiles() throws IOException {
    try (Stream<Path> files = Files.list(LIBRARY)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  private static Path sample() {
    return SAMPLE_DATA.resolve("people.csv");
  }

  private static Workflow run(String fixture) {
    return harness.awaitCompletion(SUBMITTED.get(fixture), TIMEOUT);
  }

  @Test
  void everyTemplateOfTheLibraryIsStored() {
    assertThat(stored)
        .extracting(WorkflowTemplate::name)
        .containsExactlyInAnyOrder(
            "fetch-dataset",
            "validate-csv",
            "clean-csv",
            "split-dataset",
            "normalize-columns",
            "summary-stats",
            "param-sweep",
            "preprocess");
  }

  @ParameterizedTest
  @MethodSource("libraryFiles")
  void libraryFileValidatesWithoutErrors(Path file) throws IOException {
    var result =
        WorkflowValidator.validate(
            file.toString(),
            Files.readString(file),
            (cluster, name) -> harness.service().template(cluster, name));

    assertThat(result.errors()).extracting(SpecError::render).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("libraryFiles")
  void libraryFileOpensWithItsDocumentation(Path file) throws IOException {
    String text = Files.readString(file);
    String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");

    assertThat(text).startsWith("# " + name + ": ").contains("\nmetadata:\n  name: " + name + "\n");
    assertThat(text.substring(0, text.indexOf("\napiVersion:"))).contains("templateRef");
  }

  @Test
  void validateFailsNamingTheRowAndColumnOfTheFirstBadValue() throws InterruptedException {
    Workflow workflow = run("validate-bad-row");

    assertThat(workflow.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(node(workflow, "validate").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(harness.logs(workflow.name(), "validate"))
        .containsExactly("validate: row 3 (line 4), column \"age\": \"abc\" is not an int");
  }

  @Test
  void fetchCopiesTheSourceArtifact() {
    var fetch = node(run("fetch-from-artifact"), "fetch");

    assertThat(fetch.phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(outputParameter(fetch, "bytes")).hasValue("8");
    assertThat(outputParameter(fetch, "sha256"))
        .hasValue(sha256("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fetchReadsAFileUrl() throws IOException {
    var fetch = node(run("fetch-from-file-url"), "fetch");
    byte[] sample = Files.readAllBytes(sample());

    assertThat(fetch.phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(outputParameter(fetch, "bytes")).hasValue(String.valueOf(sample.length));
    assertThat(outputParameter(fetch, "sha256")).hasValue(sha256(sample));
  }

  @Test
  void normalizeMinMaxMapsEachNumericColumnOntoZeroToOne() throws IOException {
    Workflow workflow = run("normalize-min-max");
    JsonNode columns =
        ModelJson.mapper()
            .readTree(outputParameter(node(workflow, "stats"), "stats").orElseThrow())
            .get("columns");

    for (String column : new String[] {"height", "weight"}) {
      assertThat(columns.at("/" + column + "/min").asDouble()).as(column).isEqualTo(0.0);
      assertThat(columns.at("/" + column + "/max").asDouble()).as(column).isEqualTo(1.0);
    }
    assertThat(columns.at("/weight/missing").asInt()).isEqualTo(1);
    assertThat(columns.at("/id/max").asDouble()).isEqualTo(4.0);
    assertThat(columns.at("/city/type").asText()).isEqualTo("string");
    assertThat(outputParameter(node(workflow, "normalize"), "scaling"))
        .hasValue(
            "{\"method\": \"min-max\", \"columns\": {\"height\": {\"min\": 150.5, \"max\": 180.0},"
                + " \"weight\": {\"min\": -3.0, \"max\": 40.5}}}");
  }

  @Test
  void splitIsTheSameForTheSameSeed() throws InterruptedException {
    Workflow workflow = run("split-seeded");
    var first = harness.logs(workflow.name(), "digest-a");

    assertThat(workflow.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(first).singleElement().asString().hasSize(64);
    assertThat(harness.logs(workflow.name(), "digest-b")).isEqualTo(first);
    assertThat(harness.logs(workflow.name(), "digest-c")).isNotEqualTo(first);
  }

  @Test
  void sweepListsEveryCombinationWithTheFirstParameterSlowest() {
    var sweep = node(run("sweep-grid"), "sweep");

    assertThat(outputParameter(sweep, "combinations"))
        .hasValue(
            "[{\"a\": 1, \"b\": \"x\"}, {\"a\": 1, \"b\": \"y\"},"
                + " {\"a\": 2, \"b\": \"x\"}, {\"a\": 2, \"b\": \"y\"}]");
    assertThat(outputParameter(sweep, "count")).hasValue("4");
  }

  @Test
  void sampleDatasetIsWhatItsScriptGenerates() throws Exception {
    Path regenerated = wfHome.resolve("people.csv");
    Process python =
        new ProcessBuilder(
                "python3",
                SAMPLE_DATA.resolve("generate_sample.py").toString(),
                regenerated.toString())
            .redirectErrorStream(true)
            .start();

    assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(python.exitValue()).as(new String(python.getInputStream().readAllBytes())).isZero();
    assertThat(Files.readAllBytes(regenerated)).isEqualTo(Files.readAllBytes(sample()));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
