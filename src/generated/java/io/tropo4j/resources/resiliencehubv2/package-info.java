// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ResilienceHubV2}: {@link Policy}, {@link Service}, {@link
 * ServiceFunction}, {@link System}, {@link UserJourney}.
 */
package io.tropo4j.resources.resiliencehubv2;
