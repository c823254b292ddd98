package dev.wf.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.wf.cli.CliRun;
import dev.wf.cli.ScratchDirectory;
import dev.wf.cli.client.ServerLauncher;

/**
 * The {@code wf} launcher script at the repository root, as a user runs it: it finds the jar this
 * build packaged, and the first command that needs a server starts one in the background for the
 * test's own {@code WF_HOME}. Hello world is submitted once, and looked at right away, before the
 * tests; the last test stops the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path RESOURCES = Path.of("cli/src/test/resources");
  private static final long COMMAND_TIMEOUT_SECONDS = 120;

  private static final AtomicInteger RUNS = new AtomicInteger();
  private static ScratchDirectory scratch;
  private static CliRun submitted;
  private static CliRun latest;
  private static CliRun latestLogs;

  @BeforeAll
  static void submitHelloWorld() throws Exception {
    scratch = ScratchDirectory.create("launcher");
    submitted = wf("submit", "--wait", "examples/hello-world.yaml");
    latest = wf("get", "@latest");
    latestLogs = wf("logs", "@latest");
  }

  @AfterAll
  static void stopServerAndClean() {
    new ServerLauncher(wfHome())
        .serverFile()
        .flatMap(info -> ProcessHandle.of(info.pid()))
        .ifPresent(ProcessHandle::destroyForcibly);
    StepProcess.killAll(wfHome());
    scratch.close();
  }

  private static Path wfHome() {
    return scratch.resolve("home");
  }

  /** Runs {@code ./wf ARGS} in the repository root with this test's WF_HOME. */
  private static CliRun wf(String... args) throws IOException, InterruptedException {
    int run = RUNS.incrementAndGet();
    Path out = scratch.resolve("run-" + run + ".out");
    Path err = scratch.resolve("run-" + run + ".err");
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("wf").toString()));
    command.addAll(List.of(args));
    var builder =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("WF_HOME", wfHome().toString());
    builder.environment().remove("WF_SERVER");
    Process process = builder.start();
    if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("wf " + String.join(" ", args) + " did not finish");
    }
    return new CliRun(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String workflowName() {
    return submitted.out().lines().findFirst().orElseThrow();
  }

  @Test
  void submitWaitPrintsTheNameAndSucceeds() {
    assertThat(submitted.exitCode()).as(submitted.err()).isZero();
    assertThat(workflowName()).matches("hello-world-[a-z0-9]{5}");
  }

  @Test
  void getLatestShowsSucceededAndTheTree() {
    assertThat(latest.exitCode()).as(latest.err()).isZero();
    assertThat(latest.out())
        .containsPattern("Status: +Succeeded")
        .containsPattern("(?m)^ \\S+ " + workflowName() + " +hello +" + workflowName());
  }

  @Test
  void logsLatestPrintsTheGreetingWithTheStepName() {
    assertThat(latestLogs.exitCode()).as(latestLogs.err()).isZero();
    assertThat(latestLogs.out()).isEqualTo(workflowName() + ": hello, world\n");
  }

  @Test
  void listByNameIncludesTheWorkflow() throws Exception {
    CliRun list = wf("list", "-o", "name");

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out().lines()).contains(workflowName());
  }

  @Test
  void submitWaitOfAFailingWorkflowExitsWithOne() throws Exception {
    CliRun run = wf("submit", "--wait", RESOURCES.resolve("local/fails.yaml").toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
  }

  @Test
  void lintOfAnInvalidFilePrintsPositionsAndExitsWithOne() throws Exception {
    String file = RESOURCES.resolve("lint/two-errors.yaml").toString();

    CliRun run = wf("lint", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith(file + ":").matches(".*?:\\d+:\\d+: .+"));
  }

  @Test
  void lintOfAValidFilePrintsNothingAndExitsWithZero() throws Exception {
    CliRun run = wf("lint", RESOURCES.resolve("lint/clean.yaml").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownFlagIsAUsageErrorWithExitCodeTwo() throws Exception {
    CliRun run = wf("list", "--no-such-flag");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-flag'");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void serverStopStopsTheServer() throws Exception {
    long pid = new ServerLauncher(wfHome()).serverFile().orElseThrow().pid();

    CliRun run = wf("server", "stop");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Stopped the wf server (pid " + pid + ")\n");
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    assertThat(wfHome().resolve(ServerLauncher.SERVER_FILE)).doesNotExist();
  }
}
