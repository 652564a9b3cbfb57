// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DMS}: {@link Certificate}, {@link DataMigration}, {@link
 * DataProvider}, {@link Endpoint}, {@link EventSubscription}, {@link InstanceProfile}, {@link
 * MigrationProject}, {@link ReplicationConfig}, {@link ReplicationInstance}, {@link
 * ReplicationSubnetGroup}, {@link ReplicationTask}.
 */
package io.tropo4j.resources.dms;
