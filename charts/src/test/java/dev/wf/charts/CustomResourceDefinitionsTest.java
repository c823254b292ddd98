package dev.wf.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** {@code charts/wf/crds/} must hold exactly the CRDs the build generates from the model. */
class CustomResourceDefinitionsTest {
  private static final String GENERATED = "META-INF/fabric8";
  private static final Path CHART_CRDS = Path.of("wf", "crds");
  private static final String REFRESH =
      "charts/wf/crds/ differs from the CRDs generated from dev.wf.api.crd. Refresh it with:"
          + " mvn -B -q -pl workflow-controller -am process-classes && cp"
          + " workflow-controller/target/classes/META-INF/fabric8/*.yml charts/wf/crds/";

  @Test
  void chartHoldsTheGeneratedCustomResourceDefinitions() throws Exception {
    assertThat(read(CHART_CRDS)).as(REFRESH).isEqualTo(generated());
  }

  @Test
  void generatesOneDefinitionPerKind() throws Exception {
    assertThat(generated())
        .containsOnlyKeys(
            "clusterworkflowtemplates.wf.dev-v1.yml",
            "cronworkflows.wf.dev-v1.yml",
            "stepresults.wf.dev-v1.yml",
            "workflows.wf.dev-v1.yml",
            "workflowtemplates.wf.dev-v1.yml");
  }

  @Test
  void workflowsHaveShortNameStatusSubresourceAndPrinterColumns() throws Exception {
    JsonNode crd = new YAMLMapper().readTree(generated().get("workflows.wf.dev-v1.yml"));
    JsonNode version = crd.path("spec").path("versions").get(0);
    assertThat(crd.path("spec").path("names").path("shortNames").toString()).isEqualTo("[\"wf\"]");
    assertThat(version.path("subresources").has("status")).isTrue();
    assertThat(version.path("additionalPrinterColumns").findValuesAsText("name"))
        .containsExactlyInAnyOrder("Status", "Age", "Progress", "Message");
  }

  @Test
  void inlineTemplatesKeepUnknownFields() throws Exception {
    JsonNode crd = new YAMLMapper().readTree(generated().get("workflowtemplates.wf.dev-v1.yml"));
    assertThat(crd.findValues("inline"))
        .isNotEmpty()
        .allSatisfy(
            inline ->
                assertThat(inline.path("x-kubernetes-preserve-unknown-fields").asBoolean())
                    .isTrue());
  }

  /** The generator's output: a directory in the reactor build, a jar when installed. */
  private static Map<String, String> generated() throws IOException, URISyntaxException {
    URI uri = CustomResourceDefinitionsTest.class.getClassLoader().getResource(GENERATED).toURI();
    if (!"jar".equals(uri.getScheme())) return read(Path.of(uri));
    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
      return read(jar.getPath(GENERATED));
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    var files = new TreeMap<String, String>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }
}
