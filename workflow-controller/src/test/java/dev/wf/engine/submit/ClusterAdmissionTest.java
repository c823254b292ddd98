package dev.wf.engine.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.store.ConfigMapStore;

class ClusterAdmissionTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final ArtifactRepository defaultRepository = ArtifactRepository.file("/var/artifacts");
  private final ClusterAdmission admission =
      new ClusterAdmission(
          TemplateLookup.none(),
          new Submission(
              TemplateLookup.none(),
              new ArtifactRepositoryResolver(ConfigMapStore.none(), defaultRepository),
              CLOCK,
              new Random(1)));

  @Test
  void admitsAValidWorkflowWithTheControllersArtifactRepository() {
    var status =
        admission.admit(
            workflow(
                """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: ok, namespace: team}
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      container: {image: alpine, command: [echo, hi]}
                """));

    assertThat(status.phase()).isNull();
    assertThat(status.artifactRepositoryRef().artifactRepository()).isEqualTo(defaultRepository);
  }

  @Test
  void refusesAnInvalidWorkflowWithItsFirstProblem() {
    Workflow invalid =
        workflow(
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: bad, namespace: team}
            spec:
              entrypoint: nowhere
              templates:
                - name: main
                  container: {image: alpine, command: [echo, hi]}
            """);

    assertThatThrownBy(() -> admission.admit(invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("spec.entrypoint: ")
        .hasMessageContaining("nowhere");
  }

  private static Workflow workflow(String yaml) {
    try (var parser = new YAMLFactory().createParser(yaml)) {
      return ModelJson.mapper().readValue(parser, Workflow.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
