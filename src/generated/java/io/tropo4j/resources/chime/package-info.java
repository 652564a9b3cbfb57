// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Chime}: {@link AppInstance}, {@link AppInstanceBot}, {@link
 * AppInstanceUser}, {@link Channel}, {@link ChannelFlow}, {@link
 * MediaInsightsPipelineConfiguration}, {@link MediaPipelineKinesisVideoStreamPool}, {@link
 * SipMediaApplication}, {@link VoiceConnector}.
 */
package io.tropo4j.resources.chime;
