package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.artifacts.Sha256;
import dev.wf.artifacts.archive.ArchiveStrategy;
import dev.wf.cli.CliRun;
import dev.wf.cli.FakeServer;
import dev.wf.cli.FakeServer.Response;
import dev.wf.cli.Fixtures;

/** {@code wf cp}: artifacts downloaded, checked, unpacked and laid out as {@code argo cp} does. */
class CpCommandTest extends CommandTestBase {
  private static final String ROUTE = "/api/v1/workflows/art-abc/artifacts/";

  @TempDir Path work;
  private Path out;
  private byte[] dataset;
  private final byte[] log = "hello\n".getBytes(StandardCharsets.UTF_8);
  private final byte[] summary = "summary\n".getBytes(StandardCharsets.UTF_8);

  /** Serves the workflow and the artifacts of {@code produce}; tests serve {@code summary}. */
  @BeforeEach
  void serveArtifacts() throws Exception {
    out = work.resolve("out");
    dataset = packedDataset();
    String json =
        Fixtures.json("artifacts-done")
            .replace("SHA_DATASET", sha256(dataset))
            .replace("SHA_LOG", sha256(log))
            .replace("SHA_SUMMARY", sha256(summary));
    server.on("GET", "/api/v1/workflows/art-abc", 200, json);
    serve("art-abc-1/dataset", dataset);
    serve("art-abc-1/main-logs", log);
  }

  private void serve(String path, byte[] bytes) {
    server.on("GET", ROUTE + path, request -> Response.bytes(bytes));
  }

  /** A directory {@code dataset} with two files, packed as tar+gzip. */
  private byte[] packedDataset() throws Exception {
    Path dir = work.resolve("src/dataset");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a.csv"), "x,y\n1,2\n");
    Files.writeString(dir.resolve("sub/b.csv"), "x,y\n3,4\n");
    var bytes = new ByteArrayOutputStream();
    new ArchiveStrategy.TarGz(-1).pack(dir, bytes);
    return bytes.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return Sha256.copy(new ByteArrayInputStream(bytes), OutputStream.nullOutputStream()).sha256();
  }

  private Path outputs(String nodeId, String artifact) {
    return out.resolve("default/art-abc/" + nodeId + "/outputs/" + artifact);
  }

  @Test
  void copiesANodesArtifactsIntoArgosLayoutUnpackingArchives() throws Exception {
    CliRun run = wf("cp", "art-abc", out.toString(), "--node-id", "art-abc-1");

    assertThat(run.exitCode()).isZero();
    Path unpacked = outputs("art-abc-1", "dataset").resolve("dataset");
    assertThat(unpacked.resolve("a.csv")).hasContent("x,y\n1,2\n");
    assertThat(unpacked.resolve("sub/b.csv")).hasContent("x,y\n3,4\n");
    assertThat(outputs("art-abc-1", "main-logs").resolve("main.log")).hasContent("hello");
    assertThat(run.out())
        .contains("Copied 'dataset' of art-abc-1 to " + unpacked)
        .contains("Copied 'main-logs' of art-abc-1 to ");
  }

  @Test
  void leavesNoPartialFilesBehind() throws Exception {
    wf("cp", "art-abc", out.toString(), "--node-id", "art-abc-1");

    try (var files = Files.walk(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  @Test
  void artifactNameCopiesOnlyArtifactsSoNamed() {
    serve("art-abc-2/summary", summary);
    CliRun run = wf("cp", "art-abc", out.toString(), "--artifact-name", "summary");

    assertThat(run.exitCode()).isZero();
    assertThat(outputs("art-abc-2", "summary").resolve("summary.txt")).hasContent("summary");
    assertThat(server.requests())
        .extracting(FakeServer.Request::path)
        .filteredOn(p -> p.startsWith(ROUTE))
        .containsExactly(ROUTE + "art-abc-2/summary");
  }

  @Test
  void templateNameCopiesOnlyArtifactsOfItsSteps() {
    wf("cp", "art-abc", out.toString(), "--template-name", "produce");

    assertThat(server.requests())
        .extracting(FakeServer.Request::path)
        .filteredOn(p -> p.startsWith(ROUTE))
        .containsExactly(ROUTE + "art-abc-1/dataset", ROUTE + "art-abc-1/main-logs");
  }

  @Test
  void pathPlacesArtifactsByTheVariablesItNames() {
    serve("art-abc-2/summary", summary);
    CliRun run =
        wf(
            "cp",
            "art-abc",
            out.toString(),
            "--artifact-name",
            "summary",
            "--path",
            "{workflowName}/{templateName}/{artifactName}");

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("art-abc/report/summary/summary.txt")).hasContent("summary");
  }

  @Test
  void copiesTheOthersAndFailsWhenOneWasDeleted() throws Exception {
    serve("art-abc-2/summary", summary);
    servePages();
    CliRun run = wf("cp", "art-abc", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "wf: cannot copy 'tmp' of art-abc-3: it was deleted by artifact garbage collection\n");
    assertThat(outputs("art-abc-2", "summary").resolve("summary.txt")).exists();
    assertThat(outputs("art-abc-1", "dataset").resolve("dataset")).isDirectory();
  }

  @Test
  void copiesADirectoryOfObjectsThatComesAsAZip() throws Exception {
    servePages();

    CliRun run = wf("cp", "art-abc", out.toString(), "--artifact-name", "pages");

    assertThat(run.exitCode()).isZero();
    Path pages = outputs("art-abc-2", "pages").resolve("pages");
    assertThat(pages.resolve("index.html")).hasContent("<p>hi</p>");
    assertThat(pages.resolve("img/logo.txt")).hasContent("logo");
  }

  /** Serves {@code pages}, a directory artifact, as the server does: a zip of its objects. */
  private void servePages() throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("index.html"));
      zip.write("<p>hi</p>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("img/logo.txt"));
      zip.write("logo".getBytes(StandardCharsets.UTF_8));
    }
    server.on(
        "GET",
        ROUTE + "art-abc-2/pages",
        request -> new Response(200, "", Map.of("X-Wf-Archive", "zip"), bytes.toByteArray()));
  }

  @Test
  void refusesADownloadWhoseChecksumDiffers() throws Exception {
    serve("art-abc-2/summary", "tampered\n".getBytes(StandardCharsets.UTF_8));

    CliRun run = wf("cp", "art-abc", out.toString(), "--artifact-name", "summary");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("wf: cannot copy 'summary' of art-abc-2: ")
        .contains("corrupt");
    try (var files = Files.list(outputs("art-abc-2", "summary"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void doesNotOverwriteWhatIsThere() throws Exception {
    serve("art-abc-2/summary", summary);
    Path target = outputs("art-abc-2", "summary").resolve("summary.txt");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "mine");

    CliRun run = wf("cp", "art-abc", out.toString(), "--artifact-name", "summary");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("already exists");
    assertThat(target).hasContent("mine");
  }

  @Test
  void aSelectionThatPicksNothingSaysSo() {
    CliRun run = wf("cp", "art-abc", out.toString(), "--artifact-name", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("wf: workflow 'art-abc' has no output artifacts named 'nope'\n");
  }

  @Test
  void aServerErrorForOneArtifactIsReported() {
    server.on(
        "GET",
        ROUTE + "art-abc-2/summary",
        404,
        "{\"message\":\"cannot read artifact \\\"summary\\\": gone\"}");

    CliRun run = wf("cp", "art-abc", out.toString(), "--artifact-name", "summary");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "wf: cannot copy 'summary' of art-abc-2: cannot read artifact \"summary\": gone\n");
  }
}
