package dev.wf.engine;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.Template;

/**
 * Whether a step's log is archived as its {@code main-logs} artifact, by Argo's priorities: the
 * repository's {@code archiveLogs: true} always wins; otherwise the workflow's {@code
 * spec.archiveLogs}, then the template's {@code archiveLocation.archiveLogs}, decide. wf's own
 * default, when none of them says: on for an S3 repository (so logs outlive the step's local
 * directory), off for the file repository.
 */
final class LogArchiving {
  private LogArchiving() {}

  static boolean enabled(Pass pass, Template template) {
    if (!pass.hasArtifactRepository()) return false;
    ArtifactRepository repository = pass.artifactRepository();
    if (Boolean.TRUE.equals(repository.archiveLogs())) return true;
    boolean archive = repository.archiveLogs() == null && repository.s3() != null;
    if (pass.spec.archiveLogs() != null) archive = pass.spec.archiveLogs();
    JsonNode location = template.archiveLocation();
    if (location != null && location.hasNonNull("archiveLogs")) {
      archive = location.get("archiveLogs").asBoolean();
    }
    return archive;
  }
}
