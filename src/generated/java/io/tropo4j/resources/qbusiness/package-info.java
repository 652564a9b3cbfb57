// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::QBusiness}: {@link Application}, {@link DataAccessor}, {@link
 * DataSource}, {@link Index}, {@link Permission}, {@link Plugin}, {@link Retriever}, {@link
 * WebExperience}.
 */
package io.tropo4j.resources.qbusiness;
