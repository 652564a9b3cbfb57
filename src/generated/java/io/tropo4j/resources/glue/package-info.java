// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Glue}: {@link Blueprint}, {@link Catalog}, {@link Classifier},
 * {@link Connection}, {@link ConnectionType}, {@link Crawler}, {@link CustomEntityType}, {@link
 * DataCatalogEncryptionSettings}, {@link DataQualityRuleset}, {@link Database}, {@link
 * DevEndpoint}, {@link IdentityCenterConfiguration}, {@link Integration}, {@link
 * IntegrationResourceProperty}, {@link Job}, {@link MLTransform}, {@link Partition}, {@link
 * Registry}, {@link Schema}, {@link SchemaVersion}, {@link SchemaVersionMetadata}, {@link
 * SecurityConfiguration}, {@link Session}, {@link Table}, {@link TableOptimizer}, {@link Trigger},
 * {@link UsageProfile}, {@link UserDefinedFunction}, {@link Workflow}.
 */
package io.tropo4j.resources.glue;
