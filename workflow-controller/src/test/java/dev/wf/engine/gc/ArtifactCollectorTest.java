package dev.wf.engine.gc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.file.FileArtifactRepository;
import dev.wf.artifacts.s3.S3ArtifactRepository;
import dev.wf.artifacts.s3.S3TestServer;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.RepositorySpec;

/** Deleting artifacts from real repositories: a directory, and an S3 server (s3proxy). */
class ArtifactCollectorTest {
  @TempDir Path dir;

  private static GcArtifact artifact(RepositorySpec repository, String key, String archive) {
    return new GcArtifact("wf-1", key, new ArtifactLocation(repository, key, archive, 2L, null));
  }

  @Test
  void deletesFromAFileRepository() throws Exception {
    var repository = new FileArtifactRepository(dir);
    GcFixtures.put(repository, "wf/a.tgz");
    GcFixtures.put(repository, "wf/b.tgz");
    var spec = RepositorySpec.file(dir.toString());

    GcReport report =
        new ArtifactCollector(s -> repository).collect(List.of(artifact(spec, "wf/a.tgz", "tar")));

    assertThat(report.failed()).isFalse();
    assertThat(report.deleted()).extracting(GcArtifact::name).containsExactly("wf/a.tgz");
    assertThat(repository.list("wf/")).containsExactly("wf/b.tgz");
  }

  @Test
  void deletesFromAnS3Server() throws Exception {
    try (var server = S3TestServer.start();
        var repository = new S3ArtifactRepository(server.settings("gc-bucket"))) {
      GcFixtures.put(repository, "wf/a.tgz");
      GcFixtures.put(repository, "wf/b.tgz");
      var spec =
          RepositorySpec.s3(
              new RepositorySpec.S3(
                  server.endpoint(), "gc-bucket", "us-east-1", true, null, null, true));

      GcReport report =
          new ArtifactCollector(s -> repository)
              .collect(List.of(artifact(spec, "wf/a.tgz", "tar")));

      assertThat(report.failed()).isFalse();
      assertThat(repository.list("wf/")).containsExactly("wf/b.tgz");
    }
  }

  @Test
  void deletesEveryObjectOfADirectoryArtifact() throws Exception {
    var repository = new FileArtifactRepository(dir);
    GcFixtures.put(repository, "wf/dir/one.txt");
    GcFixtures.put(repository, "wf/dir/sub/two.txt");
    GcFixtures.put(repository, "wf/other.txt");
    var spec = RepositorySpec.file(dir.toString());

    new ArtifactCollector(s -> repository).collect(List.of(artifact(spec, "wf/dir/", "dir")));

    assertThat(repository.list("wf/")).containsExactly("wf/other.txt");
  }

  @Test
  void anObjectAlreadyGoneIsDeletedWithoutFailure() {
    var repository = new FileArtifactRepository(dir);
    var spec = RepositorySpec.file(dir.toString());

    GcReport report =
        new ArtifactCollector(s -> repository).collect(List.of(artifact(spec, "wf/gone", "none")));

    assertThat(report.failed()).isFalse();
    assertThat(report.deleted()).hasSize(1);
  }

  @Test
  void aRepositoryThatCannotBeOpenedIsAFailureNamingTheArtifact() {
    var spec = RepositorySpec.file("/somewhere");

    GcReport report =
        new ArtifactCollector(ArtifactCollector.NO_STORES)
            .collect(List.of(artifact(spec, "wf/a.tgz", "tar")));

    assertThat(report.deleted()).isEmpty();
    assertThat(report.failures())
        .containsExactly(
            "cannot delete artifact \"wf/a.tgz\" of node wf-1 (wf/a.tgz in /somewhere): no artifact"
                + " repository is configured on this server");
  }

  @Test
  void oneFailureDoesNotStopTheOthers() throws Exception {
    var repository = new FileArtifactRepository(dir);
    GcFixtures.put(repository, "wf/b");
    var good = RepositorySpec.file(dir.toString());
    var bad = RepositorySpec.file("/elsewhere");

    GcReport report =
        new ArtifactCollector(
                s -> {
                  if (s.equals(bad))
                    throw new ArtifactException(ArtifactException.Kind.ACCESS_DENIED, "denied");
                  return repository;
                })
            .collect(List.of(artifact(bad, "wf/a", "none"), artifact(good, "wf/b", "none")));

    assertThat(report.failures()).hasSize(1);
    assertThat(report.deleted()).extracting(GcArtifact::name).containsExactly("wf/b");
    assertThat(repository.exists("wf/b")).isFalse();
  }
}
