package dev.wf.artifacts.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.UploadObjectArgs;

import okhttp3.OkHttpClient;

/**
 * The baseline of the artifact benchmark (not a test): a plain MinIO-client upload of a file and
 * download of it to another path, with nothing of wf in between. Usage: {@code PlainMinioCopy
 * ENDPOINT BUCKET SOURCE TARGET}.
 */
public final class PlainMinioCopy {
  private PlainMinioCopy() {}

  public static void main(String[] args) throws Exception {
    String bucket = args[1];
    var http = new OkHttpClient();
    try (var client =
        MinioClient.builder()
            .endpoint(args[0])
            .credentials("bench-access", "bench-secret")
            .region("us-east-1")
            .httpClient(http)
            .build()) {
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()))
        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
      long t0 = System.nanoTime();
      client.uploadObject(
          UploadObjectArgs.builder().bucket(bucket).object("baseline").filename(args[2]).build());
      long t1 = System.nanoTime();
      try (InputStream in =
          client.getObject(GetObjectArgs.builder().bucket(bucket).object("baseline").build())) {
        Files.copy(in, Path.of(args[3]), StandardCopyOption.REPLACE_EXISTING);
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "upload %d ms, download %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    } finally {
      // OkHttp's idle threads would keep the JVM alive for a minute after the copy.
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
