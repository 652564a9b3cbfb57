// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Events}: {@link ApiDestination}, {@link Archive}, {@link
 * Connection}, {@link Endpoint}, {@link EventBus}, {@link EventBusPolicy}, {@link Rule}.
 */
package io.tropo4j.resources.events;
