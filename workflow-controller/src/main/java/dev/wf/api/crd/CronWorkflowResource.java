package dev.wf.api.crd;

import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.CronWorkflowSpec;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.WorkflowStep;

/**
 * A workflow started on a schedule: the spec as the user wrote it (suspend and resume change it),
 * the status as the controller's scheduler wrote it (through the status subresource).
 */
// An inline template nests templates without bound: its schema is left open (see package docs).
@SchemaSwap(originalType = DagTask.class, fieldName = "inline", targetType = JsonNode.class)
@SchemaSwap(originalType = WorkflowStep.class, fieldName = "inline", targetType = JsonNode.class)
@Group(CustomResources.GROUP)
@Version(CustomResources.VERSION)
@Kind("CronWorkflow")
@ShortNames({"cwf", "cronwf"})
public class CronWorkflowResource extends CustomResource<CronWorkflowSpec, CronWorkflowStatus>
    implements Namespaced {}
