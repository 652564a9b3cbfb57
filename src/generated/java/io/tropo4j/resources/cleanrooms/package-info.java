// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CleanRooms}: {@link AnalysisTemplate}, {@link Collaboration},
 * {@link ConfiguredTable}, {@link ConfiguredTableAssociation}, {@link IdMappingTable}, {@link
 * IdNamespaceAssociation}, {@link IntermediateTable}, {@link Membership}, {@link
 * PrivacyBudgetTemplate}.
 */
package io.tropo4j.resources.cleanrooms;
