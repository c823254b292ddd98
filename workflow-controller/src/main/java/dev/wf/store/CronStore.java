package dev.wf.store;

import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;

/**
 * Where CronWorkflows live: their spec (what the user wrote, changed by suspend and resume) and the
 * status the scheduler writes once per pass. Thread-safe; names are unique (one namespace). The
 * local server keeps them in its SQLite file; a cluster keeps them as custom resources.
 */
public interface CronStore {
  /** Every cron workflow, by name. */
  List<CronWorkflow> list();

  Optional<CronWorkflow> get(String name);

  /**
   * Stores a new cron workflow with a new uid, a creation timestamp and the given status, and
   * returns it as stored; throws {@link AlreadyExistsException} if the name is taken.
   */
  CronWorkflow create(CronWorkflow cron);

  /**
   * Replaces the metadata and spec of an existing cron workflow (e.g. {@code spec.suspend}); its
   * uid, creation time and status stay. Returns it as stored; empty if there is none by that name.
   */
  Optional<CronWorkflow> replace(CronWorkflow cron);

  /** Replaces the status of an existing cron workflow; false if there is none by that name. */
  boolean updateStatus(String name, CronWorkflowStatus status);

  /** Removes a cron workflow; false if there was none by that name. */
  boolean delete(String name);

  /** A store that has no cron workflows and keeps none, for setups without one. */
  static CronStore none() {
    return NoCronWorkflows.INSTANCE;
  }
}
