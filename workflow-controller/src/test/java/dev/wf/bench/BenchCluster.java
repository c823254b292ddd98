package dev.wf.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

import dev.wf.controller.RequestRateLimit;

/**
 * fabric8's mock API server in CRUD mode with wf's CRDs installed (so status is a subresource), and
 * the clients a benchmark talks to it with: an unthrottled one for the benchmark itself and the
 * kubelet, and one throttled as {@code wf controller --qps --burst} throttles its own.
 */
final class BenchCluster implements AutoCloseable {
  static final String NAMESPACE = "bench";
  private static final String[] CRDS = {
    "workflows", "workflowtemplates", "clusterworkflowtemplates", "stepresults"
  };

  // Held so that the level sticks: the mock server logs every request at INFO, which costs CPU.
  private static final Logger ROOT_LOG = Logger.getLogger("");

  private final KubernetesMockServer server;
  private final Config config;
  private final KubernetesClient client;

  BenchCluster() {
    ROOT_LOG.setLevel(Level.WARNING);
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false);
    server.init();
    try (KubernetesClient first = server.createClient()) {
      config = new ConfigBuilder(first.getConfiguration()).withNamespace(NAMESPACE).build();
    }
    client = client(0, 0, null);
    for (String crd : CRDS) install(crd);
  }

  /** The unthrottled client of the benchmark (creating workflows, watching them). */
  KubernetesClient client() {
    return client;
  }

  /**
   * A client limited like the controller's ({@code qps} <= 0: unlimited), counting its requests in
   * {@code calls} when given.
   */
  KubernetesClient client(double qps, int burst, ApiCalls calls) {
    var limited = new ConfigBuilder(config);
    if (qps > 0) {
      // As ControllerCommand: at most `burst` requests in flight, `qps` per second on average.
      limited.withMaxConcurrentRequests(burst).withMaxConcurrentRequestsPerHost(burst);
    }
    Config clientConfig = limited.build();
    return server.createClient(
        b ->
            b.withConfig(clientConfig)
                .withHttpClientBuilderConsumer(
                    h -> {
                      if (qps > 0) {
                        h.addOrReplaceInterceptor(
                            RequestRateLimit.NAME, new RequestRateLimit(qps, burst));
                      }
                      if (calls != null) h.addOrReplaceInterceptor(ApiCalls.NAME, calls);
                    }));
  }

  private void install(String plural) {
    String file = "/META-INF/fabric8/" + plural + ".wf.dev-v1.yml";
    try (InputStream in = BenchCluster.class.getResourceAsStream(file)) {
      if (in == null) throw new IllegalStateException("no generated CRD " + file);
      client.apiextensions().v1().customResourceDefinitions().load(in).create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
