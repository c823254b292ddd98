package dev.wf.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;

import dev.wf.api.spec.ModelJson;

/**
 * How {@link WfClient} talks to the server: one JSON exchange over {@link HttpURLConnection}, and
 * the reading of answers and failures into values or {@link ApiException}s with messages for the
 * user.
 */
final class ApiTransport {
  static final String VERSION_HEADER = "X-Wf-Version";
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final URI base;

  ApiTransport(URI base) {
    this.base = base;
  }

  /** One HTTP exchange: its status, body and stored-version header. */
  record Answer(int status, String body, String version) {}

  Answer call(String method, String path, String json, Duration readTimeout) {
    try {
      HttpURLConnection connection = open(method, path, readTimeout);
      if (json != null) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        // Streaming mode: the JDK never silently re-sends a POST (a second submission).
        connection.setFixedLengthStreamingMode(bytes.length);
        try (OutputStream out = connection.getOutputStream()) {
          out.write(bytes);
        }
      }
      int status = connection.getResponseCode();
      InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      return new Answer(status, text(body), connection.getHeaderField(VERSION_HEADER));
    } catch (IOException e) {
      throw unreachable(e);
    }
  }

  HttpURLConnection open(String method, String path, Duration readTimeout) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(base + "/api/v1" + path).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
    connection.setReadTimeout((int) readTimeout.toMillis());
    connection.setRequestProperty("Accept", "application/json");
    return connection;
  }

  static String text(InputStream in) throws IOException {
    if (in == null) {
      return "";
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  ApiException unreachable(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return new ApiException("the wf server at " + base + " did not answer in time", e);
    }
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ApiException("cannot reach the wf server at " + base + ": " + reason, e);
  }

  static boolean deleted(Answer answer) {
    if (answer.status() == 404) {
      return false;
    }
    check(answer);
    return true;
  }

  static Answer check(Answer answer) {
    if (answer.status() / 100 != 2) {
      throw failure(answer.status(), answer.body());
    }
    return answer;
  }

  /** The server's {@code {"message": ...}}, or its raw answer when it sent something else. */
  static ApiException failure(int status, String body) {
    String message;
    try {
      message = ModelJson.mapper().readValue(body, ErrorMessage.class).message();
    } catch (JsonProcessingException e) {
      message = null;
    }
    if (message == null || message.isBlank()) {
      String detail = body == null || body.isBlank() ? "" : ": " + body.strip();
      message = "the wf server answered HTTP " + status + detail;
    }
    return new ApiException(status, message);
  }

  static <T> T read(Answer answer, Class<T> type) {
    return parse(check(answer).body(), type);
  }

  static <T> List<T> items(Answer answer, Class<T> type) {
    JavaType listType =
        ModelJson.mapper().getTypeFactory().constructParametricType(ItemList.class, type);
    try {
      ItemList<T> list = ModelJson.mapper().readValue(check(answer).body(), listType);
      return list.items();
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    }
  }

  static <T> T parse(String json, Class<T> type) {
    try {
      return ModelJson.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    }
  }

  private static ApiException unreadable(JsonProcessingException e) {
    return new ApiException(
        "cannot read the wf server's answer (is it the same version as this wf?): "
            + e.getOriginalMessage(),
        e);
  }

  /** Percent-encodes one path segment or query value, leaving names like {@code @latest} as is. */
  static String segment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~@".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ItemList<T>(List<T> items) {
    ItemList {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorMessage(String message) {}
}
