/**
 * The workflow model as immutable records, in Argo's v1alpha1 schema (field names, defaults and
 * meaning follow Argo's docs). Records are built once by the parser; collections are never null.
 * Pod-only fields that the engine passes through untouched are kept as opaque {@code JsonNode}s.
 */
package dev.wf.api.spec;
