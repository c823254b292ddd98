package dev.wf.artifacts.s3;

import java.io.IOException;
import java.util.Set;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactException.Kind;

/**
 * Turns what the MinIO client throws into one clear {@link ArtifactException}, and tells transient
 * failures (worth retrying) from final ones. Messages never include credentials.
 */
final class S3Errors {
  private static final Set<String> DENIED =
      Set.of(
          "AccessDenied",
          "InvalidAccessKeyId",
          "SignatureDoesNotMatch",
          "InvalidToken",
          "ExpiredToken");
  private static final Set<String> TRANSIENT =
      Set.of("SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout");

  private S3Errors() {}

  /** Whether retrying the same request may succeed: the network, 5xx, throttling. */
  static boolean transientFailure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ErrorResponseException r)
        return TRANSIENT.contains(r.errorResponse().code());
      if (t instanceof ServerException s) return s.statusCode() >= 500;
      if (t instanceof IOException) return true;
    }
    return false;
  }

  /** The S3 error answer somewhere in the cause chain, if the server gave one. */
  private static ErrorResponseException errorResponse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ErrorResponseException r) return r;
    }
    return null;
  }

  static ArtifactException translate(Exception e, String what, S3Settings settings) {
    String where = "s3://" + settings.bucket() + " at " + settings.url();
    ErrorResponseException r = errorResponse(e);
    if (r != null) {
      String code = r.errorResponse().code();
      if ("NoSuchKey".equals(code))
        return new ArtifactException(Kind.NOT_FOUND, what + ": not found in " + where, e);
      if ("NoSuchBucket".equals(code))
        return new ArtifactException(
            Kind.NO_BUCKET,
            what
                + ": bucket \""
                + settings.bucket()
                + "\" does not exist at "
                + settings.url()
                + " (create it, or set createBucketIfNotPresent)",
            e);
      if (DENIED.contains(code))
        return new ArtifactException(
            Kind.ACCESS_DENIED,
            what + ": access denied by " + where + " (" + code + "): check the S3 credentials",
            e);
      return new ArtifactException(
          Kind.FAILED,
          what + ": " + where + " answered " + code + ": " + r.errorResponse().message(),
          e);
    }
    if (transientFailure(e))
      return new ArtifactException(
          Kind.UNAVAILABLE, what + ": cannot reach " + where + ": " + rootMessage(e), e);
    return new ArtifactException(Kind.FAILED, what + ": " + rootMessage(e), e);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
