// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Omics}: {@link AnnotationStore}, {@link Configuration}, {@link
 * ReferenceStore}, {@link RunCache}, {@link RunGroup}, {@link SequenceStore}, {@link VariantStore},
 * {@link Workflow}, {@link WorkflowVersion}.
 */
package io.tropo4j.resources.omics;
