// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::Demo}: {@link Gadget}, {@link Group}, {@link Widget}. */
package io.tropo4j.resources.demo;
