package dev.wf.store.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowStatus;

class NodeCompressionTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final NodeCompression compression = new NodeCompression(NodeCompression.DEFAULT_LIMIT);

  @Test
  void leavesASmallStatusAsItIs() {
    WorkflowStatus status = status(10);

    assertThat(compression.pack(status)).isEqualTo(status);
  }

  @Test
  void packsTenThousandNodesUnderTheApiObjectLimit() throws Exception {
    WorkflowStatus status = status(10_000);

    WorkflowStatus packed = compression.pack(status);

    assertThat(ModelJson.mapper().writeValueAsBytes(status).length)
        .isGreaterThan(NodeCompression.DEFAULT_LIMIT);
    assertThat(packed.nodes()).isEmpty();
    assertThat(packed.compressedNodes()).isNotEmpty();
    assertThat(ModelJson.mapper().writeValueAsBytes(packed).length).isLessThan(1024 * 1024);
  }

  @Test
  void unpackGivesBackTheSameNodes() {
    WorkflowStatus status = status(10_000);

    assertThat(compression.unpack(compression.pack(status))).isEqualTo(status);
  }

  @Test
  void unpackLeavesAnUncompressedStatusAlone() {
    WorkflowStatus status = status(3);

    assertThat(compression.unpack(status)).isEqualTo(status);
  }

  private static WorkflowStatus status(int count) {
    WorkflowStatus status = WorkflowStatus.EMPTY;
    for (int i = 0; i < count; i++) {
      String id = "fan-out-" + (1_000_000_000L + i * 7919L);
      status =
          status.withNode(
              NodeStatus.create(
                      id,
                      "fan-out[0].step(" + i + ")",
                      "step(" + i + ")",
                      NodeType.POD,
                      "echo",
                      "fan-out",
                      T0)
                  .withPhase(NodePhase.SUCCEEDED, null, T0.plusSeconds(i)));
    }
    return status;
  }
}
