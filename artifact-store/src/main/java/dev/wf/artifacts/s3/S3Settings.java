package dev.wf.artifacts.s3;

/**
 * Where an S3-compatible repository is and how to sign in, with Argo's field meanings: {@code
 * endpoint} is {@code host:port} (or a URL), {@code insecure} means plain HTTP. Never printed with
 * its keys: {@link #toString()} leaves them out.
 */
public record S3Settings(
    String endpoint,
    String bucket,
    String region,
    boolean insecure,
    String accessKey,
    String secretKey,
    boolean createBucketIfNotPresent) {

  /**
   * The endpoint as a URL: as given when it has a scheme, else http or https by {@code insecure}.
   */
  public String url() {
    if (endpoint.startsWith("http://") || endpoint.startsWith("https://")) return endpoint;
    return (insecure ? "http://" : "https://") + endpoint;
  }

  @Override
  public String toString() {
    return "S3Settings[endpoint="
        + endpoint
        + ", bucket="
        + bucket
        + ", region="
        + region
        + ", insecure="
        + insecure
        + ", credentials="
        + (accessKey == null ? "none" : "set")
        + "]";
  }
}
