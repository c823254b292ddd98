package dev.wf.artifacts.s3;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.messages.Item;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactKeys;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.AtomicFiles;
import dev.wf.artifacts.Sha256;
import dev.wf.artifacts.StoredArtifact;
import dev.wf.artifacts.StreamSource;
import okhttp3.OkHttpClient;

/**
 * An artifact repository in an S3-compatible bucket (AWS S3, MinIO, Ceph, ...), through the MinIO
 * client with path-style addressing. Uploads stream in parts of {@value #PART_SIZE_MIB} MiB (memory
 * stays at about one part whatever the size; large objects go up as multipart uploads, which S3
 * only makes visible once complete). Transient failures are retried with backoff; the rest become
 * one clear {@link ArtifactException}.
 */
public final class S3ArtifactRepository implements ArtifactRepository {
  static final int PART_SIZE_MIB = 16;
  private static final long PART_SIZE = PART_SIZE_MIB * 1024L * 1024L;

  /**
   * One HTTP client for every repository (it pools connections). Made here rather than by the MinIO
   * client, whose default scans the host's certificate directory each time (seconds per client).
   */
  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofMinutes(5))
          .writeTimeout(Duration.ofMinutes(5))
          .build();

  private final S3Settings settings;
  private final MinioClient client;
  private final Retrier retrier;
  private volatile boolean bucketChecked;

  public S3ArtifactRepository(S3Settings settings) {
    this(settings, Retrier.standard());
  }

  S3ArtifactRepository(S3Settings settings, Retrier retrier) {
    this.settings = settings;
    this.retrier = retrier;
    var builder = MinioClient.builder().endpoint(settings.url()).httpClient(HTTP);
    if (settings.region() != null && !settings.region().isBlank())
      builder.region(settings.region());
    if (settings.accessKey() != null)
      builder.credentials(settings.accessKey(), settings.secretKey());
    this.client = builder.build();
    client.disableVirtualStyleEndpoint();
  }

  @Override
  public StoredArtifact put(String key, StreamSource source) throws ArtifactException {
    ArtifactKeys.check(key);
    ensureBucket();
    return call(
        "uploading " + key,
        () -> {
          try (var in = new Sha256.Measured(source.open())) {
            long size = source.size();
            var args =
                PutObjectArgs.builder().bucket(settings.bucket()).object(key).stream(
                        in, size < 0 ? null : size, PART_SIZE)
                    .build();
            client.putObject(args);
            var copied = in.copied();
            return new StoredArtifact(key, copied.size(), copied.sha256());
          }
        });
  }

  @Override
  public void get(String key, Path target, String expectedSha256) throws ArtifactException {
    ArtifactKeys.check(key);
    call(
        "downloading " + key,
        () -> {
          try (InputStream in = openObject(key)) {
            return AtomicFiles.write(in, target, expectedSha256, key);
          }
        });
  }

  @Override
  public InputStream open(String key) throws ArtifactException {
    ArtifactKeys.check(key);
    return call("reading " + key, () -> openObject(key));
  }

  @Override
  public boolean exists(String key) throws ArtifactException {
    ArtifactKeys.check(key);
    return call(
        "looking up " + key,
        () -> {
          try {
            client.statObject(
                StatObjectArgs.builder().bucket(settings.bucket()).object(key).build());
            return true;
          } catch (Exception e) {
            var error = S3Errors.translate(e, "looking up " + key, settings);
            if (error.kind() == ArtifactException.Kind.NOT_FOUND) return false;
            throw e;
          }
        });
  }

  @Override
  public List<String> list(String prefix) throws ArtifactException {
    return call(
        "listing " + prefix,
        () -> {
          var keys = new ArrayList<String>();
          var args =
              ListObjectsArgs.builder()
                  .bucket(settings.bucket())
                  .prefix(prefix)
                  .recursive(true)
                  .build();
          for (Result<Item> result : client.listObjects(args)) keys.add(result.get().objectName());
          keys.sort(null);
          return keys;
        });
  }

  @Override
  public void delete(String key) throws ArtifactException {
    ArtifactKeys.check(key);
    call(
        "deleting " + key,
        () -> {
          client.removeObject(
              RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
          return null;
        });
  }

  @Override
  public String describe() {
    return "s3://" + settings.bucket() + " at " + settings.url();
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      // Closing releases pooled connections only; nothing to report.
    }
  }

  private InputStream openObject(String key) throws Exception {
    return client.getObject(GetObjectArgs.builder().bucket(settings.bucket()).object(key).build());
  }

  /** Creates the bucket on first use when asked to and it is missing. */
  private void ensureBucket() throws ArtifactException {
    if (bucketChecked || !settings.createBucketIfNotPresent()) return;
    call(
        "creating bucket " + settings.bucket(),
        () -> {
          var bucket = settings.bucket();
          if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()))
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
          return null;
        });
    bucketChecked = true;
  }

  private <T> T call(String what, Retrier.Request<T> request) throws ArtifactException {
    try {
      return retrier.run(request);
    } catch (ArtifactException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArtifactException(ArtifactException.Kind.FAILED, what + ": interrupted", e);
    } catch (Exception e) {
      throw S3Errors.translate(e, what, settings);
    }
  }
}
