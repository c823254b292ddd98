package dev.wf.store.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.api.spec.ConfigMap;
import dev.wf.store.AlreadyExistsException;

@EnableKubernetesMockClient(crud = true)
class KubernetesConfigMapsTest {
  KubernetesClient client;
  private KubernetesConfigMaps configMaps;

  @BeforeEach
  void open() {
    configMaps = new KubernetesConfigMaps(client, "team-a");
  }

  @Test
  void getReturnsTheCreatedConfigMap() {
    configMaps.create(ConfigMap.of("limits", Map.of("workflow", "2")));

    ConfigMap read = configMaps.get("limits").orElseThrow();

    assertThat(read.data()).containsExactly(Map.entry("workflow", "2"));
    assertThat(read.metadata().namespace()).isEqualTo("team-a");
  }

  @Test
  void createOfATakenNameThrowsAlreadyExists() {
    configMaps.create(ConfigMap.of("limits", Map.of()));

    assertThatThrownBy(() -> configMaps.create(ConfigMap.of("limits", Map.of())))
        .isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void listsByNameWithinItsNamespace() {
    new KubernetesConfigMaps(client, "team-b").create(ConfigMap.of("elsewhere", Map.of()));
    configMaps.create(ConfigMap.of("b", Map.of()));
    configMaps.create(ConfigMap.of("a", Map.of()));

    assertThat(configMaps.list()).extracting(ConfigMap::name).containsExactly("a", "b");
  }

  @Test
  void putEntryCreatesAMissingConfigMapWithItsLabels() {
    ConfigMap stored = configMaps.putEntry("cache", "key-1", "{}", Map.of("memo", "true"));

    assertThat(stored.data()).containsExactly(Map.entry("key-1", "{}"));
    assertThat(configMaps.get("cache").orElseThrow().metadata().labels())
        .containsEntry("memo", "true");
  }

  @Test
  void putEntryKeepsTheOtherKeysAndLabels() {
    configMaps.putEntry("cache", "key-1", "one", Map.of("a", "1"));

    configMaps.putEntry("cache", "key-2", "two", Map.of("b", "2"));

    ConfigMap read = configMaps.get("cache").orElseThrow();
    assertThat(read.data()).containsOnly(Map.entry("key-1", "one"), Map.entry("key-2", "two"));
    assertThat(read.metadata().labels()).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"));
  }

  @Test
  void deleteRemovesTheConfigMap() {
    configMaps.create(ConfigMap.of("limits", Map.of()));

    assertThat(configMaps.delete("limits")).isTrue();
    assertThat(configMaps.get("limits")).isEmpty();
    assertThat(configMaps.delete("limits")).isFalse();
  }
}
