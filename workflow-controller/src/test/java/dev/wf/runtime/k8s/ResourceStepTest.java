package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.executor.ResourceSpec;
import dev.wf.executor.ResourceSpec.ResourceOutput;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;

@EnableKubernetesMockClient(crud = true)
class ResourceStepTest {
  static KubernetesClient client;

  private final ResourceStep steps = new ResourceStep(client, Clock.systemUTC());

  @AfterEach
  void close() {
    steps.close();
  }

  private static String configMap(String name, String phase) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
        data:
          phase: %s
        """
        .formatted(name, phase);
  }

  private static ResourceSpec spec(String action, String manifest) {
    return new ResourceSpec(action, manifest, null, null, null, null, false, null, null);
  }

  private static ResourceSpec waiting(String manifest, String success, String failure) {
    return new ResourceSpec(
        "create",
        manifest,
        null,
        success,
        failure,
        null,
        false,
        null,
        List.of(new ResourceOutput("phase", "{.data.phase}", null, null)));
  }

  private StepResult run(ResourceSpec spec) {
    return steps.start(spec, "test", "wf", "uid-1").result().orTimeout(10, TimeUnit.SECONDS).join();
  }

  private ConfigMap stored(String name) {
    return client.configMaps().inNamespace("test").withName(name).get();
  }

  private static void setPhase(String name, String phase) {
    client
        .configMaps()
        .inNamespace("test")
        .withName(name)
        .edit(cm -> new ConfigMapBuilder(cm).addToData("phase", phase).build());
  }

  @Test
  void createsTheObjectAndSucceedsAtOnceWithoutConditions() {
    StepResult result = run(spec("create", configMap("plain", "New")));

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(stored("plain").getData()).containsEntry("phase", "New");
  }

  @Test
  void createsInTheNamespaceTheFlagsName() {
    var spec =
        new ResourceSpec(
            "create",
            configMap("elsewhere", "New"),
            null,
            null,
            null,
            null,
            false,
            List.of("-n", "other"),
            null);

    assertThat(run(spec).phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(client.configMaps().inNamespace("other").withName("elsewhere").get()).isNotNull();
  }

  @Test
  void givesTheCreatedObjectTheWorkflowAsOwnerWhenAsked() {
    var spec =
        new ResourceSpec(
            "create", configMap("owned", "New"), null, null, null, null, true, null, null);

    run(spec);

    var owner = stored("owned").getMetadata().getOwnerReferences().get(0);
    assertThat(owner.getApiVersion()).isEqualTo("wf.dev/v1alpha1");
    assertThat(owner.getKind()).isEqualTo("Workflow");
    assertThat(owner.getName()).isEqualTo("wf");
    assertThat(owner.getUid()).isEqualTo("uid-1");
    assertThat(owner.getController()).isTrue();
  }

  @Test
  void waitsUntilTheSuccessConditionHolds() {
    var run =
        steps.start(
            waiting(configMap("job", "Running"), "data.phase == Done", null), "test", "wf", "u");
    await().atMost(Duration.ofSeconds(10)).until(() -> stored("job") != null);
    assertThat(run.result()).isNotDone();

    setPhase("job", "Done");

    StepResult result = run.result().orTimeout(10, TimeUnit.SECONDS).join();
    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(result.outputParameters()).containsExactly(Map.entry("phase", "Done"));
  }

  @Test
  void failsWhenTheFailureConditionHolds() {
    var spec =
        waiting(
            configMap("doomed", "Running"), "data.phase == Done", "data.phase in (Failed, Error)");
    var run = steps.start(spec, "test", "wf", "u");
    await().atMost(Duration.ofSeconds(10)).until(() -> stored("doomed") != null);

    setPhase("doomed", "Error");

    StepResult result = run.result().orTimeout(10, TimeUnit.SECONDS).join();
    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message())
        .isEqualTo("failure condition 'data.phase in (Error,Failed)' evaluated true");
  }

  @Test
  void succeedsAtOnceWhenOnlyAFailureConditionIsGivenAndItDoesNotHold() {
    StepResult result = run(waiting(configMap("calm", "Running"), null, "data.phase == Failed"));

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void getsAnObjectAndReadsItsOutputs() {
    run(spec("create", configMap("existing", "Ready")));
    var spec =
        new ResourceSpec(
            "get",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: existing}\n",
            null,
            "data.phase == Ready",
            null,
            null,
            false,
            null,
            List.of(
                new ResourceOutput("name", "{.metadata.name}", null, null),
                new ResourceOutput("data", null, ".data", null)));

    StepResult result = run(spec);

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(result.outputParameters())
        .containsExactly(Map.entry("name", "existing"), Map.entry("data", "{\"phase\":\"Ready\"}"));
  }

  @Test
  void errorsWhenTheObjectToGetDoesNotExist() {
    StepResult result =
        run(spec("get", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: nope}\n"));

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).isEqualTo("configmap/nope in namespace test not found");
  }

  @Test
  void deletesTheObject() {
    run(spec("create", configMap("gone", "New")));

    StepResult result = run(spec("delete", configMap("gone", "New")));

    assertThat(result.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(stored("gone")).isNull();
  }

  @Test
  void deletingAMissingObjectSucceeds() {
    assertThat(run(spec("delete", configMap("never", "New"))).phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void appliesByCreatingAMissingObject() {
    assertThat(run(spec("apply", configMap("applied", "One"))).phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(stored("applied").getData()).containsEntry("phase", "One");
  }

  @Test
  void appliesByMergingIntoAnExistingObject() {
    run(spec("create", configMap("merged", "One")));

    run(
        spec(
            "apply",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: merged}\ndata: {extra: x}\n"));

    assertThat(stored("merged").getData())
        .containsEntry("phase", "One")
        .containsEntry("extra", "x");
  }

  @Test
  void patchesWithAMergePatch() {
    run(spec("create", configMap("patched", "One")));
    var patch =
        new ResourceSpec(
            "patch",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: patched, labels: {checked: 'yes'}}\n",
            null,
            null,
            null,
            "merge",
            false,
            null,
            null);

    assertThat(run(patch).phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(stored("patched").getMetadata().getLabels()).containsEntry("checked", "yes");
    assertThat(stored("patched").getData()).containsEntry("phase", "One");
  }

  @Test
  void killEndsAWaitingStepAsFailed() {
    var run =
        steps.start(
            waiting(configMap("killed", "Running"), "data.phase == Done", null), "test", "wf", "u");
    await().atMost(Duration.ofSeconds(10)).until(() -> run.object().isDone());

    run.kill("Stopped with strategy 'Stop'");

    StepResult result = run.result().join();
    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("Stopped with strategy 'Stop'");
  }

  @Test
  void errorsWhenTheObjectIsDeletedWhileWaiting() {
    var run =
        steps.start(
            waiting(configMap("vanishing", "Running"), "data.phase == Done", null),
            "test",
            "wf",
            "u");
    await().atMost(Duration.ofSeconds(10)).until(() -> run.object().isDone());

    client.configMaps().inNamespace("test").withName("vanishing").delete();

    StepResult result = run.result().orTimeout(10, TimeUnit.SECONDS).join();
    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .isEqualTo(
            "configmap/vanishing in namespace test was deleted while its conditions were being checked");
  }

  @Test
  void errorsWhenTheObjectExistsAlready() {
    run(spec("create", configMap("twice", "One")));

    StepResult result = run(spec("create", configMap("twice", "One")));

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).startsWith("cannot create configmap/twice in namespace test: ");
  }

  @Test
  void errorsOnAManifestThatIsNotYaml() {
    StepResult result = run(spec("create", "kind: [ConfigMap"));

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).startsWith("the manifest is not valid YAML");
  }

  @Test
  void reportsTheObjectOnceTheActionIsDone() {
    var run = steps.start(spec("create", configMap("reported", "One")), "test", "wf", "u");

    assertThat(run.object().orTimeout(10, TimeUnit.SECONDS).join())
        .isEqualTo(new ResourceRef("v1", "ConfigMap", "test", "reported"));
  }
}
