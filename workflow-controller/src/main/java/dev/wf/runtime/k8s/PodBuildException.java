package dev.wf.runtime.k8s;

/** A step that cannot become a pod; the message says why and becomes the node's message. */
public final class PodBuildException extends RuntimeException {
  public PodBuildException(String message) {
    super(message);
  }
}
