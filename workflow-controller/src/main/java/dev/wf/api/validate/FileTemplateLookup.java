package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * A lookup that knows the (Cluster)WorkflowTemplates defined in the file being validated, and asks
 * {@code stored} for the rest, so a file may hold a template and the workflow that uses it.
 */
record FileTemplateLookup(List<WorkflowTemplate> inFile, TemplateLookup stored)
    implements TemplateLookup {
  FileTemplateLookup {
    inFile = List.copyOf(inFile);
  }

  static TemplateLookup over(List<Manifest> manifests, TemplateLookup stored) {
    var templates =
        manifests.stream()
            .filter(WorkflowTemplate.class::isInstance)
            .map(WorkflowTemplate.class::cast)
            .filter(t -> t.name() != null)
            .toList();
    return templates.isEmpty() ? stored : new FileTemplateLookup(templates, stored);
  }

  @Override
  public Optional<WorkflowTemplate> find(boolean clusterScoped, String name) {
    return inFile.stream()
        .filter(t -> t.clusterScoped() == clusterScoped && name.equals(t.name()))
        .findFirst()
        .or(() -> stored.find(clusterScoped, name));
  }

  @Override
  public List<String> names(boolean clusterScoped) {
    var names = new ArrayList<String>();
    inFile.stream()
        .filter(t -> t.clusterScoped() == clusterScoped)
        .forEach(t -> names.add(t.name()));
    names.addAll(stored.names(clusterScoped));
    return names;
  }
}
