package dev.wf.store;

/** The store could not be read or written (a broken or locked database file, a full disk). */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
