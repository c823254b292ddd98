package dev.wf.cli.client;

/**
 * A wf server call that did not succeed: the server answered with an error ({@link #status()} is
 * its HTTP status) or could not be reached ({@link #status()} is 0). The message is meant for the
 * user as is.
 */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The server could not be reached or did not behave. */
  public ApiException(String message) {
    this(0, message);
  }

  public ApiException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  public int status() {
    return status;
  }

  public boolean notFound() {
    return status == 404;
  }
}
