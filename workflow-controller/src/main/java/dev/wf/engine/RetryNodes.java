package dev.wf.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.RetryStrategy;
import dev.wf.api.spec.Template;

/**
 * A call whose template has a {@code retryStrategy} (its own, else {@code spec.retryStrategy}): a
 * Retry node named as the call, whose children are the attempts {@code name(0)}, {@code name(1)},
 * ..., each a node of the template's own kind. A failed attempt is followed by another while the
 * {@link RetryPolicy} allows, after the {@link Backoff} (the engine is woken then; nothing waits).
 * The Retry node ends with its last attempt's phase and outputs, as in Argo; a workflow being shut
 * down starts no further attempt.
 */
final class RetryNodes {
  private final Pass pass;
  private final NodeRunner runner;
  private final String id;
  private final Call call;
  private final NodeRunner.Target target;
  private final RetryPolicy policy;
  private final Backoff backoff;

  private RetryNodes(
      Pass pass,
      NodeRunner runner,
      String id,
      Call call,
      NodeRunner.Target target,
      RetryPolicy policy,
      Backoff backoff) {
    this.pass = pass;
    this.runner = runner;
    this.id = id;
    this.call = call;
    this.target = target;
    this.policy = policy;
    this.backoff = backoff;
  }

  /** The strategy that applies to a template: its own, else the workflow's, else null. */
  static RetryStrategy strategyOf(Pass pass, Template template) {
    return template.retryStrategy() != null ? template.retryStrategy() : pass.spec.retryStrategy();
  }

