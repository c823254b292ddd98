package dev.wf.api.spec;

import java.util.List;

/** The one kind of work a template does. */
public sealed interface TemplateBody {
  /** Runs a command in an image. */
  record ContainerBody(Container container) implements TemplateBody {}

  /** Runs {@code source} with the container's command. */
  record ScriptBody(Container script) implements TemplateBody {}

  /** Groups of steps: the outer list runs in order, each inner list in parallel. */
  record StepsBody(List<List<WorkflowStep>> groups) implements TemplateBody {}

  /** Tasks ordered by their dependencies. */
  record DagBody(DagTemplate dag) implements TemplateBody {}

  /** Waits for a duration or until resumed. */
  record SuspendBody(SuspendTemplate suspend) implements TemplateBody {}

  /** Several containers in one pod, ordered by their dependencies. */
  record ContainerSetBody(ContainerSetTemplate containerSet) implements TemplateBody {}

  /** An action on a Kubernetes object, then a wait for its conditions. */
  record ResourceBody(ResourceTemplate resource) implements TemplateBody {}

  /** A body this engine parses but cannot run (data, http, plugin); {@code kind} names it. */
  record UnsupportedBody(String kind) implements TemplateBody {}
}
