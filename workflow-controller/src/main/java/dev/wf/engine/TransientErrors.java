package dev.wf.engine;

import java.util.List;

/**
 * Which step errors {@code retryPolicy: OnTransientError} retries: errors of the machinery around a
 * step that may well not happen again, told apart by the node's message as Argo tells them apart.
 * Locally: a step process that disappeared while the server was down, a step that could not be
 * started or whose wrapper ended without recording an exit code, outputs that could not be
 * collected. On a cluster: the network and API server errors Argo counts as transient (timeouts,
 * refused or reset connections, exceeded quotas, etcd leader changes). A step's own failure (an
 * exit code, a missing output, a deadline, a missing executable) is never transient.
 */
final class TransientErrors {
  private static final List<String> MARKERS =
      List.of(
          // Local runtime (dev.wf.runtime.local): the step, not its command, went wrong.
          "step process disappeared",
          "cannot start the step",
          "step process ended without recording an exit code",
          "cannot collect the step's outputs",
          // Kubernetes API and network errors that Argo retries.
          "exceeded quota",
          "Operation cannot be fulfilled on resourcequota",
          "resource quota evaluation timed out",
          "etcdserver: leader changed",
          "etcdserver: request timed out",
          "etcdserver: too many requests",
          "Connection closed by foreign host",
          "TLS handshake timeout",
          "i/o timeout",
          "connection timed out",
          "connection reset by peer",
          "connection refused",
          "http2: client connection lost",
          "http2: server sent GOAWAY",
          "request did not complete within requested timeout",
          "unexpected EOF");

  private TransientErrors() {}

  /** Whether a failed or errored node's message names a transient error. */
  static boolean isTransient(String message) {
    if (message == null) return false;
    return MARKERS.stream().anyMatch(message::contains);
  }
}
