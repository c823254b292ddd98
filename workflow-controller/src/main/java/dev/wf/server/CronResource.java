package dev.wf.server;

import java.io.IOException;
import java.util.List;

import dev.wf.api.spec.Workflow;
import dev.wf.engine.cron.CronBackfill;
import dev.wf.server.ApiBodies.TemplateUpload;
import dev.wf.server.CronService.CronOutcome;

/**
 * CronWorkflows over HTTP ({@code /api/v1/cron-workflows}): create from a YAML file, list, get,
 * delete, suspend, resume and backfill by name.
 */
final class CronResource {
  private static final String BASE = "/api/v1/cron-workflows";

  private final CronService service;

  CronResource(CronService service) {
    this.service = service;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", BASE, this::create),
        Route.of("GET", BASE, this::list),
        Route.of("GET", BASE + "/{name}", this::get),
        Route.of("DELETE", BASE + "/{name}", this::delete),
        Route.of("PUT", BASE + "/{name}/suspend", exchange -> suspend(exchange, true)),
        Route.of("PUT", BASE + "/{name}/resume", exchange -> suspend(exchange, false)),
        Route.of("POST", BASE + "/{name}/backfill", this::backfill));
  }

  private void create(ApiExchange exchange) throws IOException {
    TemplateUpload upload = exchange.body(TemplateUpload.class);
    if (upload.yaml() == null) throw ApiError.badRequest("the request needs a \"yaml\" field");
    CronOutcome outcome =
        service.create(upload.file() == null ? "-" : upload.file(), upload.yaml());
    if (!outcome.errors().isEmpty()) {
      exchange.respond(422, new ApiBodies.Errors(outcome.errors()));
    } else {
      exchange.respond(201, new ApiBodies.Items<>(outcome.crons()));
    }
  }

  private void list(ApiExchange exchange) throws IOException {
    exchange.respond(200, new ApiBodies.Items<>(service.list()));
  }

  private void get(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    exchange.respond(200, service.get(name).orElseThrow(() -> notFound(name)));
  }

  private void delete(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    if (!service.delete(name)) throw notFound(name);
    exchange.respond(200, new ApiBodies.Deleted(name));
  }

  private void suspend(ApiExchange exchange, boolean suspend) throws IOException {
    String name = exchange.path("name");
    exchange.respond(200, service.suspend(name, suspend).orElseThrow(() -> notFound(name)));
  }

  private void backfill(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    CronBackfill.Options options = exchange.body(CronBackfill.Options.class);
    if (options.start() == null || options.name() == null || options.argName() == null) {
      throw ApiError.badRequest("a backfill needs a name, a start and an argument name");
    }
    List<Workflow> created;
    try {
      created = service.backfill(name, options).orElseThrow(() -> notFound(name));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    exchange.respond(201, new ApiBodies.Items<>(created));
  }

  private static ApiError notFound(String name) {
    return ApiError.notFound("cron workflow \"" + name + "\" not found");
  }
}
