package dev.wf.server;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.wf.store.AlreadyExistsException;

/**
 * Sends each request to the route whose method and pattern match it, and turns every failure into a
 * JSON error: 404 for an unknown path, 405 for a known path with another method, the status of an
 * {@link ApiError}, 409 for a name already taken, and 500 (logged once) for anything else.
 */
final class ApiRouter implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ApiRouter.class.getName());

  private final List<Route> routes;

  ApiRouter(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  @Override
  public void handle(HttpExchange http) {
    try (http) {
      ApiExchange exchange = null;
      try {
        List<String> path = decode(Route.segments(http.getRequestURI().getRawPath()));
        Map<String, String> query = query(http.getRequestURI().getRawQuery());
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
          Optional<Map<String, String>> parameters = route.match(path);
          if (parameters.isEmpty()) continue;
          if (route.method().equals(http.getRequestMethod())) {
            exchange = new ApiExchange(http, parameters.get(), query);
            route.handler().handle(exchange);
            return;
          }
          allowed.add(route.method());
        }
        refuse(http, allowed);
      } catch (Exception e) {
        fail(http, exchange, e);
      }
    }
  }

  private static void refuse(HttpExchange http, Set<String> allowed) {
    String request = http.getRequestMethod() + " " + http.getRequestURI().getPath();
    if (allowed.isEmpty()) throw ApiError.notFound("no such endpoint: " + request);
    http.getResponseHeaders().set("Allow", String.join(", ", allowed));
    throw new ApiError(
        405, request + " is not allowed (allowed: " + String.join(", ", allowed) + ")");
  }

  private static void fail(HttpExchange http, ApiExchange exchange, Exception e) {
    if (e instanceof InterruptedException) Thread.currentThread().interrupt();
    boolean expected =
        e instanceof ApiError
            || e instanceof AlreadyExistsException
            || e instanceof IOException
            || e instanceof InterruptedException;
    if (!expected) LOG.log(Level.ERROR, "request " + http.getRequestURI() + " failed", e);
    // Once the status line is out, all that is left is to end the response early.
    if (exchange != null && exchange.responded()) return;
    send(http, status(e), message(e));
  }

  private static int status(Exception e) {
    return switch (e) {
      case ApiError error -> error.status();
      case AlreadyExistsException exists -> 409;
      case InterruptedException interrupted -> 503;
      default -> 500;
    };
  }

  private static String message(Exception e) {
    return switch (e) {
      case ApiError error -> error.getMessage();
      case AlreadyExistsException exists -> exists.getMessage();
      case InterruptedException interrupted -> "the server is stopping";
      default ->
          "internal error: "
              + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    };
  }

  private static void send(HttpExchange http, int status, String message) {
    try {
      new ApiExchange(http, Map.of(), Map.of()).respond(status, new ApiBodies.Message(message));
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "could not send the error for {0}: {1}", http.getRequestURI(), e);
    }
  }

  private static List<String> decode(List<String> segments) {
    return segments.stream().map(ApiRouter::decode).toList();
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) return parameters;
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      parameters.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
    }
    return parameters;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("malformed URL: cannot decode \"" + raw + "\"");
    }
  }
}
