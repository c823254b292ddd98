package dev.wf.server;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.spec.Workflow;
import dev.wf.engine.WorkflowDeletion;
import dev.wf.engine.control.ControlException;
import dev.wf.server.WorkflowService.NodeSetRequest;
import dev.wf.server.WorkflowService.ResubmitRequest;
import dev.wf.server.WorkflowService.ResumeRequest;
import dev.wf.server.WorkflowService.RetryRequest;
import dev.wf.server.WorkflowService.StopRequest;
import dev.wf.server.WorkflowService.SubmitOutcome;
import dev.wf.server.WorkflowService.SubmitRequest;
import dev.wf.server.WorkflowService.Versioned;

/**
 * Workflows over HTTP: submit, list, get (optionally as a long poll that returns when the
 * workflow's version changes), delete, and the control verbs ({@code PUT .../{name}/suspend},
 * {@code resume}, {@code stop}, {@code terminate}, {@code retry}, {@code set}, {@code resubmit}).
 * Every single-workflow answer carries its version in {@value #VERSION_HEADER}.
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
        Route.of("DELETE", "/api/v1/workflows/{name}", this::delete),
        control("suspend", (name, e) -> service.suspend(name)),
        control("resume", (name, e) -> service.resume(name, e.body(ResumeRequest.class))),
        control("stop", (name, e) -> service.stop(name, e.body(StopRequest.class))),
        control("terminate", (name, e) -> service.terminate(name)),
        control("retry", (name, e) -> service.retry(name, e.body(RetryRequest.class))),
        control("set", (name, e) -> service.setNode(name, e.body(NodeSetRequest.class))),
        Route.of("PUT", "/api/v1/workflows/{name}/resubmit", this::resubmit));
  }

  /** One control verb on one workflow; answers with the workflow as it stands after it. */
  private interface ControlCall {
    Optional<Workflow> apply(String name, ApiExchange exchange) throws IOException;
  }

  /** {@code PUT /api/v1/workflows/{name}/VERB}: a refusal is 400 with its reason. */
  private Route control(String verb, ControlCall call) {
    return Route.of(
        "PUT",
        "/api/v1/workflows/{name}/" + verb,
        exchange -> {
          String name = resolve(exchange.path("name"));
          exchange.respond(200, refusing(() -> call.apply(name, exchange), name));
        });
  }

  private void resubmit(ApiExchange exchange) throws IOException {
    String name = resolve(exchange.path("name"));
    ResubmitRequest request = exchange.body(ResubmitRequest.class);
    exchange.respond(201, refusing(() -> service.resubmit(name, request), name));
  }

  private interface Operation {
    Optional<Workflow> run() throws IOException;
  }

  private static Workflow refusing(Operation operation, String name) throws IOException {
    try {
      return operation.run().orElseThrow(() -> notFound(name));
    } catch (ControlException e) {
      throw ApiError.badRequest(e.getMessage());
    }
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

  /**
   * {@code DELETE .../{name}[?force=true]}: 409 when artifacts could not be deleted and the
   * workflow was kept.
   */
  private void delete(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    WorkflowDeletion deletion = service.delete(name, exchange.queryFlag("force", false));
    if (!deletion.found()) throw notFound(name);
    if (!deletion.deleted()) {
      throw new ApiError(
          409,
          "workflow \""
              + name
              + "\" was kept: "
              + String.join("; ", deletion.failures())
              + " (fix the repository and delete it again, or use --force)");
    }
    int artifacts = deletion.artifactsDeleted();
    exchange.respond(200, new ApiBodies.Deleted(name, artifacts == 0 ? null : artifacts));
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
