package dev.wf.engine;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

/**
 * The controller-wide limit on workflows running at once ({@code parallelism} in {@code
 * config.yaml}, Argo's controller setting; 0 means none), shared by the controllers of every
 * namespace. A workflow takes a slot when it starts and frees it when it completes or is deleted;
 * one that finds no free slot waits in {@code Pending} with Argo's message, and every waiting one
 * looks again when a slot frees (the first to come takes it). A workflow already running keeps
 * running, also after a restart, even if that puts the count over the limit.
 */
public final class RunningLimit {
  /** The message of a workflow waiting for a slot, as Argo words it. */
  public static final String POSTPONED =
      "Workflow processing has been postponed because too many workflows are already running";

  /** No limit. */
  public static final RunningLimit NONE = new RunningLimit(0);

  private final int limit;
  private final Set<String> running = new HashSet<>();
  private final Map<String, Runnable> waiting = new LinkedHashMap<>();

  public RunningLimit(int limit) {
    if (limit < 0) throw new IllegalArgumentException("parallelism must be 0 or more: " + limit);
    this.limit = limit;
  }

  /** No limit, for a controller that has none. */
  public static Share none() {
    return NONE.share(null);
  }

  /** The limit as the controller of {@code namespace} uses it (workflows keyed by name there). */
  public Share share(String namespace) {
    return new Share(namespace == null ? "default" : namespace);
  }

  private synchronized boolean tryRun(String key, boolean started, Runnable wake) {
    if (started || running.contains(key) || running.size() < limit) {
      running.add(key);
      waiting.remove(key);
      return true;
    }
    waiting.put(key, wake);
    return false;
  }

  private void finished(String key) {
    List<Runnable> wake;
    synchronized (this) {
      waiting.remove(key);
      if (!running.remove(key)) return;
      wake = List.copyOf(waiting.values());
    }
    wake.forEach(Runnable::run);
  }

  /** One namespace's view of the limit. */
  public final class Share {
    private final String namespace;

    private Share(String namespace) {
      this.namespace = namespace;
    }

    /**
     * Null when {@code wf} may go on (it runs, or a slot is free and it takes it); else the status
     * it waits in, and {@code wake} runs once a slot frees.
     */
    WorkflowStatus postpone(Workflow wf, Runnable wake) {
      if (limit == 0) return null;
      WorkflowStatus status = wf.status() == null ? WorkflowStatus.EMPTY : wf.status();
      if (tryRun(key(wf.name()), status.phase() == WorkflowPhase.RUNNING, wake)) return null;
      return status.withPhase(WorkflowPhase.PENDING, POSTPONED, null, null);
    }

    /** Workflows found running at start hold their slots from the beginning. */
    void resume(List<Workflow> workflows) {
      if (limit == 0) return;
      for (Workflow wf : workflows) {
        if (wf.status() != null && wf.status().phase() == WorkflowPhase.RUNNING) {
          tryRun(key(wf.name()), true, null);
        }
      }
    }

    /** The workflow completed or was deleted: its slot is free. */
    void finished(String name) {
      if (limit > 0) RunningLimit.this.finished(key(name));
    }

    private String key(String name) {
      return namespace + "/" + name;
    }
  }
}