  /** Advances the Retry node {@code node} by one pass and returns it as it now stands. */
  static NodeStatus advance(
      Pass pass,
      NodeRunner runner,
      NodeStatus node,
      Call call,
      NodeRunner.Target target,
      RetryStrategy strategy) {
    Map<String, String> vars = Variables.forNode(pass, node);
    RetryPolicy policy;
    Backoff backoff;
    try {
      policy = RetryPolicy.of(strategy, vars);
      backoff = Backoff.of(strategy, vars);
    } catch (IllegalArgumentException e) {
      return NodeRunner.finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    return new RetryNodes(pass, runner, node.id(), call, target, policy, backoff).advance();
  }

  /**
   * Runs the current attempt; when it has ended, decides what follows. At most one attempt starts
   * per pass: an attempt that ends as it starts is looked at again in a pass that follows at once.
   */
  private NodeStatus advance() {
    boolean started = false;
    while (true) {
      List<NodeStatus> attempts = attempts();
      boolean ended = attempts.isEmpty() || attempts.getLast().fulfilled();
      if (ended && !attempts.isEmpty()) {
        NodeStatus outcome = afterAttempt(attempts);
        if (outcome != null) return outcome;
      }
      if (ended && started) {
        pass.wakeAt(pass.now);
        return running(null);
      }
      started |= ended;
      if (ended && !attempts.isEmpty() && !admitted()) return running(null);
      if (ended) running(null);
      NodeStatus attempt = runAttempt(ended ? attempts.size() : attempts.size() - 1, attempts);
      if (!attempt.fulfilled()) return running(null);
    }
  }

  /**
   * After a failed attempt: the ended Retry node, the Retry node waiting for its backoff, or null
   * when the next attempt starts now.
   */
  private NodeStatus afterAttempt(List<NodeStatus> attempts) {
    NodeStatus last = attempts.getLast();
    if (!last.phase().failedOrErrored()) return complete(last, NodePhase.SUCCEEDED, null);
    if (pass.shuttingDown()) return complete(last, last.phase(), pass.shutdown.stoppedMessage());
    Instant maxDeadline = maxDeadline(attempts);
    if (maxDeadline != null && !pass.now.isBefore(maxDeadline))
      return complete(last, last.phase(), Backoff.MAX_DURATION_EXCEEDED);
    var vars = Variables.forNode(pass, pass.node(id));
    vars.putAll(RetryVariables.forExpression(attempts));
    RetryPolicy.Verdict verdict;
    try {
      verdict = policy.after(last, attempts.size(), vars);
    } catch (IllegalArgumentException e) {
      return NodeRunner.finish(pass, pass.node(id), NodePhase.ERROR, e.getMessage());
    }
    if (!verdict.retry()) return complete(last, last.phase(), verdict.message());
    if (backoff == null) return null;
    Duration wait = backoff.delay(attempts.size());
    Instant due = (last.finishedAt() != null ? last.finishedAt() : pass.now).plus(wait);
    if (maxDeadline != null && due.isAfter(maxDeadline))
      return complete(last, last.phase(), Backoff.WOULD_EXCEED_MAX_DURATION);
    if (!pass.now.isBefore(due)) return null;
    pass.wakeAt(due);
    return running(Backoff.waiting(wait));
  }

  /**
   * The arguments every attempt gets: the Retry node's bound inputs, since a call that finds its
   * Retry node already made carries no arguments of its own.
   */
  private Arguments attemptArguments() {
    if (call.arguments() != null) return call.arguments();
    NodeStatus retry = pass.node(id);
    if (retry == null || retry.inputs() == null) return Arguments.EMPTY;
    return new Arguments(retry.inputs().parameters(), retry.inputs().artifacts());
  }

  /**
   * Advances attempt {@code index} (creating it when it is new) with its {@code retries} and {@code
   * lastRetry.*}; one that outlives {@code backoff.maxDuration} is stopped.
   */
  private NodeStatus runAttempt(int index, List<NodeStatus> attempts) {
    String suffix = "(" + index + ")";
    var attemptCall =
        new Call(
            call.nodeName() + suffix,
            call.displayName() + suffix,
            call.target(),
            attemptArguments(),
            call.scope(),
            call.boundaryId());
    NodeStatus previous = index > 0 ? attempts.get(index - 1) : null;
    pass.bind(pass.idOf(attemptCall.nodeName()), RetryVariables.forAttempt(index, previous));
    NodeStatus attempt = runner.execute(pass, attemptCall, target);
    pass.adopt(pass.node(id), attempt.id());
    Instant maxDeadline = index == 0 ? maxDeadline(List.of(attempt)) : maxDeadline(attempts);
    if (attempt.fulfilled() || maxDeadline == null) return attempt;
    if (pass.now.isBefore(maxDeadline)) {
      pass.wakeAt(maxDeadline);
      return attempt;
    }
    String message =
        target.type() == NodeType.POD ? Deadlines.POD_EXCEEDED : Deadlines.STEP_EXCEEDED;
    return Deadlines.expire(pass, attempt, message);
  }

  /**
   * Whether the workflow's parallelism lets another attempt start; Argo holds a retry to the
   * workflow's limit only, as the retried node already has its place under its parent.
   */
  private boolean admitted() {
    return pass.parallelism.admit(pass, call.boundaryId(), target.type(), false);
  }

  private Instant maxDeadline(List<NodeStatus> attempts) {
    if (backoff == null || attempts.isEmpty()) return null;
    return backoff.maxDeadline(attempts.getFirst().startedAt());
  }

  private List<NodeStatus> attempts() {
    return attemptsOf(pass, pass.node(id));
  }

  /** The attempts of a Retry node, in order; its other children are the nodes of its hooks. */
  static List<NodeStatus> attemptsOf(Pass pass, NodeStatus retry) {
    var attempts = new ArrayList<NodeStatus>();
    for (String child : retry.children()) {
      NodeStatus n = pass.node(child);
      if (n != null && !NodeHooks.isHook(retry, n)) attempts.add(n);
    }
    return attempts;
  }

  /** Ends the Retry node with its last attempt's outputs. */
  private NodeStatus complete(NodeStatus last, NodePhase phase, String message) {
    NodeStatus current = pass.node(id);
    if (last.outputs() != null) pass.put(current.withOutputs(last.outputs()));
    return NodeRunner.finish(pass, current, phase, message);
  }

  private NodeStatus running(String message) {
    NodeStatus current = pass.node(id);
    if (current.phase() == NodePhase.RUNNING && Objects.equals(current.message(), message))
      return current;
    NodeStatus updated = current.withPhase(NodePhase.RUNNING, message, null);
    pass.put(updated);
    return updated;
  }
}
