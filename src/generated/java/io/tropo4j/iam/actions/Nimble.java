// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Nimble Studio (prefix {@code nimble}), as the service authorization reference lists them.
 */
public final class Nimble {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "nimble";

  /** {@code nimble:AcceptEulas}: Write; on eula. */
  public static final Action ACCEPT_EULAS = Action.of(PREFIX, "AcceptEulas");

  /** {@code nimble:CreateLaunchProfile}: Write; on studio. */
  public static final Action CREATE_LAUNCH_PROFILE = Action.of(PREFIX, "CreateLaunchProfile");

  /** {@code nimble:CreateStreamingImage}: Write; on studio. */
  public static final Action CREATE_STREAMING_IMAGE = Action.of(PREFIX, "CreateStreamingImage");

  /** {@code nimble:CreateStreamingSession}: Write; on launch-profile. */
  public static final Action CREATE_STREAMING_SESSION = Action.of(PREFIX, "CreateStreamingSession");

  /** {@code nimble:CreateStreamingSessionStream}: Write; on streaming-session. */
  public static final Action CREATE_STREAMING_SESSION_STREAM = Action.of(PREFIX, "CreateStreamingSessionStream");

  /** {@code nimble:CreateStudio}: Write; on studio. */
  public static final Action CREATE_STUDIO = Action.of(PREFIX, "CreateStudio");

  /** {@code nimble:CreateStudioComponent}: Write; on studio. */
  public static final Action CREATE_STUDIO_COMPONENT = Action.of(PREFIX, "CreateStudioComponent");

  /** {@code nimble:DeleteLaunchProfile}: Write; on launch-profile. */
  public static final Action DELETE_LAUNCH_PROFILE = Action.of(PREFIX, "DeleteLaunchProfile");

  /** {@code nimble:DeleteLaunchProfileMember}: Write; on launch-profile. */
  public static final Action DELETE_LAUNCH_PROFILE_MEMBER = Action.of(PREFIX, "DeleteLaunchProfileMember");

  /** {@code nimble:DeleteStreamingImage}: Write; on streaming-image. */
  public static final Action DELETE_STREAMING_IMAGE = Action.of(PREFIX, "DeleteStreamingImage");

  /** {@code nimble:DeleteStreamingSession}: Write; on streaming-session. */
  public static final Action DELETE_STREAMING_SESSION = Action.of(PREFIX, "DeleteStreamingSession");

  /** {@code nimble:DeleteStudio}: Write; on studio. */
  public static final Action DELETE_STUDIO = Action.of(PREFIX, "DeleteStudio");

  /** {@code nimble:DeleteStudioComponent}: Write; on studio-component. */
  public static final Action DELETE_STUDIO_COMPONENT = Action.of(PREFIX, "DeleteStudioComponent");

  /** {@code nimble:DeleteStudioMember}: Write; on studio. */
  public static final Action DELETE_STUDIO_MEMBER = Action.of(PREFIX, "DeleteStudioMember");

  /** {@code nimble:GetEula}: Read; on eula. */
  public static final Action GET_EULA = Action.of(PREFIX, "GetEula");

  /** {@code nimble:GetFeatureMap}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FEATURE_MAP = Action.of(PREFIX, "GetFeatureMap");

  /** {@code nimble:GetLaunchProfile}: Read; on launch-profile. */
  public static final Action GET_LAUNCH_PROFILE = Action.of(PREFIX, "GetLaunchProfile");

  /** {@code nimble:GetLaunchProfileDetails}: Read; on launch-profile. */
  public static final Action GET_LAUNCH_PROFILE_DETAILS = Action.of(PREFIX, "GetLaunchProfileDetails");

  /** {@code nimble:GetLaunchProfileInitialization}: Read; on launch-profile. */
  public static final Action GET_LAUNCH_PROFILE_INITIALIZATION = Action.of(PREFIX, "GetLaunchProfileInitialization");

  /** {@code nimble:GetLaunchProfileMember}: Read; on launch-profile. */
  public static final Action GET_LAUNCH_PROFILE_MEMBER = Action.of(PREFIX, "GetLaunchProfileMember");

  /** {@code nimble:GetStreamingImage}: Read; on streaming-image. */
  public static final Action GET_STREAMING_IMAGE = Action.of(PREFIX, "GetStreamingImage");

  /** {@code nimble:GetStreamingSession}: Read; on streaming-session. */
  public static final Action GET_STREAMING_SESSION = Action.of(PREFIX, "GetStreamingSession");

  /** {@code nimble:GetStreamingSessionBackup}: Read; on streaming-session-backup. */
  public static final Action GET_STREAMING_SESSION_BACKUP = Action.of(PREFIX, "GetStreamingSessionBackup");

  /** {@code nimble:GetStreamingSessionStream}: Read; on streaming-session. */
  public static final Action GET_STREAMING_SESSION_STREAM = Action.of(PREFIX, "GetStreamingSessionStream");

  /** {@code nimble:GetStudio}: Read; on studio. */
  public static final Action GET_STUDIO = Action.of(PREFIX, "GetStudio");

