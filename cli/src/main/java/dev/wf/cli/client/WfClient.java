package dev.wf.cli.client;

import static dev.wf.cli.client.ApiTransport.check;
import static dev.wf.cli.client.ApiTransport.deleted;
import static dev.wf.cli.client.ApiTransport.failure;
import static dev.wf.cli.client.ApiTransport.items;
import static dev.wf.cli.client.ApiTransport.parse;
import static dev.wf.cli.client.ApiTransport.read;
import static dev.wf.cli.client.ApiTransport.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.artifacts.Sha256;
import dev.wf.cli.client.ApiTransport.Answer;
import dev.wf.server.ApiBodies;
import dev.wf.server.WorkflowService.LogLine;
import dev.wf.server.WorkflowService.NodeSetRequest;
import dev.wf.server.WorkflowService.ResubmitRequest;
import dev.wf.server.WorkflowService.ResumeRequest;
import dev.wf.server.WorkflowService.RetryRequest;
import dev.wf.server.WorkflowService.StopRequest;
import dev.wf.server.WorkflowService.SubmitOutcome;
import dev.wf.server.WorkflowService.SubmitRequest;
import dev.wf.server.WorkflowService.TemplateOutcome;
import dev.wf.server.WorkflowService.Versioned;

/**
 * The wf server's HTTP API ({@code /api/v1}) as plain calls. Light on purpose, so that {@code wf
 * get}, {@code wf list} and {@code wf logs} start fast: the JDK's {@link HttpURLConnection} (which,
 * unlike {@code java.net.http.HttpClient}, sets up no TLS context and no selector thread) and
 * Jackson. Every failure becomes an {@link ApiException} with a message for the user.
 */
public final class WfClient {
  static final String ARCHIVE_HEADER = "X-Wf-Archive";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final ApiTransport http;

  public WfClient(URI base) {
    this.base = base;
    this.http = new ApiTransport(base);
  }

  public URI base() {
    return base;
  }

  public ServerVersion version() {
    return read(
        http.call("GET", "/version", null, ApiTransport.CONNECT_TIMEOUT), ServerVersion.class);
  }

  /** Submits a workflow; a refused one comes back with its errors (HTTP 422), not as a throw. */
  public SubmitOutcome submit(SubmitRequest request) {
    Answer answer = http.call("POST", "/workflows", ModelJson.write(request), REQUEST_TIMEOUT);
    if (answer.status() == 422) {
      return new SubmitOutcome(null, parse(answer.body(), ErrorList.class).errors());
    }
    return new SubmitOutcome(read(answer, Workflow.class), List.of());
  }

  public List<Workflow> list() {
    return items(http.call("GET", "/workflows", null, REQUEST_TIMEOUT), Workflow.class);
  }

  /** A workflow ({@code @latest} for the newest) with the version it was stored at. */
  public Versioned get(String name) {
    return versioned(http.call("GET", "/workflows/" + segment(name), null, REQUEST_TIMEOUT));
  }

  /**
   * Waits (long poll) until the workflow's version differs from {@code seenVersion} or {@code
   * timeout} passes, and returns it as it is then.
   */
  public Versioned awaitChange(String name, String seenVersion, Duration timeout) {
    String path =
        "/workflows/"
            + segment(name)
            + "?watch="
            + segment(seenVersion == null ? "" : seenVersion)
            + "&timeout="
            + Math.max(1, timeout.toSeconds());
    return versioned(http.call("GET", path, null, timeout.plus(REQUEST_TIMEOUT)));
  }

  /** Deletes a workflow; false if there was none by that name. */
  public boolean delete(String name) {
    return deleted(http.call("DELETE", "/workflows/" + segment(name), null, REQUEST_TIMEOUT));
  }

  /**
   * Deletes a workflow and, as its artifact garbage collection says, its artifacts ({@code force}:
   * even when some of those cannot be deleted); empty if there was none by that name. A workflow
   * kept because its artifacts could not be deleted is an {@link ApiException} (HTTP 409).
   */
  public Optional<ApiBodies.Deleted> delete(String name, boolean force) {
    String path = "/workflows/" + segment(name) + (force ? "?force=true" : "");
    Answer answer = http.call("DELETE", path, null, REQUEST_TIMEOUT);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(read(answer, ApiBodies.Deleted.class));
  }

  /**
   * Downloads the stored bytes of a node's output artifact into {@code file} (replaced), as the
   * server streams them, and says how many there were, their SHA-256 and how they are packed.
   *
   * @throws IOException if the file cannot be written or the download breaks off
   */
  public ArtifactDownload downloadArtifact(String name, String nodeId, String artifact, Path file)
      throws IOException {
    String path =
        "/workflows/" + segment(name) + "/artifacts/" + segment(nodeId) + "/" + segment(artifact);
    InputStream in;
    String archive;
    try {
      HttpURLConnection connection = http.open("GET", path, REQUEST_TIMEOUT);
      int status = connection.getResponseCode();
      if (status / 100 != 2) {
        throw failure(status, text(connection.getErrorStream()));
      }
      archive = connection.getHeaderField(ARCHIVE_HEADER);
      in = connection.getInputStream();
    } catch (IOException e) {
      throw http.unreachable(e);
    }
    try (in;
        OutputStream out = Files.newOutputStream(file)) {
      Sha256.Copied copied = Sha256.copy(in, out);
      return new ArtifactDownload(copied.size(), copied.sha256(), archive);
    }
  }

  /** Suspends a workflow; returns it as the server left it. */
  public Workflow suspend(String name) {
    return control(name, "suspend", Map.of());
  }

