package dev.wf.runtime.k8s;

import java.util.Locale;

/**
 * The object a resource step acted on, once known ({@code create} with {@code generateName} learns
 * its name from the API server); {@code namespace} is null for a cluster-scoped object.
 */
public record ResourceRef(String apiVersion, String kind, String namespace, String name) {
  /** As kubectl names it: {@code job.batch/pi-x7}, {@code configmap/settings}. */
  @Override
  public String toString() {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : "." + apiVersion.substring(0, slash);
    return kind.toLowerCase(Locale.ROOT) + group + "/" + name;
  }
}
