// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EventsV2}: {@link EventBus}, {@link EventSource}, {@link
 * ResourcePolicy}, {@link Subscriber}.
 */
package io.tropo4j.resources.eventsv2;
