package dev.wf.api.spec;

/** {@code synchronizationStatus} of a node: the lock it is waiting for before it can run. */
public record NodeSynchronizationStatus(String waiting) {}
