// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Macie}: {@link AllowList}, {@link CustomDataIdentifier}, {@link
 * FindingsFilter}, {@link Member}, {@link Session}.
 */
package io.tropo4j.resources.macie;
