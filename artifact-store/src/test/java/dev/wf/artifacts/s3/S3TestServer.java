package dev.wf.artifacts.s3;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;

/**
 * A real S3 server for tests: s3proxy on 127.0.0.1 with an in-memory blob store and fixed
 * credentials. It can be stopped and started again on the same port with the same contents, to test
 * what clients do when the server goes away.
 */
public final class S3TestServer implements AutoCloseable {
  public static final String ACCESS_KEY = "test-access";
  public static final String SECRET_KEY = "test-secret";

  private final BlobStore store;
  private S3Proxy proxy;
  private int port;

  private S3TestServer(BlobStore store) {
    this.store = store;
  }

  public static S3TestServer start() throws Exception {
    var props = new Properties();
    props.setProperty("jclouds.identity", ACCESS_KEY);
    props.setProperty("jclouds.credential", SECRET_KEY);
    var server = new S3TestServer(BlobStores.create("transient", props));
    server.startOn(0);
    return server;
  }

  /** Starts (again) on {@code requested}, 0 meaning any free port. */
  public void startOn(int requested) throws Exception {
    proxy =
        S3Proxy.builder()
            .blobStore(store)
            .endpoint(URI.create("http://127.0.0.1:" + requested))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .stopTimeout(100)
            .build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) Thread.onSpinWait();
    port = proxy.getPort();
  }

  public void restart() throws Exception {
    startOn(port);
  }

  /**
   * Stops the server; clients' idle keep-alive connections make Jetty's graceful stop time out
   * after {@code stopTimeout}, and it stops all the same.
   */
  public void stop() throws Exception {
    try {
      proxy.stop();
    } catch (java.util.concurrent.TimeoutException e) {
      // Stopped anyway: only the graceful wait for idle connections ran out.
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public BlobStore blobStore() {
    return store;
  }

  public S3Settings settings(String bucket) {
    return new S3Settings(endpoint(), bucket, "us-east-1", true, ACCESS_KEY, SECRET_KEY, true);
  }

  @Override
  public void close() throws Exception {
    stop();
  }
}
