// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::LakeFormation}: {@link DataCellsFilter}, {@link
 * DataLakeSettings}, {@link Permissions}, {@link PrincipalPermissions}, {@link Resource}, {@link
 * Tag}, {@link TagAssociation}.
 */
package io.tropo4j.resources.lakeformation;
