package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.WorkflowTemplate;

/**
 * Finds stored (Cluster)WorkflowTemplates, for {@code templateRef} and {@code workflowTemplateRef}.
 */
@FunctionalInterface
public interface TemplateLookup {
  Optional<WorkflowTemplate> find(boolean clusterScoped, String name);

  /**
   * The names of the templates of one scope that this lookup knows, so that a message about a
   * missing one can list them; empty when the lookup cannot list what it holds.
   */
  default List<String> names(boolean clusterScoped) {
    return List.of();
  }

  /** This lookup, then {@code next} for the templates this one does not know. */
  default TemplateLookup orElse(TemplateLookup next) {
    var first = this;
    return new TemplateLookup() {
      @Override
      public Optional<WorkflowTemplate> find(boolean clusterScoped, String name) {
        return first.find(clusterScoped, name).or(() -> next.find(clusterScoped, name));
      }

      @Override
      public List<String> names(boolean clusterScoped) {
        var names = new ArrayList<>(first.names(clusterScoped));
        names.addAll(next.names(clusterScoped));
        return names;
      }
    };
  }

  /** A lookup that knows no templates. */
  static TemplateLookup none() {
    return (cluster, name) -> Optional.empty();
  }

  /** A lookup over a fixed list of templates, e.g. those in the files being linted. */
  static TemplateLookup of(List<WorkflowTemplate> templates) {
    var known = List.copyOf(templates);
    return new TemplateLookup() {
      @Override
      public Optional<WorkflowTemplate> find(boolean clusterScoped, String name) {
        return known.stream()
            .filter(t -> t.clusterScoped() == clusterScoped && name.equals(t.name()))
            .findFirst();
      }

      @Override
      public List<String> names(boolean clusterScoped) {
        return known.stream()
            .filter(t -> t.clusterScoped() == clusterScoped)
            .map(WorkflowTemplate::name)
            .toList();
      }
    };
  }
}
