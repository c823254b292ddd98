package dev.wf.server;

/**
 * A request the API refuses, with the HTTP status and the message the client shows. Thrown by
 * handlers and turned into {@code {"message": "..."}} by the router.
 */
final class ApiError extends RuntimeException {
  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  int status() {
    return status;
  }
}
