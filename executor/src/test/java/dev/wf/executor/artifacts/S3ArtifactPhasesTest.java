package dev.wf.executor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.s3.S3TestServer;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;

/** The artifact phases against a real S3 server, with credentials from named secrets. */
class S3ArtifactPhasesTest extends ArtifactPhasesContract {
  static S3TestServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  static RepositorySpec repository(String endpoint, String secretName) {
    return RepositorySpec.s3(
        new RepositorySpec.S3(
            endpoint,
            "artifacts",
            "us-east-1",
            true,
            new SecretRef(secretName, "accessKey"),
            new SecretRef(secretName, "secretKey"),
            true));
  }

  /** Secrets as a map: {@code name/key} to value. */
  static SecretResolver secrets(Map<String, String> values) {
    return (ref, use) -> {
      String value = values.get(ref.name() + "/" + ref.key());
      if (value == null)
        throw new ArtifactException(ArtifactException.Kind.FAILED, "no secret " + ref.name());
      return value;
    };
  }

  @Override
  RepositorySpec repository() {
    return repository(server.endpoint(), "my-s3");
  }

  @Override
  Repositories newStores() {
    return new Repositories(
        secrets(
            Map.of(
                "my-s3/accessKey", S3TestServer.ACCESS_KEY,
                "my-s3/secretKey", S3TestServer.SECRET_KEY,
                "bad-s3/accessKey", S3TestServer.ACCESS_KEY,
                "bad-s3/secretKey", "not-the-secret")));
  }

  @Test
  void reportsWrongCredentialsInOneClearMessage() throws Exception {
    write("/tmp/out.txt", "hello\n");
    var output =
        new OutputArtifactSpec(
            "a",
            "/tmp/out.txt",
            repository(server.endpoint(), "bad-s3"),
            prefix + "/a",
            null,
            false);

    StepResult result = saveStep(0, output);

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .startsWith("failed to save outputs: artifact \"a\": ")
        .contains("access denied")
        .contains("check the S3 credentials")
        .doesNotContain("not-the-secret")
        .doesNotContain("\n");
  }

  @Test
  void reportsAMissingSecretByName() throws Exception {
    write("/tmp/out.txt", "hello\n");
    var output =
        new OutputArtifactSpec(
            "a",
            "/tmp/out.txt",
            repository(server.endpoint(), "nobody"),
            prefix + "/a",
            null,
            false);

    StepResult result = saveStep(0, output);

    assertThat(result.message())
        .isEqualTo("failed to save outputs: artifact \"a\": no secret nobody");
  }

  @Test
  void failsClearlyWhenTheServerIsGone() throws Exception {
    write("/tmp/out.txt", "hello\n");
    var stopped = S3TestServer.start();
    String endpoint = stopped.endpoint();
    stopped.stop();
    var output =
        new OutputArtifactSpec(
            "a", "/tmp/out.txt", repository(endpoint, "my-s3"), prefix + "/a", null, false);

    StepResult result = saveStep(0, output);

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .startsWith("failed to save outputs: artifact \"a\": ")
        .contains("cannot reach s3://artifacts at " + endpoint);
  }
}
