// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::RAM}: {@link Permission}, {@link ResourceShare}. */
package io.tropo4j.resources.ram;
