package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

class TemplateCommandTest extends CommandTestBase {
  private static final String UNKNOWN_TEMPLATE =
      "{\"errors\":[{\"file\":\"a.yaml\",\"line\":9,\"column\":5,"
          + "\"message\":\"unknown WorkflowTemplate \\\"c\\\"\"}]}";

  @Test
  void createSendsTheFileAndDescribesEachStoredTemplate() throws Exception {
    Path file = Files.writeString(wfHome.resolve("t.yaml"), "kind: WorkflowTemplate\n");
    server.on(
        "POST",
        "/api/v1/workflow-templates",
        201,
        "{\"items\":[" + Fixtures.json("template-hello") + "]}");

    CliRun run = wf("template", "create", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            Name:                hello-tmpl
            Namespace:           default
            Created:             Fri Jan 02 10:00:00 +0000 (5 minutes ago)
            Entrypoint:          main
            """);
    JsonNode sent = ModelJson.mapper().readTree(server.requests().get(0).body());
    assertThat(sent.get("file").asText()).isEqualTo(file.toString());
    assertThat(sent.get("yaml").asText()).isEqualTo("kind: WorkflowTemplate\n");
  }

  @Test
  void refusedTemplatePrintsErrorsAndExitsOne() throws Exception {
    Path file = Files.writeString(wfHome.resolve("t.yaml"), "kind: WorkflowTemplate\n");
    server.on(
        "POST",
        "/api/v1/workflow-templates",
        422,
        "{\"errors\":[{\"file\":\"t.yaml\",\"line\":1,\"column\":1,\"message\":\"no name\"}]}");

    CliRun run = wf("template", "create", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("t.yaml:1:1: no name\n");
  }

  @Test
  void createSendsEveryManifestOfADirectoryInNameOrder() throws Exception {
    Path dir = Files.createDirectories(wfHome.resolve("library"));
    for (String name : new String[] {"b.yml", "a.yaml", "c.json", "notes.txt", "sub/d.yaml"}) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "kind: WorkflowTemplate\n");
    }
    server.on("POST", "/api/v1/workflow-templates", 201, "{\"items\":[]}");

    CliRun run = wf("template", "create", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(sentFiles()).containsExactly("a.yaml", "b.yml", "c.json");
  }

  @Test
  void createOfADirectoryWithoutManifestsFails() throws Exception {
    Path dir = Files.createDirectories(wfHome.resolve("empty"));

    CliRun run = wf("template", "create", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("wf: " + dir + ": a directory with no .yaml, .yml or .json files\n");
  }

  @Test
  void createSendsARefusedFileAgainOnceTheOthersAreStored() throws Exception {
    Path calling = Files.writeString(wfHome.resolve("a.yaml"), "kind: WorkflowTemplate\n");
    Path called = Files.writeString(wfHome.resolve("b.yaml"), "kind: WorkflowTemplate\n");
    server
        .on("POST", "/api/v1/workflow-templates", 422, UNKNOWN_TEMPLATE)
        .on("POST", "/api/v1/workflow-templates", 201, "{\"items\":[]}");

    CliRun run = wf("template", "create", calling.toString(), called.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(sentFiles()).containsExactly("a.yaml", "b.yaml", "a.yaml");
  }

  @Test
  void createPrintsRefusalsOnceARoundStoresNothingNew() throws Exception {
    Path calling = Files.writeString(wfHome.resolve("a.yaml"), "kind: WorkflowTemplate\n");
    Path called = Files.writeString(wfHome.resolve("b.yaml"), "kind: WorkflowTemplate\n");
    server
        .on("POST", "/api/v1/workflow-templates", 422, UNKNOWN_TEMPLATE)
        .on("POST", "/api/v1/workflow-templates", 201, "{\"items\":[]}")
        .on("POST", "/api/v1/workflow-templates", 422, UNKNOWN_TEMPLATE);

    CliRun run = wf("template", "create", calling.toString(), called.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("a.yaml:9:5: unknown WorkflowTemplate \"c\"\n");
    assertThat(sentFiles()).containsExactly("a.yaml", "b.yaml", "a.yaml");
  }

  private List<String> sentFiles() throws Exception {
    var names = new ArrayList<String>();
    for (var request : server.requests("POST", "/api/v1/workflow-templates")) {
      String file = ModelJson.mapper().readTree(request.body()).get("file").asText();
      names.add(Path.of(file).getFileName().toString());
    }
    return names;
  }

  @Test
  void clusterTemplateListIsATableOfTheClusterScopedOnes() {
    server.on(
        "GET",
        "/api/v1/cluster-workflow-templates",
        200,
        "{\"items\":[" + Fixtures.json("cluster-template-hello") + "]}");

    CliRun run = wf("cluster-template", "list");

    assertThat(run.out()).isEqualTo("NAME          AGE\nshared-tmpl   65m\n");
  }

  @Test
  void getByNamePrintsTheName() {
    server.on("GET", "/api/v1/workflow-templates/hello-tmpl", 200, Fixtures.json("template-hello"));

    assertThat(wf("template", "get", "hello-tmpl", "-o", "name").out()).isEqualTo("hello-tmpl\n");
  }

  @Test
  void deleteAllRemovesEveryListedTemplate() {
    server.on(
        "GET",
        "/api/v1/cluster-workflow-templates",
        200,
        "{\"items\":[" + Fixtures.json("cluster-template-hello") + "]}");
    server.on("DELETE", "/api/v1/cluster-workflow-templates/shared-tmpl", 200, "{}");

    CliRun run = wf("cluster-template", "delete", "--all");

    assertThat(run.out()).isEqualTo("ClusterWorkflowTemplate 'shared-tmpl' deleted\n");
  }

  @Test
  void getShowsTheInputsAndOutputsOfEveryTemplate() {
    server.on("GET", "/api/v1/workflow-templates/greeter", 200, Fixtures.json("template-library"));

    CliRun run = wf("template", "get", "greeter");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            Name:                greeter
            Namespace:           default
            Created:             Fri Jan 02 10:00:00 +0000 (5 minutes ago)
            Entrypoint:          say
            Arguments:           text=hi
            Templates:
              say (script)
                in   parameter  text    required
                in   parameter  tone    default "plain"; enum: plain, loud; How to say it
                in   artifact   words   required; at /tmp/words.txt
                in   artifact   style   optional; at /tmp/style
                out  parameter  length  from /tmp/length
                out  artifact   said    from /tmp/said.txt
                out  result             standard output
              twice (steps)
                out  parameter  first   from {{steps.a.outputs.result}}
            """);
  }

