package dev.wf.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The local REST API ({@code /api/v1/...}) over a {@link WorkflowService}, served by the JDK's HTTP
 * server on 127.0.0.1 only, one virtual thread per request (long polls and log streams each hold
 * one). {@code POST /api/v1/shutdown} answers, then runs the {@code onShutdown} the composition
 * root gave, which decides how the process stops.
 */
public final class ApiServer implements AutoCloseable {
  /** The version reported by {@code GET /api/v1/version}. */
  public static final String VERSION = "0.1.0";

  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * Binds 127.0.0.1:{@code port} ({@code 0}: any free port) without serving yet.
   *
   * @throws IOException if the port cannot be bound, e.g. it is in use
   */
  public ApiServer(WorkflowService service, int port, Runnable onShutdown) throws IOException {
    this(service, null, port, onShutdown);
  }

  /**
   * Binds as {@link #ApiServer(WorkflowService, int, Runnable)} does, also serving cron workflows
   * ({@code /api/v1/cron-workflows}) when {@code crons} is not null.
   */
  public ApiServer(WorkflowService service, CronService crons, int port, Runnable onShutdown)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    List<Route> routes = routes(service, onShutdown);
    if (crons != null) routes.addAll(new CronResource(crons).routes());
    server.createContext("/", new ApiRouter(routes));
  }

  /** Starts answering requests. */
  public void start() {
    server.start();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL clients use, e.g. {@code http://127.0.0.1:2746}. */
  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  /** Stops listening and ends requests still running (long polls, log streams). */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static List<Route> routes(WorkflowService service, Runnable onShutdown) {
    WorkflowResource workflows = new WorkflowResource(service);
    List<Route> routes = new ArrayList<>();
    routes.addAll(new SystemResource(VERSION, onShutdown).routes());
    routes.addAll(workflows.routes());
    routes.addAll(new WorkflowLogResource(service, workflows).routes());
    routes.addAll(new WorkflowArtifactResource(service, workflows).routes());
    routes.addAll(TemplateResource.namespaced(service).routes());
    routes.addAll(TemplateResource.cluster(service).routes());
    routes.addAll(new ConfigMapResource(service).routes());
    return routes;
  }
}
