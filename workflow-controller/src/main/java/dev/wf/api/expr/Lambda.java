package dev.wf.api.expr;

/**
 * A closure passed to {@code filter}, {@code map} and friends: evaluates its body with {@code #}
 * bound to {@code element}, {@code #index} to {@code index} and {@code #acc} to {@code acc}.
 */
@FunctionalInterface
interface Lambda {
  Object apply(Object element, long index, Object acc);

  default Object apply(Object element, long index) {
    return apply(element, index, null);
  }
}
