package dev.wf.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.wf.api.select.ArtifactSearch;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Workflow;
import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.executor.artifacts.ArtifactLocation;

/**
 * A node's stored output artifact over HTTP, {@code GET
 * /api/v1/workflows/{name}/artifacts/{nodeId}/{artifactName}}: the object's bytes as the repository
 * holds them (packed as {@value #ARCHIVE_HEADER} says), streamed through in bounded memory; an
 * artifact stored as a directory of objects ({@code dir}) comes as a zip made on the fly. The
 * recorded SHA-256 travels in {@value #SHA256_HEADER} so the client can check what it received.
 */
final class WorkflowArtifactResource {
  static final String ARCHIVE_HEADER = "X-Wf-Archive";
  static final String SHA256_HEADER = "X-Wf-Sha256";
  private static final String BINARY = "application/octet-stream";

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
    String artifactName = exchange.path("artifactName");
    ArtifactLocation location = stored(wf, exchange.path("nodeId"), artifactName);
    try {
      ArtifactRepository repository = service.artifactStores().open(location.repository());
      if ("dir".equals(location.archive())) sendDirectory(exchange, repository, location.key());
      else sendObject(exchange, repository, location);
    } catch (ArtifactException e) {
      int status = e.kind() == ArtifactException.Kind.NOT_FOUND ? 404 : 502;
      String where = location.key() + " in " + location.repository().describe();
      throw new ApiError(
          status,
          "cannot read artifact \"" + artifactName + "\" (" + where + "): " + e.getMessage());
    }
  }

  private static void sendObject(
      ApiExchange exchange, ArtifactRepository repository, ArtifactLocation location)
      throws IOException, ArtifactException {
    var headers = new LinkedHashMap<String, String>();
    headers.put(ARCHIVE_HEADER, location.archive() == null ? "none" : location.archive());
    if (location.sha256() != null) headers.put(SHA256_HEADER, location.sha256());
    long length = location.size() == null ? -1 : location.size();
    try (InputStream in = repository.open(location.key());
        OutputStream out = exchange.stream(200, BINARY, length, headers)) {
      in.transferTo(out);
    }
  }

  /** Every object under the prefix, as the entries of one zip (its names relative to it). */
  private static void sendDirectory(ApiExchange exchange, ArtifactRepository repository, String key)
      throws IOException, ArtifactException {
    String prefix = key.replaceFirst("/+$", "") + "/";
    List<String> keys = repository.list(prefix);
    if (keys.isEmpty())
      throw new ArtifactException(ArtifactException.Kind.NOT_FOUND, "no objects under " + prefix);
    try (var zip =
        new ZipOutputStream(exchange.stream(200, BINARY, -1, Map.of(ARCHIVE_HEADER, "zip")))) {
      for (String object : keys) {
        String entry = object.substring(prefix.length());
        if (entry.isEmpty() || entry.endsWith("/")) continue;
        zip.putNextEntry(new ZipEntry(entry));
        try (InputStream in = repository.open(object)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }

  /** Where the artifact is stored; 404 (or 410 once deleted) with the reason otherwise. */
  private static ArtifactLocation stored(Workflow wf, String nodeId, String artifactName) {
    if (wf.status() == null || !wf.status().nodes().containsKey(nodeId))
      throw ApiError.notFound("workflow \"" + wf.name() + "\" has no node \"" + nodeId + "\"");
    String which = "artifact \"" + artifactName + "\" of node \"" + nodeId + "\"";
    Artifact artifact =
        new ArtifactSearch(artifactName, null, nodeId)
            .in(wf).stream()
                .map(ArtifactSearch.Found::artifact)
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("there is no output " + which));
    if (Boolean.TRUE.equals(artifact.deleted()))
      throw new ApiError(410, which + " was deleted by artifact garbage collection");
    if (artifact.location() == null)
      throw ApiError.notFound(which + " was not stored (an optional output that was missing)");
    return artifact.location();
  }
}
