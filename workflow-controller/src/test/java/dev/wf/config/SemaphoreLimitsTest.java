package dev.wf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class SemaphoreLimitsTest {
  private static WfConfig fixture(String name) {
    try (var in = SemaphoreLimitsTest.class.getResourceAsStream("/config/" + name)) {
      return WfConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsTheLimitOfAConfigMapKeyInAnyNamespace() {
    SemaphoreLimits limits = fixture("semaphores.yaml").semaphores();

    assertThat(limits.limit("default", "my-config", "workflow")).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void prefersTheNamespacedEntry() {
    SemaphoreLimits limits = fixture("semaphores.yaml").semaphores();

    assertThat(limits.limit("team-a", "my-config", "workflow")).isEqualTo(OptionalInt.of(5));
  }

  @Test
  void knowsNoLimitForOtherKeys() {
    assertThat(fixture("semaphores.yaml").semaphores().limit("default", "my-config", "template"))
        .isEmpty();
  }

  @Test
  void noSynchronizationMeansNoLimits() {
    assertThat(fixture("images.yaml").semaphores()).isEqualTo(SemaphoreLimits.NONE);
  }

  @Test
  void rejectsALimitBelowOne() {
    assertThatThrownBy(() -> fixture("semaphore-limit-zero.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "semaphore-limit-zero.yaml: synchronization.semaphores[\"my-config/template\"]:"
                + " expected a whole number of at least 1, found 0");
  }

  @Test
  void rejectsAKeyWithoutAConfigMapName() {
    assertThatThrownBy(
            () -> WfConfig.parse("synchronization:\n  semaphores:\n    workflow: 1\n", "c.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "c.yaml: synchronization.semaphores[\"workflow\"]:"
                + " expected CONFIGMAP/KEY or NAMESPACE/CONFIGMAP/KEY");
  }
}
