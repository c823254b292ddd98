package dev.wf.engine.cron;

import java.util.List;
import java.util.function.Consumer;

import dev.wf.api.spec.Workflow;

/**
 * What the scheduler loop ({@link CronController}) acts on: the workflows of a cron workflow and
 * the verbs its actions need. Locally that is the server's own workflow service; on a cluster, the
 * Workflow resources of a namespace.
 */
public interface CronTarget {
  /** The workflows labelled {@link CronWorkflows#CRON_LABEL} with this cron workflow's name. */
  List<CronChild> children(String cronName);

  /**
   * Submits a workflow made by {@link CronWorkflows#toWorkflow}, with the admission {@code wf
   * submit} has (template references resolved); one that already exists by that name counts as
   * submitted.
   *
   * @throws IllegalArgumentException when it is refused, saying why
   */
  void submit(Workflow workflow);

  /**
   * Terminates a running workflow as {@code wf terminate} does; a completed or gone one is fine.
   */
  void terminate(String name);

  /** Deletes a workflow; a gone one is fine. */
  void delete(String name);

  /**
   * Registers a listener told a cron workflow's name whenever one of its workflows changes phase,
   * so that the scheduler looks again (history, {@code Forbid}, {@code stopStrategy}).
   */
  void onChildChanged(Consumer<String> cronName);
}
