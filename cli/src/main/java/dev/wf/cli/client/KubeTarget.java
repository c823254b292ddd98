package dev.wf.cli.client;

import java.nio.file.Path;

/**
 * Which cluster and namespace {@code wf --kube} works against: the kubeconfig (null: {@code
 * $KUBECONFIG}, {@code ~/.kube/config}, or the pod's service account), its context (null: the
 * current one) and the namespace (null: the context's, else {@code default}).
 */
public record KubeTarget(Path kubeconfig, String context, String namespace) {}
