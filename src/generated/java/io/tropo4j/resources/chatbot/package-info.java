// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Chatbot}: {@link CustomAction}, {@link
 * MicrosoftTeamsChannelConfiguration}, {@link SlackChannelConfiguration}.
 */
package io.tropo4j.resources.chatbot;
