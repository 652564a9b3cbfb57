// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CustomerProfiles}: {@link CalculatedAttributeDefinition},
 * {@link Domain}, {@link DomainObjectType}, {@link EventStream}, {@link EventTrigger}, {@link
 * Integration}, {@link ObjectType}, {@link Recommender}, {@link RecommenderSchema}, {@link
 * SegmentDefinition}.
 */
package io.tropo4j.resources.customerprofiles;
