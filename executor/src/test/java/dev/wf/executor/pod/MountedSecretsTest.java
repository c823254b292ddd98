package dev.wf.executor.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.executor.artifacts.SecretRef;
import dev.wf.executor.artifacts.SecretResolver.Use;

class MountedSecretsTest {
  @TempDir Path dir;

  @Test
  void readsTheKeyFileOfTheMountedSecret() throws Exception {
    Files.createDirectories(dir.resolve("s3"));
    Files.writeString(dir.resolve("s3/accessKey"), "AKIA\n");

    assertThat(new MountedSecrets(dir).resolve(new SecretRef("s3", "accessKey"), Use.S3_ACCESS_KEY))
        .isEqualTo("AKIA");
  }

  @Test
  void namesTheSecretAndKeyThatAreNotMounted() {
    assertThatThrownBy(
            () -> new MountedSecrets(dir).resolve(new SecretRef("s3", "k"), Use.S3_SECRET_KEY))
        .hasMessage("secret \"s3\" (key \"k\") is not mounted in this pod");
  }

  @Test
  void givesAnonymousAccessWhenNoSecretIsNamed() throws Exception {
    assertThat(new MountedSecrets(dir).resolve(null, Use.S3_ACCESS_KEY)).isNull();
  }
}
