package dev.wf.runtime.local;

import static dev.wf.runtime.local.RuntimeFixture.run;
import static dev.wf.runtime.local.RuntimeFixture.runtime;
import static dev.wf.runtime.local.Steps.shell;
import static dev.wf.runtime.local.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.config.ImageEntrypoints;
import dev.wf.executor.ResourceSpec;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec;

class LocalRuntimeTest {
  @TempDir Path root;
  LocalRuntime runtime;

  @BeforeEach
  void startRuntime() {
    runtime =
        runtime(
            root,
            new ImageEntrypoints(
                Map.of(
                    "wf-test/echo:1",
                    new ImageEntrypoints.Entry(List.of("sh", "-c"), List.of("echo default")))));
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  @Test
  void succeedsWhenCommandExitsWithZero() {
    StepResult result = run(runtime, step("a", "true").spec());

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(result.exitCode()).isZero();
    assertThat(result.message()).isNull();
  }

  @Test
  void failsWithExitCodeMessageWhenCommandExitsNonZero() {
    StepResult result = run(runtime, shell("a", "exit 3").spec());

    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.message()).isEqualTo("Error (exit code 3)");
  }

  @Test
  void endsAResourceStepAtOnceAsErrorForWantOfACluster() {
    var resource =
        new ResourceSpec("create", "kind: ConfigMap", null, null, null, null, false, null, null);
    StepSpec plain = step("a", "true").spec();
    var spec =
        new StepSpec(
            plain.workflowName(),
            plain.nodeId(),
            "make-config",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            resource);

    StepResult result = run(runtime, spec);

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .isEqualTo("resource templates need a Kubernetes cluster: run with --kube");
  }

  @Test
  void capturesStdoutAsResultWithoutStderr() {
    StepResult result = run(runtime, shell("a", "echo hello; echo oops >&2").spec());

    assertThat(result.result()).isEqualTo("hello");
  }

  @Test
  void readsOutputParameterFromTheDeclaredFile() {
    var spec = shell("a", "printf '42\\n' > /tmp/out.txt").output("n", "/tmp/out.txt", null);

    StepResult result = run(runtime, spec.spec());

    assertThat(result.outputParameters()).containsExactly(Map.entry("n", "42"));
  }

  @Test
  void usesDefaultWhenOutputFileIsMissing() {
    var spec = step("a", "true").output("n", "/tmp/missing.txt", "fallback");

    StepResult result = run(runtime, spec.spec());

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(result.outputParameters()).containsExactly(Map.entry("n", "fallback"));
  }

  @Test
  void errorsWhenOutputFileIsMissingWithoutDefault() {
    var spec = step("a", "true").output("n", "/tmp/missing.txt", null);

    StepResult result = run(runtime, spec.spec());

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .isEqualTo(
            "cannot save output parameter \"n\": /tmp/missing.txt: no such file or directory");
  }

  @Test
  void keepsAMebibyteResultWhole() {
    StepResult result = run(runtime, shell("a", "head -c 1048576 /dev/zero | tr '\\0' x").spec());

    assertThat(result.result()).hasSize(1 << 20).matches("x+");
  }

  @Test
  void keepsAMebibyteParameterWhole() {
    var spec =
        shell("a", "head -c 1048576 /dev/zero | tr '\\0' y >/tmp/big.txt")
            .output("p", "/tmp/big.txt", null);

    StepResult result = run(runtime, spec.spec());

    assertThat(result.outputParameters().get("p")).hasSize(1 << 20).matches("y+");
  }

  @Test
  void runsShellScriptTemplateFromAFile() {
    var spec = step("a", "sh").script("x=4\necho $((x * 2)) from $0\n");

    StepResult result = run(runtime, spec.spec());

    assertThat(result.result()).startsWith("8 from /").endsWith("/script");
  }

  @Test
  void runsPythonScriptTemplate() {
    var spec =
        step("a", "python3").script("import json\nprint(json.dumps({'sum': sum(range(5))}))");

    assertThat(run(runtime, spec.spec()).result()).isEqualTo("{\"sum\": 10}");
  }

  @Test
  void runsPythonCommandWithInlineCode() {
    var spec = step("a", "python3", "-c", "import sys; print(sys.argv[1].upper())", "hi");

    assertThat(run(runtime, spec.spec()).result()).isEqualTo("HI");
  }

  @Test
  void runsImageCmdWhenContainerHasNoCommand() {
    var spec = step("a").image("wf-test/echo:1", List.of());

    assertThat(run(runtime, spec.spec()).result()).isEqualTo("default");
  }

