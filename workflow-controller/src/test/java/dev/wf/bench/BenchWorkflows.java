package dev.wf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;

/** The workflows the benchmark submits, as the model reads them from YAML. */
final class BenchWorkflows {
  private BenchWorkflows() {}

  /** One pod: the smallest workflow there is. */
  static Workflow oneStep(String name) {
    return parse(
        """
        apiVersion: wf.dev/v1alpha1
        kind: Workflow
        metadata: {name: %s}
        spec:
          entrypoint: main
          templates:
          - name: main
            container: {image: alpine, command: ["true"]}
        """
            .formatted(name));
  }

  /** A DAG of {@code width} parallel pods (one task {@code withSequence}) and one join after. */
  static Workflow fanOut(String name, int width) {
    return parse(
        """
        apiVersion: wf.dev/v1alpha1
        kind: Workflow
        metadata: {name: %s}
        spec:
          entrypoint: main
          templates:
          - name: main
            dag:
              tasks:
              - {name: fan, template: t, withSequence: {count: "%d"}}
              - {name: join, template: t, depends: fan}
          - name: t
            container: {image: alpine, command: ["true"]}
        """
            .formatted(name, width));
  }

  private static Workflow parse(String yaml) {
    try (var parser = new YAMLFactory().createParser(yaml)) {
      return ModelJson.mapper().readValue(parser, Workflow.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
