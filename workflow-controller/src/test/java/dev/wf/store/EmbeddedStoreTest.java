package dev.wf.store;

import static dev.wf.store.StoreRecords.T0;
import static dev.wf.store.StoreRecords.status;
import static dev.wf.store.StoreRecords.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

class EmbeddedStoreTest {
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00.987654321Z");

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

  @Test
  void getReturnsTheCreatedWorkflow() {
    Workflow created = workflow("hello", T0).withStatus(status(WorkflowPhase.RUNNING, 2));
    store.create(created);

    Workflow read = store.get("hello").orElseThrow();

    assertThat(read.spec()).isEqualTo(created.spec());
    assertThat(read.status()).isEqualTo(created.status());
    assertThat(read.metadata().uid()).isEqualTo("uid-hello");
    assertThat(read.metadata().creationTimestamp()).isEqualTo(T0);
  }

  @Test
  void updateReplacesSpecAndStatusAndKeepsTheCreationOrder() {
    store.create(workflow("older", T0));
    store.create(workflow("hello", T0.plusSeconds(1)).withStatus(status(WorkflowPhase.FAILED, 2)));
    long before = store.version("hello").orElseThrow();
    Workflow changed =
        workflow("hello", T0.plusSeconds(1))
            .withSpec(workflow("hello", T0).spec().withSuspend(true))
            .withStatus(status(WorkflowPhase.RUNNING, 1));

    assertThat(store.update(changed)).isTrue();

    Workflow read = store.get("hello").orElseThrow();
    assertThat(read.spec().suspend()).isTrue();
    assertThat(read.status()).isEqualTo(changed.status());
    assertThat(store.version("hello").orElseThrow()).isGreaterThan(before);
    assertThat(store.list()).extracting(Workflow::name).containsExactly("hello", "older");
  }

  @Test
  void updateOfAnUnknownWorkflowIsFalse() {
    assertThat(store.update(workflow("missing", T0))).isFalse();
  }

  @Test
  void getReturnsEmptyForUnknownWorkflow() {
    assertThat(store.get("missing")).isEmpty();
  }

  @Test
  void createRejectsTakenName() {
    store.create(workflow("hello", T0));

    assertThatThrownBy(() -> store.create(workflow("hello", T0.plusSeconds(1))))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("workflow \"hello\" already exists");
  }

  @Test
  void createStampsMissingCreationTimestampWithClock() {
    store.create(workflow("hello", null));

    assertThat(store.get("hello").orElseThrow().metadata().creationTimestamp())
        .isEqualTo(Instant.parse("2025-06-01T00:00:00.987654Z"));
  }

  @Test
  void listReturnsNewestFirst() {
    store.create(workflow("first", T0));
    store.create(workflow("third", T0.plusSeconds(2)));
    store.create(workflow("second", T0.plusSeconds(1)));

    assertThat(store.list()).extracting(Workflow::name).containsExactly("third", "second", "first");
  }

  @Test
  void latestNameIsTheNewestWorkflow() {
    assertThat(store.latestName()).isEmpty();
    store.create(workflow("first", T0));
    store.create(workflow("newest", T0.plusSeconds(2)));
    store.create(workflow("second", T0.plusSeconds(1)));

    assertThat(store.latestName()).contains("newest");
  }

  @Test
  void listOrdersWorkflowsCreatedAtTheSameTimeByName() {
    store.create(workflow("b", T0));
    store.create(workflow("a", T0));

    assertThat(store.list()).extracting(Workflow::name).containsExactly("a", "b");
  }

  @Test
  void updateStatusReplacesOnlyTheStatus() {
    Workflow created = workflow("hello", T0);
    store.create(created);
    WorkflowStatus done = status(WorkflowPhase.SUCCEEDED, 3);

    assertThat(store.updateStatus("hello", done)).isTrue();

    Workflow read = store.get("hello").orElseThrow();
    assertThat(read.status()).isEqualTo(done);
    assertThat(read.spec()).isEqualTo(created.spec());
  }

  @Test
  void updateStatusReturnsFalseForUnknownWorkflow() {
    assertThat(store.updateStatus("missing", status(WorkflowPhase.RUNNING, 0))).isFalse();
  }

  @Test
  void everyWriteIncrementsTheVersion() {
    store.create(workflow("hello", T0));
    long created = store.version("hello").orElseThrow();

    store.updateStatus("hello", status(WorkflowPhase.RUNNING, 1));
    long updated = store.version("hello").orElseThrow();
    store.updateStatus("hello", status(WorkflowPhase.RUNNING, 1));

    assertThat(updated).isGreaterThan(created);
    assertThat(store.version("hello").orElseThrow()).isGreaterThan(updated);
  }

  @Test
  void getReportsTheVersionAsResourceVersion() {
    store.create(workflow("hello", T0));
    store.updateStatus("hello", status(WorkflowPhase.RUNNING, 1));

    assertThat(store.get("hello").orElseThrow().metadata().resourceVersion())
        .isEqualTo(Long.toString(store.version("hello").orElseThrow()));
  }

  @Test
  void versionIsEmptyForUnknownWorkflow() {
    assertThat(store.version("missing")).isEqualTo(OptionalLong.empty());
  }

  @Test
  void versionDoesNotRepeatWhenANameIsReused() {
    store.create(workflow("hello", T0));
    store.updateStatus("hello", status(WorkflowPhase.RUNNING, 1));
    long before = store.version("hello").orElseThrow();
    store.delete("hello");

    store.create(workflow("hello", T0));

    assertThat(store.version("hello").orElseThrow()).isGreaterThan(before);
  }

  @Test
  void deleteRemovesTheWorkflow() {
    store.create(workflow("hello", T0));

    assertThat(store.delete("hello")).isTrue();

    assertThat(store.get("hello")).isEmpty();
    assertThat(store.list()).isEmpty();
  }

  @Test
  void deleteReturnsFalseForUnknownWorkflow() {
    assertThat(store.delete("missing")).isFalse();
  }

  @Test
  void createRejectsWorkflowWithoutName() {
    assertThatThrownBy(() -> store.create(workflow(null, T0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a workflow needs a name to be stored");
  }

  @Test
  void closedStoreRefusesCalls() {
    store.close();

    assertThatThrownBy(() -> store.list())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is closed");
  }
}
