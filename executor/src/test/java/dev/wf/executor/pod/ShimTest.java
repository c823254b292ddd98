package dev.wf.executor.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shim run by the real {@code /bin/sh}, as the main container runs it. */
class ShimTest {
  @TempDir Path dir;
  private Path shim;

  @BeforeEach
  void writeShim() throws IOException {
    shim = dir.resolve(PodLayout.SHIM);
    Files.createDirectories(shim.getParent());
    try (InputStream in = InitPhase.class.getResourceAsStream("wf-shim")) {
      Files.copy(in, shim);
    }
  }

  private Process start(String script) throws IOException {
    var argv = new ArrayList<>(List.of("/bin/sh", shim.toString(), "/bin/sh", "-c", script));
    var builder = new ProcessBuilder(argv);
    builder.environment().put(PodLayout.ENV_DIR, dir.toString());
    return builder.start();
  }

  private static String text(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private String file(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  @Test
  void recordsTheExitCodeAndExitsWithIt() throws Exception {
    Process p = start("exit 3");

    assertThat(p.waitFor()).isEqualTo(3);
    assertThat(file(PodLayout.EXIT_CODE)).isEqualTo("3\n");
  }

  @Test
  void teesStdoutToItsFileWhileStillPrintingIt() throws Exception {
    Process p = start("echo hello; echo oops >&2");

    assertThat(text(p.getInputStream())).isEqualTo("hello\n");
    assertThat(text(p.getErrorStream())).isEqualTo("oops\n");
    p.waitFor();
    assertThat(file(PodLayout.STDOUT)).isEqualTo("hello\n");
    assertThat(file(PodLayout.LOG).lines()).containsExactlyInAnyOrder("hello", "oops");
  }

  @Test
  void copiesExistingOutputPathsKeepingTheirModes() throws Exception {
    Path out = dir.resolve("work/out.sh");
    Files.createDirectories(dir.resolve(PodLayout.OUTPUT_PATHS).getParent());
    Files.write(
        dir.resolve(PodLayout.OUTPUT_PATHS), List.of(out.toString(), dir + "/work/missing"));
    Files.createDirectories(out.getParent());

    start("echo data > " + out + " && chmod 750 " + out).waitFor();

    Path copy = dir.resolve(PodLayout.OUTPUTS).resolve(out.toString().substring(1));
    assertThat(Files.readString(copy)).isEqualTo("data\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
        .isEqualTo("rwxr-x---");
    assertThat(
            dir.resolve(PodLayout.OUTPUTS).resolve(dir.toString().substring(1) + "/work/missing"))
        .doesNotExist();
  }

  @Test
  void passesSigtermOnAndStillRecordsTheExitCode() throws Exception {
    Path ready = dir.resolve("ready");
    Process p = start("trap 'exit 7' TERM; touch " + ready + "; while :; do sleep 0.05; done");
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(ready));

    p.destroy();

    assertThat(p.waitFor()).isEqualTo(7);
    assertThat(file(PodLayout.EXIT_CODE)).isEqualTo("7\n");
  }
}
