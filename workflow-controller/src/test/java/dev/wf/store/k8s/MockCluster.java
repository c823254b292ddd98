package dev.wf.store.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.fabric8.kubernetes.client.KubernetesClient;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;

/** Prepares fabric8's mock API server for wf: its CRDs (so status is a subresource), fixtures. */
public final class MockCluster {
  private static final String[] CRDS = {
    "workflows.wf.dev-v1.yml",
    "workflowtemplates.wf.dev-v1.yml",
    "clusterworkflowtemplates.wf.dev-v1.yml",
    "cronworkflows.wf.dev-v1.yml"
  };

  private MockCluster() {}

  /** Creates wf's CRDs (generated into META-INF/fabric8 by the build) in the mock server. */
  public static void installCrds(KubernetesClient client) {
    for (String crd : CRDS) {
      try (InputStream in = MockCluster.class.getResourceAsStream("/META-INF/fabric8/" + crd)) {
        if (in == null) throw new IllegalStateException("no generated CRD " + crd);
        client.apiextensions().v1().customResourceDefinitions().load(in).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The workflow of fixture {@code k8s/<name>.yaml}, renamed and created at {@code created}. */
  public static Workflow workflow(String fixture, String name, Instant created) {
    String path = "/k8s/" + fixture + ".yaml";
    try (InputStream in = MockCluster.class.getResourceAsStream(path);
        var parser =
            new YAMLFactory().createParser(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
      Workflow wf = ModelJson.mapper().readValue(parser, Workflow.class);
      ObjectMeta meta = wf.metadata().withIdentity(name, null, null, created);
      return wf.withMetadata(meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
