// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Pinpoint}: {@link ADMChannel}, {@link APNSChannel}, {@link
 * APNSSandboxChannel}, {@link APNSVoipChannel}, {@link APNSVoipSandboxChannel}, {@link App}, {@link
 * ApplicationSettings}, {@link BaiduChannel}, {@link Campaign}, {@link EmailChannel}, {@link
 * EmailTemplate}, {@link EventStream}, {@link GCMChannel}, {@link InAppTemplate}, {@link
 * PushTemplate}, {@link SMSChannel}, {@link Segment}, {@link SmsTemplate}, {@link VoiceChannel}.
 */
package io.tropo4j.resources.pinpoint;
