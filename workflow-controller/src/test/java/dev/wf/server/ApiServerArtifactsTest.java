package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.Sha256;
import dev.wf.artifacts.StoredArtifact;
import dev.wf.artifacts.file.FileArtifactRepository;
import dev.wf.engine.WorkflowDeletion;
import dev.wf.engine.gc.GcFixtures;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.executor.artifacts.RepositorySpec;

/** A node's output artifact streamed over HTTP, and deletion answering with what it removed. */
@Timeout(30)
class ApiServerArtifactsTest {
  private static final String ROUTE = "/api/v1/workflows/art/artifacts/art-1/";

  @TempDir Path dir;
  private ArtifactRepository repository;
  private RepositorySpec spec;
  private WorkflowDeletion deletion = WorkflowDeletion.NOT_FOUND;
  private final InMemoryWorkflowService service =
      new InMemoryWorkflowService() {
        @Override
        public ArtifactStores artifactStores() {
          return s -> repository;
        }

        @Override
        public WorkflowDeletion delete(String name, boolean force) {
          return force ? new WorkflowDeletion(true, true, 0, List.of()) : deletion;
        }
      };
  private TestApi api;

  @BeforeEach
  void start() {
    repository = new FileArtifactRepository(dir.resolve("artifacts"));
    spec = RepositorySpec.file(dir.resolve("artifacts").toString());
    api = new TestApi(service);
  }

  @AfterEach
  void close() {
    api.close();
  }

  /** Stores {@code text} under {@code key} and returns the artifact a node records for it. */
  private Artifact stored(String name, String key, String text) throws Exception {
    Path file = dir.resolve("upload");
    Files.writeString(file, text);
    StoredArtifact put = repository.put(key, file);
    return artifact(name, new ArtifactLocation(spec, key, "none", put.size(), put.sha256()));
  }

  private static Artifact artifact(String name, ArtifactLocation location) {
    var json = dev.wf.api.spec.ModelJson.mapper().createObjectNode().put("name", name);
    json.set("location", dev.wf.api.spec.ModelJson.mapper().valueToTree(location));
    return dev.wf.api.spec.ModelJson.mapper().convertValue(json, Artifact.class);
  }

  private void workflowWith(Artifact... artifacts) {
    Workflow wf = InMemoryWorkflowService.workflow("art");
    var node = NodeStatus.create("art-1", "art", "art", NodeType.POD, "main", null, Instant.EPOCH);
    service.put(
        wf.withStatus(
            GcFixtures.withArtifacts(wf.status().withNode(node), "art-1", List.of(artifacts))));
  }

  @Test
  void streamsTheStoredBytesWithTheirChecksumAndArchive() throws Exception {
    Artifact out = stored("out", "art/out.txt", "hello artifact\n");
    workflowWith(out);

    HttpResponse<String> response = api.get(ROUTE + "out");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("hello artifact\n");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/octet-stream");
    assertThat(response.headers().firstValue("X-Wf-Sha256")).contains(out.location().sha256());
    assertThat(response.headers().firstValue("X-Wf-Archive")).contains("none");
    assertThat(response.headers().firstValue("Content-Length")).contains("15");
  }

  @Test
  void streamsAnArtifactLargerThanAnyBuffer() throws Exception {
    long size = 32L << 20;
    String key = "art/big.bin";
    StoredArtifact put =
        repository.put(
            key,
            new dev.wf.artifacts.StreamSource() {
              @Override
              public InputStream open() {
                return new PatternStream(size);
              }

              @Override
              public long size() {
                return size;
              }
            });
    workflowWith(artifact("big", new ArtifactLocation(spec, key, "tar", put.size(), put.sha256())));

    HttpResponse<InputStream> response =
        api.send(
            api.request(ROUTE + "big").GET().build(), HttpResponse.BodyHandlers.ofInputStream());

    try (InputStream body = response.body()) {
      Sha256.Copied copied = Sha256.copy(body, java.io.OutputStream.nullOutputStream());
      assertThat(copied.size()).isEqualTo(size);
      assertThat(copied.sha256()).isEqualTo(put.sha256());
    }
  }

