package dev.wf.api.expr;

/** A function callable from an expression, e.g. {@code asInt} or {@code sprig.trim}. */
@FunctionalInterface
interface ExprFunction {
  Object apply(Args args);
}
