// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SupportApp}: {@link AccountAlias}, {@link
 * SlackChannelConfiguration}, {@link SlackWorkspaceConfiguration}.
 */
package io.tropo4j.resources.supportapp;
