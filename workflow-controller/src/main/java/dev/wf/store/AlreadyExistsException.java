package dev.wf.store;

/** A resource with this name exists already. */
public class AlreadyExistsException extends RuntimeException {
  public AlreadyExistsException(String kind, String name) {
    super(kind + " \"" + name + "\" already exists");
  }
}
