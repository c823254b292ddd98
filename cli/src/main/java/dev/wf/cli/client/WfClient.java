package dev.wf.cli.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.server.WorkflowService.LogLine;
import dev.wf.server.WorkflowService.SubmitOutcome;
import dev.wf.server.WorkflowService.SubmitRequest;
import dev.wf.server.WorkflowService.TemplateOutcome;
import dev.wf.server.WorkflowService.Versioned;

/**
 * The wf server's HTTP API ({@code /api/v1}) as plain calls. Light on purpose: only {@code
 * java.net.http} and Jackson, so that {@code wf get}, {@code wf list} and {@code wf logs} start
 * fast. Every failure becomes an {@link ApiException} with a message for the user.
 */
public final class WfClient {
  static final String VERSION_HEADER = "X-Wf-Version";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final HttpClient http;

  public WfClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
  }

  public URI base() {
    return base;
  }

  public ServerVersion version() {
    return read(send(get("/version", CONNECT_TIMEOUT)), ServerVersion.class);
  }

  /** Submits a workflow; a refused one comes back with its errors (HTTP 422), not as a throw. */
  public SubmitOutcome submit(SubmitRequest request) {
    HttpResponse<String> response = send(post("/workflows", ModelJson.write(request)));
    if (response.statusCode() == 422) {
      return new SubmitOutcome(null, parse(response.body(), ErrorList.class).errors());
    }
    return new SubmitOutcome(read(check(response), Workflow.class), List.of());
  }

  public List<Workflow> list() {
    return items(send(get("/workflows", REQUEST_TIMEOUT)), Workflow.class);
  }

  /** A workflow ({@code @latest} for the newest) with the version it was stored at. */
  public Versioned get(String name) {
    return versioned(send(get("/workflows/" + segment(name), REQUEST_TIMEOUT)));
  }

  /**
   * Waits (long poll) until the workflow's version differs from {@code seenVersion} or {@code
   * timeout} passes, and returns it as it is then.
   */
  public Versioned awaitChange(String name, String seenVersion, Duration timeout) {
    String path =
        "/workflows/"
            + segment(name)
            + "?watch="
            + segment(seenVersion == null ? "" : seenVersion)
            + "&timeout="
            + Math.max(1, timeout.toSeconds());
    return versioned(send(get(path, timeout.plus(REQUEST_TIMEOUT))));
  }

  /** Deletes a workflow; false if there was none by that name. */
  public boolean delete(String name) {
    return deleted(send(deleteRequest("/workflows/" + segment(name))));
  }

  /**
   * Sends the workflow's log lines to {@code sink} as the server streams them (NDJSON); with {@code
   * follow}, until the workflow has completed.
   */
  public void logs(String name, String step, boolean follow, Consumer<LogLine> sink) {
    StringBuilder path = new StringBuilder("/workflows/" + segment(name) + "/log?follow=" + follow);
    if (step != null) {
      path.append("&step=").append(segment(step));
    }
    HttpRequest request = request(path.toString()).GET().build();
    HttpResponse<Stream<String>> response = exchange(request, HttpResponse.BodyHandlers.ofLines());
    try (Stream<String> lines = response.body()) {
      if (response.statusCode() / 100 != 2) {
        throw failure(response.statusCode(), String.join("\n", (Iterable<String>) lines::iterator));
      }
      Iterator<String> it = lines.iterator();
      while (it.hasNext()) {
        String line = it.next();
        if (!line.isBlank()) {
          sink.accept(parse(line, LogLine.class));
        }
      }
    } catch (UncheckedIOException e) {
      throw new ApiException("the log stream from " + base + " broke: " + e.getMessage(), e);
    }
  }

  /** Creates the (Cluster)WorkflowTemplates in a file; refused ones come back with errors. */
  public TemplateOutcome createTemplates(boolean cluster, String file, String yaml) {
    String body = ModelJson.write(Map.of("file", file, "yaml", yaml));
    HttpResponse<String> response = send(post(templatePath(cluster, null), body));
    if (response.statusCode() == 422) {
      return new TemplateOutcome(List.of(), parse(response.body(), ErrorList.class).errors());
    }
    return new TemplateOutcome(items(response, WorkflowTemplate.class), List.of());
  }

  public List<WorkflowTemplate> templates(boolean cluster) {
    return items(send(get(templatePath(cluster, null), REQUEST_TIMEOUT)), WorkflowTemplate.class);
  }

  public WorkflowTemplate template(boolean cluster, String name) {
    return read(
        check(send(get(templatePath(cluster, name), REQUEST_TIMEOUT))), WorkflowTemplate.class);
  }

  public boolean deleteTemplate(boolean cluster, String name) {
    return deleted(send(deleteRequest(templatePath(cluster, name))));
  }

  /** Asks the server to stop. */
  public void shutdown() {
    check(send(post("/shutdown", "{}")));
  }

  private static String templatePath(boolean cluster, String name) {
    String path = cluster ? "/cluster-workflow-templates" : "/workflow-templates";
    return name == null ? path : path + "/" + segment(name);
  }

  private Versioned versioned(HttpResponse<String> response) {
    Workflow workflow = read(check(response), Workflow.class);
    return new Versioned(workflow, response.headers().firstValue(VERSION_HEADER).orElse(null));
  }

  private boolean deleted(HttpResponse<String> response) {
    if (response.statusCode() == 404) {
      return false;
    }
    check(response);
    return true;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
        .header("Accept", "application/json");
  }

  private HttpRequest get(String path, Duration timeout) {
    return request(path).timeout(timeout).GET().build();
  }

  private HttpRequest deleteRequest(String path) {
    return request(path).timeout(REQUEST_TIMEOUT).DELETE().build();
  }

  private HttpRequest post(String path, String json) {
    return request(path)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) {
    return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new ApiException("cannot reach the wf server at " + base + ": " + reason, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException("interrupted while talking to the wf server", e);
    }
  }

  private static HttpResponse<String> check(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw failure(response.statusCode(), response.body());
    }
    return response;
  }

  /** The server's {@code {"message": ...}}, or its raw answer when it sent something else. */
  private static ApiException failure(int status, String body) {
    String message = null;
    try {
      message = ModelJson.mapper().readValue(body, ErrorMessage.class).message();
    } catch (JsonProcessingException e) {
      message = null;
    }
    if (message == null || message.isBlank()) {
      message = body == null || body.isBlank() ? "" : ": " + body.strip();
      message = "the wf server answered HTTP " + status + message;
    }
    return new ApiException(status, message);
  }

  private static <T> T read(HttpResponse<String> response, Class<T> type) {
    return parse(check(response).body(), type);
  }

  private static <T> List<T> items(HttpResponse<String> response, Class<T> type) {
    JavaType listType =
        ModelJson.mapper().getTypeFactory().constructParametricType(ItemList.class, type);
    try {
      ItemList<T> list = ModelJson.mapper().readValue(check(response).body(), listType);
      return list.items();
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    }
  }

  private static <T> T parse(String json, Class<T> type) {
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
  record ErrorList(List<SpecError> errors) {
    ErrorList {
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorMessage(String message) {}
}
