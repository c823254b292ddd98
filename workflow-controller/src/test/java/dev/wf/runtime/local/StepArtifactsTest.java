package dev.wf.runtime.local;

import static dev.wf.runtime.local.RuntimeFixture.awaitResult;
import static dev.wf.runtime.local.RuntimeFixture.run;
import static dev.wf.runtime.local.RuntimeFixture.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.ModelJson;
import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.StoredArtifact;
import dev.wf.artifacts.StreamSource;
import dev.wf.config.ImageEntrypoints;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactLoader;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.executor.artifacts.InputArtifactSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;
import dev.wf.executor.artifacts.Repositories;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.executor.artifacts.SecretResolver;

/** The executor's artifact phases around local steps: inputs before the process, outputs after. */
class StepArtifactsTest {
  private static final String IN = "/tmp/in/message.txt";
  private static final String OUT = "/tmp/out";

  @TempDir Path root;
  final Repositories stores = new Repositories(SecretResolver.none());

  RepositorySpec repository() {
    return RepositorySpec.file(root.resolve("repository").toString());
  }

  LocalRuntime runtime(ArtifactStores artifacts) {
    return new LocalRuntime(
        root.resolve("steps"), ImageEntrypoints.none(), Clock.systemUTC(), artifacts);
  }

  /** Stores {@code text} as a plain object and returns its location. */
  ArtifactLocation stored(RepositorySpec repository, String key, String text)
      throws IOException, ArtifactException {
    Path file = Files.writeString(root.resolve("upload.txt"), text);
    StoredArtifact s = stores.open(repository).put(key, StreamSource.of(file));
    return new ArtifactLocation(repository, key, "none", s.size(), s.sha256());
  }

  /** A step that prints its input, and saves it upper-cased in a directory as its output. */
  static StepSpec upperCase(
      String nodeId, String script, ArtifactLocation input, RepositorySpec repository) {
    return new StepSpec(
        Steps.WORKFLOW,
        nodeId,
        "upper",
        "alpine:3",
        List.of("sh", "-c", script),
        null,
        null,
        null,
        null,
        null,
        List.of(IN, OUT),
        true,
        List.of(new InputArtifactSpec("message", IN, input, null, null, false, null, null)),
        List.of(
            new OutputArtifactSpec(
                "upper", OUT, repository, "wf/" + nodeId + "/upper.tgz", null, false)),
        null,
        null,
        null);
  }

  static final String UPPER =
      "cat " + IN + " && mkdir -p " + OUT + " && tr a-z A-Z <" + IN + " >" + OUT + "/upper.txt";

  /** What an output location unpacks to, read back through the executor. */
  String unpacked(ArtifactLocation location, String file) throws Exception {
    Path into = root.resolve("unpacked");
    new ArtifactLoader(stores)
        .load(
            List.of(new InputArtifactSpec("check", "/x", location, null, null, false, null, null)),
            p -> into.resolve(p.substring(1)));
    return Files.readString(into.resolve("x").resolve(file));
  }

  @Test
  void placesTheInputBeforeTheStepRunsAndReportsTheOutputAfter() throws Exception {
    ArtifactLocation input = stored(repository(), "inputs/message.txt", "hello\n");

    try (LocalRuntime runtime = runtime(stores)) {
      StepResult result = run(runtime, upperCase("a", UPPER, input, repository()));

      assertThat(result.phase()).as(result.message()).isEqualTo(Phase.SUCCEEDED);
      assertThat(result.result()).isEqualTo("hello");
      ArtifactLocation output = result.outputArtifacts().get(0).location();
      assertThat(output.key()).isEqualTo("wf/a/upper.tgz");
      assertThat(output.archive()).isEqualTo("tar");
      assertThat(unpacked(output, "upper.txt")).isEqualTo("HELLO\n");
    }
  }

  @Test
  void endsWithErrorAndDoesNotRunWhenAnInputIsMissing() throws Exception {
    Path ran = StepVisible.newDirectory("ran").resolve("ran");
    var missing = new ArtifactLocation(repository(), "inputs/none.txt", "none", null, null);

    try (LocalRuntime runtime = runtime(stores)) {
      StepResult result = run(runtime, upperCase("a", "touch " + ran, missing, repository()));

      assertThat(result.phase()).isEqualTo(Phase.ERROR);
      assertThat(result.message())
          .startsWith("artifact \"message\" failed to load: ")
          .contains("inputs/none.txt");
      assertThat(ran).doesNotExist();
    }
  }

  @Test
  void savesTheOutputsOfAStepThatEndedWhileNoServerRan() throws Exception {
    ArtifactLocation input = stored(repository(), "inputs/message.txt", "late\n");
    var gate = Gate.create();
    try (LocalRuntime first = runtime(stores)) {
      first.start(upperCase("a", gate.waitFor("a") + " && " + UPPER, input, repository()));
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> gate.reached("a"));
    }
    gate.open("a");
    Path exitCode = root.resolve("steps").resolve(Steps.WORKFLOW).resolve("a").resolve("exitcode");
    await().atMost(RuntimeFixture.TIMEOUT).until(() -> Files.exists(exitCode));

    try (LocalRuntime second = runtime(stores)) {
      ArtifactLocation output = state(second, "a").result().outputArtifacts().get(0).location();
      assertThat(unpacked(output, "upper.txt")).isEqualTo("LATE\n");
    }
  }

  @Test
  void startsAnewAStepWhoseInputsWereBeingPlacedWhenTheServerStopped() throws Exception {
    ArtifactLocation input = stored(repository(), "inputs/message.txt", "again\n");
    StepSpec spec = upperCase("a", UPPER, input, repository());
    var dir = StepDir.of(root.resolve("steps"), Steps.WORKFLOW, "a");
    Files.createDirectories(dir.tmp().resolve("in"));
    Files.writeString(dir.spec(), ModelJson.write(spec));
    Files.writeString(dir.tmp().resolve("in/.message.txt.download-1"), "half");
    Files.writeString(dir.initializing(), "");

    try (LocalRuntime runtime = runtime(stores)) {
      assertThat(state(runtime, "a")).isNull();

      runtime.start(spec);

      assertThat(awaitResult(runtime, "a").result()).isEqualTo("again");
    }
  }

  @Test
  void passesAnArtifactBetweenTwoStepsThroughFileRepository() throws Exception {
    ArtifactLocation input = stored(repository(), "inputs/message.txt", "chain\n");
    try (LocalRuntime runtime = runtime(stores)) {
      var first = run(runtime, upperCase("a", UPPER, input, repository()));
      ArtifactLocation between = first.outputArtifacts().get(0).location();
      String readDir = "cat " + IN + "/upper.txt";

      StepResult second = run(runtime, upperCase("b", readDir, between, repository()));

      assertThat(second.result()).isEqualTo("CHAIN");
    }
  }

  @Test
  void runsAnExecutableInputArtifactAsTheProgram() {
    var tool =
        new InputArtifactSpec(
            "tool",
            "/tmp/bin/tool",
            null,
            "#!/bin/sh\necho from-artifact\n",
            null,
            false,
            null,
            0755);
    var spec =
        new StepSpec(
            Steps.WORKFLOW,
            "a",
            "tool",
            "alpine:3",
            List.of("/tmp/bin/tool"),
            null,
            null,
            null,
            null,
            null,
            List.of("/tmp/bin/tool"),
            true,
            List.of(tool),
            null,
            null,
            null,
            null);

    try (LocalRuntime runtime = runtime(stores)) {
      assertThat(run(runtime, spec).result()).isEqualTo("from-artifact");
    }
  }
}
