// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EventSchemas}: {@link Discoverer}, {@link Registry}, {@link
 * RegistryPolicy}, {@link Schema}.
 */
package io.tropo4j.resources.eventschemas;
