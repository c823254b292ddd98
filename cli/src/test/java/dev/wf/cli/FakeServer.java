package dev.wf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.wf.cli.client.WfClient;

/**
 * A stand-in wf server for tests: a JDK HttpServer on 127.0.0.1 that answers each {@code METHOD
 * path} with canned responses (in turn; the last one repeats) and records every request.
 */
public final class FakeServer implements AutoCloseable {
  /** A request as the server saw it. */
  public record Request(String method, String path, String query, String body) {}

  /** A canned answer: a JSON {@code body}, or {@code bytes} when they are given. */
  public record Response(int status, String body, Map<String, String> headers, byte[] bytes) {
    public Response(int status, String body, Map<String, String> headers) {
      this(status, body, headers, null);
    }

    public static Response json(int status, String body) {
      return new Response(status, body, Map.of());
    }

    /** A binary answer, as an artifact download gets. */
    public static Response bytes(byte[] bytes) {
      return new Response(200, "", Map.of(), bytes);
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Function<Request, Response>>> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private FakeServer(HttpServer server) {
    this.server = server;
  }

  public static FakeServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    FakeServer fake = new FakeServer(server);
    server.createContext("/", fake::handle);
    server.start();
    return fake;
  }

  /** Answers {@code method path} (no query) with {@code status} and {@code body}. */
  public FakeServer on(String method, String path, int status, String body) {
    return on(method, path, request -> Response.json(status, body));
  }

  /** Answers with the response computed from the request. */
  public FakeServer on(String method, String path, Function<Request, Response> answer) {
    routes.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).add(answer);
    return this;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public WfClient client() {
    return new WfClient(uri());
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests made to one {@code METHOD path}. */
  public List<Request> requests(String method, String path) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  /** A CLI context that talks to this server, not on a terminal, with the given clock. */
  public CliContext context(Path wfHome, Clock clock, InputStream stdin) {
    return new CliContext(wfHome, stdin, false, false, clock, notice -> client());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestURI().getRawQuery(),
              body);
      requests.add(request);
      Response response = answer(request);
      byte[] bytes =
          response.bytes() != null
              ? response.bytes()
              : response.body().getBytes(StandardCharsets.UTF_8);
      exchange
          .getResponseHeaders()
          .add(
              "Content-Type",
              response.bytes() != null ? "application/octet-stream" : "application/json");
      response.headers().forEach(exchange.getResponseHeaders()::add);
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private Response answer(Request request) {
    Deque<Function<Request, Response>> answers =
        routes.get(request.method() + " " + request.path());
    if (answers == null) {
      return Response.json(404, "{\"message\":\"no route " + request.path() + "\"}");
    }
    synchronized (answers) {
      Function<Request, Response> answer = answers.size() > 1 ? answers.poll() : answers.peek();
      return answer.apply(request);
    }
  }
}
