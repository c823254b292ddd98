package dev.wf.engine.sync;

import java.time.Instant;
import java.util.Comparator;

/**
 * A holder key in a lock's queue. Queues are ordered as Argo orders them: higher workflow {@code
 * priority} first, then older workflows ({@code createdAt}), then arrival ({@code seq}).
 */
public record Waiter(String holder, int priority, Instant createdAt, long seq) {
  public static final Comparator<Waiter> ORDER =
      Comparator.comparingInt((Waiter w) -> -w.priority())
          .thenComparing(Waiter::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(Waiter::seq)
          .thenComparing(Waiter::holder);

  /** The workflow of a holder key ({@code namespace/workflow[/nodeId]}). */
  public static String workflowOf(String holder) {
    String[] parts = holder.split("/", 3);
    return parts.length > 1 ? parts[1] : holder;
  }
}
