package dev.wf.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.wf.api.select.ArtifactSearch;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.artifacts.archive.UnsafeArchiveException;
import dev.wf.cli.client.ApiException;
import dev.wf.cli.client.ArtifactDownload;
import dev.wf.cli.client.WfClient;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.server.ArtifactUnpacker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wf cp}: downloads a workflow's output artifacts into a directory, each under {@code
 * --path} (Argo's layout by default) as the file or directory the step wrote: archives are
 * unpacked, and every download is checked against the SHA-256 recorded when it was stored.
 */
@Command(
    name = "cp",
    description = "Copy the output artifacts of a workflow (@latest for the newest) into DIR.")
final class CpCommand extends CliCommand {
  static final String DEFAULT_PATH = "{namespace}/{workflowName}/{nodeId}/outputs/{artifactName}";

  @Parameters(index = "0", paramLabel = "NAME", description = "The workflow, or @latest.")
  String name;

  @Parameters(index = "1", paramLabel = "DIR", description = "Where to put the artifacts.")
  Path directory;

  @Option(names = "--artifact-name", paramLabel = "NAME", description = "Only artifacts so named.")
  String artifactName;

  @Option(
      names = "--template-name",
      paramLabel = "TEMPLATE",
      description = "Only artifacts of steps that ran this template.")
  String templateName;

  @Option(names = "--node-id", paramLabel = "ID", description = "Only artifacts of this node.")
  String nodeId;

  @Option(
      names = "--path",
      paramLabel = "PATTERN",
      description =
          "Where each artifact goes under DIR, from {namespace}, {workflowName}, {nodeId},"
              + " {templateName} and {artifactName} (default: "
              + DEFAULT_PATH
              + ").")
  String path = DEFAULT_PATH;

  @Override
  protected int execute() throws Exception {
    WfClient client = client();
    Workflow workflow = client.get(name).workflow();
    List<ArtifactSearch.Found> found =
        new ArtifactSearch(artifactName, templateName, nodeId).in(workflow);
    if (found.isEmpty()) {
      err().println("wf: workflow '" + workflow.name() + "' has no output artifacts" + picked());
      return FAILED;
    }
    int exitCode = OK;
    for (ArtifactSearch.Found f : found) {
      if (f.artifact().location() == null && !Boolean.TRUE.equals(f.artifact().deleted())) {
        err()
            .println(
                "wf: skipped " + describe(f) + ": not stored (an optional output was missing)");
        continue;
      }
      try {
        refuseUncopyable(f.artifact());
        out().println("Copied " + describe(f) + " to " + copy(client, workflow, f));
      } catch (IOException | UnsafeArchiveException | ApiException e) {
        err().println("wf: cannot copy " + describe(f) + ": " + e.getMessage());
        exitCode = FAILED;
      }
    }
    return exitCode;
  }

  /** Downloads one artifact next to where it goes, checks it, and unpacks it into place. */
  private Path copy(WfClient client, Workflow workflow, ArtifactSearch.Found f)
      throws IOException, UnsafeArchiveException {
    Path dir = directory.resolve(layout(workflow, f));
    Files.createDirectories(dir);
    ArtifactLocation location = f.artifact().location();
    Path target = dir.resolve(fileName(f.artifact()));
    Path part = Files.createTempFile(dir, ".wf-cp-", ".part");
    try {
      ArtifactDownload download =
          client.downloadArtifact(workflow.name(), f.node().id(), f.artifact().name(), part);
      if (location.sha256() != null && !location.sha256().equals(download.sha256())) {
        throw new IOException(
            "it is corrupt: its SHA-256 is "
                + download.sha256()
                + ", but it was stored as "
                + location.sha256());
      }
      String archive = download.archive() != null ? download.archive() : location.archive();
      ArtifactUnpacker.unpack(archive, part, target);
    } finally {
      Files.deleteIfExists(part);
    }
    return target;
  }

  private static void refuseUncopyable(Artifact artifact) throws IOException {
    if (Boolean.TRUE.equals(artifact.deleted()))
      throw new IOException("it was deleted by artifact garbage collection");
  }

  /** {@code --path} with its variables replaced, as a path relative to DIR. */
  private String layout(Workflow workflow, ArtifactSearch.Found f) {
    NodeStatus node = f.node();
    String template =
        node.templateRef() != null ? node.templateRef().template() : node.templateName();
    String namespace = workflow.metadata().namespace();
    return path.replace("{namespace}", namespace == null ? "default" : namespace)
        .replace("{workflowName}", workflow.name())
        .replace("{nodeId}", node.id())
        .replace("{templateName}", template == null ? "" : template)
        .replace("{artifactName}", f.artifact().name());
  }

  /** The name the step gave the file or directory, else the stored object's. */
  private static String fileName(Artifact artifact) {
    String source = artifact.path() != null ? artifact.path() : artifact.location().key();
    Path named = Path.of(source).getFileName();
    String fileName = named == null ? artifact.name() : named.toString();
    if (artifact.path() == null) fileName = fileName.replaceFirst("\\.(tgz|zip)$", "");
    return fileName.isEmpty() ? artifact.name() : fileName;
  }

  private static String describe(ArtifactSearch.Found f) {
    return "'" + f.artifact().name() + "' of " + f.node().id();
  }

  private String picked() {
    StringBuilder picked = new StringBuilder();
    if (artifactName != null) picked.append(" named '").append(artifactName).append("'");
    if (templateName != null) picked.append(" from template '").append(templateName).append("'");
    if (nodeId != null) picked.append(" of node '").append(nodeId).append("'");
    return picked.toString();
  }
}
