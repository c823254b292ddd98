package dev.wf.artifacts.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * A standalone S3 server for benchmarks (not a test): s3proxy on 127.0.0.1 storing objects in a
 * directory. Usage: {@code S3ProxyMain DIR PORT_FILE}; it writes the port it listens on to
 * PORT_FILE and runs until killed. Credentials are {@code bench-access} / {@code bench-secret}.
 */
public final class S3ProxyMain {
  private S3ProxyMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    var props = new Properties();
    props.setProperty("jclouds.identity", "bench-access");
    props.setProperty("jclouds.credential", "bench-secret");
    props.setProperty("jclouds.filesystem.basedir", dir.toString());
    var proxy =
        S3Proxy.builder()
            .blobStore(BlobStores.create("filesystem-nio2", props))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "bench-access", "bench-secret")
            .build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) Thread.onSpinWait();
    Files.writeString(Path.of(args[1]), Integer.toString(proxy.getPort()));
    Thread.currentThread().join();
  }
}
