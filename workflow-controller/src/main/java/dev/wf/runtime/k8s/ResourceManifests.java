package dev.wf.runtime.k8s;

import dev.wf.executor.ResourceSpec;

/** Where a resource step's manifest text comes from: inline, or a raw input artifact. */
final class ResourceManifests {
  private ResourceManifests() {}

  static String text(ResourceSpec spec) {
    if (spec.manifestFrom() == null) {
      if (spec.manifest() == null || spec.manifest().isBlank()) {
        throw new ResourceStepException("the step has no manifest");
      }
      return spec.manifest();
    }
    if (spec.manifestFrom().raw() != null) return spec.manifestFrom().raw();
    // Artifacts stored in a repository would need the artifact stores here; said in the README.
    throw new ResourceStepException(
        "manifestFrom artifact \""
            + spec.manifestFrom().name()
            + "\": only raw artifacts can give a manifest yet");
  }
}
