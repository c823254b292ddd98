package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.api.crd.StepResultResource;
import dev.wf.artifacts.s3.S3TestServer;
import dev.wf.config.ImageEntrypoints;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;
import dev.wf.executor.StepSpec.OutputParameterSpec;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.InputArtifactSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.executor.artifacts.SecretRef;
import dev.wf.runtime.k8s.TestKubelet.Behaviour;

@EnableKubernetesMockClient(crud = true)
class TestKubeletTest {
  static final String NS = "steps";
  static final Duration WAIT = Duration.ofSeconds(30);
  static KubernetesClient client;

  @TempDir Path dir;
  private TestKubelet kubelet;
  private final PodBuilder builder =
      new PodBuilder(new PodSettings("wf/executor:dev", null, ImageEntrypoints.none(), null));

  static S3TestServer s3;

  @BeforeAll
  static void startS3() throws Exception {
    s3 = S3TestServer.start();
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  @AfterEach
  void stop() {
    assertThat(kubelet.failures()).isEmpty();
    kubelet.close();
  }

  private void kubelet(Behaviour behaviour) {
    kubelet = new TestKubelet(client, NS, dir.resolve("kubelet"), pod -> behaviour).start();
  }

  /** A script that reads its input, writes an output parameter and an artifact, and greets. */
  private StepSpec spec(String nodeId, String extra, RepositorySpec repository) {
    String script =
        "mkdir -p %1$s/out && cat %1$s/in/x > %1$s/out/n && echo data > %1$s/out/a && echo \"$GREETING\"\n%2$s"
            .formatted(dir, extra);
    return new StepSpec(
        "wf",
        nodeId,
        "t",
        "alpine",
        List.of("sh"),
        null,
        Map.of("GREETING", "hello"),
        null,
        script,
        List.of(new OutputParameterSpec("n", dir + "/out/n", null)),
        null,
        true,
        List.of(new InputArtifactSpec("x", dir + "/in/x", null, "42", null, false, null, null)),
        List.of(
            new OutputArtifactSpec(
                "a", dir + "/out/a", repository, nodeId + "/a.tgz", null, false)),
        null,
        null,
        null);
  }

  private RepositorySpec files() {
    return RepositorySpec.file(dir.resolve("repository").toString());
  }

  private Pod create(StepSpec spec) {
    return client.pods().inNamespace(NS).resource(builder.build(spec, "uid-1")).create();
  }

  private Pod pod(String name) {
    return client.pods().inNamespace(NS).withName(name).get();
  }

  private StepResultResource result(String name) {
    return client.resources(StepResultResource.class).inNamespace(NS).withName(name).get();
  }

  private static ContainerStatus main(Pod pod) {
    return pod.getStatus().getContainerStatuses().stream()
        .filter(s -> s.getName().equals("main"))
        .findFirst()
        .orElseThrow();
  }

  private Pod awaitPhase(String name, String phase) {
    await()
        .atMost(WAIT)
        .until(
            () -> {
              Pod pod = pod(name);
              return pod != null
                  && pod.getStatus() != null
                  && phase.equals(pod.getStatus().getPhase());
            });
    return pod(name);
  }

  @Test
  void runsAPodAndReportsItsStepResult() {
    kubelet(Behaviour.NORMAL);
    create(spec("wf-ok", "", files()));

    Pod pod = awaitPhase("wf-ok", "Succeeded");

    assertThat(main(pod).getState().getTerminated().getExitCode()).isZero();
    StepResult result = result("wf-ok").getStatus();
    assertThat(result.phase()).isEqualTo(StepResult.Phase.SUCCEEDED);
    assertThat(result.exitCode()).isZero();
    assertThat(result.result()).isEqualTo("hello");
    assertThat(result.outputParameters()).containsEntry("n", "42");
    assertThat(result.outputArtifacts().get(0).location().key()).isEqualTo("wf-ok/a.tgz");
    assertThat(result.startedAt()).isNotNull();
    assertThat(result.finishedAt()).isAfterOrEqualTo(result.startedAt());
    assertThat(result("wf-ok").getSpec().nodeId()).isEqualTo("wf-ok");
  }

  @Test
  void savesOutputArtifactsToS3WithKeysFromTheMountedSecret() {
    var encoder = Base64.getEncoder();
    client
        .secrets()
        .inNamespace(NS)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("s3-keys")
                .endMetadata()
                .addToData("accessKey", encoder.encodeToString(S3TestServer.ACCESS_KEY.getBytes()))
                .addToData("secretKey", encoder.encodeToString(S3TestServer.SECRET_KEY.getBytes()))
                .build())
        .create();
    var repository =
        RepositorySpec.s3(
            new RepositorySpec.S3(
                s3.endpoint(),
                "artifacts",
                "us-east-1",
                true,
                new SecretRef("s3-keys", "accessKey"),
                new SecretRef("s3-keys", "secretKey"),
                true));
    kubelet(Behaviour.NORMAL);
    create(spec("wf-s3", "", repository));

    awaitPhase("wf-s3", "Succeeded");

    StepResult result = result("wf-s3").getStatus();
    assertThat(result.phase()).as(result.message()).isEqualTo(StepResult.Phase.SUCCEEDED);
    assertThat(s3.blobStore().blobExists("artifacts", "wf-s3/a.tgz")).isTrue();
  }

