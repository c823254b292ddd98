package dev.wf.api.crd;

/** The API group and version of every wf custom resource. */
public final class CustomResources {
  public static final String GROUP = "wf.dev";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;

  private CustomResources() {}
}
