package dev.wf.cli.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code GET /api/v1/version}: the server's version and process id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerVersion(String version, long pid) {}
