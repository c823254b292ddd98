package dev.wf.store;

/**
 * A write based on a version of a resource that is no longer the stored one (HTTP 409 from a
 * Kubernetes API server): someone else wrote it meanwhile. The writer re-reads and redoes its work.
 */
public class ConflictException extends RuntimeException {
  public ConflictException(String kind, String name) {
    super(kind + " \"" + name + "\" was changed meanwhile");
  }
}
