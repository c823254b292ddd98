package dev.wf.api.crd;

import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStep;

/** Templates shared by every namespace ({@code templateRef} with {@code clusterScope: true}). */
// An inline template nests templates without bound: its schema is left open (see package docs).
@SchemaSwap(originalType = DagTask.class, fieldName = "inline", targetType = JsonNode.class)
@SchemaSwap(originalType = WorkflowStep.class, fieldName = "inline", targetType = JsonNode.class)
@Group(CustomResources.GROUP)
@Version(CustomResources.VERSION)
@Kind("ClusterWorkflowTemplate")
@ShortNames({"clusterwftmpl", "cwft"})
public class ClusterWorkflowTemplateResource extends CustomResource<WorkflowSpec, Void> {}
