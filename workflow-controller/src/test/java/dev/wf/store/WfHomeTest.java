package dev.wf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WfHomeTest {
  @Test
  void usesWfHomeWhenSet() {
    assertThat(WfHome.resolve(Map.of("WF_HOME", "/srv/wf"), "/home/u"))
        .isEqualTo(Path.of("/srv/wf"));
  }

  @Test
  void defaultsToDotWfInTheUserHome() {
    assertThat(WfHome.resolve(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.wf"));
  }

  @Test
  void ignoresBlankWfHome() {
    assertThat(WfHome.resolve(Map.of("WF_HOME", " "), "/home/u")).isEqualTo(Path.of("/home/u/.wf"));
  }
}
