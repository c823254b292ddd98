package dev.wf.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dev.wf.api.spec.ModelJson;

/**
 * A workflow's step logs over HTTP as NDJSON: one {@link WorkflowService.LogLine} per line, each
 * flushed as soon as it is written, so {@code follow=true} shows lines as the steps print them.
 */
final class WorkflowLogResource {
  static final String NDJSON = "application/x-ndjson";

  private final WorkflowService service;
  private final WorkflowResource workflows;

  WorkflowLogResource(WorkflowService service, WorkflowResource workflows) {
    this.service = service;
    this.workflows = workflows;
  }

  List<Route> routes() {
    return List.of(Route.of("GET", "/api/v1/workflows/{name}/log", this::logs));
  }

  private void logs(ApiExchange exchange) throws IOException, InterruptedException {
    String name = workflows.resolve(exchange.path("name"));
    String step = exchange.query("step").orElse(null);
    boolean follow = exchange.queryFlag("follow", false);
    if (service.get(name).isEmpty()) throw WorkflowResource.notFound(name);
    try (OutputStream out = exchange.stream(200, NDJSON)) {
      service.logs(name, step, follow, line -> writeLine(out, line));
    } catch (UncheckedIOException e) {
      // The client went away while lines were streaming: nothing left to answer.
      throw e.getCause();
    }
  }

  private static void writeLine(OutputStream out, WorkflowService.LogLine line) {
    try {
      out.write(ModelJson.mapper().writeValueAsBytes(line));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
