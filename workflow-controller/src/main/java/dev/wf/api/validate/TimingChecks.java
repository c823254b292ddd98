package dev.wf.api.validate;

import java.util.List;
import java.util.Set;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Durations;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.RetryStrategy;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateBodies;

/**
 * Retries, deadlines and durations hold values the engine can use: a whole-number {@code limit} and
 * {@code activeDeadlineSeconds}, a known {@code retryPolicy}, durations that parse ({@code
 * timeout}, {@code pendingTimeout}, {@code backoff.*}, {@code suspend.duration}) and a numeric
 * {@code factor}; {@code pendingTimeout} only on templates that run a pod. A value written with
 * {@code {{...}}} is only known at run time and is checked then.
 */
final class TimingChecks implements SpecCheck {
  private static final Set<String> POLICIES =
      Set.of("Always", "OnFailure", "OnError", "OnTransientError");

  /** Template bodies that run no pod of their own. */
  private static final Set<String> NO_POD = Set.of("steps", "dag", "suspend");

  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new java.util.ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(
            doc -> {
              wholeNumber(
                  doc.field("activeDeadlineSeconds"), doc.spec().activeDeadlineSeconds(), problems);
              retry(doc.field("retryStrategy"), doc.spec().retryStrategy(), problems);
              for (var placed : SpecTemplates.all(doc)) template(placed, problems);
            });
    return problems;
  }

  private static void template(SpecTemplates.Placed placed, List<Problem> problems) {
    Template t = placed.template();
    String at = placed.path();
    wholeNumber(FieldPath.child(at, "activeDeadlineSeconds"), t.activeDeadlineSeconds(), problems);
    duration(FieldPath.child(at, "timeout"), t.timeout(), problems);
    pendingTimeout(FieldPath.child(at, "pendingTimeout"), t, problems);
    retry(FieldPath.child(at, "retryStrategy"), t.retryStrategy(), problems);
    if (t.suspend() != null)
      duration(
          FieldPath.child(FieldPath.child(at, "suspend"), "duration"),
          t.suspend().duration(),
          problems);
  }

  /**
   * A {@code pendingTimeout} parses and sits on a template that runs a pod: steps, dag and suspend
   * templates never wait for one, so Argo refuses it there.
   */
  private static void pendingTimeout(String at, Template t, List<Problem> problems) {
    if (t.pendingTimeout() == null) return;
    var bodies = TemplateBodies.present(t);
    if (bodies.size() == 1 && NO_POD.contains(bodies.get(0))) {
      problems.add(
          new Problem(
              at,
              "a "
                  + bodies.get(0)
                  + " template does not support pendingTimeout (it runs no pod of its own; set it"
                  + " on the templates it calls)"));
      return;
    }
    duration(at, t.pendingTimeout(), problems);
  }

  private static void retry(String at, RetryStrategy strategy, List<Problem> problems) {
    if (strategy == null) return;
    wholeNumber(FieldPath.child(at, "limit"), strategy.limit(), problems);
    String policy = strategy.retryPolicy();
    if (known(policy) && !POLICIES.contains(policy)) {
      problems.add(
          new Problem(
              FieldPath.child(at, "retryPolicy"),
              "unknown retry policy \""
                  + policy
                  + "\" (allowed: Always, OnFailure, OnError, OnTransientError)"));
    }
    var backoff = strategy.backoff();
    if (backoff == null) return;
    String b = FieldPath.child(at, "backoff");
    duration(FieldPath.child(b, "duration"), backoff.duration(), problems);
    duration(FieldPath.child(b, "maxDuration"), backoff.maxDuration(), problems);
    duration(FieldPath.child(b, "cap"), backoff.cap(), problems);
    if (known(backoff.factor()) && !backoff.factor().trim().matches("\\d+(\\.\\d+)?")) {
      problems.add(
          new Problem(
              FieldPath.child(b, "factor"),
              "\"" + backoff.factor() + "\" is not a number (e.g. 2 or 1.5)"));
    }
  }

  private static void wholeNumber(String at, String value, List<Problem> problems) {
    if (known(value) && !value.trim().matches("\\d+")) {
      problems.add(new Problem(at, "\"" + value + "\" is not a whole number"));
    }
  }

  private static void duration(String at, String value, List<Problem> problems) {
    if (!known(value)) return;
    try {
      Durations.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(at, e.getMessage()));
    }
  }

  /** Whether a value is set and fixed (not computed with {@code {{...}}} at run time). */
  private static boolean known(String value) {
    return value != null && !value.isBlank() && !value.contains("{{");
  }
}
