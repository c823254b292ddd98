package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Template;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.PodFields;

class PodFieldsOfTest {
  private static PodFields fields(String yaml) {
    Workflow wf = workflow(yaml);
    Template t = wf.spec().template("main").orElseThrow();
    return PodFieldsOf.of(wf.spec(), t, t.container(), Map.of("workflow.name", "wf-1"));
  }

  @Test
  void templateNodeSelectorWinsOverTheWorkflows() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              nodeSelector: {disk: hdd}
              templates:
              - name: main
                nodeSelector: {disk: ssd}
                container: {image: alpine}
            """);

    assertThat(f.pod().at("/nodeSelector").toString()).isEqualTo("{\"disk\":\"ssd\"}");
  }

  @Test
  void workflowTolerationsAndPullSecretsApplyWhenTheTemplateHasNone() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              tolerations: [{key: gpu, operator: Exists}]
              imagePullSecrets: [{name: regcred}]
              serviceAccountName: wf-sa
              templates:
              - name: main
                container: {image: alpine}
            """);

    assertThat(f.pod().at("/tolerations/0/key").asText()).isEqualTo("gpu");
    assertThat(f.pod().at("/imagePullSecrets/0/name").asText()).isEqualTo("regcred");
    assertThat(f.pod().at("/serviceAccountName").asText()).isEqualTo("wf-sa");
  }

  @Test
  void templateMetadataOverridesPodMetadataKeyByKey() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              podMetadata: {labels: {team: a, tier: batch}, annotations: {note: wf}}
              templates:
              - name: main
                metadata: {labels: {team: b}}
                container: {image: alpine}
            """);

    assertThat(f.metadata().toString())
        .isEqualTo(
            "{\"labels\":{\"team\":\"b\",\"tier\":\"batch\"},\"annotations\":{\"note\":\"wf\"}}");
  }

  @Test
  void addsOnlyTheWorkflowVolumesThatAContainerMounts() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              volumes:
              - {name: shared, emptyDir: {}}
              - {name: unused, persistentVolumeClaim: {claimName: other}}
              templates:
              - name: main
                volumes: [{name: own, emptyDir: {}}]
                container:
                  image: alpine
                  volumeMounts: [{name: shared, mountPath: /shared}, {name: own, mountPath: /own}]
            """);

    assertThat(f.pod().get("volumes").findValuesAsText("name")).containsExactly("own", "shared");
  }

  @Test
  void sidecarMirroringMountsGetsTheMainContainersMounts() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              templates:
              - name: main
                volumes: [{name: data, emptyDir: {}}]
                sidecars:
                - {name: db, image: postgres, mirrorVolumeMounts: true}
                container:
                  image: alpine
                  volumeMounts: [{name: data, mountPath: /data}]
            """);

    assertThat(f.pod().at("/containers/0").toString())
        .isEqualTo(
            "{\"name\":\"db\",\"image\":\"postgres\","
                + "\"volumeMounts\":[{\"name\":\"data\",\"mountPath\":\"/data\"}]}");
  }

  @Test
  void mainContainerKeepsResourcesAndValueFromEnvOnly() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              templates:
              - name: main
                container:
                  image: alpine
                  resources: {limits: {memory: 64Mi}}
                  imagePullPolicy: Always
                  env:
                  - {name: PLAIN, value: x}
                  - {name: TOKEN, valueFrom: {secretKeyRef: {name: s, key: k}}}
            """);

    assertThat(f.container().at("/resources/limits/memory").asText()).isEqualTo("64Mi");
    assertThat(f.container().at("/imagePullPolicy").asText()).isEqualTo("Always");
    assertThat(f.container().get("env").toString())
        .isEqualTo(
            "[{\"name\":\"TOKEN\",\"valueFrom\":{\"secretKeyRef\":{\"name\":\"s\",\"key\":\"k\"}}}]");
  }

  @Test
  void podSpecPatchesComeWorkflowFirstWithVariablesSubstituted() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              podSpecPatch: '{"hostname": "{{workflow.name}}"}'
              templates:
              - name: main
                podSpecPatch: '{"subdomain": "x"}'
                container: {image: alpine}
            """);

    assertThat(f.patches()).containsExactly("{\"hostname\": \"wf-1\"}", "{\"subdomain\": \"x\"}");
  }

  @Test
  void setsTemplateActiveDeadlineOnThePod() {
    PodFields f =
        fields(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              templates:
              - name: main
                activeDeadlineSeconds: "30"
                container: {image: alpine}
            """);

    assertThat(f.pod().at("/activeDeadlineSeconds").asLong()).isEqualTo(30);
  }

  @Test
  void startedStepCarriesItsPodFields() {
    Workflow wf =
        workflow(
            """
            metadata: {name: wf-1}
            spec:
              entrypoint: main
              nodeSelector: {zone: a}
              templates:
              - name: main
                container: {image: alpine, command: ["true"]}
            """);

    Decision d = new WorkflowReconciler().decide(wf, WorkflowStatus.EMPTY, Map.of(), T0);

    assertThat(d.actions())
        .singleElement()
        .satisfies(
            a ->
                assertThat(
                        ((Action.StartStep) a).spec().pod().pod().at("/nodeSelector/zone").asText())
                    .isEqualTo("a"));
  }
}
