package dev.wf.server;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.Workflow;
import dev.wf.server.WorkflowService.SubmitOutcome;
import dev.wf.server.WorkflowService.SubmitRequest;
import dev.wf.server.WorkflowService.Versioned;

/**
 * Workflows over HTTP: submit, list, get (optionally as a long poll that returns when the
 * workflow's version changes), and delete. Every single-workflow answer carries its version in
 * {@value #VERSION_HEADER}.
 */
final class WorkflowResource {
  static final String VERSION_HEADER = "X-Wf-Version";
  static final String LATEST = "@latest";
  private static final Duration DEFAULT_WATCH_TIMEOUT = Duration.ofSeconds(60);
  private static final long MAX_WATCH_SECONDS = 3600;

  private final WorkflowService service;

  WorkflowResource(WorkflowService service) {
    this.service = service;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/api/v1/workflows", this::submit),
        Route.of("GET", "/api/v1/workflows", this::list),
        Route.of("GET", "/api/v1/workflows/{name}", this::get),
        Route.of("DELETE", "/api/v1/workflows/{name}", this::delete));
  }

  private void submit(ApiExchange exchange) throws IOException {
    SubmitRequest request = exchange.body(SubmitRequest.class);
    if (request.yaml() == null && request.fromTemplate() == null) {
      throw ApiError.badRequest("a submission needs \"yaml\" or \"fromTemplate\"");
    }
    SubmitOutcome outcome = service.submit(request);
    if (!outcome.errors().isEmpty()) {
      exchange.respond(422, new ApiBodies.Errors(outcome.errors()));
    } else {
      exchange.respond(request.dryRun() ? 200 : 201, outcome.workflow());
    }
  }

  private void list(ApiExchange exchange) throws IOException {
    exchange.respond(200, new ApiBodies.Items<>(service.list()));
  }

  private void get(ApiExchange exchange) throws IOException {
    String name = resolve(exchange.path("name"));
    String seen = exchange.query("watch").orElse(null);
    Duration timeout = seen == null ? Duration.ZERO : watchTimeout(exchange);
    Versioned versioned =
        service.awaitChange(name, seen, timeout).orElseThrow(() -> notFound(name));
    Map<String, String> headers =
        versioned.version() == null ? Map.of() : Map.of(VERSION_HEADER, versioned.version());
    exchange.respond(200, versioned.workflow(), headers);
  }

  private void delete(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    if (!service.delete(name)) throw notFound(name);
    exchange.respond(200, new ApiBodies.Deleted(name));
  }

  /** The stored name for {@code name}, resolving {@code @latest} to the newest workflow. */
  String resolve(String name) {
    if (!LATEST.equals(name)) return name;
    return service.get(LATEST).map(Workflow::name).orElseThrow(() -> notFound(name));
  }

  static ApiError notFound(String name) {
    return LATEST.equals(name)
        ? ApiError.notFound("there are no workflows")
        : ApiError.notFound("workflow \"" + name + "\" not found");
  }

  private static Duration watchTimeout(ApiExchange exchange) {
    String value = exchange.query("timeout").orElse(null);
    if (value == null) return DEFAULT_WATCH_TIMEOUT;
    if (!value.matches("[0-9]{1,6}") || Long.parseLong(value) > MAX_WATCH_SECONDS) {
      throw ApiError.badRequest(
          "timeout must be a whole number of seconds from 0 to " + MAX_WATCH_SECONDS);
    }
    return Duration.ofSeconds(Long.parseLong(value));
  }
}