  @Test
  void keepsTheMainContainersOutputAsItsLog() {
    kubelet(Behaviour.NORMAL);
    create(spec("wf-log", "echo oops >&2", files()));

    awaitPhase("wf-log", "Succeeded");

    assertThat(kubelet.mainLog("wf-log")).content().contains("hello", "oops");
  }

  @Test
  void anInputThatCannotBePlacedFailsThePodWithAnErroredStep() {
    kubelet(Behaviour.NORMAL);
    var missing = new ArtifactLocation(files(), "no/such/key", null, null, null);
    var input = new InputArtifactSpec("x", dir + "/in/x", missing, null, null, false, null, null);
    StepSpec spec = spec("wf-noinput", "", files());
    create(
        new StepSpec(
            spec.workflowName(),
            spec.nodeId(),
            spec.templateName(),
            spec.image(),
            spec.command(),
            spec.args(),
            spec.env(),
            spec.workingDir(),
            spec.scriptSource(),
            spec.outputParameters(),
            spec.privatePaths(),
            spec.captureResult(),
            List.of(input),
            spec.outputArtifacts(),
            spec.logArtifact(),
            spec.pod(),
            null));

    Pod pod = awaitPhase("wf-noinput", "Failed");

    assertThat(
            pod.getStatus()
                .getInitContainerStatuses()
                .get(0)
                .getState()
                .getTerminated()
                .getExitCode())
        .isEqualTo(1);
    StepResult result = result("wf-noinput").getStatus();
    assertThat(result.phase()).isEqualTo(StepResult.Phase.ERROR);
    assertThat(result.message()).startsWith("artifact \"x\" failed to load");
  }

  @Test
  void aFailingCommandFailsThePodAndTheStep() {
    kubelet(Behaviour.NORMAL);
    create(spec("wf-fail", "exit 3", files()));

    Pod pod = awaitPhase("wf-fail", "Failed");

    assertThat(main(pod).getState().getTerminated().getExitCode()).isEqualTo(3);
    StepResult result = result("wf-fail").getStatus();
    assertThat(result.phase()).isEqualTo(StepResult.Phase.FAILED);
    assertThat(result.message()).isEqualTo("Error (exit code 3)");
  }

  @Test
  void anOomKilledPodFailsWithoutAStepResult() {
    kubelet(Behaviour.OOM_KILLED);
    create(spec("wf-oom", "", files()));

    Pod pod = awaitPhase("wf-oom", "Failed");

    assertThat(main(pod).getState().getTerminated().getReason()).isEqualTo("OOMKilled");
    assertThat(main(pod).getState().getTerminated().getExitCode()).isEqualTo(137);
    assertThat(result("wf-oom")).isNull();
  }

  @Test
  void anImagePullErrorKeepsThePodPending() {
    kubelet(Behaviour.IMAGE_PULL_ERROR);
    create(spec("wf-pull", "", files()));

    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .untilAsserted(
            () ->
                assertThat(main(pod("wf-pull")).getState().getWaiting().getReason())
                    .isEqualTo("ErrImagePull"));
    assertThat(pod("wf-pull").getStatus().getPhase()).isEqualTo("Pending");
  }

  @Test
  void aPodThatStaysPendingHasNoContainerStatuses() {
    kubelet(Behaviour.STAY_PENDING);
    create(spec("wf-pending", "", files()));

    Pod pod = awaitPhase("wf-pending", "Pending");

    assertThat(pod.getStatus().getContainerStatuses()).isEmpty();
  }

  @Test
  void deletingARunningPodStopsItsMainProcess() {
    kubelet(Behaviour.NORMAL);
    create(spec("wf-long", "exec sleep 60", files()));
    Path exitCode = kubelet.podDir("wf-long").resolve("var/main/exitcode");
    awaitPhase("wf-long", "Running");
    await().atMost(WAIT).until(() -> Files.exists(exitCode.resolveSibling("stdout")));

    client.pods().inNamespace(NS).withName("wf-long").delete();

    await().atMost(WAIT).until(() -> Files.exists(exitCode));
    assertThat(exitCode).hasContent("143");
  }

  @Test
  void aVanishingPodIsGone() {
    kubelet(Behaviour.VANISH);
    create(spec("wf-gone", "", files()));

    await().atMost(WAIT).until(() -> pod("wf-gone") == null);
  }
}
