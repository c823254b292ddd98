package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.artifacts.SecretRef;
import dev.wf.executor.artifacts.SecretResolver.Use;

@EnableKubernetesMockClient(crud = true)
class ClusterSecretsTest {
  static KubernetesClient client;
  private ClusterSecrets secrets;

  @BeforeEach
  void createSecret() {
    client
        .secrets()
        .inNamespace("team")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("s3")
                .endMetadata()
                .withData(Map.of("accesskey", "YWRtaW4="))
                .build())
        .createOr(existing -> existing.update());
    secrets = new ClusterSecrets(client, "team");
  }

  @Test
  void readsTheDecodedValueOfAKey() throws ArtifactException {
    assertThat(secrets.resolve(new SecretRef("s3", "accesskey"), Use.S3_ACCESS_KEY))
        .isEqualTo("admin");
  }

  @Test
  void aRepositoryWithoutSecretIsAnonymous() throws ArtifactException {
    assertThat(secrets.resolve(null, Use.S3_SECRET_KEY)).isNull();
  }

  @Test
  void aMissingKeyNamesSecretAndKeyButNoValue() {
    assertThatThrownBy(() -> secrets.resolve(new SecretRef("s3", "secretkey"), Use.S3_SECRET_KEY))
        .isInstanceOf(ArtifactException.class)
        .hasMessage("secret \"s3\" in namespace team has no key \"secretkey\"");
  }

  @Test
  void aMissingSecretIsNamed() {
    assertThatThrownBy(() -> secrets.resolve(new SecretRef("gone", "k"), Use.S3_ACCESS_KEY))
        .isInstanceOf(ArtifactException.class)
        .hasMessage("secret \"gone\" in namespace team does not exist");
  }
}
