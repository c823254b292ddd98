package dev.wf.executor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.Sha256;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec;

/**
 * The init and wait phases of a step against one kind of repository: what a step saves, the next
 * one gets back in the same shape. Subclasses give the repository.
 */
abstract class ArtifactPhasesContract {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2026-01-01T00:00:05Z");

  @TempDir Path dir;
  final String prefix = "wf-" + UUID.randomUUID();
  Repositories stores;

  abstract RepositorySpec repository();

  abstract Repositories newStores();

  @AfterEach
  void closeStores() {
    if (stores != null) stores.close();
  }

  Repositories stores() {
    if (stores == null) stores = newStores();
    return stores;
  }

  /** Where the step's path {@code p} lies in this test's directory. */
  Path host(String p) {
    return dir.resolve("step").resolve(p.substring(1));
  }

  Path host2(String p) {
    return dir.resolve("next").resolve(p.substring(1));
  }

  Path write(String stepPath, String text) throws IOException {
    Path file = host(stepPath);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  OutputArtifactSpec output(String name, String path, ArchiveSpec archive, boolean optional) {
    return new OutputArtifactSpec(
        name, path, repository(), prefix + "/" + name + ".out", archive, optional);
  }

  StepResult saveStep(int exitCode, OutputArtifactSpec... outputs) {
    return saveStepWithLog(exitCode, null, outputs);
  }

  StepResult saveStepWithLog(int exitCode, OutputArtifactSpec log, OutputArtifactSpec... outputs) {
    Phase phase = exitCode == 0 ? Phase.SUCCEEDED : Phase.FAILED;
    String message = exitCode == 0 ? null : "Error (exit code " + exitCode + ")";
    var collected = new StepResult(phase, exitCode, null, null, message, START, END);
    return new ArtifactSaver(stores())
        .save(
            spec(List.of(), List.of(outputs), log), collected, this::host, dir.resolve("main.log"));
  }

  static StepSpec spec(
      List<InputArtifactSpec> inputs, List<OutputArtifactSpec> outputs, OutputArtifactSpec log) {
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
        null,
        null,
        false,
        inputs,
        outputs,
        log,
        null,
        null);
  }

  void load(InputArtifactSpec... inputs) throws ArtifactException {
    new ArtifactLoader(stores()).load(List.of(inputs), this::host2);
  }

  static InputArtifactSpec input(String name, String path, ArtifactLocation location) {
    return new InputArtifactSpec(name, path, location, null, null, false, null, null);
  }

  /** Saves {@code stepPath} as an output and returns where it went. */
  ArtifactLocation saved(String stepPath, ArchiveSpec archive) {
    StepResult result = saveStep(0, output("a", stepPath, archive, false));
    assertThat(result.phase()).as(result.message()).isEqualTo(Phase.SUCCEEDED);
    return result.outputArtifacts().get(0).location();
  }

  @Test
  void savesAFileAsTarGzWithItsSizeAndChecksum() throws Exception {
    write("/tmp/out.txt", "hello\n");

    ArtifactLocation location = saved("/tmp/out.txt", null);

    assertThat(location.archive()).isEqualTo("tar");
    assertThat(location.key()).isEqualTo(prefix + "/a.out");
    try (InputStream in = stores().open(repository()).open(location.key())) {
      var copied = Sha256.copy(in, java.io.OutputStream.nullOutputStream());
      assertThat(copied.size()).isEqualTo(location.size());
      assertThat(copied.sha256()).isEqualTo(location.sha256());
    }
  }

  @Test
  void passesAFileThroughTarGz() throws Exception {
    write("/tmp/out.txt", "hello\n");
    ArtifactLocation location = saved("/tmp/out.txt", null);

    load(input("in", "/tmp/in.txt", location));

    assertThat(host2("/tmp/in.txt")).hasContent("hello");
  }

  @Test
  void passesADirectoryThroughTarGz() throws Exception {
    write("/work/data/a.csv", "1,2\n");
    write("/work/data/sub/b.csv", "3,4\n");
    ArtifactLocation location = saved("/work/data", new ArchiveSpec("tar", 1));

    load(input("in", "/work/in", location));

    assertThat(host2("/work/in/a.csv")).hasContent("1,2");
    assertThat(host2("/work/in/sub/b.csv")).hasContent("3,4");
  }

