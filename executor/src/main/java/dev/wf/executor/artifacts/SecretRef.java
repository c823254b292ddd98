package dev.wf.executor.artifacts;

/** A key of a named secret ({@code accessKeySecret: {name: my-s3, key: accessKey}}), as Argo's. */
public record SecretRef(String name, String key) {}
