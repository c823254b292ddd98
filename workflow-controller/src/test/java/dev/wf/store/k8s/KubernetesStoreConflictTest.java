package dev.wf.store.k8s;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.api.spec.Workflow;
import dev.wf.store.ConflictException;

/**
 * The mock server in CRUD mode checks resourceVersion on the main resource but not on the status
 * subresource, so the 409 of a status write is played by an expectation.
 */
@EnableKubernetesMockClient
class KubernetesStoreConflictTest {
  private static final String STATUS_PATH =
      "/apis/wf.dev/v1alpha1/namespaces/team-a/workflows/hello/status";

  KubernetesMockServer server;
  KubernetesClient client;

  @Test
  void replaceStatusOfAChangedWorkflowThrowsConflict() {
    server
        .expect()
        .put()
        .withPath(STATUS_PATH)
        .andReturn(409, new StatusBuilder().withCode(409).withReason("Conflict").build())
        .once();
    Workflow current = MockCluster.workflow("two-steps", "hello", Instant.EPOCH);
    Workflow read = current.withMetadata(versioned(current, "7"));
    var store = new KubernetesStore(client, "team-a");

    assertThatThrownBy(() -> store.replaceStatus(read, KubernetesStoreTest.running(1)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("workflow \"hello\" was changed meanwhile");
  }

  private static dev.wf.api.spec.ObjectMeta versioned(Workflow wf, String version) {
    var meta = wf.metadata();
    return new dev.wf.api.spec.ObjectMeta(
        meta.name(),
        null,
        "team-a",
        "uid-1",
        version,
        meta.creationTimestamp(),
        meta.labels(),
        meta.annotations());
  }
}