  @Test
  void passesADirectoryThroughZip() throws Exception {
    write("/work/data/a.csv", "1,2\n");
    ArtifactLocation location = saved("/work/data", ArchiveSpec.ZIP);

    load(input("in", "/work/in", location));

    assertThat(location.archive()).isEqualTo("zip");
    assertThat(host2("/work/in/a.csv")).hasContent("1,2");
  }

  @Test
  void passesAFileWithoutArchive() throws Exception {
    write("/tmp/out.bin", "raw bytes");
    ArtifactLocation location = saved("/tmp/out.bin", ArchiveSpec.NONE);

    load(input("in", "/tmp/in.bin", location));

    assertThat(location.archive()).isEqualTo("none");
    assertThat(location.size()).isEqualTo(9);
    assertThat(host2("/tmp/in.bin")).hasContent("raw bytes");
  }

  @Test
  void savesADirectoryWithoutArchiveAsOneObjectPerFile() throws Exception {
    write("/work/data/a.csv", "1,2\n");
    write("/work/data/sub/b.csv", "3,4\n");

    ArtifactLocation location = saved("/work/data", ArchiveSpec.NONE);

    assertThat(location.archive()).isEqualTo("dir");
    assertThat(location.size()).isEqualTo(8);
    assertThat(stores().open(repository()).list(prefix + "/"))
        .containsExactly(prefix + "/a.out/a.csv", prefix + "/a.out/sub/b.csv");
  }

  @Test
  void passesADirectoryWithoutArchive() throws Exception {
    write("/work/data/a.csv", "1,2\n");
    write("/work/data/sub/b.csv", "3,4\n");
    ArtifactLocation location = saved("/work/data", ArchiveSpec.NONE);

    load(input("in", "/work/in", location));

    assertThat(host2("/work/in/a.csv")).hasContent("1,2");
    assertThat(host2("/work/in/sub/b.csv")).hasContent("3,4");
  }

  @Test
  void takesOneFileOfADirectoryWithoutArchiveBySubPath() throws Exception {
    write("/work/data/sub/b.csv", "3,4\n");
    ArtifactLocation location = saved("/work/data", ArchiveSpec.NONE);

    load(new InputArtifactSpec("in", "/tmp/b.csv", location, null, null, false, "sub/b.csv", null));

    assertThat(host2("/tmp/b.csv")).hasContent("3,4");
  }

  @Test
  void takesOneDirectoryOfATarGzBySubPath() throws Exception {
    write("/work/data/a.csv", "1,2\n");
    write("/work/data/sub/b.csv", "3,4\n");
    ArtifactLocation location = saved("/work/data", null);

    load(new InputArtifactSpec("in", "/work/in", location, null, null, false, "sub", null));

    assertThat(host2("/work/in/b.csv")).hasContent("3,4");
    assertThat(host2("/work/in/a.csv")).doesNotExist();
  }

  @Test
  void unpacksAKeyOnlyTarballItFindsByItsContent() throws Exception {
    write("/tmp/out.txt", "hello\n");
    ArtifactLocation saved = saved("/tmp/out.txt", null);
    var keyOnly = new ArtifactLocation(repository(), saved.key(), null, null, null);

    load(input("in", "/tmp/in.txt", keyOnly));

    assertThat(host2("/tmp/in.txt")).hasContent("hello");
  }

  @Test
  void keepsAKeyOnlyPlainFileAsItIs() throws Exception {
    write("/tmp/out.txt", "plain\n");
    ArtifactLocation saved = saved("/tmp/out.txt", ArchiveSpec.NONE);
    var keyOnly = new ArtifactLocation(repository(), saved.key(), null, null, null);

    load(input("in", "/tmp/in.txt", keyOnly));

    assertThat(host2("/tmp/in.txt")).hasContent("plain");
  }

  /** Stores something, so that the repository (an S3 bucket) exists. */
  void storeSomething() throws IOException {
    write("/tmp/something.txt", "x");
    saved("/tmp/something.txt", ArchiveSpec.NONE);
  }

