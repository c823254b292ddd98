package dev.wf.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec.OutputParameterSpec;

class OutputCollectorTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-01-01T00:00:05Z");

  @TempDir Path dir;

  private StepResult collect(StepSpec spec, int exitCode) {
    var collector = new OutputCollector(p -> dir.resolve(p.substring(1)));
    return collector.collect(spec, exitCode, dir.resolve("stdout"), START, END);
  }

  private static StepSpec spec(boolean captureResult, OutputParameterSpec... outputs) {
    return new StepSpec(
        "wf",
        "wf-1",
        "t",
        "alpine",
        List.of("true"),
        null,
        null,
        null,
        null,
        List.of(outputs),
        null,
        captureResult);
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void succeedsOnExitCodeZero() {
    StepResult result = collect(spec(false), 0);

    assertThat(result).isEqualTo(new StepResult(Phase.SUCCEEDED, 0, null, null, null, START, END));
  }

  @Test
  void failsWithArgosMessageOnNonZeroExitCode() {
    StepResult result = collect(spec(false), 3);

    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.message()).isEqualTo("Error (exit code 3)");
  }

  @Test
  void removesOneTrailingNewlineFromResult() throws IOException {
    write("stdout", "hello\n\n");

    assertThat(collect(spec(true), 0).result()).isEqualTo("hello\n");
  }

  @Test
  void leavesResultUnsetWhenNotCaptured() throws IOException {
    write("stdout", "hello\n");

    assertThat(collect(spec(false), 0).result()).isNull();
  }

  @Test
  void keepsAMebibyteResultWhole() throws IOException {
    String big = "x".repeat(1 << 20);
    write("stdout", big + "\n");

    StepResult result = collect(spec(true), 0);

    assertThat(result.result()).isEqualTo(big);
    assertThat(result.message()).isNull();
  }

  @Test
  void keepsAMebibyteParameterWhole() throws IOException {
    String big = "y".repeat(1 << 20);
    write("tmp/big.txt", big);

    StepResult result = collect(spec(false, new OutputParameterSpec("p", "/tmp/big.txt", null)), 0);

    assertThat(result.outputParameters()).containsEntry("p", big);
  }

  @Test
  void readsOutputParameterWithoutItsTrailingNewline() throws IOException {
    write("tmp/out.txt", "  42 \n");

    StepResult result = collect(spec(false, new OutputParameterSpec("n", "/tmp/out.txt", null)), 0);

    assertThat(result.outputParameters()).containsExactly(java.util.Map.entry("n", "  42 "));
  }

  @Test
  void usesDefaultWhenParameterFileIsMissing() {
    StepResult result =
        collect(spec(false, new OutputParameterSpec("n", "/tmp/none.txt", "fallback")), 0);

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(result.outputParameters()).containsEntry("n", "fallback");
  }

  @Test
  void errorsWhenParameterFileIsMissingWithoutDefault() {
    StepResult result =
        collect(spec(false, new OutputParameterSpec("n", "/tmp/none.txt", null)), 0);

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .isEqualTo("cannot save output parameter \"n\": /tmp/none.txt: no such file or directory");
  }

  @Test
  void reportsExitCodeRatherThanMissingParameterWhenCommandFailed() {
    StepResult result =
        collect(spec(false, new OutputParameterSpec("n", "/tmp/none.txt", null)), 1);

    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("Error (exit code 1)");
  }

  @Test
  void errorsWhenParameterPathIsADirectory() throws IOException {
    Files.createDirectories(dir.resolve("tmp/d"));

    StepResult result = collect(spec(false, new OutputParameterSpec("n", "/tmp/d", null)), 0);

    assertThat(result.message()).endsWith("/tmp/d: is a directory");
  }
}
