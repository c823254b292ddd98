package dev.wf.api.crd;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

import dev.wf.executor.StepResult;

/**
 * What a step pod's {@code wait} container reports back: the executor's {@link StepResult} as the
 * status of one resource per node, so results are not bound by a pod annotation's size limit.
 */
@Group(CustomResources.GROUP)
@Version(CustomResources.VERSION)
@Kind("StepResult")
public class StepResultResource extends CustomResource<StepResultSpec, StepResult>
    implements Namespaced {}
