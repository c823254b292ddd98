package dev.wf.api.spec;

/** A hook: a template run on exit ({@code exit} key) or when {@code expression} becomes true. */
public record LifecycleHook(
    String template, TemplateRef templateRef, Arguments arguments, String expression) {
  public LifecycleHook {
    arguments = arguments == null ? Arguments.EMPTY : arguments;
  }
}
