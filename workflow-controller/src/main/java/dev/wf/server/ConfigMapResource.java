package dev.wf.server;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import dev.wf.api.spec.ConfigMap;
import dev.wf.store.ConfigMapStore;

/**
 * ConfigMaps over HTTP ({@code /api/v1/configmaps}): create from a ConfigMap object, list, get and
 * delete by name. Names and keys follow Kubernetes' rules, so a ConfigMap made here could be
 * applied to a cluster as it is.
 */
final class ConfigMapResource {
  private static final String BASE = "/api/v1/configmaps";
  private static final Pattern NAME =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");
  private static final int MAX_NAME = 253;

  private final WorkflowService service;

  ConfigMapResource(WorkflowService service) {
    this.service = service;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", BASE, this::create),
        Route.of("GET", BASE, this::list),
        Route.of("GET", BASE + "/{name}", this::get),
        Route.of("DELETE", BASE + "/{name}", this::delete));
  }

  private ConfigMapStore store() {
    return service.configMaps();
  }

  private void create(ApiExchange exchange) throws IOException {
    ConfigMap configMap = checked(exchange.body(ConfigMap.class));
    store().create(configMap);
    service.configMapChanged(configMap.name());
    exchange.respond(201, store().get(configMap.name()).orElse(configMap));
  }

  private void list(ApiExchange exchange) throws IOException {
    exchange.respond(200, new ApiBodies.Items<>(store().list()));
  }

  private void get(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    exchange.respond(200, store().get(name).orElseThrow(() -> notFound(name)));
  }

  private void delete(ApiExchange exchange) throws IOException {
    String name = exchange.path("name");
    if (!store().delete(name)) throw notFound(name);
    service.configMapChanged(name);
    exchange.respond(200, new ApiBodies.Deleted(name));
  }

  private static ConfigMap checked(ConfigMap configMap) {
    if (!ConfigMap.KIND.equals(configMap.kind())) {
      throw ApiError.badRequest("expected kind ConfigMap, found " + configMap.kind());
    }
    if (!ConfigMap.API_VERSION.equals(configMap.apiVersion())) {
      throw ApiError.badRequest("expected apiVersion v1, found " + configMap.apiVersion());
    }
    String name = configMap.name();
    if (name == null || name.isEmpty()) throw ApiError.badRequest("a ConfigMap needs a name");
    if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
      throw ApiError.badRequest(
          "invalid ConfigMap name \""
              + name
              + "\": use lower case letters, digits, '-' and '.', starting and ending with a"
              + " letter or digit");
    }
    for (var entry : configMap.data().entrySet()) {
      if (!KEY.matcher(entry.getKey()).matches()) {
        throw ApiError.badRequest(
            "invalid key \"" + entry.getKey() + "\": use letters, digits, '-', '_' and '.'");
      }
      if (entry.getValue() == null) {
        throw ApiError.badRequest("key \"" + entry.getKey() + "\" has no value");
      }
    }
    return configMap;
  }

  private static ApiError notFound(String name) {
    return ApiError.notFound("configmap \"" + name + "\" not found");
  }
}
