package dev.wf.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ModelJson;

class EmbeddedStoreCronTest {
  private static final Instant NOW = Instant.parse("2026-01-02T10:00:00Z");

  @TempDir Path dir;
  private EmbeddedStore store;

  @BeforeEach
  void open() {
    store = EmbeddedStore.open(dir.resolve("wf.db"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static CronWorkflow cron(String name, String schedule) {
    return ModelJson.read(
        """
        {"apiVersion": "argoproj.io/v1alpha1", "kind": "CronWorkflow",
         "metadata": {"name": "%s"},
         "spec": {"schedules": ["%s"], "workflowSpec": {"entrypoint": "main"}}}
        """
            .formatted(name, schedule),
        CronWorkflow.class);
  }

  @Test
  void createAssignsUidNamespaceAndCreationTime() {
    CronWorkflow created = store.cronWorkflows().create(cron("nightly", "0 2 * * *"));

    assertThat(created.metadata().uid()).isNotBlank();
    assertThat(created.metadata().namespace()).isEqualTo("default");
    assertThat(created.metadata().creationTimestamp()).isEqualTo(NOW);
    assertThat(store.cronWorkflows().get("nightly")).contains(created);
  }

  @Test
  void createRefusesANameThatIsTaken() {
    store.cronWorkflows().create(cron("nightly", "0 2 * * *"));

    assertThatThrownBy(() -> store.cronWorkflows().create(cron("nightly", "0 3 * * *")))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("cron workflow \"nightly\" already exists");
  }

  @Test
  void updateStatusIsReadBackWithTheSpec() {
    store.cronWorkflows().create(cron("nightly", "0 2 * * *"));
    var status =
        new CronWorkflowStatus(
            List.of(new CronWorkflowStatus.ActiveWorkflow("nightly-1", "default", "u1")),
            NOW,
            NOW,
            3L,
            1L,
            CronWorkflowStatus.ACTIVE,
            List.of());

    assertThat(store.cronWorkflows().updateStatus("nightly", status)).isTrue();

    CronWorkflow read = store.cronWorkflows().get("nightly").orElseThrow();
    assertThat(read.status()).isEqualTo(status);
    assertThat(read.spec().schedules()).containsExactly("0 2 * * *");
  }

  @Test
  void replaceChangesTheSpecAndKeepsIdentityAndStatus() {
    CronWorkflow created = store.cronWorkflows().create(cron("nightly", "0 2 * * *"));
    var status = CronWorkflowStatus.EMPTY;
    store.cronWorkflows().updateStatus("nightly", status);

    CronWorkflow replaced =
        store.cronWorkflows().replace(cron("nightly", "0 4 * * *")).orElseThrow();

    assertThat(replaced.metadata().uid()).isEqualTo(created.metadata().uid());
    assertThat(replaced.metadata().creationTimestamp()).isEqualTo(NOW);
    assertThat(store.cronWorkflows().get("nightly").orElseThrow().spec().schedules())
        .containsExactly("0 4 * * *");
  }

  @Test
  void replaceOfAMissingCronIsEmpty() {
    assertThat(store.cronWorkflows().replace(cron("nightly", "0 2 * * *"))).isEmpty();
  }

  @Test
  void listIsByNameAndDeleteRemovesOnce() {
    store.cronWorkflows().create(cron("b", "0 2 * * *"));
    store.cronWorkflows().create(cron("a", "0 2 * * *"));

    assertThat(store.cronWorkflows().list())
        .extracting(CronWorkflow::name)
        .containsExactly("a", "b");
    assertThat(store.cronWorkflows().delete("a")).isTrue();
    assertThat(store.cronWorkflows().delete("a")).isFalse();
    assertThat(store.cronWorkflows().list()).extracting(CronWorkflow::name).containsExactly("b");
  }

  @Test
  void cronWorkflowsSurviveReopeningTheStore() {
    store.cronWorkflows().create(cron("nightly", "0 2 * * *"));
    store.close();

    store = EmbeddedStore.open(dir.resolve("wf.db"));

    assertThat(store.cronWorkflows().get("nightly")).isPresent();
  }

  @Test
  void aDatabaseWrittenBeforeCronWorkflowsIsUpgradedInPlace() throws SQLException {
    store.putTemplate(
        ModelJson.read(
            "{\"kind\":\"WorkflowTemplate\",\"metadata\":{\"name\":\"t\"},\"spec\":{}}",
            dev.wf.api.spec.WorkflowTemplate.class));
    store.close();
    execute("DROP TABLE cron_workflows", "UPDATE schema_version SET version = 2");

    store = EmbeddedStore.open(dir.resolve("wf.db"));
    store.cronWorkflows().create(cron("nightly", "0 2 * * *"));

    assertThat(store.cronWorkflows().get("nightly")).isPresent();
    assertThat(store.getTemplate(false, "t")).isPresent();
  }

  private void execute(String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("wf.db"));
        Statement statement = c.createStatement()) {
      for (String s : sql) statement.execute(s);
    }
  }
}
