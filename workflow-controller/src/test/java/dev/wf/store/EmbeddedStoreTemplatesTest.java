package dev.wf.store;

import static dev.wf.store.StoreRecords.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowTemplate;

class EmbeddedStoreTemplatesTest {
  @TempDir Path dir;
  private EmbeddedStore store;

  @BeforeEach
  void open() {
    store = EmbeddedStore.open(dir.resolve("wf.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void getTemplateReturnsTheStoredTemplate() {
    WorkflowTemplate stored = template("build", false);
    store.putTemplate(stored);

    assertThat(store.getTemplate(false, "build")).contains(stored);
  }

  @Test
  void keepsNamespacedAndClusterTemplatesApart() {
    store.putTemplate(template("build", false));
    store.putTemplate(template("build", true));

    assertThat(store.getTemplate(true, "build").orElseThrow().clusterScoped()).isTrue();
    assertThat(store.getTemplate(false, "build").orElseThrow().clusterScoped()).isFalse();
  }

  @Test
  void putTemplateReplacesTemplateOfTheSameName() {
    store.putTemplate(template("build", false));
    WorkflowTemplate replacement =
        new WorkflowTemplate(
            "argoproj.io/v1alpha1",
            WorkflowTemplate.KIND,
            ObjectMeta.named("build"),
            WorkflowSpec.EMPTY);

    store.putTemplate(replacement);

    assertThat(store.getTemplate(false, "build")).contains(replacement);
  }

  @Test
  void listTemplatesReturnsOneScopeByName() {
    store.putTemplate(template("b", false));
    store.putTemplate(template("a", false));
    store.putTemplate(template("c", true));

    assertThat(store.listTemplates(false))
        .extracting(WorkflowTemplate::name)
        .containsExactly("a", "b");
    assertThat(store.listTemplates(true)).extracting(WorkflowTemplate::name).containsExactly("c");
  }

  @Test
  void deleteTemplateRemovesOnlyThatScope() {
    store.putTemplate(template("build", false));
    store.putTemplate(template("build", true));

    assertThat(store.deleteTemplate(false, "build")).isTrue();

    assertThat(store.getTemplate(false, "build")).isEmpty();
    assertThat(store.getTemplate(true, "build")).isPresent();
  }

  @Test
  void deleteTemplateReturnsFalseForUnknownTemplate() {
    assertThat(store.deleteTemplate(true, "missing")).isFalse();
  }
}
