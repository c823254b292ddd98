package dev.wf.cli.client;

import static dev.wf.cli.client.ApiTransport.deleted;
import static dev.wf.cli.client.ApiTransport.items;
import static dev.wf.cli.client.ApiTransport.parse;
import static dev.wf.cli.client.ApiTransport.read;
import static dev.wf.cli.client.ApiTransport.segment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.cli.client.ApiTransport.Answer;
import dev.wf.engine.cron.CronBackfill;
import dev.wf.server.CronService.CronOutcome;

/** The server's cron workflow API ({@code /api/v1/cron-workflows}) as plain calls. */
public final class CronClient {
  private static final String BASE = "/cron-workflows";

  private final ApiTransport http;
  private final Duration timeout;

  CronClient(ApiTransport http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  /** Creates the CronWorkflows in a file; a refused file comes back with its errors. */
  public CronOutcome create(String file, String yaml) {
    String body = ModelJson.write(Map.of("file", file, "yaml", yaml));
    Answer answer = http.call("POST", BASE, body, timeout);
    if (answer.status() == 422) {
      return new CronOutcome(List.of(), parse(answer.body(), WfClient.ErrorList.class).errors());
    }
    return new CronOutcome(items(answer, CronWorkflow.class), List.of());
  }

  public List<CronWorkflow> list() {
    return items(http.call("GET", BASE, null, timeout), CronWorkflow.class);
  }

  /** A cron workflow; one that does not exist is an {@link ApiException} saying so. */
  public CronWorkflow get(String name) {
    return read(http.call("GET", path(name), null, timeout), CronWorkflow.class);
  }

  /** Deletes a cron workflow; false if there was none by that name. */
  public boolean delete(String name) {
    return deleted(http.call("DELETE", path(name), null, timeout));
  }

  /** Suspends ({@code true}) or resumes a cron workflow; returns it as stored. */
  public CronWorkflow suspend(String name, boolean suspend) {
    String verb = suspend ? "/suspend" : "/resume";
    return read(http.call("PUT", path(name) + verb, "{}", timeout), CronWorkflow.class);
  }

  /** Submits the workflows of a backfill; returns them as submitted. */
  public List<Workflow> backfill(String name, CronBackfill.Options options) {
    Answer answer = http.call("POST", path(name) + "/backfill", ModelJson.write(options), timeout);
    return items(answer, Workflow.class);
  }

  private static String path(String name) {
    return BASE + "/" + segment(name);
  }
}
