package dev.wf.api.spec;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code synchronization}: mutexes and semaphores a workflow or template holds while it runs. */
public record Synchronization(
    Mutex mutex, Semaphore semaphore, List<Mutex> mutexes, List<Semaphore> semaphores) {
  public Synchronization {
    mutexes = Lists.of(mutexes);
    semaphores = Lists.of(semaphores);
  }

  /** A named lock. */
  public record Mutex(String name, String namespace, Boolean database) {}

  /** A counting lock whose limit comes from a ConfigMap key (or the database). */
  public record Semaphore(JsonNode configMapKeyRef, JsonNode database, String namespace) {}
}
