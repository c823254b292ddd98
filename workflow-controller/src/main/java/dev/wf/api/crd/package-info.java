/**
 * The custom resources wf defines in group {@code wf.dev/v1alpha1}: thin fabric8 classes over the
 * model records of {@link dev.wf.api.spec}. The build generates the CRDs from these classes
 * (fabric8's crd-generator), and {@code charts/wf/crds/} holds a copy that a test keeps identical.
 */
package dev.wf.api.crd;
