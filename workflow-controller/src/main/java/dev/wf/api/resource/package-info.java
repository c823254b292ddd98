/**
 * What a {@code resource} template needs beyond the model, free of clients and I/O: Argo's success
 * and failure conditions ({@link dev.wf.api.resource.ResourceCondition}) and the ways an output
 * parameter reads the object ({@code jsonPath}: {@link dev.wf.api.resource.JsonPathTemplate};
 * {@code jqFilter}: {@link dev.wf.api.resource.JqPath}).
 */
package dev.wf.api.resource;
