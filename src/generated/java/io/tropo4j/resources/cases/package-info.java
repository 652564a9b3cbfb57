// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Cases}: {@link Case}, {@link CaseRule}, {@link Domain}, {@link
 * Field}, {@link Layout}, {@link RelatedItem}, {@link Template}.
 */
package io.tropo4j.resources.cases;
