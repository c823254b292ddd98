package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Manifest;

/**
 * {@code artifactGC.strategy}, on the workflow and on output artifacts, names a strategy Argo
 * knows; a misspelt one would otherwise keep artifacts silently.
 */
final class ArtifactGcChecks implements SpecCheck {
  private static final Set<String> STRATEGIES =
      Set.of("", "OnWorkflowCompletion", "OnWorkflowDeletion", "Never");

  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(
            doc -> {
              strategy(doc.field("artifactGC"), doc.spec().artifactGC(), problems);
              for (var placed : SpecTemplates.all(doc)) {
                List<Artifact> outputs = placed.template().outputs().artifacts();
                String at = FieldPath.child(FieldPath.child(placed.path(), "outputs"), "artifacts");
                for (int i = 0; i < outputs.size(); i++)
                  strategy(
                      FieldPath.child(FieldPath.index(at, i), "artifactGC"),
                      outputs.get(i).artifactGC(),
                      problems);
              }
            });
    return problems;
  }

  private static void strategy(String at, JsonNode artifactGC, List<Problem> problems) {
    if (artifactGC == null || artifactGC.get("strategy") == null) return;
    JsonNode strategy = artifactGC.get("strategy");
    if (strategy.isTextual() && STRATEGIES.contains(strategy.asText())) return;
    problems.add(
        new Problem(
            FieldPath.child(at, "strategy"),
            "unknown artifact GC strategy "
                + strategy
                + " (allowed: OnWorkflowCompletion, OnWorkflowDeletion, Never)"));
  }
}
