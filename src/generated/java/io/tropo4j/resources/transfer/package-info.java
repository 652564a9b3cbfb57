// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Transfer}: {@link Agreement}, {@link Certificate}, {@link
 * Connector}, {@link HostKey}, {@link Profile}, {@link Server}, {@link User}, {@link WebApp},
 * {@link Workflow}.
 */
package io.tropo4j.resources.transfer;