  @Test
  void getAsYamlIsTheStoredObject() {
    server.on("GET", "/api/v1/workflow-templates/greeter", 200, Fixtures.json("template-library"));

    CliRun run = wf("template", "get", "greeter", "-o", "yaml");

    assertThat(run.out()).startsWith("apiVersion: argoproj.io/v1alpha1\n").doesNotContain("in   ");
  }

  @Test
  void updatePutsTheFileAndDescribesTheReplacedTemplates() throws Exception {
    Path file = Files.writeString(wfHome.resolve("t.yaml"), "kind: WorkflowTemplate\n");
    server.on(
        "PUT",
        "/api/v1/workflow-templates",
        200,
        "{\"items\":[" + Fixtures.json("template-hello") + "]}");

    CliRun run = wf("template", "update", file.toString(), "-o", "name");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("hello-tmpl\n");
    assertThat(server.requests("PUT", "/api/v1/workflow-templates")).hasSize(1);
  }

  @Test
  void updateOfATemplateNotStoredPrintsTheRefusalAndExitsOne() throws Exception {
    Path file = Files.writeString(wfHome.resolve("t.yaml"), "kind: WorkflowTemplate\n");
    server.on(
        "PUT",
        "/api/v1/cluster-workflow-templates",
        422,
        "{\"errors\":[{\"file\":\"t.yaml\",\"line\":4,\"column\":9,"
            + "\"path\":\"metadata.name\",\"message\":\"not stored\"}]}");

    CliRun run = wf("cluster-template", "update", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("t.yaml:4:9: metadata.name: not stored\n");
  }
}
