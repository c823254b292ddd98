package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.VolumeMount;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.wf.api.spec.ModelJson;
import dev.wf.config.ImageEntrypoints;
import dev.wf.executor.PodFields;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.InputArtifactSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.executor.artifacts.SecretRef;
import dev.wf.executor.pod.PodLayout;

class PodBuilderTest {
  private static final ImageEntrypoints IMAGES =
      new ImageEntrypoints(
          Map.of("python:3", new ImageEntrypoints.Entry(List.of("python3"), List.of("-V"))));
  private final PodBuilder builder =
      new PodBuilder(new PodSettings("wf/executor:1", "IfNotPresent", IMAGES, "wf-step"));

  private static StepSpec spec(List<String> command, String script, PodFields pod) {
    return spec("alpine", command, script, List.of(), List.of(), pod);
  }

  private static StepSpec spec(
      String image,
      List<String> command,
      String script,
      List<InputArtifactSpec> inputs,
      List<OutputArtifactSpec> outputs,
      PodFields pod) {
    return new StepSpec(
        "wf",
        "wf-123",
        "t",
        image,
        command,
        List.of("a1"),
        Map.of("B", "2", "A", "1"),
        "/work",
        script,
        null,
        null,
        false,
        inputs,
        outputs,
        null,
        pod,
        null);
  }

  private static PodFields fields(String metadata, String pod, String container, String... patches)
      throws JsonProcessingException {
    var mapper = ModelJson.mapper();
    return new PodFields(
        mapper.readTree(metadata),
        mapper.readTree(pod),
        mapper.readTree(container),
        List.of(patches));
  }

