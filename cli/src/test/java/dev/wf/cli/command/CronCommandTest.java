package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

class CronCommandTest extends CommandTestBase {
  private static final String BASE = "/api/v1/cron-workflows";

  private String items(String... fixtures) {
    StringBuilder json = new StringBuilder("{\"items\":[");
    for (int i = 0; i < fixtures.length; i++) {
      json.append(i == 0 ? "" : ",").append(Fixtures.json(fixtures[i]));
    }
    return json.append("]}").toString();
  }

  @Test
  void createSendsTheFileAndPrintsTheSummary() throws Exception {
    Path file = Files.writeString(wfHome.resolve("c.yaml"), "kind: CronWorkflow\n");
    server.on("POST", BASE, 201, items("cron-nightly"));

    CliRun run = wf("cron", "create", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            """
            Name:                          nightly
            Namespace:                     default
            Created:                       Thu Jan 01 09:00:00 +0000 (1 day ago)
            Schedules:                     0 11 * * *
            Timezone:                      UTC
            Suspended:                     false
            StartingDeadlineSeconds:       60
            ConcurrencyPolicy:             Forbid
            """);
    JsonNode sent = ModelJson.mapper().readTree(server.requests().get(0).body());
    assertThat(sent.get("file").asText()).isEqualTo(file.toString());
    assertThat(sent.get("yaml").asText()).isEqualTo("kind: CronWorkflow\n");
  }

  @Test
  void refusedCreatePrintsErrorsWithPositionsAndExitsOne() throws Exception {
    Path file = Files.writeString(wfHome.resolve("c.yaml"), "kind: CronWorkflow\n");
    server.on(
        "POST",
        BASE,
        422,
        "{\"errors\":[{\"file\":\"c.yaml\",\"line\":6,\"column\":5,\"path\":\"spec.schedules[0]\","
            + "\"message\":\"bad minute\"}]}");

    CliRun run = wf("cron", "create", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("c.yaml:6:5: spec.schedules[0]: bad minute\n");
  }

  @Test
  void listPrintsArgoColumns() {
    server.on("GET", BASE, 200, items("cron-nightly"));

    CliRun run = wf("cron", "list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            NAME      AGE   LAST RUN   NEXT RUN   SCHEDULES    SUSPENDED
            nightly   25h   23h        55m        0 11 * * *   false
            """);
  }

  @Test
  void listByNamePrintsOnlyNames() {
    server.on("GET", BASE, 200, items("cron-nightly"));

    assertThat(wf("cron", "list", "-o", "name").out()).isEqualTo("nightly\n");
  }

  @Test
  void getDescribesWhatTheSchedulerDid() {
    server.on("GET", BASE + "/nightly", 200, Fixtures.json("cron-nightly"));

    CliRun run = wf("cron", "get", "nightly");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("LastScheduledTime:             Thu Jan 01 11:00:00 +0000 (23 hours ago)\n")
        .contains(
            "NextScheduledTime:             Fri Jan 02 11:00:00 +0000 (55 minutes from now)\n")
        .contains("Active Workflows:              nightly-1767265200\n")
        .contains("Succeeded:                     3\nFailed:                        1\n")
        .contains("Phase:                         Active\n")
        .endsWith("Conditions:\n✖ SubmissionError              template \"lib\" not found\n");
  }

  @Test
  void getAsJsonPrintsTheObject() throws Exception {
    server.on("GET", BASE + "/nightly", 200, Fixtures.json("cron-nightly"));

    JsonNode printed =
        ModelJson.mapper().readTree(wf("cron", "get", "nightly", "-o", "json").out());

    assertThat(printed.at("/spec/schedules/0").asText()).isEqualTo("0 11 * * *");
  }

  @Test
  void getOfAnUnknownCronPrintsOneLineAndExitsOne() {
    server.on("GET", BASE + "/nope", 404, "{\"message\":\"cron workflow \\\"nope\\\" not found\"}");

    CliRun run = wf("cron", "get", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: cron workflow \"nope\" not found\n");
  }

  @Test
  void deleteAllRemovesEveryListedCron() {
    server.on("GET", BASE, 200, items("cron-nightly"));
    server.on("DELETE", BASE + "/nightly", 200, "{\"deleted\":\"nightly\"}");

    CliRun run = wf("cron", "delete", "--all");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("CronWorkflow 'nightly' deleted\n");
  }

  @Test
  void deleteWithoutNamesIsAUsageError() {
    assertThat(wf("cron", "delete").exitCode()).isEqualTo(2);
  }

  @Test
  void suspendAndResumeCallTheServer() {
    server.on("PUT", BASE + "/nightly/suspend", 200, Fixtures.json("cron-nightly"));
    server.on("PUT", BASE + "/nightly/resume", 200, Fixtures.json("cron-nightly"));

    assertThat(wf("cron", "suspend", "nightly").out())
        .isEqualTo("CronWorkflow 'nightly' suspended\n");
    assertThat(wf("cron", "resume", "nightly").out()).isEqualTo("CronWorkflow 'nightly' resumed\n");
  }

  @Test
  void backfillSendsTheParsedPeriodAndPrintsTheWorkflows() throws Exception {
    server.on(
        "POST",
        BASE + "/nightly/backfill",
        201,
        "{\"items\":[{\"kind\":\"Workflow\",\"metadata\":{\"name\":\"nightly-backfill-b1-1\"}}]}");

    CliRun run =
        wf(
            "cron",
            "backfill",
            "nightly",
            "--name",
            "b1",
            "--start",
            "Mon, 29 Dec 2025 00:00:00 UTC",
            "--end",
            "Wed, 31 Dec 2025 00:00:00 UTC");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo("Created backfill b1 of CronWorkflow nightly:\nnightly-backfill-b1-1\n");
    JsonNode sent = ModelJson.mapper().readTree(server.requests().get(0).body());
    assertThat(sent.get("start").asText()).isEqualTo("2025-12-29T00:00:00Z");
    assertThat(sent.get("end").asText()).isEqualTo("2025-12-31T00:00:00Z");
    assertThat(sent.get("argName").asText()).isEqualTo("cronScheduleTime");
    assertThat(sent.get("maxWorkflowCount").asInt()).isEqualTo(1000);
    assertThat(sent.get("parallel").asBoolean()).isFalse();
  }

  @Test
  void backfillTakesRfc3339Dates() throws Exception {
    server.on("POST", BASE + "/nightly/backfill", 201, "{\"items\":[]}");

    CliRun run =
        wf("cron", "backfill", "nightly", "--format", "RFC3339", "--start", "2025-12-29T00:00:00Z");

    assertThat(run.out()).isEqualTo("There is no suitable scheduling time.\n");
    JsonNode sent = ModelJson.mapper().readTree(server.requests().get(0).body());
    assertThat(sent.get("format").asText()).isEqualTo("2006-01-02T15:04:05Z07:00");
  }

  @Test
  void backfillWithAnUnreadableStartIsAUsageError() {
    CliRun run = wf("cron", "backfill", "nightly", "--start", "yesterday");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read \"yesterday\"");
  }

  @Test
  void submitFromCronwfAsksForTheCronWorkflowsRun() throws Exception {
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("steps-failed"));

    wf("submit", "--from", "cronwf/nightly");

    JsonNode sent = ModelJson.mapper().readTree(server.requests().get(0).body());
    assertThat(sent.get("fromTemplate").asText()).isEqualTo("cronworkflow/nightly");
  }
}
