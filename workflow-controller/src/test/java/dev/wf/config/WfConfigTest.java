package dev.wf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WfConfigTest {
  private static WfConfig fixture(String name) {
    try (var in = WfConfigTest.class.getResourceAsStream("/config/" + name)) {
      return WfConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsImageCmdAndIgnoresOtherTopLevelKeys() {
    ImageEntrypoints images = fixture("images.yaml").images();

    assertThat(images.argv("docker/whalesay:latest", List.of()))
        .isEqualTo(Optional.of(List.of("cowsay")));
  }

  @Test
  void putsEntrypointBeforeCmd() {
    ImageEntrypoints images = fixture("images.yaml").images();

    assertThat(images.argv("python:3.12", List.of()))
        .isEqualTo(Optional.of(List.of("python3", "-c", "print('hi')")));
  }

  @Test
  void replacesCmdWithContainerArgs() {
    ImageEntrypoints images = fixture("images.yaml").images();

    assertThat(images.argv("python:3.12", List.of("app.py")))
        .isEqualTo(Optional.of(List.of("python3", "app.py")));
  }

  @Test
  void knowsNothingOfUnlistedImages() {
    assertThat(fixture("images.yaml").images().argv("alpine:3", List.of())).isEmpty();
  }

  @Test
  void rejectsCmdThatIsNotAList() {
    assertThatThrownBy(() -> fixture("cmd-not-a-list.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "cmd-not-a-list.yaml: images[\"alpine:3\"].cmd: expected a list of strings, found"
                + " \"sh\"");
  }

  @Test
  void rejectsUnknownKeyInImageEntry() {
    assertThatThrownBy(() -> fixture("unknown-image-key.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "unknown-image-key.yaml: images[\"alpine:3\"].command: unknown key (allowed:"
                + " entrypoint, cmd)");
  }

  @Test
  void rejectsDuplicateKeysWithTheirPosition() {
    assertThatThrownBy(() -> fixture("duplicate-key.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("duplicate-key.yaml:4:")
        .hasMessageContaining("cmd");
  }

  @Test
  void usesNoImagesWhenThereIsNoConfigFile(@TempDir Path wfHome) {
    assertThat(WfConfig.load(wfHome).images().images()).isEmpty();
  }

  @Test
  void loadsConfigYamlFromWfHome(@TempDir Path wfHome) throws IOException {
    Files.writeString(wfHome.resolve("config.yaml"), "images: {busybox: {cmd: [sh]}}\n");

    assertThat(WfConfig.load(wfHome).images().argv("busybox", List.of()))
        .isEqualTo(Optional.of(List.of("sh")));
  }

  @Test
  void readsTheControllerWideParallelism() {
    assertThat(WfConfig.parse("parallelism: 4\n", "config.yaml").parallelism()).isEqualTo(4);
    assertThat(WfConfig.parse("images: {}\n", "config.yaml").parallelism()).isZero();
  }

  @Test
  void refusesAParallelismThatIsNotAWholeNumberOrIsNegative() {
    for (String value : List.of("-1", "two", "1.5")) {
      assertThatThrownBy(() -> WfConfig.parse("parallelism: " + value + "\n", "config.yaml"))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("config.yaml: parallelism: expected a whole number");
    }
  }
}
