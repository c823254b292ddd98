package dev.wf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.S3ArtifactRepository;
import dev.wf.api.spec.S3ArtifactRepository.CreateS3BucketOptions;
import dev.wf.executor.artifacts.SecretRef;

/** {@code artifactRepository:} in {@code config.yaml}, and ConfigMap values of the same shape. */
class ArtifactRepositoryConfigTest {
  private static WfConfig fixture(String name) {
    try (var in = ArtifactRepositoryConfigTest.class.getResourceAsStream("/config/" + name)) {
      return WfConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArtifactRepository read(String yaml) {
    return ArtifactRepositoryReader.parse(yaml, "repo");
  }

  @Test
  void readsAnS3RepositoryInArgosShape() {
    ArtifactRepository repository = fixture("artifact-repository-s3.yaml").artifactRepository();

    assertThat(repository)
        .isEqualTo(
            new ArtifactRepository(
                true,
                new S3ArtifactRepository(
                    "minio:9000",
                    "my-bucket",
                    "us-east-1",
                    true,
                    new SecretRef("my-minio-cred", "accesskey"),
                    new SecretRef("my-minio-cred", "secretkey"),
                    new CreateS3BucketOptions(false),
                    "my-artifacts/{{workflow.creationTimestamp.Y}}/{{workflow.name}}/{{pod.name}}"),
                null));
  }

  @Test
  void acceptsABooleanForCreateBucketIfNotPresent() {
    var repository = read("s3: {bucket: b, createBucketIfNotPresent: true}");

    assertThat(repository.s3().createBucketIfNotPresent())
        .isEqualTo(new CreateS3BucketOptions(null));
  }

  @Test
  void readsFalseForCreateBucketIfNotPresentAsNotCreating() {
    var repository = read("s3: {bucket: b, createBucketIfNotPresent: false}");

    assertThat(repository.s3().createBucketIfNotPresent()).isNull();
  }

  @Test
  void putsTheDefaultKeyFormatUnderADeprecatedKeyPrefix() {
    var repository = read("s3: {bucket: b, keyPrefix: archive/}");

    assertThat(repository.keyFormat()).isEqualTo("archive/{{workflow.name}}/{{pod.name}}");
  }

  @Test
  void usesArgosDefaultKeyFormat() {
    assertThat(read("s3: {bucket: b}").keyFormat()).isEqualTo("{{workflow.name}}/{{pod.name}}");
  }

  @Test
  void rejectsAnUnknownKeyListingTheAllowedOnes() {
    assertThatThrownBy(() -> fixture("artifact-repository-unknown-key.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "artifact-repository-unknown-key.yaml: artifactRepository.s3.endpont: unknown key"
                + " (allowed: endpoint, bucket, region, insecure, accessKeySecret, secretKeySecret,"
                + " createBucketIfNotPresent, keyFormat, keyPrefix, addressingStyle)");
  }

  @Test
  void rejectsArgoRepositoryKindsWfDoesNotImplement() {
    assertThatThrownBy(() -> read("gcs: {bucket: b}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("repo: gcs: not supported by wf (wf stores artifacts in s3 or file)");
  }

  @Test
  void rejectsARepositoryWithoutABucket() {
    assertThatThrownBy(() -> read("s3: {endpoint: minio:9000}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("repo: s3.bucket: required");
  }

  @Test
  void rejectsARepositoryThatSetsTwoKinds() {
    assertThatThrownBy(() -> read("s3: {bucket: b}\nfile: {root: /tmp}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("repo: set exactly one of s3 or file");
  }

  @Test
  void rejectsAnInsecureFlagThatIsNotABoolean() {
    assertThatThrownBy(() -> read("s3: {bucket: b, insecure: yes please}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("repo: s3.insecure: expected true or false, found \"yes please\"");
  }

  @Test
  void rejectsASecretWithoutAKey() {
    assertThatThrownBy(() -> read("s3: {bucket: b, accessKeySecret: {name: s}}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("repo: s3.accessKeySecret: set both name and key");
  }

  @Test
  void defaultsToTheFileRepositoryUnderWfHome(@TempDir Path wfHome) {
    var repository = WfConfig.load(wfHome).artifactRepository(wfHome);

    assertThat(repository)
        .isEqualTo(
            ArtifactRepository.file(wfHome.resolve("artifacts").toAbsolutePath().toString()));
  }

  @Test
  void resolvesARelativeFileRootAgainstWfHome(@TempDir Path wfHome) throws IOException {
    Files.writeString(
        wfHome.resolve("config.yaml"), "artifactRepository:\n  file: {root: store}\n");

    var repository = WfConfig.load(wfHome).artifactRepository(wfHome);

    assertThat(repository.file().root())
        .isEqualTo(wfHome.resolve("store").toAbsolutePath().toString());
  }

  @Test
  void keepsAConfiguredS3RepositoryAsItIs(@TempDir Path wfHome) {
    WfConfig config = fixture("artifact-repository-s3.yaml");

    assertThat(config.artifactRepository(wfHome)).isSameAs(config.artifactRepository());
  }
}