  @Test
  void aDirectoryOfObjectsComesAsOneZip() throws Exception {
    GcFixtures.put(repository, "art/pages/index.html");
    GcFixtures.put(repository, "art/pages/img/logo.png");
    GcFixtures.put(repository, "art/other.txt");
    workflowWith(artifact("pages", new ArtifactLocation(spec, "art/pages/", "dir", null, null)));

    HttpResponse<InputStream> response =
        api.send(
            api.request(ROUTE + "pages").GET().build(), HttpResponse.BodyHandlers.ofInputStream());

    assertThat(response.headers().firstValue("X-Wf-Archive")).contains("zip");
    var names = new java.util.ArrayList<String>();
    try (var zip = new java.util.zip.ZipInputStream(response.body())) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry())
        names.add(entry.getName() + "=" + new String(zip.readAllBytes()));
    }
    assertThat(names).containsExactly("img/logo.png=hi", "index.html=hi");
  }

  @Test
  void anEmptyArtifactIsAnEmptyBody() throws Exception {
    workflowWith(stored("empty", "art/empty", ""));

    HttpResponse<String> response = api.get(ROUTE + "empty");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void anUnknownWorkflowIsNotFound() {
    HttpResponse<String> response = api.get("/api/v1/workflows/nope/artifacts/n/a");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("workflow \\\"nope\\\" not found");
  }

  @Test
  void anUnknownNodeIsNotFound() throws Exception {
    workflowWith(stored("out", "art/out.txt", "x"));

    HttpResponse<String> response = api.get("/api/v1/workflows/art/artifacts/art-9/out");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("workflow \\\"art\\\" has no node \\\"art-9\\\"");
  }

  @Test
  void anUnknownArtifactIsNotFound() throws Exception {
    workflowWith(stored("out", "art/out.txt", "x"));

    HttpResponse<String> response = api.get(ROUTE + "other");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("there is no output artifact \\\"other\\\" of node \\\"art-1\\\"");
  }

  @Test
  void aDeletedArtifactIsGone() throws Exception {
    workflowWith(stored("out", "art/out.txt", "x").withDeleted(true));

    HttpResponse<String> response = api.get(ROUTE + "out");

    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(response.body()).contains("deleted by artifact garbage collection");
  }

  @Test
  void anArtifactMissingFromItsRepositoryIsNotFound() throws Exception {
    workflowWith(artifact("out", new ArtifactLocation(spec, "art/gone", "none", 1L, null)));

    HttpResponse<String> response = api.get(ROUTE + "out");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("cannot read artifact \\\"out\\\" (art/gone in ");
  }

  @Test
  void deleteAnswersWithHowManyArtifactsItRemoved() {
    service.put(InMemoryWorkflowService.workflow("art"));
    deletion = new WorkflowDeletion(true, true, 3, List.of());

    HttpResponse<String> response = api.delete("/api/v1/workflows/art");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"deleted\":\"art\",\"artifactsDeleted\":3}");
  }

  @Test
  void deleteThatKeepsTheWorkflowIsAConflictSayingWhy() {
    deletion = new WorkflowDeletion(true, false, 0, List.of("cannot delete artifact x: denied"));

    HttpResponse<String> response = api.delete("/api/v1/workflows/art");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body())
        .contains("workflow \\\"art\\\" was kept: cannot delete artifact x: denied")
        .contains("--force");
  }

  @Test
  void forcedDeleteIsPassedOn() {
    deletion = new WorkflowDeletion(true, false, 0, List.of("denied"));

    HttpResponse<String> response = api.delete("/api/v1/workflows/art?force=true");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  /** {@code size} bytes of a repeating pattern, made up as they are read. */
  private static final class PatternStream extends InputStream {
    private final long size;
    private long position;

    PatternStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return position < size ? (int) (position++ % 251) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) return -1;
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) b[off + i] = (byte) (position++ % 251);
      return n;
    }
  }
}