  @Test
  void passesContainerArgsToImageEntrypoint() {
    var spec = step("a").image("wf-test/echo:1", List.of("echo given"));

    assertThat(run(runtime, spec.spec()).result()).isEqualTo("given");
  }

  @Test
  void errorsForUnknownImageWithoutCommand() {
    StepResult result = run(runtime, step("a").image("foo:1", List.of()).spec());

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.exitCode()).isNull();
    assertThat(result.message())
        .isEqualTo(
            "image \"foo:1\" has no command and no entry in images: of $WF_HOME/config.yaml;"
                + " set container.command or add the image there");
  }

  @Test
  void errorsWhenExecutableIsNotInPath() {
    StepResult result = run(runtime, step("a", "no-such-program-wf").spec());

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).startsWith("executable \"no-such-program-wf\" not found in PATH");
  }

  @Test
  void addsSpecEnvironmentToHostEnvironment() {
    var spec = shell("a", "echo \"$GREETING $HOME\"").env(Map.of("GREETING", "hi"));

    assertThat(run(runtime, spec.spec()).result()).isEqualTo("hi " + System.getenv("HOME"));
  }

  @Test
  void runsInAWorkDirectoryInsideTheStepDirectoryByDefault() {
    StepResult result = run(runtime, step("a", "pwd").spec());

    assertThat(result.result()).endsWith("/wf/a/work");
  }

  @Test
  void runsInTheGivenWorkingDirectoryWhenItExists() {
    StepResult result = run(runtime, step("a", "pwd").workingDir("/usr").spec());

    assertThat(result.result()).isEqualTo("/usr");
  }

  @Test
  void logsStdoutAndStderrInterleavedInOrder() {
    var spec =
        shell("a", "echo out1; echo err1 >&2; echo out2; echo err2 >&2").captureResult(false);

    run(runtime, spec.spec());

    assertThat(runtime.lines(Steps.WORKFLOW, "a", 0))
        .containsExactly("out1", "err1", "out2", "err2");
  }

  @Test
  void logsBothStreamsWhenCapturingResult() {
    run(runtime, shell("a", "echo out; echo err >&2").spec());

    assertThat(runtime.lines(Steps.WORKFLOW, "a", 0)).containsExactlyInAnyOrder("out", "err");
  }

  @Test
  void returnsLogLinesFromTheGivenIndex() {
    run(runtime, shell("a", "printf 'one\\ntwo\\nthree'").spec());

    assertThat(runtime.lines(Steps.WORKFLOW, "a", 1)).containsExactly("two", "three");
  }

  @Test
  void leavesAnExistingStepAloneWhenStartedAgain() {
    run(runtime, shell("a", "echo first").spec());

    runtime.start(shell("a", "echo second").spec());

    assertThat(RuntimeFixture.awaitResult(runtime, "a").result()).isEqualTo("first");
    assertThat(runtime.lines(Steps.WORKFLOW, "a", 0)).containsExactly("first");
  }

  @Test
  void tellsListenersTheWorkflowWhenAStepEnds() {
    var heard = new CopyOnWriteArrayList<String>();
    runtime.onStepChanged(heard::add);

    runtime.start(step("a", "true").spec());

    await().atMost(RuntimeFixture.TIMEOUT).until(() -> heard.contains(Steps.WORKFLOW));
  }

  @Test
  void forgetRemovesTheWorkflowsSteps() {
    run(runtime, step("a", "true").spec());

    runtime.forget(Steps.WORKFLOW);

    assertThat(root.resolve(Steps.WORKFLOW)).doesNotExist();
    assertThat(runtime.observe(Steps.WORKFLOW)).isEmpty();
  }

  @Test
  void forgettingOneStepLetsItRunAgainUnderTheSameId() {
    run(runtime, shell("a", "echo first").spec());
    run(runtime, step("b", "true").spec());

    runtime.forget(Steps.WORKFLOW, "a");

    assertThat(runtime.observe(Steps.WORKFLOW)).containsOnlyKeys("b");
    assertThat(RuntimeFixture.run(runtime, shell("a", "echo second").spec()).result())
        .isEqualTo("second");
    assertThat(runtime.lines(Steps.WORKFLOW, "a", 0)).containsExactly("second");
  }

  @Test
  void writesSpecBeforeAndResultAfterTheRun() {
    run(runtime, step("a", "true").spec());

    Path dir = root.resolve(Steps.WORKFLOW).resolve("a");
    assertThat(dir.resolve("spec.json")).exists();
    assertThat(Files.exists(dir.resolve("result.json"))).isTrue();
  }
}
