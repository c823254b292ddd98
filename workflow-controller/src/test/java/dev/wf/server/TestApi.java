package dev.wf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;

/** An {@link ApiServer} on a free port over a given service, and an HTTP client that calls it. */
final class TestApi implements AutoCloseable {
  final CountDownLatch shutdownRequested = new CountDownLatch(1);
  final ApiServer server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  TestApi(WorkflowService service) {
    try {
      server = new ApiServer(service, 0, shutdownRequested::countDown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.start();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build());
  }

  HttpResponse<String> post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  CompletableFuture<HttpResponse<String>> getAsync(String path) {
    return client.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return client.send(request, handler);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return ModelJson.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    client.close();
  }
}
