package dev.wf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Template;
import dev.wf.executor.artifacts.ArchiveSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;
import dev.wf.executor.artifacts.RepositorySpec;

/**
 * The outputs a step saves: each declared output artifact with its repository (the workflow's, or
 * the bucket its own {@code s3} names), key ({@link OutputKeys}) and archive, and the {@code
 * main-logs} artifact when its log is archived ({@link LogArchiving}).
 */
final class OutputArtifactSpecs {
  /** The name of the artifact a step's archived log becomes, as in Argo. */
  static final String LOGS = "main-logs";

  private OutputArtifactSpecs() {}

  /** The outputs of {@code template}, whose fields are already substituted. */
  static List<OutputArtifactSpec> of(Pass pass, Template template, Map<String, String> vars) {
    var specs = new ArrayList<OutputArtifactSpec>();
    if (template.outputs().artifacts().isEmpty()) return specs;
    String base = null;
    for (Artifact a : template.outputs().artifacts()) {
      String kind = ArtifactJson.sourceKind(a);
      if (kind != null && !kind.equals("s3")) {
        // Storing it elsewhere than it asks would leave it where nobody looks for it.
        throw new IllegalArgumentException(
            "output artifact \""
                + a.name()
                + "\": "
                + kind
                + " artifacts are not supported by wf (supported: the workflow's repository, or"
                + " s3)");
      }
      ArchiveSpec archive = ArchiveSpecs.of(a.archive(), a.name());
      RepositorySpec repository = repository(pass, a);
      String key;
      if (OutputKeys.ownKey(a) != null) {
        key = OutputKeys.of("", a, archive);
      } else {
        if (base == null) base = OutputKeys.base(pass.artifactRepository().keyFormat(), vars);
        key = OutputKeys.of(base, a, archive);
      }
      specs.add(
          new OutputArtifactSpec(
              a.name(), a.path(), repository, key, archive, Boolean.TRUE.equals(a.optional())));
    }
    return specs;
  }

  /** Where the step's log goes, or null when it is not archived. */
  static OutputArtifactSpec log(Pass pass, Template template, Map<String, String> vars) {
    if (!LogArchiving.enabled(pass, template)) return null;
    String base = OutputKeys.base(pass.artifactRepository().keyFormat(), vars);
    return new OutputArtifactSpec(
        LOGS,
        null,
        RepositorySpecs.of(pass.artifactRepository()),
        OutputKeys.checked(base + "/" + OutputKeys.LOG_FILE, LOGS),
        ArchiveSpec.NONE,
        false);
  }

  /** The workflow's repository, or the bucket an artifact's {@code s3} names itself. */
  static RepositorySpec repository(Pass pass, Artifact artifact) {
    if (RepositorySpecs.ownBucket(artifact.s3())) {
      RepositorySpec workflow =
          pass.hasArtifactRepository() ? RepositorySpecs.of(pass.artifactRepository()) : null;
      return RepositorySpecs.ofArtifact(artifact.s3(), workflow);
    }
    return RepositorySpecs.of(pass.artifactRepository());
  }
}
