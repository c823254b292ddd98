package dev.wf.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.wf.executor.ResourceSpec.ResourceOutput;

class ResourceSpecJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void stepWithAResourceSurvivesAJsonRoundTrip() throws Exception {
    var resource =
        new ResourceSpec(
            "create",
            "kind: Job",
            null,
            "status.succeeded > 0",
            "status.failed > 0",
            "merge",
            true,
            List.of("-n", "ml"),
            List.of(new ResourceOutput("name", "{.metadata.name}", null, "none")));
    var spec =
        new StepSpec(
            "wf", "wf-1", "job", null, null, null, null, null, null, null, null, false, null, null,
            null, null, resource);

    StepSpec read = mapper.readValue(mapper.writeValueAsString(spec), StepSpec.class);

    assertThat(read).isEqualTo(spec);
  }

  @Test
  void commandStepsHaveNoResource() {
    var spec =
        new StepSpec(
            "wf",
            "wf-1",
            "echo",
            "alpine",
            List.of("echo"),
            null,
            null,
            null,
            null,
            null,
            null,
            false);

    assertThat(spec.resource()).isNull();
  }

  @Test
  void patchesMergeStrategicallyByDefault() {
    var resource =
        new ResourceSpec("patch", "kind: Job", null, null, null, null, false, null, null);

    assertThat(resource.mergeStrategy()).isEqualTo("strategic");
  }
}
