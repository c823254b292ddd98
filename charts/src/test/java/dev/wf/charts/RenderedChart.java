package dev.wf.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;

/** The objects {@code helm template} renders from charts/wf, as JSON trees to assert on. */
record RenderedChart(List<JsonNode> objects) {
  static final Path CHART = Path.of("wf");
  static final String RELEASE = "wf";
  static final String NAMESPACE = "wf-system";
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Renders the chart with the values file {@code ci/NAME-values.yaml}. */
  static RenderedChart render(String ciValues) {
    String text =
        new Helm(CHART)
            .template()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withValuesFile(CHART.resolve("ci").resolve(ciValues + "-values.yaml"))
            .call();
    var objects = new ArrayList<JsonNode>();
    try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
      while (documents.hasNext()) {
        JsonNode object = documents.next();
        if (object != null && object.has("kind")) objects.add(object);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedChart(List.copyOf(objects));
  }

  List<JsonNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
  }

  JsonNode get(String kind, String namespace, String name) {
    return ofKind(kind).stream()
        .filter(o -> name.equals(o.path("metadata").path("name").asText()))
        .filter(o -> namespace.equals(o.path("metadata").path("namespace").asText()))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(kind + " " + namespace + "/" + name));
  }

  /** Kind, namespace and name of every object, e.g. {@code "Role team-a/wf-controller"}. */
  List<String> identities() {
    return objects.stream()
        .map(
            o ->
                o.path("kind").asText()
                    + " "
                    + o.path("metadata").path("namespace").asText()
                    + "/"
                    + o.path("metadata").path("name").asText())
        .toList();
  }
}
