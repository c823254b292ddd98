package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.HasMetadata;

import dev.wf.api.crd.StepResultResource;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.executor.pod.PodLayout;

/** The executor repeats names the controller owns (it cannot see its classes): they must agree. */
class PodLayoutAgreementTest {
  @Test
  void labelAndAnnotationNamesAgree() {
    assertThat(PodLayout.LABEL_WORKFLOW).isEqualTo(PodLabels.WORKFLOW);
    assertThat(PodLayout.ANNOTATION_NODE_ID).isEqualTo(PodLabels.NODE_ID);
  }

  @Test
  void stepResultCoordinatesAgreeWithTheResourceClass() {
    assertThat(PodLayout.RESULT_API_VERSION)
        .isEqualTo(HasMetadata.getApiVersion(StepResultResource.class));
    assertThat(PodLayout.RESULT_KIND).isEqualTo(HasMetadata.getKind(StepResultResource.class));
    assertThat(PodLayout.RESULT_PLURAL).isEqualTo(HasMetadata.getPlural(StepResultResource.class));
    assertThat(PodLayout.WORKFLOW_KIND).isEqualTo(HasMetadata.getKind(WorkflowResource.class));
  }
}
