package dev.wf.engine.submit;

import java.util.List;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;
import dev.wf.engine.Admission;

/**
 * How a cluster's controller admits a workflow it finds without a status: it validates it as {@code
 * wf submit} would (nobody may have, when it came from {@code kubectl create}), then resolves its
 * stored templates and artifact repository ({@link Submission#initialStatus}). A workflow that does
 * not validate ends in {@code Error} with the first problem, as Argo's controller fails an invalid
 * spec.
 */
public final class ClusterAdmission implements Admission {
  private final TemplateLookup lookup;
  private final Submission submission;

  public ClusterAdmission(TemplateLookup lookup, Submission submission) {
    this.lookup = lookup;
    this.submission = submission;
  }

  @Override
  public WorkflowStatus admit(Workflow workflow) {
    String text = ModelJson.mapper().valueToTree(workflow.withStatus(null)).toPrettyString();
    List<SpecError> errors = WorkflowValidator.validate(workflow.name(), text, lookup).errors();
    if (!errors.isEmpty()) {
      SpecError first = errors.get(0);
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
      String where = first.path() == null || first.path().isEmpty() ? "" : first.path() + ": ";
      throw new IllegalArgumentException(where + first.message() + more);
    }
    return submission.initialStatus(workflow);
  }
}
