package dev.wf.runtime.local;

import static dev.wf.runtime.local.RuntimeFixture.awaitResult;
import static dev.wf.runtime.local.RuntimeFixture.run;
import static dev.wf.runtime.local.RuntimeFixture.runtime;
import static dev.wf.runtime.local.Steps.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.executor.StepResult;

class StepIsolationTest {
  @TempDir Path root;
  LocalRuntime runtime;
  String unique = UUID.randomUUID().toString();

  @BeforeEach
  void startRuntime() {
    runtime = runtime(root);
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  @Test
  void detectsNamespaceIsolationOnThisMachine() {
    assertThat(Isolation.detect().privateMounts()).isTrue();
  }

  @Test
  void concurrentStepsEachSeeTheirOwnTmp() {
    var gate = Gate.create();
    String a = "echo A >/tmp/x && " + gate.waitFor("a") + " && cat /tmp/x >/tmp/out.txt";
    String b = "echo B >/tmp/x && " + gate.waitFor("b") + " && cat /tmp/x >/tmp/out.txt";
    runtime.start(shell("a", a).output("x", "/tmp/out.txt", null).spec());
    runtime.start(shell("b", b).output("x", "/tmp/out.txt", null).spec());

    await().atMost(RuntimeFixture.TIMEOUT).until(() -> gate.reached("a") && gate.reached("b"));
    gate.open("a");
    gate.open("b");

    assertThat(awaitResult(runtime, "a").outputParameters()).containsExactly(Map.entry("x", "A"));
    assertThat(awaitResult(runtime, "b").outputParameters()).containsExactly(Map.entry("x", "B"));
  }

  @Test
  void stepWritesToTmpDoNotReachTheHost() {
    run(runtime, shell("a", "echo x >/tmp/wf-" + unique).spec());

    assertThat(Path.of("/tmp/wf-" + unique)).doesNotExist();
  }

  @Test
  void declaredPathOutsideTmpIsPrivateToTheStep() {
    String dir = "/wf-test-" + unique;
    var spec =
        shell("a", "mkdir -p " + dir + " && echo private >" + dir + "/out.txt")
            .output("out", dir + "/out.txt", null);

    StepResult result = run(runtime, spec.spec());

    assertThat(result.outputParameters()).containsExactly(Map.entry("out", "private"));
    assertThat(Path.of(dir)).doesNotExist();
  }

  @Test
  void declaredTopLevelFileIsWrittenInTheStepsOwnRoot() {
    String file = "/wf-out-" + unique;
    var spec = shell("a", "echo top >" + file).output("out", file, null);

    StepResult result = run(runtime, spec.spec());

    assertThat(result.outputParameters()).containsExactly(Map.entry("out", "top"));
    assertThat(Path.of(file)).doesNotExist();
  }

  @Test
  void aStepWithItsOwnRootStartsInItsRootAsAContainerWould() {
    String file = "/wf-rel-" + unique;
    var spec = shell("a", "pwd && echo relative >" + file.substring(1)).output("out", file, null);

    StepResult result = run(runtime, spec.spec());

    assertThat(result.result()).isEqualTo("/");
    assertThat(result.outputParameters()).containsExactly(Map.entry("out", "relative"));
    assertThat(Path.of(file)).doesNotExist();
  }

  @Test
  void stepWithOwnRootStillSeesHostFiles() {
    var spec =
        shell("a", "cat /etc/hostname >/dev/null && ls /usr/bin/env")
            .output("out", "/wf-test-" + unique + "/out.txt", "none");

    StepResult result = run(runtime, spec.spec());

    assertThat(result.result()).isEqualTo("/usr/bin/env");
  }

  @Test
  void createsMissingWorkingDirectoryInsideTheStep() {
    StepResult result = run(runtime, shell("a", "pwd").workingDir("/tmp/wd-" + unique).spec());

    assertThat(result.result()).isEqualTo("/tmp/wd-" + unique);
    assertThat(Path.of("/tmp/wd-" + unique)).doesNotExist();
  }

  @Test
  void createsMissingTopLevelWorkingDirectoryInsideTheStep() {
    String wd = "/wf-wd-" + unique;

    StepResult result = run(runtime, shell("a", "pwd && : >here").workingDir(wd).spec());

    assertThat(result.result()).isEqualTo(wd);
    assertThat(Path.of(wd)).doesNotExist();
  }

  @Test
  void stepsStoredOutsideTmpAlsoGetTheirOwnTmp() {
    Path outside = Path.of("target", "steps-" + unique).toAbsolutePath();
    try (var other = runtime(outside)) {
      StepResult result =
          run(other, shell("a", "echo x >/tmp/wf-" + unique + " && cat /tmp/wf-" + unique).spec());

      assertThat(result.result()).isEqualTo("x");
      assertThat(Path.of("/tmp/wf-" + unique)).doesNotExist();
    } finally {
      TreeRemoval.remove(outside);
    }
  }
}