  private static Container container(Pod pod, String name) {
    return pod.getSpec().getContainers().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void namesThePodAfterItsNodeAndTiesItToItsWorkflow() {
    Pod pod = builder.build(spec(List.of("echo"), null, null), "uid-9");

    assertThat(pod.getMetadata().getName()).isEqualTo("wf-123");
    assertThat(pod.getMetadata().getNamespace()).isNull();
    assertThat(pod.getMetadata().getLabels()).containsEntry(PodLabels.WORKFLOW, "wf");
    assertThat(pod.getMetadata().getAnnotations()).containsEntry(PodLabels.NODE_ID, "wf-123");
    assertThat(pod.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getApiVersion()).isEqualTo("wf.dev/v1alpha1");
              assertThat(o.getKind()).isEqualTo("Workflow");
              assertThat(o.getName()).isEqualTo("wf");
              assertThat(o.getUid()).isEqualTo("uid-9");
              assertThat(o.getController()).isTrue();
              assertThat(o.getBlockOwnerDeletion()).isTrue();
            });
    assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("wf-step");
  }

  @Test
  void wrapsTheMainCommandInTheShimAndAppendsTheScript() {
    Container main = container(builder.build(spec(List.of("sh"), "echo hi", null), "u"), "main");

    assertThat(main.getCommand())
        .containsExactly("/var/run/wf/bin/wf-shim", "sh", "a1", "/var/run/wf/script");
    assertThat(main.getArgs()).isEmpty();
    assertThat(main.getWorkingDir()).isEqualTo("/work");
    assertThat(main.getEnv()).extracting(EnvVar::getName).containsExactly("A", "B");
  }

  @Test
  void takesTheEntrypointOfAnImageWithoutCommandFromTheImagesMap() {
    var spec = spec("python:3", List.of(), null, List.of(), List.of(), null);

    assertThat(container(builder.build(spec, "u"), "main").getCommand())
        .containsExactly("/var/run/wf/bin/wf-shim", "python3", "a1");
  }

  @Test
  void rejectsAnImageWithoutCommandThatTheImagesMapDoesNotKnow() {
    assertThatThrownBy(() -> builder.build(spec(List.of(), null, null), "u"))
        .isInstanceOf(PodBuildException.class)
        .hasMessage(
            "image \"alpine\" has no command and no entry in images: of the controller's config;"
                + " set container.command or add the image there");
  }

  @Test
  void runsTheExecutorInInitAndWaitWithTheStepInTheirEnvironment() {
    var spec = spec(List.of("echo"), null, null);
    Pod pod = builder.build(spec, "uid-9");

    Container init = pod.getSpec().getInitContainers().get(0);
    assertThat(init.getName()).isEqualTo("init");
    assertThat(init.getImage()).isEqualTo("wf/executor:1");
    assertThat(init.getArgs()).containsExactly("init");
    assertThat(container(pod, "wait").getArgs()).containsExactly("wait");
    Map<String, EnvVar> env =
        init.getEnv().stream().collect(java.util.stream.Collectors.toMap(EnvVar::getName, e -> e));
    assertThat(ModelJson.read(env.get(PodLayout.ENV_SPEC).getValue(), StepSpec.class))
        .isEqualTo(spec);
    assertThat(env.get(PodLayout.ENV_POD_NAME).getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("metadata.name");
    assertThat(env.get(PodLayout.ENV_NAMESPACE).getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("metadata.namespace");
    assertThat(env.get(PodLayout.ENV_WORKFLOW_UID).getValue()).isEqualTo("uid-9");
  }

  @Test
  void mountsEachInputArtifactIntoMainFromTheSharedVolume() {
    var input = new InputArtifactSpec("x", "/in/x", null, "text", null, false, null, null);
    var spec = spec("alpine", List.of("cat"), null, List.of(input), List.of(), null);

    assertThat(container(builder.build(spec, "u"), "main").getVolumeMounts())
        .extracting(VolumeMount::getName, VolumeMount::getMountPath, VolumeMount::getSubPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wf-var", "/var/run/wf", null),
            org.assertj.core.groups.Tuple.tuple("wf-var", "/in/x", "inputs/0"));
  }

  @Test
  void mountsRepositorySecretsIntoInitAndWaitOnly() {
    var s3 =
        RepositorySpec.s3(
            new RepositorySpec.S3(
                "minio:9000",
                "b",
                null,
                true,
                new SecretRef("s3-keys", "access"),
                new SecretRef("s3-keys", "secret"),
                false));
    var out = new OutputArtifactSpec("o", "/tmp/o", s3, "k", null, false);
    var in =
        new InputArtifactSpec(
            "i",
            "/in/i",
            new ArtifactLocation(s3, "k", null, null, null),
            null,
            null,
            false,
            null,
            null);
    Pod pod =
        builder.build(spec("alpine", List.of("x"), null, List.of(in), List.of(out), null), "u");

    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> v.getSecret() != null)
        .singleElement()
        .satisfies(v -> assertThat(v.getSecret().getSecretName()).isEqualTo("s3-keys"));
    assertThat(container(pod, "wait").getVolumeMounts())
        .anySatisfy(
            m -> {
              assertThat(m.getMountPath()).isEqualTo("/var/run/wf-secrets/s3-keys");
              assertThat(m.getReadOnly()).isTrue();
            });
    assertThat(container(pod, "main").getVolumeMounts())
        .noneMatch(m -> m.getMountPath().startsWith(PodLayout.SECRETS_DIR));
  }

  @Test
  void laysThePodFieldsOverThePod() throws Exception {
    var pod =
        fields(
            "{\"labels\":{\"team\":\"a\",\"" + PodLabels.WORKFLOW + "\":\"other\"}}",
            "{\"nodeSelector\":{\"zone\":\"a\"},\"containers\":[{\"name\":\"db\",\"image\":\"pg\"}],"
                + "\"initContainers\":[{\"name\":\"prep\",\"image\":\"busybox\"}],"
                + "\"volumes\":[{\"name\":\"data\",\"emptyDir\":{}}]}",
            "{\"resources\":{\"limits\":{\"memory\":\"64Mi\"}},"
                + "\"env\":[{\"name\":\"T\",\"valueFrom\":{\"secretKeyRef\":{\"name\":\"s\",\"key\":\"k\"}}}]}");

    Pod built = builder.build(spec(List.of("x"), null, pod), "u");

    assertThat(built.getMetadata().getLabels())
        .containsEntry("team", "a")
        .containsEntry(PodLabels.WORKFLOW, "wf");
    assertThat(built.getSpec().getNodeSelector()).containsEntry("zone", "a");
    assertThat(built.getSpec().getContainers())
        .extracting(Container::getName)
        .containsExactly("wait", "main", "db");
    assertThat(built.getSpec().getInitContainers())
        .extracting(Container::getName)
        .containsExactly("init", "prep");
    assertThat(built.getSpec().getVolumes())
        .extracting(v -> v.getName())
        .contains("wf-var", "data");
    Container main = container(built, "main");
    assertThat(main.getResources().getLimits().get("memory").toString()).isEqualTo("64Mi");
    assertThat(main.getEnv()).extracting(EnvVar::getName).containsExactly("A", "B", "T");
  }

  @Test
  void appliesPodSpecPatchesMergingContainersByName() throws Exception {
    var pod =
        fields(
            "{}",
            "{}",
            "{}",
            "{\"containers\":[{\"name\":\"main\",\"resources\":{\"limits\":{\"cpu\":\"1\"}}}]}",
            "hostname: h\nactiveDeadlineSeconds: 60\n");

    Pod built = builder.build(spec(List.of("x"), null, pod), "u");

    Container main = container(built, "main");
    assertThat(main.getResources().getLimits().get("cpu").toString()).isEqualTo("1");
    assertThat(main.getCommand()).startsWith("/var/run/wf/bin/wf-shim");
    assertThat(built.getSpec().getHostname()).isEqualTo("h");
    assertThat(built.getSpec().getActiveDeadlineSeconds()).isEqualTo(60L);
  }

  @Test
  void rejectsAPodSpecPatchThatIsNotAnObject() throws Exception {
    var pod = fields("{}", "{}", "{}", "[1, 2]");

    assertThatThrownBy(() -> builder.build(spec(List.of("x"), null, pod), "u"))
        .isInstanceOf(PodBuildException.class)
        .hasMessage("podSpecPatch must be an object (fields of a pod spec)");
  }
}
