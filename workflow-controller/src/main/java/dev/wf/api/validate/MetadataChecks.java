package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Workflow;

/**
 * Document names: a Workflow needs {@code name} or {@code generateName}; stored kinds (templates,
 * cron workflows) need a {@code name}. Names fit Kubernetes labels (63 characters; 52 for a
 * CronWorkflow, whose workflows get a timestamp suffix).
 */
final class MetadataChecks implements SpecCheck {
  private static final int MAX_NAME = 63;
  private static final int MAX_CRON_NAME = 52;

  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    var metadata = manifest.metadata();
    var name = metadata.name();
    if (manifest instanceof Workflow) {
      if (FieldNames.blank(name) && FieldNames.blank(metadata.generateName())) {
        problems.add(new Problem("metadata", "name or generateName required"));
      }
    } else if (FieldNames.blank(name)) {
      problems.add(new Problem("metadata.name", "required"));
    }
    int max = manifest instanceof CronWorkflow ? MAX_CRON_NAME : MAX_NAME;
    if (name != null && name.length() > max) {
      problems.add(
          new Problem(
              "metadata.name",
              "\""
                  + name
                  + "\" has "
                  + name.length()
                  + " characters; at most "
                  + max
                  + " allowed"));
    }
    return problems;
  }
}
