package dev.wf.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.MemoizationStatus;
import dev.wf.api.spec.Memoize;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Template;
import dev.wf.engine.memo.MemoEntry;

/**
 * Argo's memoization in a pass: before a node of a template with {@code memoize} first runs, its
 * key is looked up in the cache; a fresh entry ends the node Succeeded with the cached outputs
 * (nothing runs), otherwise it runs and, once it has succeeded, its outputs are saved under the key
 * (a {@link Action.SaveMemo} the applier performs). Either way the node records its {@code
 * memoizationStatus}.
 */
final class MemoGate {
  private MemoGate() {}

  /** The name of the cache ConfigMap ({@code cache.configMap.name}), or null. */
  static String cacheName(Memoize memoize) {
    JsonNode name = memoize.cache() == null ? null : memoize.cache().path("configMap").get("name");
    return name == null || !name.isTextual() || name.asText().isBlank() ? null : name.asText();
  }

  /**
   * Consults the cache for a node about to run for the first time: the node Succeeded from the
   * cache, or in Error when the lookup fails; null when it must run (a miss, now recorded).
   */
  static NodeStatus consult(Pass pass, NodeStatus node, Template template) {
    Memoize memoize = template.memoize();
    if (memoize == null || node.memoizationStatus() != null) return null;
    Map<String, String> vars = Variables.forNode(pass, node);
    String key;
    String cacheName;
    MemoEntry entry;
    try {
      key = TemplateFields.text("memoize.key", memoize.key() == null ? "" : memoize.key(), vars);
      cacheName = cacheName(memoize);
      if (cacheName == null)
        throw new IllegalArgumentException("memoize.cache.configMap.name is required");
      entry = pass.memo.lookup(cacheName, key, maxAge(memoize, vars), pass.now);
    } catch (IllegalArgumentException e) {
      return NodeRunner.finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    if (entry == null) {
      pass.put(node.withMemoizationStatus(new MemoizationStatus(false, key, cacheName)));
      return null;
    }
    NodeStatus hit =
        node.withMemoizationStatus(new MemoizationStatus(true, key, cacheName))
            .withOutputs(entry.outputs())
            .withPhase(NodePhase.SUCCEEDED, null, pass.now);
    pass.put(hit);
    pass.act(new Action.SaveMemo(cacheName, key, entry.hitAt(stamp(pass.now))));
    return hit;
  }

  /** Saves the outputs of a memoized node that has just succeeded (not from the cache). */
  static void saveIfSucceeded(Pass pass, NodeStatus before, NodeStatus after) {
    MemoizationStatus memo = after.memoizationStatus();
    if (memo == null || memo.hit() || after.phase() != NodePhase.SUCCEEDED) return;
    if (before != null && before.fulfilled()) return;
    Instant at = stamp(pass.now);
    pass.act(
        new Action.SaveMemo(
            memo.cacheName(), memo.key(), new MemoEntry(after.id(), after.outputs(), at, at)));
  }

  private static Duration maxAge(Memoize memoize, Map<String, String> vars) {
    if (memoize.maxAge() == null || memoize.maxAge().isBlank()) return null;
    try {
      return TemplateFields.duration("maxAge", memoize.maxAge(), vars);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid " + e.getMessage(), e);
    }
  }

  /** Cache timestamps are whole seconds, as Argo writes them. */
  private static Instant stamp(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }
}
