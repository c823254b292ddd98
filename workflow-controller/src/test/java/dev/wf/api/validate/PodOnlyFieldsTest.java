package dev.wf.api.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Workflow;

class PodOnlyFieldsTest {
  private static Workflow workflow(String yaml) {
    return (Workflow)
        YamlManifests.one("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n" + yaml);
  }

  @Test
  void listsPodOnlyFieldsOfTheSpecTemplatesAndContainers() {
    var wf =
        workflow(
            """
            metadata: {name: p}
            spec:
              entrypoint: main
              serviceAccountName: runner
              tolerations: [{key: gpu, operator: Exists}]
              templates:
              - name: main
                podSpecPatch: '{"hostPID": true}'
                script:
                  image: python
                  source: print(1)
                  imagePullPolicy: Always
              - name: set
                containerSet:
                  containers:
                  - {name: main, image: alpine, volumeMounts: [{name: v, mountPath: /v}]}
            """);

    assertThat(PodOnlyFields.of(wf.spec()))
        .containsExactly(
            "serviceAccountName",
            "tolerations",
            "templates[main].podSpecPatch",
            "templates[main].script.imagePullPolicy",
            "templates[set].containerSet.containers[main].volumeMounts");
  }

  @Test
  void findsNoneInAWorkflowThatOnlyRunsCommands() {
    var wf =
        workflow(
            """
            metadata: {name: p}
            spec:
              entrypoint: main
              templates:
              - name: main
                container: {image: alpine, command: [echo, hi], env: [{name: A, value: b}]}
            """);

    assertThat(PodOnlyFields.of(wf.spec())).isEmpty();
  }
}
