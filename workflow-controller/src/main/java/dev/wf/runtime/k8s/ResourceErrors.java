package dev.wf.runtime.k8s;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** The part of an API error a user can act on: the server's message, else the client's. */
final class ResourceErrors {
  private ResourceErrors() {}

  static String message(KubernetesClientException e) {
    if (e.getStatus() != null && e.getStatus().getMessage() != null) {
      String reason = e.getStatus().getReason();
      return (reason == null ? "" : reason + ": ") + e.getStatus().getMessage();
    }
    if (e.getCode() > 0) return "HTTP " + e.getCode();
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null
        ? cause.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}
