package dev.wf.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

import dev.wf.api.spec.ModelJson;

/**
 * One request and its response in the API's terms: path parameters, query parameters, a JSON body
 * in, and a JSON (or streamed NDJSON) body out.
 */
final class ApiExchange {
  private final HttpExchange http;
  private final Map<String, String> pathParameters;
  private final Map<String, String> queryParameters;
  private boolean responded;

  ApiExchange(
      HttpExchange http, Map<String, String> pathParameters, Map<String, String> queryParameters) {
    this.http = http;
    this.pathParameters = Map.copyOf(pathParameters);
    this.queryParameters = Map.copyOf(queryParameters);
  }

  /** A parameter bound by the route's pattern, e.g. {@code name} in {@code /workflows/{name}}. */
  String path(String name) {
    String value = pathParameters.get(name);
    if (value == null) throw new IllegalStateException("the route binds no {" + name + "}");
    return value;
  }

  Optional<String> query(String name) {
    return Optional.ofNullable(queryParameters.get(name));
  }

  /** A {@code true}/{@code false} query parameter, {@code fallback} when absent. */
  boolean queryFlag(String name, boolean fallback) {
    return switch (query(name).orElse(fallback ? "true" : "false")) {
      case "true", "" -> true;
      case "false" -> false;
      default -> throw ApiError.badRequest(name + " must be true or false");
    };
  }

  <T> T body(Class<T> type) throws IOException {
    return RequestBody.read(http.getRequestBody(), type);
  }

  /** Sends {@code body} as JSON with the given status and extra headers. */
  void respond(int status, Object body, Map<String, String> headers) throws IOException {
    byte[] bytes = ModelJson.mapper().writeValueAsBytes(body);
    headers.forEach((name, value) -> http.getResponseHeaders().set(name, value));
    http.getResponseHeaders().set("Content-Type", "application/json");
    responded = true;
    http.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(bytes);
    }
  }

  void respond(int status, Object body) throws IOException {
    respond(status, body, Map.of());
  }

  /** Starts a chunked response; the caller writes and flushes as it goes, then closes. */
  OutputStream stream(int status, String contentType) throws IOException {
    http.getResponseHeaders().set("Content-Type", contentType);
    responded = true;
    http.sendResponseHeaders(status, 0);
    return http.getResponseBody();
  }

  /**
   * Starts a binary response of {@code length} bytes (-1: unknown, sent chunked) with extra
   * headers; the caller writes the bytes, then closes.
   */
  OutputStream stream(int status, String contentType, long length, Map<String, String> headers)
      throws IOException {
    headers.forEach((name, value) -> http.getResponseHeaders().set(name, value));
    http.getResponseHeaders().set("Content-Type", contentType);
    responded = true;
    // The JDK server reads 0 as "chunked" and -1 as "no body": an empty file needs -1.
    http.sendResponseHeaders(status, length < 0 ? 0 : length == 0 ? -1 : length);
    return http.getResponseBody();
  }

  /** True once the status line is sent; after that an error can only end the connection. */
  boolean responded() {
    return responded;
  }
}
