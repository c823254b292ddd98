package dev.wf.server;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowSpec;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;
import dev.wf.engine.cron.CronBackfill;
import dev.wf.engine.cron.CronRules;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.store.CronStore;

/**
 * The operations behind {@code wf cron}: create from a file (validated with positions), list, get,
 * delete, suspend, resume, backfill. Every change is told to the scheduler ({@code changed}), which
 * runs a pass of that cron workflow.
 */
public final class CronService {
  private final CronStore store;
  private final LocalWorkflowService workflows;
  private final TemplateLookup lookup;
  private final CronRules rules;
  private final ZoneId zone;
  private final Clock clock;
  private final Consumer<String> changed;

  public CronService(
      CronStore store,
      LocalWorkflowService workflows,
      TemplateLookup lookup,
      CronRules rules,
      ZoneId zone,
      Clock clock,
      Consumer<String> changed) {
    this.store = store;
    this.workflows = workflows;
    this.lookup = lookup;
    this.rules = rules;
    this.zone = zone;
    this.clock = clock;
    this.changed = changed;
  }

  /** The stored cron workflows, or why the file was refused (every problem, with its position). */
  public record CronOutcome(List<CronWorkflow> crons, List<SpecError> errors) {
    public CronOutcome {
      crons = crons == null ? List.of() : List.copyOf(crons);
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  /**
   * Parses, validates and stores every CronWorkflow in the file (a taken name throws); documents of
   * other kinds are skipped, as Argo's {@code cron create} does, but must be valid.
   */
  public CronOutcome create(String file, String yaml) {
    ParseResult result = WorkflowValidator.validate(file, yaml, lookup);
    if (!result.ok()) return new CronOutcome(null, result.errors());
    List<CronWorkflow> crons = new ArrayList<>();
    for (Manifest m : result.manifests()) {
      if (m instanceof CronWorkflow cron) crons.add(cron);
    }
    if (crons.isEmpty()) {
      var error = new SpecError(file, 1, 1, "kind", "no CronWorkflow in the file");
      return new CronOutcome(null, List.of(error));
    }
    List<CronWorkflow> created = new ArrayList<>();
    for (CronWorkflow cron : crons) {
      created.add(store.create(cron));
      changed.accept(cron.name());
    }
    return new CronOutcome(created, List.of());
  }

  public List<CronWorkflow> list() {
    return store.list();
  }

  public Optional<CronWorkflow> get(String name) {
    return store.get(name);
  }

  /**
   * Deletes a cron workflow and the workflows it started, as deleting it on a cluster does (its
   * runs are owned by it there); backfill runs, which it does not own, stay.
   */
  public boolean delete(String name) {
    boolean deleted = store.delete(name);
    if (!deleted) return false;
    changed.accept(name);
    workflows.list().stream()
        .filter(wf -> name.equals(wf.metadata().labels().get(CronWorkflows.CRON_LABEL)))
        .forEach(wf -> workflows.delete(wf.name(), false));
    return true;
  }

  /** Sets {@code spec.suspend}; empty if there is no such cron workflow. */
  public Optional<CronWorkflow> suspend(String name, boolean suspend) {
    Optional<CronWorkflow> stored =
        store.get(name).flatMap(cron -> store.replace(cron.withSpec(suspended(cron, suspend))));
    stored.ifPresent(cron -> changed.accept(name));
    return stored;
  }

  /** Submits the backfill's workflows (names already final); empty if there is no such cron. */
  public Optional<List<Workflow>> backfill(String name, CronBackfill.Options options) {
    Optional<CronWorkflow> cron = store.get(name);
    if (cron.isEmpty()) return Optional.empty();
    var times = CronBackfill.times(cron.get(), options, zone, clock.instant());
    var submitted = new ArrayList<Workflow>();
    for (Workflow wf : CronBackfill.workflows(cron.get(), rules, options, times, zone)) {
      submitted.add(workflows.submitWorkflow("cronworkflow/" + name, wf));
    }
    return Optional.of(submitted);
  }

  private static CronWorkflowSpec suspended(CronWorkflow cron, boolean suspend) {
    ObjectNode tree = ModelJson.mapper().valueToTree(cron.spec());
    tree.put("suspend", suspend);
    return ModelJson.mapper().convertValue(tree, CronWorkflowSpec.class);
  }
}
