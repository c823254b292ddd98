package dev.wf.api.crd;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.SchemaSwap;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowStep;

/**
 * A workflow stored in the cluster: the spec as submitted, the status as the controller wrote it.
 */
// An inline template nests templates without bound: its schema is left open (see package docs).
@SchemaSwap(originalType = DagTask.class, fieldName = "inline", targetType = JsonNode.class)
@SchemaSwap(originalType = WorkflowStep.class, fieldName = "inline", targetType = JsonNode.class)
// Templates stored at submit time repeat the spec's schema; left open to keep the CRD small.
@SchemaSwap(
    originalType = WorkflowStatus.class,
    fieldName = "storedTemplates",
    targetType = JsonNode.class)
@SchemaSwap(
    originalType = WorkflowStatus.class,
    fieldName = "storedWorkflowTemplateSpec",
    targetType = JsonNode.class)
@Group(CustomResources.GROUP)
@Version(CustomResources.VERSION)
@Kind("Workflow")
@ShortNames("wf")
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.phase")
@AdditionalPrinterColumn(
    name = "Age",
    jsonPath = ".metadata.creationTimestamp",
    type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Progress", jsonPath = ".status.progress")
@AdditionalPrinterColumn(name = "Message", jsonPath = ".status.message", priority = 1)
public class WorkflowResource extends CustomResource<WorkflowSpec, WorkflowStatus>
    implements Namespaced {}
