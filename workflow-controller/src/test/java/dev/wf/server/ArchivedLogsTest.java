package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.artifacts.StoredArtifact;
import dev.wf.artifacts.archive.ArchiveStrategy;
import dev.wf.artifacts.file.FileArtifactRepository;
import dev.wf.config.ImageEntrypoints;
import dev.wf.engine.WorkflowController;
import dev.wf.engine.gc.GcFixtures;
import dev.wf.engine.submit.Submission;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.runtime.StepLogs;
import dev.wf.runtime.local.LocalRuntime;
import dev.wf.server.WorkflowService.LogLine;
import dev.wf.store.EmbeddedStore;

/**
 * {@code wf logs} of a step whose own log is gone (its directory cleaned up): the server reads the
 * log the step archived as its {@code main-logs} artifact.
 */
class ArchivedLogsTest {
  @TempDir Path dir;
  private EmbeddedStore store;
  private LocalRuntime runtime;
  private WorkflowController controller;
  private FileArtifactRepository repository;
  private RepositorySpec spec;
  private StepLogs stepLogs = (workflow, node, from) -> List.of();

  @BeforeEach
  void start() {
    store = EmbeddedStore.open(dir.resolve("wf.db"));
    runtime = new LocalRuntime(dir.resolve("steps"), ImageEntrypoints.none(), Clock.systemUTC());
    controller = new WorkflowController(store, runtime, Clock.systemUTC());
    repository = new FileArtifactRepository(dir.resolve("artifacts"));
    spec = RepositorySpec.file(dir.resolve("artifacts").toString());
  }

  @AfterEach
  void stop() {
    controller.close();
    runtime.close();
    store.close();
  }

  private List<String> logs() throws InterruptedException {
    var service =
        new LocalWorkflowService(
            store,
            controller,
            (workflow, node, from) -> stepLogs.lines(workflow, node, from),
            new Submission(LocalWorkflowService.lookupOf(store), Clock.systemUTC(), new Random()),
            s -> repository);
    var lines = new ArrayList<String>();
    service.logs(
        "logs", null, false, (LogLine line) -> lines.add(line.step() + ": " + line.content()));
    return lines;
  }

  /** A completed workflow whose one step archived its log at {@code location}. */
  private void storeWorkflow(ArtifactLocation location) {
    var json = ModelJson.mapper().createObjectNode().put("name", "main-logs");
    json.set("location", ModelJson.mapper().valueToTree(location));
    Artifact log = ModelJson.mapper().convertValue(json, Artifact.class);
    var node =
        NodeStatus.create("logs-1", "logs", "logs", NodeType.POD, "main", null, Instant.EPOCH)
            .withPhase(NodePhase.SUCCEEDED, null, Instant.EPOCH);
    WorkflowStatus status =
        GcFixtures.withArtifacts(WorkflowStatus.EMPTY.withNode(node), "logs-1", List.of(log))
            .withPhase(WorkflowPhase.SUCCEEDED, null, Instant.EPOCH, Instant.EPOCH);
    store.create(
        new Workflow(
            "argoproj.io/v1alpha1",
            Workflow.KIND,
            ObjectMeta.named("logs"),
            WorkflowSpec.EMPTY,
            status));
  }

  private ArtifactLocation archive(String text, String archive) throws Exception {
    Path log = dir.resolve("main.log");
    Files.writeString(log, text);
    Path object = log;
    if (!archive.equals("none")) {
      object = dir.resolve("main.log.packed");
      ArchiveStrategy strategy =
          archive.equals("tar") ? new ArchiveStrategy.TarGz(-1) : new ArchiveStrategy.Zip();
      try (OutputStream out = Files.newOutputStream(object)) {
        strategy.pack(log, out);
      }
    }
    StoredArtifact put = repository.put("logs/logs-1/main.log", object);
    return new ArtifactLocation(spec, put.key(), archive, put.size(), put.sha256());
  }

  @Test
  void readsTheArchivedLogWhenTheStepsOwnLogIsGone() throws Exception {
    storeWorkflow(archive("first\nsecond\n", "none"));

    assertThat(logs()).containsExactly("logs: first", "logs: second");
  }

  @Test
  void readsAnArchivedLogPackedAsTar() throws Exception {
    storeWorkflow(archive("packed\n", "tar"));

    assertThat(logs()).containsExactly("logs: packed");
  }

  @Test
  void readsAnArchivedLogPackedAsZip() throws Exception {
    storeWorkflow(archive("zipped\n", "zip"));

    assertThat(logs()).containsExactly("logs: zipped");
  }

  @Test
  void prefersTheStepsOwnLog() throws Exception {
    storeWorkflow(archive("archived\n", "none"));
    stepLogs = (workflow, node, from) -> from == 0 ? List.of("local") : List.of();

    assertThat(logs()).containsExactly("logs: local");
  }

  @Test
  void anArchivedLogThatFailsItsChecksumSaysSoInsteadOfItsLines() throws Exception {
    ArtifactLocation location = archive("real\n", "none");
    storeWorkflow(
        new ArtifactLocation(spec, location.key(), "none", location.size(), "0".repeat(64)));

    assertThat(logs())
        .singleElement()
        .asString()
        .startsWith("logs: wf: cannot read the archived log of this step:");
  }
}
