package dev.wf.engine.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.Synchronization;

/**
 * One lock a {@code synchronization} block names, with Argo's namespaced name: {@code
 * NAMESPACE/Mutex/NAME} for a mutex, {@code NAMESPACE/ConfigMap/CONFIGMAP/KEY} for a semaphore
 * whose limit is that ConfigMap key. The namespace is the lock's own {@code namespace}, else the
 * workflow's.
 */
public record LockKey(String name, Kind kind, String namespace, String configMap, String key) {
  /** Mutexes admit one holder; semaphores as many as their limit. */
  public enum Kind {
    MUTEX,
    SEMAPHORE
  }

  /** The kind of a lock from its name, as {@link #name()} builds it. */
  public static Kind kindOf(String lockName) {
    String[] parts = lockName.split("/", 3);
    return parts.length > 1 && parts[1].equals("Mutex") ? Kind.MUTEX : Kind.SEMAPHORE;
  }

  /**
   * The locks of a block, semaphores first, then mutexes (singular forms before the lists).
   *
   * @throws IllegalArgumentException with Argo's message when the block cannot be used
   */
  public static List<LockKey> of(Synchronization sync, String workflowNamespace) {
    var keys = new ArrayList<LockKey>();
    var semaphores = new ArrayList<Synchronization.Semaphore>();
    if (sync.semaphore() != null) semaphores.add(sync.semaphore());
    semaphores.addAll(sync.semaphores());
    for (var semaphore : semaphores) keys.add(semaphore(semaphore, workflowNamespace));
    var mutexes = new ArrayList<Synchronization.Mutex>();
    if (sync.mutex() != null) mutexes.add(sync.mutex());
    mutexes.addAll(sync.mutexes());
    for (var mutex : mutexes) keys.add(mutex(mutex, workflowNamespace));
    if (new HashSet<>(keys).size() != keys.size()) {
      throw new IllegalArgumentException(
          "requested configuration is invalid: duplicate synchronization item found");
    }
    return List.copyOf(keys);
  }

  private static LockKey semaphore(Synchronization.Semaphore semaphore, String wfNamespace) {
    JsonNode ref = semaphore.configMapKeyRef();
    if (ref != null && semaphore.database() != null) {
      throw invalid("invalid semaphore with both ConfigMapKeyRef and Database");
    }
    if (semaphore.database() != null) throw noDatabase();
    if (ref == null) {
      throw invalid("cannot get LockName for a Semaphore without a ConfigMapRef or Database");
    }
    String configMap = text(ref, "name");
    String key = text(ref, "key");
    if (configMap.isEmpty() || key.isEmpty()) {
      throw invalid("a semaphore's configMapKeyRef needs a name and a key");
    }
    String namespace = namespace(semaphore.namespace(), wfNamespace);
    String name = namespace + "/ConfigMap/" + configMap + "/" + key;
    return new LockKey(name, Kind.SEMAPHORE, namespace, configMap, key);
  }

  private static LockKey mutex(Synchronization.Mutex mutex, String wfNamespace) {
    if (Boolean.TRUE.equals(mutex.database())) throw noDatabase();
    if (mutex.name() == null || mutex.name().isBlank()) throw invalid("a mutex needs a name");
    String namespace = namespace(mutex.namespace(), wfNamespace);
    return new LockKey(namespace + "/Mutex/" + mutex.name(), Kind.MUTEX, namespace, null, null);
  }

  private static String namespace(String own, String wfNamespace) {
    return own == null || own.isBlank() ? wfNamespace : own;
  }

  private static String text(JsonNode ref, String field) {
    JsonNode value = ref.get(field);
    return value == null || !value.isTextual() ? "" : value.asText().trim();
  }

  private static IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException("requested configuration is invalid: " + message);
  }

  private static IllegalArgumentException noDatabase() {
    return new IllegalArgumentException(
        "synchronization database session is not available (wf keeps locks in its server:"
            + " leave out database)");
  }
}
