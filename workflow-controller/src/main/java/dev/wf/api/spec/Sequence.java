package dev.wf.api.spec;

/** {@code withSequence}: numbers from {@code start} to {@code end}, or {@code count} of them. */
public record Sequence(String count, String start, String end, String format) {}
