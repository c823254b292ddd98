package dev.wf.cli.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a running local server writes to {@code $WF_HOME/server.json}: where it listens and its
 * process id, so a CLI can tell a live server from a stale file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerInfo(String url, long pid, String startedAt) {
  public boolean processAlive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
