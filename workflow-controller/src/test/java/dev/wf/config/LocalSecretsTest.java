package dev.wf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.artifacts.SecretRef;
import dev.wf.executor.artifacts.SecretResolver.Use;

class LocalSecretsTest {
  private static final SecretRef ACCESS = new SecretRef("my-s3", "accessKey");

  @TempDir Path home;

  private void secretFile(String name, String key, String value) throws IOException {
    Path file = home.resolve("secrets").resolve(name).resolve(key);
    Files.createDirectories(file.getParent());
    Files.writeString(file, value);
  }

  private void config(String yaml) throws IOException {
    Files.writeString(home.resolve("config.yaml"), yaml);
  }

  private LocalSecrets secrets(Map<String, String> env) {
    return new LocalSecrets(home, env);
  }

  @Test
  void readsAKeyFromItsSecretFileWithoutTheLineEnd() throws Exception {
    secretFile("my-s3", "accessKey", "from-file\n");

    assertThat(secrets(Map.of()).resolve(ACCESS, Use.S3_ACCESS_KEY)).isEqualTo("from-file");
  }

  @Test
  void readsAKeyFromConfigWhenThereIsNoFile() throws Exception {
    config("secrets:\n  my-s3:\n    accessKey: from-config\n");

    assertThat(secrets(Map.of()).resolve(ACCESS, Use.S3_ACCESS_KEY)).isEqualTo("from-config");
  }

  @Test
  void prefersTheSecretFileToConfig() throws Exception {
    config("secrets:\n  my-s3:\n    accessKey: from-config\n");
    secretFile("my-s3", "accessKey", "from-file");

    assertThat(secrets(Map.of()).resolve(ACCESS, Use.S3_ACCESS_KEY)).isEqualTo("from-file");
  }

  @Test
  void fallsBackOnTheAwsEnvironmentForS3Keys() throws Exception {
    var env = Map.of("AWS_ACCESS_KEY_ID", "env-id", "AWS_SECRET_ACCESS_KEY", "env-secret");

    assertThat(secrets(env).resolve(ACCESS, Use.S3_ACCESS_KEY)).isEqualTo("env-id");
    assertThat(secrets(env).resolve(new SecretRef("my-s3", "secretKey"), Use.S3_SECRET_KEY))
        .isEqualTo("env-secret");
  }

  @Test
  void usesTheEnvironmentWhenTheRepositoryNamesNoSecret() throws Exception {
    var env = Map.of("AWS_ACCESS_KEY_ID", "env-id");

    assertThat(secrets(env).resolve(null, Use.S3_ACCESS_KEY)).isEqualTo("env-id");
    assertThat(secrets(env).resolve(null, Use.S3_SECRET_KEY)).isNull();
  }

  @Test
  void namesTheMissingSecretAndKeyButNoValue() throws Exception {
    config("secrets:\n  my-s3:\n    secretKey: hidden-value\n");

    assertThatThrownBy(() -> secrets(Map.of()).resolve(ACCESS, Use.S3_ACCESS_KEY))
        .isInstanceOf(ArtifactException.class)
        .hasMessage(
            "secret \"my-s3\" has no key \"accessKey\": put it in "
                + home.resolve("secrets/my-s3/accessKey")
                + ", under secrets: in "
                + home.resolve("config.yaml")
                + ", or set AWS_ACCESS_KEY_ID");
  }

  @Test
  void doesNotReadFilesOutsideTheSecretsDirectory() throws Exception {
    Files.writeString(home.resolve("config.yaml"), "images: {}\n");

    assertThatThrownBy(
            () -> secrets(Map.of()).resolve(new SecretRef("..", "config.yaml"), Use.S3_SECRET_KEY))
        .isInstanceOf(ArtifactException.class);
  }

  @Test
  void rejectsSecretsThatAreNotAMapping() throws Exception {
    config("secrets: [a, b]\n");

    assertThatThrownBy(() -> secrets(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("secrets: expected a mapping of secret names to {key: value}");
  }
}
