// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SSMContacts}: {@link Contact}, {@link ContactChannel}, {@link
 * Plan}, {@link Rotation}.
 */
package io.tropo4j.resources.ssmcontacts;
