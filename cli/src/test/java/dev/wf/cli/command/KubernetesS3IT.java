package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.artifacts.s3.S3TestServer;
import dev.wf.runtime.k8s.PodTimeouts;

/**
 * Artifacts through a real S3 server (s3proxy) on the cluster path: the controller's repository
 * names a bucket and a Secret with its keys; step pods get the Secret mounted (the kubelet writes
 * it out), upload and download through S3, and {@code wf --kube logs} falls back to the archived
 * log read with the namespace's Secret once the pod's log is gone.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesS3IT {
  static KubernetesClient client;
  static KubernetesMockServer server;

  @TempDir Path dir;
  private S3TestServer s3;
  private MockCluster cluster;

  @BeforeEach
  void startCluster() throws Exception {
    s3 = S3TestServer.start();
    client
        .secrets()
        .inNamespace(MockCluster.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("s3-keys")
                .endMetadata()
                .addToData("accessKey", base64(S3TestServer.ACCESS_KEY))
                .addToData("secretKey", base64(S3TestServer.SECRET_KEY))
                .build())
        .create();
    String config =
        """
        artifactRepository:
          archiveLogs: true
          s3:
            endpoint: %s
            bucket: artifacts
            insecure: true
            createBucketIfNotPresent: {}
            accessKeySecret: {name: s3-keys, key: accessKey}
            secretKeySecret: {name: s3-keys, key: secretKey}
        """
            .formatted(s3.endpoint().replaceFirst("^https?://", ""));
    cluster = MockCluster.start(client, server, dir, PodTimeouts.DEFAULT, config);
  }

  @AfterEach
  void stopCluster() throws Exception {
    cluster.close();
    s3.stop();
  }

  @Test
  void passesAnArtifactThroughS3AndReadsTheArchivedLog() {
    String name = cluster.submit("params-artifacts.yaml");

    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED);

    assertThat(status.phase()).as(status.message()).isEqualTo(WorkflowPhase.SUCCEEDED);
    NodeStatus make =
        status.nodes().values().stream()
            .filter(n -> n.displayName().equals("make"))
            .findFirst()
            .orElseThrow();
    String key = make.outputs().artifacts().get(0).location().key();
    assertThat(s3.blobStore().blobExists("artifacts", key)).isTrue();
    String use =
        status.nodes().values().stream()
            .filter(n -> n.displayName().equals("use"))
            .findFirst()
            .orElseThrow()
            .id();
    podLogGone(use);
    assertThat(cluster.wf("logs", name, "use").out()).contains("hello world from the cluster");
  }

  /** The pod's log is gone (as after pod garbage collection): the API answers 404. */
  private static void podLogGone(String pod) {
    server
        .expect()
        .get()
        .withPath(
            "/api/v1/namespaces/"
                + MockCluster.NAMESPACE
                + "/pods/"
                + pod
                + "/log?pretty=false&container=main")
        .andReturn(404, "")
        .always();
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
