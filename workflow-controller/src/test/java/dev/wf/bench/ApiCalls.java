package dev.wf.bench;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;

/**
 * Counts the API requests a client makes, by method, resource and response code (e.g. {@code PUT
 * workflows/status 200}), so that a benchmark can say how many calls one workflow costs. Runs as an
 * HTTP interceptor of fabric8's client, after each response.
 */
final class ApiCalls implements Interceptor {
  static final String NAME = "wf-bench-api-calls";

  // .../namespaces/NS/PLURAL[/NAME[/SUBRESOURCE]]
  private static final Pattern NAMESPACED =
      Pattern.compile(".*/namespaces/[^/]+/([^/?]+)(?:/[^/?]+(/[^/?]+)?)?.*");

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public void after(
      HttpRequest request,
      HttpResponse<?> response,
      AsyncBody.Consumer<List<ByteBuffer>> consumer) {
    String key = request.method() + " " + resource(request) + " " + response.code();
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  /** The counts so far, sorted by key. */
  Map<String, Long> snapshot() {
    var sorted = new TreeMap<String, Long>();
    counts.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted;
  }

  long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  private static String resource(HttpRequest request) {
    String path = request.uri().getPath();
    boolean watch = request.uri().getQuery() != null && request.uri().getQuery().contains("watch");
    var match = NAMESPACED.matcher(path);
    String name =
        match.matches() ? match.group(1) + (match.group(2) == null ? "" : match.group(2)) : path;
    return watch ? name + "(watch)" : name;
  }
}