  @Test
  void passesAKeyOnlyDirectoryWhoseKeyEndsWithASlash() throws Exception {
    write("/work/data/a.csv", "1,2\n");
    String key = prefix + "/directory/";
    var output =
        new OutputArtifactSpec("a", "/work/data", repository(), key, ArchiveSpec.NONE, false);
    assertThat(saveStep(0, output).phase()).isEqualTo(Phase.SUCCEEDED);

    load(input("in", "/work/in", new ArtifactLocation(repository(), key, null, null, null)));

    assertThat(host2("/work/in/a.csv")).hasContent("1,2");
  }

  @Test
  void skipsAnOptionalInputThatIsNotStored() throws Exception {
    storeSomething();
    var missing = new ArtifactLocation(repository(), prefix + "/nothing.tgz", "tar", null, null);

    load(new InputArtifactSpec("in", "/tmp/in.txt", missing, null, null, true, null, null));

    assertThat(host2("/tmp/in.txt")).doesNotExist();
  }

  @Test
  void failsNamingArtifactAndKeyWhenARequiredInputIsNotStored() throws Exception {
    storeSomething();
    var missing = new ArtifactLocation(repository(), prefix + "/nothing.tgz", "tar", null, null);

    assertThatThrownBy(() -> load(input("data", "/tmp/in.txt", missing)))
        .isInstanceOf(ArtifactException.class)
        .hasMessageStartingWith("artifact \"data\" failed to load: ")
        .hasMessageContaining(prefix + "/nothing.tgz")
        .hasMessageContaining("not found");
  }

  @Test
  void refusesAnInputWhoseChecksumDiffers() throws Exception {
    write("/tmp/out.txt", "hello\n");
    ArtifactLocation saved = saved("/tmp/out.txt", null);
    var tampered =
        new ArtifactLocation(repository(), saved.key(), "tar", saved.size(), "0".repeat(64));

    assertThatThrownBy(() -> load(input("data", "/tmp/in.txt", tampered)))
        .isInstanceOf(ArtifactException.class)
        .hasMessageContaining("corrupt")
        .satisfies(
            e ->
                assertThat(((ArtifactException) e).kind())
                    .isEqualTo(ArtifactException.Kind.CORRUPT));
    assertThat(host2("/tmp/in.txt")).doesNotExist();
  }

  @Test
  void recordsNoLocationForAnOptionalOutputThatIsMissing() {
    StepResult result = saveStep(0, output("a", "/tmp/none.txt", null, true));

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(result.outputArtifacts()).containsExactly(new ArtifactResult("a", null));
  }

  @Test
  void errorsWhenARequiredOutputIsMissing() {
    StepResult result = saveStep(0, output("a", "/tmp/none.txt", null, false));

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .isEqualTo(
            "failed to save outputs: artifact \"a\": /tmp/none.txt: no such file or directory");
  }

  @Test
  void savesWhatAFailedStepLeftAndStaysFailed() throws Exception {
    write("/tmp/out.txt", "partial\n");

    StepResult result =
        saveStep(
            1,
            output("a", "/tmp/out.txt", ArchiveSpec.NONE, false),
            output("b", "/tmp/none.txt", null, false));

    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("Error (exit code 1)");
    assertThat(result.outputArtifacts().get(0).location().size()).isEqualTo(8);
    assertThat(result.outputArtifacts().get(1).location()).isNull();
  }

  @Test
  void archivesTheStepLogWithoutArchive() throws Exception {
    Files.writeString(dir.resolve("main.log"), "line 1\nline 2\n");
    var log =
        new OutputArtifactSpec(
            "main-logs", null, repository(), prefix + "/main.log", ArchiveSpec.NONE, false);

    StepResult result = saveStepWithLog(0, log);

    assertThat(result.logArtifact().key()).isEqualTo(prefix + "/main.log");
    assertThat(result.logArtifact().archive()).isEqualTo("none");
    try (InputStream in = stores().open(repository()).open(prefix + "/main.log")) {
      assertThat(new String(in.readAllBytes())).isEqualTo("line 1\nline 2\n");
    }
  }
}
