package dev.wf.artifacts.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactException.Kind;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.ArtifactRepositoryContract;
import dev.wf.artifacts.StreamSource;

/** The S3 repository against a real S3 server (s3proxy on 127.0.0.1), including its failures. */
class S3ArtifactRepositoryTest extends ArtifactRepositoryContract {
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private static S3TestServer server;
  private final String bucket = "bucket-" + BUCKETS.incrementAndGet();
  private S3ArtifactRepository repository;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @AfterEach
  void closeRepository() {
    if (repository != null) repository.close();
  }

  @Override
  protected ArtifactRepository repository() {
    if (repository == null) repository = withoutWaits(server.settings(bucket));
    return repository;
  }

  /** A repository that retries at once, so failure tests do not wait out real backoff. */
  private static S3ArtifactRepository withoutWaits(S3Settings settings) {
    return new S3ArtifactRepository(settings, new Retrier(3, Duration.ZERO, d -> {}));
  }

  @Test
  void wrongCredentialsGiveOneClearMessage() throws Exception {
    var good = server.settings(bucket);
    var bad =
        new S3Settings(
            good.endpoint(), bucket, good.region(), true, good.accessKey(), "wrong", false);
    try (var repo = withoutWaits(bad)) {
      assertThatThrownBy(() -> repo.put("wf/x", Files.writeString(dir.resolve("x"), "x")))
          .isInstanceOfSatisfying(
              ArtifactException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED))
          .hasMessageContaining("access denied")
          .hasMessageContaining("check the S3 credentials")
          .hasMessageNotContaining("wrong");
    }
  }

  @Test
  void aMissingBucketIsNamedWhenNotToBeCreated() throws Exception {
    var good = server.settings("no-such-bucket");
    var noCreate =
        new S3Settings(
            good.endpoint(),
            "no-such-bucket",
            good.region(),
            true,
            good.accessKey(),
            good.secretKey(),
            false);
    try (var repo = withoutWaits(noCreate)) {
      assertThatThrownBy(() -> repo.put("wf/x", Files.writeString(dir.resolve("x"), "x")))
          .isInstanceOfSatisfying(
              ArtifactException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_BUCKET))
          .hasMessageContaining("bucket \"no-such-bucket\" does not exist");
    }
  }

  @Test
  void aServerThatGoesDownMidUploadFailsAfterRetriesAndLeavesNoObject() throws Exception {
    repository().put("wf/warm-up", Files.writeString(dir.resolve("w"), "w"));
    long size = 20L << 20;
    var stopped = new AtomicBoolean();
    var opened = new AtomicInteger();
    // Two parts: the server stops once the first has gone up and the second is being read.
    StreamSource source =
        new StreamSource() {
          @Override
          public InputStream open() {
            opened.incrementAndGet();
            return new InputStream() {
              long sent;

              @Override
              public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                if (sent >= size) return -1;
                if (sent > (17L << 20) && stopped.compareAndSet(false, true)) stopMidUpload();
                int n = (int) Math.min(len, size - sent);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                sent += n;
                return n;
              }
            };
          }

          @Override
          public long size() {
            return size;
          }
        };
    try {
      assertThatThrownBy(() -> repository().put("wf/partial", source))
          .hasMessageContaining("cannot reach s3://" + bucket)
          .isInstanceOfSatisfying(
              ArtifactException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
      assertThat(opened).hasValue(3);
    } finally {
      server.restart();
    }
    assertThat(repository().exists("wf/partial")).isFalse();
    assertThat(repository().list("wf/")).containsExactly("wf/warm-up");
  }

  private static void stopMidUpload() throws IOException {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  @Test
  void describesItselfWithoutCredentials() {
    assertThat(repository().describe())
        .isEqualTo("s3://" + bucket + " at " + server.endpoint())
        .doesNotContain(S3TestServer.SECRET_KEY);
    assertThat(server.settings(bucket).toString()).doesNotContain(S3TestServer.SECRET_KEY);
  }
}