  /** {@code nimble:GetStudioComponent}: Read; on studio-component. */
  public static final Action GET_STUDIO_COMPONENT = Action.of(PREFIX, "GetStudioComponent");

  /** {@code nimble:GetStudioMember}: Read; on studio. */
  public static final Action GET_STUDIO_MEMBER = Action.of(PREFIX, "GetStudioMember");

  /** {@code nimble:ListEulaAcceptances}: Read; on eula-acceptance. */
  public static final Action LIST_EULA_ACCEPTANCES = Action.of(PREFIX, "ListEulaAcceptances");

  /** {@code nimble:ListEulas}: Read; on eula. */
  public static final Action LIST_EULAS = Action.of(PREFIX, "ListEulas");

  /** {@code nimble:ListLaunchProfileMembers}: Read; on launch-profile. */
  public static final Action LIST_LAUNCH_PROFILE_MEMBERS = Action.of(PREFIX, "ListLaunchProfileMembers");

  /** {@code nimble:ListLaunchProfiles}: Read; on studio. */
  public static final Action LIST_LAUNCH_PROFILES = Action.of(PREFIX, "ListLaunchProfiles");

  /** {@code nimble:ListStreamingImages}: Read; on studio. */
  public static final Action LIST_STREAMING_IMAGES = Action.of(PREFIX, "ListStreamingImages");

  /** {@code nimble:ListStreamingSessionBackups}: Read; on studio. */
  public static final Action LIST_STREAMING_SESSION_BACKUPS = Action.of(PREFIX, "ListStreamingSessionBackups");

  /** {@code nimble:ListStreamingSessions}: Read; on studio. */
  public static final Action LIST_STREAMING_SESSIONS = Action.of(PREFIX, "ListStreamingSessions");

  /** {@code nimble:ListStudioComponents}: Read; on studio. */
  public static final Action LIST_STUDIO_COMPONENTS = Action.of(PREFIX, "ListStudioComponents");

  /** {@code nimble:ListStudioMembers}: Read; on studio. */
  public static final Action LIST_STUDIO_MEMBERS = Action.of(PREFIX, "ListStudioMembers");

  /** {@code nimble:ListStudios}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_STUDIOS = Action.of(PREFIX, "ListStudios");

  /** {@code nimble:ListTagsForResource}: Read; on launch-profile, streaming-image, streaming-session, streaming-session-backup, studio, studio-component. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code nimble:PutLaunchProfileMembers}: Write; on launch-profile. */
  public static final Action PUT_LAUNCH_PROFILE_MEMBERS = Action.of(PREFIX, "PutLaunchProfileMembers");

  /** {@code nimble:PutStudioLogEvents}: Write; on studio. */
  public static final Action PUT_STUDIO_LOG_EVENTS = Action.of(PREFIX, "PutStudioLogEvents");

  /** {@code nimble:PutStudioMembers}: Write; on studio. */
  public static final Action PUT_STUDIO_MEMBERS = Action.of(PREFIX, "PutStudioMembers");

  /** {@code nimble:StartStreamingSession}: Write; on streaming-session, streaming-session-backup. */
  public static final Action START_STREAMING_SESSION = Action.of(PREFIX, "StartStreamingSession");

  /** {@code nimble:StartStudioSSOConfigurationRepair}: Write; on studio. */
  public static final Action START_STUDIO_SSO_CONFIGURATION_REPAIR = Action.of(PREFIX, "StartStudioSSOConfigurationRepair");

  /** {@code nimble:StopStreamingSession}: Write; on streaming-session. */
  public static final Action STOP_STREAMING_SESSION = Action.of(PREFIX, "StopStreamingSession");

  /** {@code nimble:TagResource}: Tagging; on launch-profile, streaming-image, streaming-session, streaming-session-backup, studio, studio-component. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code nimble:UntagResource}: Tagging; on launch-profile, streaming-image, streaming-session, streaming-session-backup, studio, studio-component. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code nimble:UpdateLaunchProfile}: Write; on launch-profile. */
  public static final Action UPDATE_LAUNCH_PROFILE = Action.of(PREFIX, "UpdateLaunchProfile");

  /** {@code nimble:UpdateLaunchProfileMember}: Write; on launch-profile. */
  public static final Action UPDATE_LAUNCH_PROFILE_MEMBER = Action.of(PREFIX, "UpdateLaunchProfileMember");

  /** {@code nimble:UpdateStreamingImage}: Write; on streaming-image. */
  public static final Action UPDATE_STREAMING_IMAGE = Action.of(PREFIX, "UpdateStreamingImage");

  /** {@code nimble:UpdateStudio}: Write; on studio. */
  public static final Action UPDATE_STUDIO = Action.of(PREFIX, "UpdateStudio");

  /** {@code nimble:UpdateStudioComponent}: Write; on studio-component. */
  public static final Action UPDATE_STUDIO_COMPONENT = Action.of(PREFIX, "UpdateStudioComponent");

  private Nimble() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
