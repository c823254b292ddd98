package dev.wf.api.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An environment variable of a container; {@code valueFrom} (secrets, fields) is Kubernetes-only.
 */
public record EnvVar(String name, String value, JsonNode valueFrom) {}
