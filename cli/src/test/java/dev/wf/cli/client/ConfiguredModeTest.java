package dev.wf.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredModeTest {
  @TempDir Path wfHome;

  @Test
  void isLocalWithoutAConfigFile() {
    assertThat(ConfiguredMode.kubernetes(wfHome)).isFalse();
  }

  @Test
  void isKubernetesWhenTheConfigSaysSo() throws IOException {
    Files.writeString(wfHome.resolve("config.yaml"), "images: {}\nmode: kubernetes  # cluster\n");

    assertThat(ConfiguredMode.kubernetes(wfHome)).isTrue();
  }

  @Test
  void ignoresAModeKeyNestedUnderAnotherKey() throws IOException {
    Files.writeString(wfHome.resolve("config.yaml"), "executor:\n  mode: kubernetes\n");

    assertThat(ConfiguredMode.kubernetes(wfHome)).isFalse();
  }

  @Test
  void namesAnUnknownMode() throws IOException {
    Files.writeString(wfHome.resolve("config.yaml"), "mode: cloud\n");

    assertThatThrownBy(() -> ConfiguredMode.kubernetes(wfHome))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("config.yaml: mode: expected local or kubernetes, found \"cloud\"");
  }
}
