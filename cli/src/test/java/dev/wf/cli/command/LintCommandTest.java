package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

class LintCommandTest extends CommandTestBase {
  private static final String LINT = "src/test/resources/lint/";

  @Test
  void withoutFilesIsAUsageError() {
    assertThat(wf("lint").exitCode()).isEqualTo(2);
  }

  @Test
  void missingFileFailsWithOneLine() {
    CliRun run = wf("lint", "absent.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: no such file: absent.yaml\n");
  }

  @Test
  void cleanFilePrintsNothingAndSucceeds() {
    CliRun run = wf("lint", LINT + "clean.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fileWithTwoErrorsPrintsBothWithPositionsAndFails() {
    CliRun run = wf("lint", LINT + "two-errors.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            LINT
                + "two-errors.yaml:15:18: spec.templates[0].dag.tasks[1].depends:"
                + " unknown task \"frist\" (known: first, second)\n"
                + LINT
                + "two-errors.yaml:20:7: spec.templates[1].container.comand:"
                + " unknown field \"comand\"; did you mean \"command\"?\n");
  }

  @Test
  void directoryResolvesCallsBetweenItsFilesWithoutAskingTheServer() {
    CliRun run = wf("lint", LINT + "library");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void callToATemplateNotInTheFilesIsCheckedAgainstTheStoredOne() {
    // The stored "greeter" also requires an artifact, which the pipeline does not pass.
    server.on("GET", "/api/v1/workflow-templates/greeter", 200, Fixtures.json("template-library"));

    CliRun run = wf("lint", LINT + "library/pipeline.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            LINT
                + "library/pipeline.yaml:11:9: spec.templates[0].steps[0][0]: step \"hello\" does"
                + " not pass input artifact \"words\" that template \"say\" requires; set it in"
                + " its arguments\n");
  }

  @Test
  void callToATemplateStoredNowhereNamesTheStoredOnes() {
    server.on(
        "GET",
        "/api/v1/workflow-templates",
        200,
        "{\"items\":[" + Fixtures.json("template-hello") + "]}");

    CliRun run = wf("lint", LINT + "library/pipeline.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            LINT
                + "library/pipeline.yaml:13:11: spec.templates[0].steps[0][0].templateRef.name:"
                + " unknown WorkflowTemplate \"greeter\" (known: hello-tmpl)\n");
  }

  @Test
  void unreachableServerIsOneLineAndTheCallIsUnknown() {
    server.close();

    CliRun run = wf("lint", LINT + "library/pipeline.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("wf: cannot read stored templates (")
        .endsWith("); references to them are reported as unknown\n")
        .hasLineCount(1);
    assertThat(run.out()).contains("unknown WorkflowTemplate \"greeter\"").hasLineCount(1);
  }

  @Test
  void templateLintChecksOnlyTheTemplates() {
    CliRun run = wf("template", "lint", LINT + "mixed.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            LINT
                + "mixed.yaml:13:18: spec.templates[0].dag.tasks[0].depends:"
                + " unknown task \"frist\" (known: first)\n");
  }

  @Test
  void lintReportsEveryDocument() {
    CliRun run = wf("lint", LINT + "mixed.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("unknown task \"frist\"", "unknown template \"mian\"", "unsupported kind")
        .hasLineCount(3);
  }

  @Test
  void clusterTemplateLintSkipsNamespacedTemplates() {
    CliRun run = wf("cluster-template", "lint", LINT + "mixed.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void cronLintChecksOnlyTheCronWorkflows() {
    CliRun run = wf("cron", "lint", LINT + "cron-and-workflow.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            LINT
                + "cron-and-workflow.yaml:7:10: spec.schedules[0]: invalid schedule:"
                + " hour field \"25\": out of range 0-23\n");
  }

  @Test
  void argumentWithoutValueIsLeftToSubmitAsArgoLintDoes() {
    CliRun run = wf("lint", LINT + "value-at-submit.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }
}
