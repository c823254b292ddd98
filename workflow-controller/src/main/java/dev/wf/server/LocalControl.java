package dev.wf.server;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.Workflow;
import dev.wf.engine.ShutdownStrategy;
import dev.wf.engine.WorkflowRunner;
import dev.wf.engine.control.ControlException;
import dev.wf.engine.control.Resubmission;
import dev.wf.engine.control.RunControl;
import dev.wf.engine.control.SuspendNodeUpdate;
import dev.wf.engine.control.WorkflowRetry;
import dev.wf.engine.submit.Submission;
import dev.wf.server.WorkflowService.NodeSetRequest;
import dev.wf.server.WorkflowService.ResubmitRequest;
import dev.wf.server.WorkflowService.RetryRequest;
import dev.wf.server.WorkflowService.StopRequest;
import dev.wf.store.WorkflowStore;

/**
 * The local server's control verbs (suspend, resume, stop, terminate, retry, resubmit, node set):
 * each is a pure change from {@code dev.wf.engine.control}, applied through {@link
 * WorkflowRunner#update} so that it never races a reconcile pass. Empty when the workflow does not
 * exist; refusals throw {@link ControlException}.
 */
final class LocalControl {
  private final WorkflowStore store;
  private final WorkflowRunner controller;
  private final Submission submission;

  LocalControl(WorkflowStore store, WorkflowRunner controller, Submission submission) {
    this.store = store;
    this.controller = controller;
    this.submission = submission;
  }

  Optional<Workflow> suspend(String name) {
    return controller.update(name, RunControl::suspend);
  }

  Optional<Workflow> resume(String name, String nodeFieldSelector) {
    NodeFieldSelector selector = selector(nodeFieldSelector);
    return controller.update(name, wf -> RunControl.resume(wf, selector, now()));
  }

  Optional<Workflow> stop(String name, StopRequest request) {
    NodeFieldSelector selector = selector(request.nodeFieldSelector());
    if (selector.isEmpty()) {
      if (request.message() != null && !request.message().isEmpty()) {
        throw new ControlException("a stop message needs a node field selector");
      }
      return controller.update(name, wf -> RunControl.shutdown(wf, ShutdownStrategy.STOP));
    }
    return controller.update(
        name, wf -> RunControl.stopNodes(wf, selector, request.message(), now()));
  }

  Optional<Workflow> terminate(String name) {
    return controller.update(name, wf -> RunControl.shutdown(wf, ShutdownStrategy.TERMINATE));
  }

  Optional<Workflow> retry(String name, RetryRequest request) {
    var options =
        new WorkflowRetry.Options(
            request.parameters(),
            request.restartSuccessful(),
            selector(request.nodeFieldSelector()));
    return controller.update(name, wf -> WorkflowRetry.formulate(wf, options, now()));
  }

  Optional<Workflow> resubmit(String name, ResubmitRequest request) {
    Optional<Workflow> old = store.get(name);
    if (old.isEmpty()) return Optional.empty();
    String newName = submission.generateName(Resubmission.generateName(old.get()));
    Workflow resubmitted =
        Resubmission.formulate(
            old.get(),
            request.memoized(),
            request.parameters(),
            newName,
            UUID.randomUUID().toString(),
            now());
    controller.submit(resubmitted);
    return store.get(newName);
  }

  Optional<Workflow> setNode(String name, NodeSetRequest request) {
    NodeFieldSelector selector = selector(request.nodeFieldSelector());
    if (selector.isEmpty()) {
      throw new ControlException("node set needs a node field selector naming suspend nodes");
    }
    var update =
        new SuspendNodeUpdate(
            phase(request.phase()), request.message(), request.outputParameters());
    return controller.update(name, wf -> update.apply(wf, selector, now()));
  }

  private Instant now() {
    return controller.clock().instant();
  }

  private static NodeFieldSelector selector(String text) {
    try {
      return NodeFieldSelector.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ControlException(e.getMessage());
    }
  }

  private static NodePhase phase(String label) {
    if (label == null || label.isEmpty()) return null;
    for (NodePhase phase : NodePhase.values()) {
      if (phase.label().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT)))
        return phase;
    }
    throw new ControlException(
        "unknown node phase \""
            + label
            + "\" (known: Pending, Running, Succeeded, Skipped, Failed, Error, Omitted)");
  }
}
