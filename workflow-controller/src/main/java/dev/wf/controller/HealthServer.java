package dev.wf.controller;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The controller's probes for Kubernetes: {@code GET /healthz} answers 200 while the process runs,
 * {@code GET /readyz} answers 200 when {@code ready} says so and 503 otherwise.
 */
public final class HealthServer implements AutoCloseable {
  private final HttpServer server;

  private HealthServer(HttpServer server) {
    this.server = server;
  }

  /** Serves the probes on {@code port} (0: any free port) on every interface. */
  public static HealthServer start(int port, BooleanSupplier ready) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/healthz", exchange -> answer(exchange, true));
    server.createContext("/readyz", exchange -> answer(exchange, ready.getAsBoolean()));
    server.setExecutor(null);
    server.start();
    return new HealthServer(server);
  }

  /** The port the probes are served on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, boolean ok) throws IOException {
    try (exchange) {
      byte[] body = (ok ? "ok\n" : "not ready\n").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
