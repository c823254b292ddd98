package dev.wf.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.select.ArtifactSearch;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Workflow;
import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.artifacts.ArtifactLocation;

/**
 * A node's stored output artifact over HTTP, {@code GET
 * /api/v1/workflows/{name}/artifacts/{nodeId}/{artifactName}}: the object's bytes as the repository
 * holds them (still packed as {@value #ARCHIVE_HEADER} says), streamed through in bounded memory.
 * The recorded SHA-256 travels in {@value #SHA256_HEADER} so the client can check what it received.
 */
final class WorkflowArtifactResource {
  static final String ARCHIVE_HEADER = "X-Wf-Archive";
  static final String SHA256_HEADER = "X-Wf-Sha256";

  private final WorkflowService service;
  private final WorkflowResource workflows;

  WorkflowArtifactResource(WorkflowService service, WorkflowResource workflows) {
    this.service = service;
    this.workflows = workflows;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/api/v1/workflows/{name}/artifacts/{nodeId}/{artifactName}", this::get));
  }

  private void get(ApiExchange exchange) throws IOException {
    String name = workflows.resolve(exchange.path("name"));
    Workflow wf = service.get(name).orElseThrow(() -> WorkflowResource.notFound(name));
    String nodeId = exchange.path("nodeId");
    String artifactName = exchange.path("artifactName");
    ArtifactLocation location = stored(wf, nodeId, artifactName);
    try (InputStream in = open(location, artifactName);
        OutputStream out =
            exchange.stream(200, "application/octet-stream", length(location), headers(location))) {
      in.transferTo(out);
    }
  }

  /** Where the artifact is stored; 404 (or 410 once deleted) with the reason otherwise. */
  private static ArtifactLocation stored(Workflow wf, String nodeId, String artifactName) {
    if (wf.status() == null || !wf.status().nodes().containsKey(nodeId))
      throw ApiError.notFound("workflow \"" + wf.name() + "\" has no node \"" + nodeId + "\"");
    Artifact artifact =
        new ArtifactSearch(artifactName, null, nodeId)
            .in(wf).stream()
                .map(ArtifactSearch.Found::artifact)
                .findFirst()
                .orElseThrow(
                    () ->
                        ApiError.notFound(
                            "node \""
                                + nodeId
                                + "\" has no output artifact \""
                                + artifactName
                                + "\""));
    String which = "artifact \"" + artifactName + "\" of node \"" + nodeId + "\"";
    if (Boolean.TRUE.equals(artifact.deleted()))
      throw new ApiError(410, which + " was deleted by artifact garbage collection");
    if (artifact.location() == null)
      throw ApiError.notFound(which + " was not stored (an optional output that was missing)");
    if ("dir".equals(artifact.location().archive()))
      throw ApiError.badRequest(
          which + " is a directory of objects (archive none): it cannot be downloaded as one");
    return artifact.location();
  }

  private InputStream open(ArtifactLocation location, String artifactName) {
    try {
      return service.artifactStores().open(location.repository()).open(location.key());
    } catch (ArtifactException e) {
      int status = e.kind() == ArtifactException.Kind.NOT_FOUND ? 404 : 502;
      throw new ApiError(
          status,
          "cannot read artifact \""
              + artifactName
              + "\" ("
              + location.key()
              + " in "
              + location.repository().describe()
              + "): "
              + e.getMessage());
    }
  }

  private static long length(ArtifactLocation location) {
    return location.size() == null ? -1 : location.size();
  }

  private static Map<String, String> headers(ArtifactLocation location) {
    var headers = new LinkedHashMap<String, String>();
    headers.put(ARCHIVE_HEADER, location.archive() == null ? "none" : location.archive());
    if (location.sha256() != null) headers.put(SHA256_HEADER, location.sha256());
    return headers;
  }
}
