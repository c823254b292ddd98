package dev.wf.runtime.local;

import static dev.wf.runtime.local.RuntimeFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.artifacts.s3.S3TestServer;
import dev.wf.config.ImageEntrypoints;
import dev.wf.config.LocalSecrets;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.Repositories;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.executor.artifacts.SecretRef;

/** Local steps passing an artifact through a real S3 server, signing in with $WF_HOME secrets. */
class StepArtifactsS3Test {
  @TempDir Path home;

  @Test
  void passesAnArtifactBetweenTwoStepsThroughS3WithSecretsFromWfHome() throws Exception {
    Files.createDirectories(home.resolve("secrets/my-s3"));
    Files.writeString(home.resolve("secrets/my-s3/accessKey"), S3TestServer.ACCESS_KEY + "\n");
    Files.writeString(home.resolve("secrets/my-s3/secretKey"), S3TestServer.SECRET_KEY + "\n");
    try (var server = S3TestServer.start();
        var stores = new Repositories(LocalSecrets.of(home));
        var runtime =
            new LocalRuntime(
                home.resolve("steps"), ImageEntrypoints.none(), Clock.systemUTC(), stores)) {
      var repository =
          RepositorySpec.s3(
              new RepositorySpec.S3(
                  server.endpoint(),
                  "artifacts",
                  "us-east-1",
                  true,
                  new SecretRef("my-s3", "accessKey"),
                  new SecretRef("my-s3", "secretKey"),
                  true));
      var raw = new ArtifactLocation(repository, "none-yet", "none", null, null);
      var producer =
          StepArtifactsTest.upperCase(
              "a", "mkdir -p /tmp/out && echo s3 >/tmp/out/upper.txt", raw, repository);
      var noInputs =
          new dev.wf.executor.StepSpec(
              producer.workflowName(),
              producer.nodeId(),
              producer.templateName(),
              producer.image(),
              producer.command(),
              null,
              null,
              null,
              null,
              null,
              producer.privatePaths(),
              true,
              null,
              producer.outputArtifacts(),
              null,
              null,
              null);

      StepResult first = run(runtime, noInputs);
      assertThat(first.phase()).as(first.message()).isEqualTo(Phase.SUCCEEDED);
      ArtifactLocation between = first.outputArtifacts().get(0).location();

      StepResult second =
          run(
              runtime,
              StepArtifactsTest.upperCase(
                  "b", "cat /tmp/in/message.txt/upper.txt", between, repository));

      assertThat(second.result()).isEqualTo("s3");
    }
  }
}
