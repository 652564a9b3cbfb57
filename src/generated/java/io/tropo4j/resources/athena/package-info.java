// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Athena}: {@link CapacityReservation}, {@link DataCatalog},
 * {@link NamedQuery}, {@link PreparedStatement}, {@link WorkGroup}.
 */
package io.tropo4j.resources.athena;
