package dev.wf.executor.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactException.Kind;
import dev.wf.artifacts.AtomicFiles;

/**
 * Downloads an {@code http} input artifact to a file, streaming, following redirects. A 404 is
 * {@link Kind#NOT_FOUND} (so an optional input is skipped, as in Argo); any other non-2xx answer is
 * a clear error naming the URL and the status.
 */
final class HttpDownload {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  private HttpDownload() {}

  static void get(String url, Path target) throws ArtifactException {
    URI uri;
    try {
      uri = URI.create(url);
      if (uri.getScheme() == null
          || !uri.getScheme().toLowerCase(java.util.Locale.ROOT).startsWith("http"))
        throw new IllegalArgumentException("not an http(s) URL");
    } catch (IllegalArgumentException e) {
      throw new ArtifactException(Kind.FAILED, "bad URL " + url + ": " + e.getMessage());
    }
    var request = HttpRequest.newBuilder(uri).GET().build();
    try {
      HttpResponse<InputStream> response =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status == 404) throw new ArtifactException(Kind.NOT_FOUND, url + ": 404 Not Found");
        if (status / 100 != 2)
          throw new ArtifactException(Kind.FAILED, url + ": HTTP status " + status);
        AtomicFiles.write(body, target, null, url);
      }
    } catch (IOException e) {
      throw new ArtifactException(
          Kind.UNAVAILABLE, "cannot download " + url + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArtifactException(Kind.FAILED, "download of " + url + " interrupted", e);
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
