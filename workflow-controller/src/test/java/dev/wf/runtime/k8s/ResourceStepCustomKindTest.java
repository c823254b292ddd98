package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.executor.ResourceSpec;
import dev.wf.executor.ResourceSpec.ResourceOutput;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;

/** A resource step drives another operator's custom resource, found by API discovery. */
@EnableKubernetesMockClient(crud = true)
class ResourceStepCustomKindTest {
  static KubernetesClient client;

  private static final String MANIFEST =
      """
      apiVersion: example.dev/v1
      kind: TrainingJob
      metadata:
        generateName: train-
      spec:
        replicas: 2
      """;

  private final ResourceStep steps = new ResourceStep(client, Clock.systemUTC());

  @BeforeAll
  static void defineTheKind() {
    var crd =
        new CustomResourceDefinitionBuilder()
            .withNewMetadata()
            .withName("trainingjobs.example.dev")
            .endMetadata()
            .withNewSpec()
            .withGroup("example.dev")
            .withScope("Namespaced")
            .withNewNames()
            .withKind("TrainingJob")
            .withPlural("trainingjobs")
            .withSingular("trainingjob")
            .endNames()
            .addNewVersion()
            .withName("v1")
            .withServed(true)
            .withStorage(true)
            .endVersion()
            .endSpec()
            .build();
    client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
  }

  @AfterEach
  void close() {
    steps.close();
  }

  private static void setStatus(ResourceRef ref, Map<String, Object> status) {
    client
        .genericKubernetesResources(ref.apiVersion(), ref.kind())
        .inNamespace(ref.namespace())
        .withName(ref.name())
        .edit(
            r -> {
              r.setAdditionalProperty("status", status);
              return r;
            });
  }

  @Test
  void waitsForTheCustomResourceToSucceedAndReadsItsName() {
    var spec =
        new ResourceSpec(
            "create",
            MANIFEST,
            null,
            "status.succeeded > 1",
            "status.failed > 0",
            null,
            false,
            null,
            List.of(new ResourceOutput("name", "{.metadata.name}", null, null)));
    var run = steps.start(spec, "ml", "wf", "u");
    ResourceRef ref = run.object().orTimeout(10, TimeUnit.SECONDS).join();

    setStatus(ref, Map.of("succeeded", 1, "failed", 0));
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(5))
        .until(() -> !run.result().isDone());
    setStatus(ref, Map.of("succeeded", 2, "failed", 0));

    StepResult result = run.result().orTimeout(10, TimeUnit.SECONDS).join();
    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(result.outputParameters().get("name")).startsWith("train-").isEqualTo(ref.name());
  }

  @Test
  void errorsForAKindTheApiServerDoesNotKnow() {
    var spec =
        new ResourceSpec(
            "create",
            MANIFEST.replace("TrainingJob", "SparkApplication"),
            null,
            null,
            null,
            null,
            false,
            null,
            null);

    StepResult result =
        steps.start(spec, "ml", "wf", "u").result().orTimeout(10, TimeUnit.SECONDS).join();

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .startsWith("the API server knows no kind SparkApplication in example.dev/v1");
  }
}
