package dev.wf.cli.command;

import java.util.function.Predicate;

import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.WorkflowTemplate;
import picocli.CommandLine.Command;

/**
 * {@code wf template lint} and {@code wf cluster-template lint}: the checks of {@code wf lint}, for
 * the templates of that kind in the files given; documents of other kinds are skipped (but still
 * serve as templates that a reference may call).
 */
@Command(
    name = "lint",
    description = "Check template files (or directories of them, or -) without storing them.")
final class TemplateLintCommand extends LintCommand {
  @Override
  Predicate<Manifest> wanted() {
    var scope = (TemplateScope) spec.parent().userObject();
    return manifest ->
        manifest instanceof WorkflowTemplate t && t.clusterScoped() == scope.clusterScoped();
  }

  @Override
  Predicate<String> wantedKind() {
    var scope = (TemplateScope) spec.parent().userObject();
    return scope.kind()::equals;
  }
}
