package dev.wf.runtime.k8s;

/**
 * Why a resource step could not do its action or read its object; the step ends in Error with this
 * message.
 */
final class ResourceStepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ResourceStepException(String message) {
    super(message);
  }
}
