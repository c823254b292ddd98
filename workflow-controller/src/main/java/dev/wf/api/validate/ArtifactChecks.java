package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Template;
import dev.wf.api.validate.SpecTemplates.Placed;

/**
 * Artifacts, as Argo's validator sees them and a little more: each artifact's fields are well
 * formed ({@link ArtifactFields}); a container or script template's artifacts have a {@code path}
 * and a steps or DAG template's do not; inputs take no {@code from}; a steps or DAG template's
 * output comes {@code from} (or {@code fromExpression}) one of its steps or tasks, a container's
 * does not; a {@code globalName} is a valid name; and every artifact passed as an argument says
 * where it comes from.
 */
final class ArtifactChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(
            doc -> {
              var arguments = doc.spec().arguments().artifacts();
              String at = FieldPath.child(doc.field("arguments"), "artifacts");
              for (int i = 0; i < arguments.size(); i++) {
                argument(arguments.get(i), FieldPath.index(at, i), doc.runnable(), problems);
              }
              for (Placed placed : SpecTemplates.all(doc)) template(placed, problems);
              for (CallSite site : CallSites.of(doc)) callSite(site, problems);
            });
    return problems;
  }

  private void template(Placed placed, List<Problem> problems) {
    Template t = placed.template();
    String inputs = FieldPath.child(FieldPath.child(placed.path(), "inputs"), "artifacts");
    for (int i = 0; i < t.inputs().artifacts().size(); i++) {
      Artifact a = t.inputs().artifacts().get(i);
      String path = FieldPath.index(inputs, i);
      ArtifactFields.check(a, path, problems);
      path(a, path, t, problems);
      if (a.from() != null || a.fromExpression() != null) {
        String field = a.from() != null ? "from" : "fromExpression";
        problems.add(
            new Problem(
                FieldPath.child(path, field),
                field + " is not valid in inputs; pass the artifact in the caller's arguments"));
      }
    }
    String outputs = FieldPath.child(FieldPath.child(placed.path(), "outputs"), "artifacts");
    for (int i = 0; i < t.outputs().artifacts().size(); i++) {
      Artifact a = t.outputs().artifacts().get(i);
      String path = FieldPath.index(outputs, i);
      ArtifactFields.check(a, path, problems);
      path(a, path, t, problems);
      output(a, path, t, problems);
    }
  }

  /** Templates whose artifacts are files at a path in the step. */
  private static boolean placesFiles(Template t) {
    return t.container() != null || t.script() != null || t.containerSet() != null;
  }

  private static boolean stepsOrDag(Template t) {
    return !t.steps().isEmpty() || t.dag() != null;
  }

  private static void path(Artifact a, String path, Template t, List<Problem> problems) {
    boolean hasPath = a.path() != null && !a.path().isBlank();
    if (placesFiles(t) && !hasPath) {
      problems.add(
          new Problem(
              FieldPath.child(path, "path"),
              "required: artifact \"" + a.name() + "\" is a file or directory of the step"));
    } else if (stepsOrDag(t) && hasPath) {
      problems.add(
          new Problem(
              FieldPath.child(path, "path"), "only valid in container and script templates"));
    }
  }

  private static void output(Artifact a, String path, Template t, List<Problem> problems) {
    boolean chosen = a.from() != null || a.fromExpression() != null;
    boolean stepsOrDag = stepsOrDag(t);
    if (stepsOrDag && !chosen) {
      problems.add(
          new Problem(
              path,
              "output artifact \""
                  + a.name()
                  + "\" of a steps or dag template needs from or fromExpression"));
    } else if (!stepsOrDag && chosen) {
      String field = a.from() != null ? "from" : "fromExpression";
      problems.add(
          new Problem(
              FieldPath.child(path, field),
              "only valid in the outputs of a steps or dag template; a step saves what is at"
                  + " path"));
    }
    if (a.globalName() != null) {
      FieldNames.invalidParameter(a.globalName())
          .ifPresent(why -> problems.add(new Problem(FieldPath.child(path, "globalName"), why)));
    }
  }

  private void callSite(CallSite site, List<Problem> problems) {
    if (site.arguments().isEmpty() || !site.choosesTemplate()) return;
    var artifacts = site.arguments().get().artifacts();
    String at = FieldPath.child(site.child("arguments"), "artifacts");
    for (int i = 0; i < artifacts.size(); i++) {
      argument(artifacts.get(i), FieldPath.index(at, i), true, problems);
    }
  }

  private static void argument(Artifact a, String path, boolean needsSource, List<Problem> out) {
    ArtifactFields.check(a, path, out);
    if (needsSource && ArtifactFields.sourcesOf(a).isEmpty()) {
      out.add(
          new Problem(
              path,
              "artifact \""
                  + a.name()
                  + "\" needs from, fromExpression or a location (s3, http, raw, ...)"));
    }
  }
}
