package dev.wf.api.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;

/** Reads test documents into model records, with a YAML mapper configured like ModelJson. */
final class YamlManifests {
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private YamlManifests() {}

  static List<Manifest> parse(String yaml) {
    try {
      var manifests = new ArrayList<Manifest>();
      for (var it = YAML.readerFor(JsonNode.class).readValues(yaml); it.hasNext(); ) {
        JsonNode node = (JsonNode) it.next();
        if (node != null && !node.isMissingNode()) manifests.add(manifest(node));
      }
      return manifests;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Manifest one(String yaml) {
    return parse(yaml).get(0);
  }

  static String resource(String name) {
    try (InputStream in = YamlManifests.class.getResourceAsStream("/" + name)) {
      if (in == null) throw new IllegalArgumentException("no test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Manifest manifest(JsonNode node) {
    return switch (node.path("kind").asText()) {
      case "Workflow" -> YAML.convertValue(node, Workflow.class);
      case "WorkflowTemplate", "ClusterWorkflowTemplate" ->
          YAML.convertValue(node, WorkflowTemplate.class);
      case "CronWorkflow" -> YAML.convertValue(node, CronWorkflow.class);
      default -> throw new IllegalArgumentException("unknown kind " + node.path("kind"));
    };
  }
}