  /** Resumes a workflow, or only the suspend nodes a node field selector picks (null: all). */
  public Workflow resume(String name, String nodeFieldSelector) {
    return control(name, "resume", new ResumeRequest(nodeFieldSelector));
  }

  /** Stops a workflow, or with a selector fails the suspend nodes it picks. */
  public Workflow stop(String name, StopRequest request) {
    return control(name, "stop", request);
  }

  public Workflow terminate(String name) {
    return control(name, "terminate", Map.of());
  }

  /** Retries a failed workflow; returns it, Running again. */
  public Workflow retry(String name, RetryRequest request) {
    return control(name, "retry", request);
  }

  /** Submits a new workflow like {@code name}; returns the new one. */
  public Workflow resubmit(String name, ResubmitRequest request) {
    return control(name, "resubmit", request);
  }

  /** Sets what {@code request} names on suspend nodes of a workflow. */
  public Workflow setNode(String name, NodeSetRequest request) {
    return control(name, "set", request);
  }

  private Workflow control(String name, String verb, Object body) {
    String path = "/workflows/" + segment(name) + "/" + verb;
    return read(http.call("PUT", path, ModelJson.write(body), REQUEST_TIMEOUT), Workflow.class);
  }

  /**
   * Sends the workflow's log lines to {@code sink} as the server streams them (NDJSON); with {@code
   * follow}, until the workflow has completed.
   */
  public void logs(String name, String step, boolean follow, Consumer<LogLine> sink) {
    StringBuilder path = new StringBuilder("/workflows/" + segment(name) + "/log?follow=" + follow);
    if (step != null) {
      path.append("&step=").append(segment(step));
    }
    try {
      HttpURLConnection connection =
          http.open("GET", path.toString(), follow ? Duration.ZERO : REQUEST_TIMEOUT);
      int status = connection.getResponseCode();
      if (status / 100 != 2) {
        throw failure(status, text(connection.getErrorStream()));
      }
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank()) {
            sink.accept(parse(line, LogLine.class));
          }
        }
      }
    } catch (IOException e) {
      throw http.unreachable(e);
    }
  }

  /** Creates the (Cluster)WorkflowTemplates in a file; refused ones come back with errors. */
  public TemplateOutcome createTemplates(boolean cluster, String file, String yaml) {
    String body = ModelJson.write(Map.of("file", file, "yaml", yaml));
    Answer answer = http.call("POST", templatePath(cluster, null), body, REQUEST_TIMEOUT);
    if (answer.status() == 422) {
      return new TemplateOutcome(List.of(), parse(answer.body(), ErrorList.class).errors());
    }
    return new TemplateOutcome(items(answer, WorkflowTemplate.class), List.of());
  }

  /** Replaces the stored (Cluster)WorkflowTemplates a file defines; all must exist. */
  public TemplateOutcome updateTemplates(boolean cluster, String file, String yaml) {
    String body = ModelJson.write(Map.of("file", file, "yaml", yaml));
    Answer answer = http.call("PUT", templatePath(cluster, null), body, REQUEST_TIMEOUT);
    if (answer.status() == 422) {
      return new TemplateOutcome(List.of(), parse(answer.body(), ErrorList.class).errors());
    }
    return new TemplateOutcome(items(answer, WorkflowTemplate.class), List.of());
  }

  public List<WorkflowTemplate> templates(boolean cluster) {
    return items(
        http.call("GET", templatePath(cluster, null), null, REQUEST_TIMEOUT),
        WorkflowTemplate.class);
  }

  public WorkflowTemplate template(boolean cluster, String name) {
    return read(
        http.call("GET", templatePath(cluster, name), null, REQUEST_TIMEOUT),
        WorkflowTemplate.class);
  }

  public boolean deleteTemplate(boolean cluster, String name) {
    return deleted(http.call("DELETE", templatePath(cluster, name), null, REQUEST_TIMEOUT));
  }

  /** Stores a new ConfigMap and returns it as stored. */
  public ConfigMap createConfigMap(ConfigMap configMap) {
    return read(
        http.call("POST", "/configmaps", ModelJson.write(configMap), REQUEST_TIMEOUT),
        ConfigMap.class);
  }

  public List<ConfigMap> configMaps() {
    return items(http.call("GET", "/configmaps", null, REQUEST_TIMEOUT), ConfigMap.class);
  }

  public ConfigMap configMap(String name) {
    return read(
        http.call("GET", "/configmaps/" + segment(name), null, REQUEST_TIMEOUT), ConfigMap.class);
  }

  /** Deletes a ConfigMap; false if there was none by that name. */
  public boolean deleteConfigMap(String name) {
    return deleted(http.call("DELETE", "/configmaps/" + segment(name), null, REQUEST_TIMEOUT));
  }

  /** The server's cron workflows. */
  public CronClient crons() {
    return new CronClient(http, REQUEST_TIMEOUT);
  }

  /** Asks the server to stop. */
  public void shutdown() {
    check(http.call("POST", "/shutdown", "{}", REQUEST_TIMEOUT));
  }

  /** Percent-encodes one path segment or query value (see {@link ApiTransport#segment}). */
  static String segment(String value) {
    return ApiTransport.segment(value);
  }

  private static String templatePath(boolean cluster, String name) {
    String path = cluster ? "/cluster-workflow-templates" : "/workflow-templates";
    return name == null ? path : path + "/" + segment(name);
  }

  private static Versioned versioned(Answer answer) {
    return new Versioned(read(answer, Workflow.class), answer.version());
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorList(List<SpecError> errors) {
    ErrorList {
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }
}
