package dev.wf.api.validate;

import java.util.List;

/**
 * The one list of semantic checks the validator runs on every document, in this order. A part of
 * the engine that adds a check (e.g. unresolved variables) registers it here, with one line.
 */
public final class SpecChecks {
  private static final List<SpecCheck> ALL =
      List.of(
          new MetadataChecks(),
          new WorkflowChecks(),
          new CronChecks(),
          new TemplateChecks(),
          new ContainerChecks(),
          new ResourceChecks(),
          new StepsChecks(),
          new DagChecks(),
          new CallSiteChecks(),
          new ReferenceChecks(),
          new ParameterChecks(),
          new ArgumentValueChecks(),
          new ArtifactChecks(),
          new TimingChecks(),
          new ArtifactGcChecks(),
          VariableCheck.VARIABLES);

  private SpecChecks() {}

  /** Every check, structural ones first. */
  public static List<SpecCheck> all() {
    return ALL;
  }

  /**
   * The checks {@code wf lint} runs: all but those Argo makes only at submit (argument values,
   * which {@code -p} may give then).
   */
  public static List<SpecCheck> forLint() {
    return ALL.stream().filter(check -> !(check instanceof ArgumentValueChecks)).toList();
  }
}
