package dev.wf.server;

import java.io.IOException;
import java.util.List;

/** The server itself: which version and process answers, and how to stop it. */
final class SystemResource {
  private final String version;
  private final Runnable onShutdown;

  SystemResource(String version, Runnable onShutdown) {
    this.version = version;
    this.onShutdown = onShutdown;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/api/v1/version", this::version),
        Route.of("POST", "/api/v1/shutdown", this::shutdown));
  }

  private void version(ApiExchange exchange) throws IOException {
    exchange.respond(200, new ApiBodies.ServerVersion(version, ProcessHandle.current().pid()));
  }

  /** Answers first, then stops on another thread, so the client sees the answer. */
  private void shutdown(ApiExchange exchange) throws IOException {
    exchange.respond(200, new ApiBodies.Message("stopping"));
    Thread.ofPlatform().name("wf-server-shutdown").start(onShutdown);
  }
}
