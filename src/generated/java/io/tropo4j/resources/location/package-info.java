// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Location}: {@link APIKey}, {@link GeofenceCollection}, {@link
 * Map}, {@link PlaceIndex}, {@link RouteCalculator}, {@link Tracker}, {@link TrackerConsumer}.
 */
package io.tropo4j.resources.location;
