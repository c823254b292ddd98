package dev.wf.server;

import java.io.IOException;
import java.util.List;

import dev.wf.server.ApiBodies.TemplateUpload;
import dev.wf.server.WorkflowService.TemplateOutcome;

/**
 * WorkflowTemplates or ClusterWorkflowTemplates over HTTP (one instance per scope): create from a
 * YAML file, replace from one (PUT on the collection), list, get and delete by name.
 */
final class TemplateResource {
  private final WorkflowService service;
  private final boolean clusterScoped;
  private final String base;
  private final String kind;

  private TemplateResource(
      WorkflowService service, boolean clusterScoped, String base, String kind) {
    this.service = service;
    this.clusterScoped = clusterScoped;
    this.base = base;
    this.kind = kind;
  }

  static TemplateResource namespaced(WorkflowService service) {
    return new TemplateResource(service, false, "/api/v1/workflow-templates", "workflow template");
  }

  static TemplateResource cluster(WorkflowService service) {
    return new TemplateResource(
        service, true, "/api/v1/cluster-workflow-templates", "cluster workflow template");
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", base, this::create),
        Route.of("PUT", base, this::update),
        Route.of("GET", base, this::list),
        Route.of("GET", base + "/{name}", this::get),
        Route.of("DELETE", base + "/{name}", this::delete));
  }

  private void create(ApiExchange exchange) throws IOException {
    TemplateUpload upload = upload(exchange);
    respond(exchange, 201, service.createTemplates(upload.file(), upload.yaml(), clusterScoped));
  }

  /** PUT on the collection: replaces the stored templates the uploaded file defines. */
  private void update(ApiExchange exchange) throws IOException {
    TemplateUpload upload = upload(exchange);
    respond(exchange, 200, service.updateTemplates(upload.file(), upload.yaml(), clusterScoped));
  }

  private static TemplateUpload upload(ApiExchange exchange) throws IOException {
    TemplateUpload upload = exchange.body(TemplateUpload.class);
    if (upload.yaml() == null) throw ApiError.badRequest("the request needs a \"yaml\" field");
    return new TemplateUpload(upload.file() == null ? "-" : upload.file(), upload.yaml());
  }

  private static void respond(ApiExchange exchange, int status, TemplateOutcome outcome)
      throws IOException {
    if (!outcome.errors().isEmpty()) {
      exchange.respond(422, new ApiBodies.Errors(outcome.errors()));
    } else {
      exchange.respond(status, new ApiBodies.Items<>(outcome.templates()));
    }
  }

  private void list(ApiExchange exchange) throws IOException {
    exchange.respond(200, new ApiBodies.Items<>(service.templates(clusterScoped)));
  }

  private void get(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    exchange.respond(200, service.template(clusterScoped, name).orElseThrow(() -> notFound(name)));
  }

  private void delete(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    if (!service.deleteTemplate(clusterScoped, name)) throw notFound(name);
    exchange.respond(200, new ApiBodies.Deleted(name));
  }

  private ApiError notFound(String name) {
    return ApiError.notFound(kind + " \"" + name + "\" not found");
  }
}
