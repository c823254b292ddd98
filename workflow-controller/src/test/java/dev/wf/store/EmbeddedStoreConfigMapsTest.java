package dev.wf.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.ConfigMap;

class EmbeddedStoreConfigMapsTest {
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

  @Test
  void getReturnsTheCreatedConfigMapWithItsCreationTime() {
    store.configMaps().create(ConfigMap.of("limits", Map.of("workflow", "2")));

    ConfigMap stored = store.configMaps().get("limits").orElseThrow();
    assertThat(stored.data()).containsExactly(Map.entry("workflow", "2"));
    assertThat(stored.metadata().creationTimestamp()).isEqualTo(NOW);
    assertThat(stored.kind()).isEqualTo("ConfigMap");
  }

  @Test
  void createRefusesANameThatIsTaken() {
    store.configMaps().create(ConfigMap.of("limits", Map.of()));

    assertThatThrownBy(() -> store.configMaps().create(ConfigMap.of("limits", Map.of())))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("configmap \"limits\" already exists");
  }

  @Test
  void listReturnsEveryConfigMapByName() {
    store.configMaps().create(ConfigMap.of("zeta", Map.of()));
    store.configMaps().create(ConfigMap.of("alpha", Map.of()));

    assertThat(store.configMaps().list())
        .extracting(ConfigMap::name)
        .containsExactly("alpha", "zeta");
  }

  @Test
  void deleteRemovesTheConfigMapOnce() {
    store.configMaps().create(ConfigMap.of("limits", Map.of()));

    assertThat(store.configMaps().delete("limits")).isTrue();
    assertThat(store.configMaps().delete("limits")).isFalse();
    assertThat(store.configMaps().get("limits")).isEmpty();
  }

  @Test
  void putEntryCreatesAMissingConfigMapWithTheLabels() {
    store.configMaps().putEntry("cache", "k1", "v1", Map.of("type", "Cache"));

    ConfigMap stored = store.configMaps().get("cache").orElseThrow();
    assertThat(stored.data()).containsExactly(Map.entry("k1", "v1"));
    assertThat(stored.metadata().labels()).containsExactly(Map.entry("type", "Cache"));
    assertThat(stored.metadata().creationTimestamp()).isEqualTo(NOW);
  }

  @Test
  void putEntryKeepsTheOtherKeysAndLabels() {
    var existing = ConfigMap.of("cache", Map.of("k1", "v1"));
    store
        .configMaps()
        .create(existing.withMetadata(existing.metadata().withLabels(Map.of("team", "a"))));

    store.configMaps().putEntry("cache", "k2", "v2", Map.of("type", "Cache"));
    store.configMaps().putEntry("cache", "k1", "new", Map.of());

    ConfigMap stored = store.configMaps().get("cache").orElseThrow();
    assertThat(stored.data()).containsOnly(Map.entry("k1", "new"), Map.entry("k2", "v2"));
    assertThat(stored.metadata().labels())
        .containsOnly(Map.entry("team", "a"), Map.entry("type", "Cache"));
  }

  @Test
  void configMapsSurviveReopeningTheStore() {
    store.configMaps().create(ConfigMap.of("limits", Map.of("workflow", "3")));
    store.close();

    store = EmbeddedStore.open(dir.resolve("wf.db"));

    assertThat(store.configMaps().get("limits").orElseThrow().data())
        .containsEntry("workflow", "3");
  }
}
