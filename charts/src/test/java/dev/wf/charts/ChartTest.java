package dev.wf.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;

import dev.wf.config.WfConfig;

/** charts/wf through real {@code helm lint} and {@code helm template} (helm-java). */
class ChartTest {
  private static final String NS = RenderedChart.NAMESPACE;

  @Test
  void passesStrictLint() {
    var result = new Helm(RenderedChart.CHART).lint().strict().call();
    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "s3", "namespaced"})
  void rendersControllerWithItsServiceAccountAndConfig(String values) {
    var chart = RenderedChart.render(values);
    assertThat(chart.identities())
        .contains(
            "Deployment " + NS + "/wf-controller",
            "ServiceAccount " + NS + "/wf-controller",
            "ConfigMap " + NS + "/wf-controller-config");
  }

  @Test
  void controllerElectsALeaderAndWatchesAllNamespacesByDefault() {
    var args = controllerArgs(RenderedChart.render("default"));
    assertThat(args)
        .contains(
            "controller",
            "--all-namespaces",
            "--leader-elect",
            "--leader-election-namespace=$(POD_NAMESPACE)",
            "--leader-election-id=wf-controller");
  }

  @Test
  void controllerWatchesOnlyTheListedNamespaces() {
    var args = controllerArgs(RenderedChart.render("namespaced"));
    assertThat(args)
        .contains("--namespace=team-a", "--namespace=team-b")
        .doesNotContain("--all-namespaces");
  }

  @Test
  void watchingAllNamespacesBindsAClusterRole() {
    var chart = RenderedChart.render("default");
    assertThat(chart.identities())
        .contains("ClusterRole /wf-wf-controller", "ClusterRoleBinding /wf-wf-controller")
        .noneMatch(id -> id.startsWith("Role ") && id.endsWith("/wf-controller"));
  }

  @Test
  void watchingListedNamespacesBindsARoleInEach() {
    var chart = RenderedChart.render("namespaced");
    assertThat(chart.identities())
        .contains(
            "Role team-a/wf-controller",
            "RoleBinding team-a/wf-controller",
            "Role team-b/wf-controller",
            "RoleBinding team-b/wf-controller",
            "ServiceAccount team-a/wf-step",
            "ServiceAccount team-b/wf-step")
        .doesNotContain("ClusterRole /wf-wf-controller");
  }

  @Test
  void controllerProbesUseItsHealthPort() {
    var controller =
        container(RenderedChart.render("default").get("Deployment", NS, "wf-controller"));
    assertThat(controllerArgs(RenderedChart.render("default"))).contains("--health-port=6060");
    assertThat(controller.path("ports").get(0).path("containerPort").asInt()).isEqualTo(6060);
    assertThat(controller.path("livenessProbe").path("httpGet").path("path").asText())
        .isEqualTo("/healthz");
    assertThat(controller.path("readinessProbe").path("httpGet").path("path").asText())
        .isEqualTo("/readyz");
    assertThat(controller.path("readinessProbe").path("httpGet").path("port").asText())
        .isEqualTo("health");
  }

  @Test
  void controllerMayDoOnlyWhatItNeeds() {
    var role = RenderedChart.render("default").get("ClusterRole", "", "wf-wf-controller");
    assertThat(verbsByResource(role))
        .isEqualTo(
            new TreeMap<>(
                Map.of(
                    "configmaps", "get,list,watch,create,patch",
                    "cronworkflows", "get,list,watch,update,patch",
                    "cronworkflows/status", "get,update,patch",
                    "events", "create,patch",
                    "pods", "get,list,watch,create,delete,patch",
                    "pods/log", "get",
                    "stepresults", "get,list,watch,delete,deletecollection",
                    "workflows", "get,list,watch,create,update,patch,delete",
                    "workflows/status", "get,update,patch",
                    "workflowtemplates", "get,list,watch")));
  }

  @Test
  void noRoleGrantsWildcards() {
    var chart = RenderedChart.render("s3");
    var roles =
        List.of(chart.ofKind("Role"), chart.ofKind("ClusterRole")).stream()
            .flatMap(List::stream)
            .toList();
    assertThat(roles).isNotEmpty();
    assertThat(roles.stream().map(JsonNode::toString)).noneMatch(text -> text.contains("\"*\""));
  }

  @Test
  void controllerReadsOnlyTheArtifactRepositorySecrets() {
    var role = RenderedChart.render("s3").get("ClusterRole", "", "wf-wf-controller");
    var secrets = rulesFor(role, "secrets");
    assertThat(secrets).hasSize(1);
    assertThat(secrets.getFirst().path("resourceNames").toString()).isEqualTo("[\"wf-s3\"]");
    assertThat(secrets.getFirst().path("verbs").toString()).isEqualTo("[\"get\"]");
  }

  @Test
  void leaderElectionMayTouchOnlyItsLease() {
    var role = RenderedChart.render("default").get("Role", NS, "wf-controller-leader-election");
    assertThat(verbsByResource(role)).containsEntry("leases", "create,get,update");
    assertThat(role.path("rules").get(1).path("resourceNames").toString())
        .isEqualTo("[\"wf-controller\"]");
  }

  @Test
  void stepPodsMayOnlyReportStepResultsAndReadPods() {
    var role = RenderedChart.render("default").get("ClusterRole", "", "wf-wf-step");
    assertThat(verbsByResource(role))
        .isEqualTo(
            Map.of("stepresults", "create,get", "stepresults/status", "update", "pods", "get"));
  }

  @Test
  void configMapCarriesTheArtifactRepositoryAndImagesFromValues() {
    var config = config(RenderedChart.render("s3"));
    var s3 = WfConfig.parse(config.asText(), "config.yaml").artifactRepository().s3();
    assertThat(s3.bucket()).isEqualTo("wf-artifacts");
    assertThat(s3.endpoint()).isEqualTo("minio.minio:9000");
    assertThat(s3.accessKeySecret().name()).isEqualTo("wf-s3");
    assertThat(s3.secretKeySecret().key()).isEqualTo("secretkey");
    assertThat(WfConfig.parse(config.asText(), "config.yaml").images().images())
        .containsKey("python:3.12-alpine");
  }

  @Test
  void configMapNamesTheExecutorImageAndParallelism() throws Exception {
    var text = config(RenderedChart.render("s3")).asText();
    var config = new YAMLMapper().readTree(text);
    assertThat(config.path("executor").path("image").asText())
        .isEqualTo("registry.example.com/wf-executor:1.2.3");
    assertThat(config.path("parallelism").asInt()).isEqualTo(10);
    assertThat(config.path("serviceAccountName").asText()).isEqualTo("wf-step");
  }

  @Test
  void imagesDefaultToTheChartsAppVersion() {
    var deployment = RenderedChart.render("default").get("Deployment", NS, "wf-controller");
    assertThat(container(deployment).path("image").asText())
        .isEqualTo("ghcr.io/wf-dev/wf-controller:0.1.0");
  }

  private static JsonNode config(RenderedChart chart) {
    return chart.get("ConfigMap", NS, "wf-controller-config").path("data").path("config.yaml");
  }

  private static JsonNode container(JsonNode deployment) {
    return deployment.path("spec").path("template").path("spec").path("containers").get(0);
  }

  private static List<String> controllerArgs(RenderedChart chart) {
    var args = container(chart.get("Deployment", NS, "wf-controller")).path("args");
    return StreamSupport.stream(args.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<JsonNode> rulesFor(JsonNode role, String resource) {
    return StreamSupport.stream(role.path("rules").spliterator(), false)
        .filter(r -> r.path("resources").toString().contains("\"" + resource + "\""))
        .toList();
  }

  /** Resource to its verbs (comma-joined, in order), secrets (granted by name) left out. */
  private static Map<String, String> verbsByResource(JsonNode role) {
    var verbs = new TreeMap<String, String>();
    for (JsonNode rule : role.path("rules")) {
      for (JsonNode resource : rule.path("resources")) {
        if (resource.asText().equals("secrets")) continue;
        var list = StreamSupport.stream(rule.path("verbs").spliterator(), false);
        String joined = String.join(",", list.map(JsonNode::asText).toList());
        verbs.merge(resource.asText(), joined, (a, b) -> a + "," + b);
      }
    }
    return verbs;
  }
}
