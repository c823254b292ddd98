package dev.wf.artifacts.archive;

/** An archive that would write outside its target, or past its limits; nothing of it is kept. */
public final class UnsafeArchiveException extends Exception {
  public UnsafeArchiveException(String message) {
    super(message);
  }
}
