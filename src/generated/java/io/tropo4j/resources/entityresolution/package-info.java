// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EntityResolution}: {@link IdMappingWorkflow}, {@link
 * IdNamespace}, {@link MatchingWorkflow}, {@link PolicyStatement}, {@link SchemaMapping}.
 */
package io.tropo4j.resources.entityresolution;
