package dev.wf.api.spec;

/**
 * {@code memoizationStatus} of a node whose template memoizes: whether its outputs came from the
 * cache ({@code hit}), under which key and from which cache (a ConfigMap's name).
 */
public record MemoizationStatus(boolean hit, String key, String cacheName) {}
