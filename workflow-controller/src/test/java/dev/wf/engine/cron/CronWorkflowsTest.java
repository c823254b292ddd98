package dev.wf.engine.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ObjectMeta;

class CronWorkflowsTest {
  private static final Instant AT = Instant.parse("2024-01-01T00:05:00Z");

  @Test
  void namesTheWorkflowAfterTheCronAndTheUnixTime() {
    assertThat(CronWorkflows.childName("nightly", AT)).isEqualTo("nightly-1704067500");
  }

  @Test
  void buildsTheWorkflowForOneScheduleTime() {
    var meta =
        new ObjectMeta(null, null, null, null, null, null, Map.of("a", "1"), Map.of("b", "2"));
    var cron = Crons.schedule("@daily").workflowMetadata(meta).build();
    var wf = CronWorkflows.toWorkflow(cron, AT);

    assertThat(wf.name()).isEqualTo("nightly-1704067500");
    assertThat(wf.kind()).isEqualTo("Workflow");
    assertThat(wf.apiVersion()).isEqualTo("argoproj.io/v1alpha1");
    assertThat(wf.metadata().namespace()).isEqualTo("team-a");
    assertThat(wf.metadata().labels())
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", CronWorkflows.CRON_LABEL, "nightly"));
    assertThat(wf.metadata().annotations())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("b", "2", CronWorkflows.SCHEDULED_TIME_ANNOTATION, "2024-01-01T00:05:00Z"));
    assertThat(wf.spec()).isEqualTo(cron.spec().workflowSpec());
    assertThat(wf.status()).isNull();
  }
}
