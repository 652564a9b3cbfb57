// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::Outposts}: {@link Outpost}, {@link Site}. */
package io.tropo4j.resources.outposts;
