// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ServiceCatalogAppRegistry}: {@link Application}, {@link
 * AttributeGroup}, {@link AttributeGroupAssociation}, {@link ResourceAssociation}.
 */
package io.tropo4j.resources.servicecatalogappregistry;
