// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Interactive Video Service (prefix {@code ivs}), as the service authorization reference lists them.
 */
public final class Ivs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ivs";

  /** {@code ivs:BatchGetChannel}: Read; on Channel. */
  public static final Action BATCH_GET_CHANNEL = Action.of(PREFIX, "BatchGetChannel");

  /** {@code ivs:BatchGetStreamKey}: Read; on Stream-Key. */
  public static final Action BATCH_GET_STREAM_KEY = Action.of(PREFIX, "BatchGetStreamKey");

  /** {@code ivs:BatchStartViewerSessionRevocation}: Write; on Channel. */
  public static final Action BATCH_START_VIEWER_SESSION_REVOCATION = Action.of(PREFIX, "BatchStartViewerSessionRevocation");

  /** {@code ivs:CreateChannel}: Write; on Channel, Stream-Key. */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code ivs:CreateEncoderConfiguration}: Write; on Encoder-Configuration. */
  public static final Action CREATE_ENCODER_CONFIGURATION = Action.of(PREFIX, "CreateEncoderConfiguration");

  /** {@code ivs:CreateIngestConfiguration}: Write; on Ingest-Configuration. */
  public static final Action CREATE_INGEST_CONFIGURATION = Action.of(PREFIX, "CreateIngestConfiguration");

  /** {@code ivs:CreateParticipantToken}: Write; on Stage. */
  public static final Action CREATE_PARTICIPANT_TOKEN = Action.of(PREFIX, "CreateParticipantToken");

  /** {@code ivs:CreatePlaybackRestrictionPolicy}: Write; on Playback-Restriction-Policy. */
  public static final Action CREATE_PLAYBACK_RESTRICTION_POLICY = Action.of(PREFIX, "CreatePlaybackRestrictionPolicy");

  /** {@code ivs:CreateRecordingConfiguration}: Write; on Recording-Configuration. */
  public static final Action CREATE_RECORDING_CONFIGURATION = Action.of(PREFIX, "CreateRecordingConfiguration");

  /** {@code ivs:CreateStage}: Write; on Stage. */
  public static final Action CREATE_STAGE = Action.of(PREFIX, "CreateStage");

  /** {@code ivs:CreateStorageConfiguration}: Write; on Storage-Configuration. */
  public static final Action CREATE_STORAGE_CONFIGURATION = Action.of(PREFIX, "CreateStorageConfiguration");

  /** {@code ivs:CreateStreamKey}: Write; on Stream-Key. */
  public static final Action CREATE_STREAM_KEY = Action.of(PREFIX, "CreateStreamKey");

  /** {@code ivs:DeleteChannel}: Write; on Channel, Stream-Key. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code ivs:DeleteEncoderConfiguration}: Write; on Encoder-Configuration. */
  public static final Action DELETE_ENCODER_CONFIGURATION = Action.of(PREFIX, "DeleteEncoderConfiguration");

  /** {@code ivs:DeleteIngestConfiguration}: Write; on Ingest-Configuration. */
  public static final Action DELETE_INGEST_CONFIGURATION = Action.of(PREFIX, "DeleteIngestConfiguration");

  /** {@code ivs:DeletePlaybackKeyPair}: Write; on Playback-Key-Pair. */
  public static final Action DELETE_PLAYBACK_KEY_PAIR = Action.of(PREFIX, "DeletePlaybackKeyPair");

  /** {@code ivs:DeletePlaybackRestrictionPolicy}: Write; on Playback-Restriction-Policy. */
  public static final Action DELETE_PLAYBACK_RESTRICTION_POLICY = Action.of(PREFIX, "DeletePlaybackRestrictionPolicy");

  /** {@code ivs:DeletePublicKey}: Write; on Public-Key. */
  public static final Action DELETE_PUBLIC_KEY = Action.of(PREFIX, "DeletePublicKey");

  /** {@code ivs:DeleteRecordingConfiguration}: Write; on Recording-Configuration. */
  public static final Action DELETE_RECORDING_CONFIGURATION = Action.of(PREFIX, "DeleteRecordingConfiguration");

  /** {@code ivs:DeleteStage}: Write; on Stage. */
  public static final Action DELETE_STAGE = Action.of(PREFIX, "DeleteStage");

  /** {@code ivs:DeleteStorageConfiguration}: Write; on Storage-Configuration. */
  public static final Action DELETE_STORAGE_CONFIGURATION = Action.of(PREFIX, "DeleteStorageConfiguration");

  /** {@code ivs:DeleteStreamKey}: Write; on Stream-Key. */
  public static final Action DELETE_STREAM_KEY = Action.of(PREFIX, "DeleteStreamKey");

  /** {@code ivs:DisconnectParticipant}: Write; on Stage. */
  public static final Action DISCONNECT_PARTICIPANT = Action.of(PREFIX, "DisconnectParticipant");

  /** {@code ivs:GetChannel}: Read; on Channel. */
  public static final Action GET_CHANNEL = Action.of(PREFIX, "GetChannel");

  /** {@code ivs:GetComposition}: Read; on Composition. */
  public static final Action GET_COMPOSITION = Action.of(PREFIX, "GetComposition");

  /** {@code ivs:GetEncoderConfiguration}: Read; on Encoder-Configuration. */
  public static final Action GET_ENCODER_CONFIGURATION = Action.of(PREFIX, "GetEncoderConfiguration");

  /** {@code ivs:GetIngestConfiguration}: Read; on Ingest-Configuration. */
  public static final Action GET_INGEST_CONFIGURATION = Action.of(PREFIX, "GetIngestConfiguration");

  /** {@code ivs:GetParticipant}: Read; on Stage. */
  public static final Action GET_PARTICIPANT = Action.of(PREFIX, "GetParticipant");

  /** {@code ivs:GetPlaybackKeyPair}: Read; on Playback-Key-Pair. */
  public static final Action GET_PLAYBACK_KEY_PAIR = Action.of(PREFIX, "GetPlaybackKeyPair");

  /** {@code ivs:GetPlaybackRestrictionPolicy}: Read; on Playback-Restriction-Policy. */
  public static final Action GET_PLAYBACK_RESTRICTION_POLICY = Action.of(PREFIX, "GetPlaybackRestrictionPolicy");

  /** {@code ivs:GetPublicKey}: Read; on Public-Key. */
  public static final Action GET_PUBLIC_KEY = Action.of(PREFIX, "GetPublicKey");

  /** {@code ivs:GetRecordingConfiguration}: Read; on Recording-Configuration. */
  public static final Action GET_RECORDING_CONFIGURATION = Action.of(PREFIX, "GetRecordingConfiguration");

  /** {@code ivs:GetStage}: Read; on Stage. */
  public static final Action GET_STAGE = Action.of(PREFIX, "GetStage");

  /** {@code ivs:GetStageSession}: Read; on Stage. */
  public static final Action GET_STAGE_SESSION = Action.of(PREFIX, "GetStageSession");

  /** {@code ivs:GetStorageConfiguration}: Read; on Storage-Configuration. */
  public static final Action GET_STORAGE_CONFIGURATION = Action.of(PREFIX, "GetStorageConfiguration");

  /** {@code ivs:GetStream}: Read; on Channel. */
  public static final Action GET_STREAM = Action.of(PREFIX, "GetStream");

  /** {@code ivs:GetStreamKey}: Read; on Stream-Key. */
  public static final Action GET_STREAM_KEY = Action.of(PREFIX, "GetStreamKey");

  /** {@code ivs:GetStreamSession}: Read; on Channel. */
  public static final Action GET_STREAM_SESSION = Action.of(PREFIX, "GetStreamSession");

  /** {@code ivs:ImportPlaybackKeyPair}: Write; on Playback-Key-Pair. */
  public static final Action IMPORT_PLAYBACK_KEY_PAIR = Action.of(PREFIX, "ImportPlaybackKeyPair");

  /** {@code ivs:ImportPublicKey}: Write; on Public-Key. */
  public static final Action IMPORT_PUBLIC_KEY = Action.of(PREFIX, "ImportPublicKey");

  /** {@code ivs:ListChannels}: List; on Channel. */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code ivs:ListCompositions}: List; on Encoder-Configuration, Stage. */
  public static final Action LIST_COMPOSITIONS = Action.of(PREFIX, "ListCompositions");

  /** {@code ivs:ListEncoderConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENCODER_CONFIGURATIONS = Action.of(PREFIX, "ListEncoderConfigurations");

  /** {@code ivs:ListIngestConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INGEST_CONFIGURATIONS = Action.of(PREFIX, "ListIngestConfigurations");

  /** {@code ivs:ListParticipantEvents}: List; on Stage. */
  public static final Action LIST_PARTICIPANT_EVENTS = Action.of(PREFIX, "ListParticipantEvents");

  /** {@code ivs:ListParticipantReplicas}: List; on Stage. */
  public static final Action LIST_PARTICIPANT_REPLICAS = Action.of(PREFIX, "ListParticipantReplicas");

  /** {@code ivs:ListParticipants}: List; on Stage. */
  public static final Action LIST_PARTICIPANTS = Action.of(PREFIX, "ListParticipants");

  /** {@code ivs:ListPlaybackKeyPairs}: List; on Playback-Key-Pair. */
  public static final Action LIST_PLAYBACK_KEY_PAIRS = Action.of(PREFIX, "ListPlaybackKeyPairs");

  /** {@code ivs:ListPlaybackRestrictionPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLAYBACK_RESTRICTION_POLICIES = Action.of(PREFIX, "ListPlaybackRestrictionPolicies");

  /** {@code ivs:ListPublicKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PUBLIC_KEYS = Action.of(PREFIX, "ListPublicKeys");

  /** {@code ivs:ListRecordingConfigurations}: List; on Recording-Configuration. */
  public static final Action LIST_RECORDING_CONFIGURATIONS = Action.of(PREFIX, "ListRecordingConfigurations");

  /** {@code ivs:ListStageSessions}: List; on Stage. */
  public static final Action LIST_STAGE_SESSIONS = Action.of(PREFIX, "ListStageSessions");

  /** {@code ivs:ListStages}: List; on Stage. */
  public static final Action LIST_STAGES = Action.of(PREFIX, "ListStages");

  /** {@code ivs:ListStorageConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STORAGE_CONFIGURATIONS = Action.of(PREFIX, "ListStorageConfigurations");

  /** {@code ivs:ListStreamKeys}: List; on Channel, Stream-Key. */
  public static final Action LIST_STREAM_KEYS = Action.of(PREFIX, "ListStreamKeys");

  /** {@code ivs:ListStreamSessions}: List; on Channel. */
  public static final Action LIST_STREAM_SESSIONS = Action.of(PREFIX, "ListStreamSessions");

  /** {@code ivs:ListStreams}: List; on Channel. */
  public static final Action LIST_STREAMS = Action.of(PREFIX, "ListStreams");

  /** {@code ivs:ListTagsForResource}: Read; on Channel, Composition, Encoder-Configuration, Ingest-Configuration, Playback-Key-Pair, Playback-Restriction-Policy, Public-Key, Recording-Configuration, Stage, Storage-Configuration, Stream-Key. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ivs:PutMetadata}: Write; on Channel. */
  public static final Action PUT_METADATA = Action.of(PREFIX, "PutMetadata");

  /** {@code ivs:StartComposition}: Write; on Channel, Encoder-Configuration, Stage, Storage-Configuration. */
  public static final Action START_COMPOSITION = Action.of(PREFIX, "StartComposition");

  /** {@code ivs:StartParticipantReplication}: Write; on Stage. */
  public static final Action START_PARTICIPANT_REPLICATION = Action.of(PREFIX, "StartParticipantReplication");

  /** {@code ivs:StartViewerSessionRevocation}: Write; on Channel. */
  public static final Action START_VIEWER_SESSION_REVOCATION = Action.of(PREFIX, "StartViewerSessionRevocation");

  /** {@code ivs:StopComposition}: Write; on Composition. */
  public static final Action STOP_COMPOSITION = Action.of(PREFIX, "StopComposition");

  /** {@code ivs:StopParticipantReplication}: Write; on Stage. */
  public static final Action STOP_PARTICIPANT_REPLICATION = Action.of(PREFIX, "StopParticipantReplication");

  /** {@code ivs:StopStream}: Write; on Channel. */
  public static final Action STOP_STREAM = Action.of(PREFIX, "StopStream");

  /** {@code ivs:TagResource}: Tagging; on Channel, Composition, Encoder-Configuration, Ingest-Configuration, Playback-Key-Pair, Playback-Restriction-Policy, Public-Key, Recording-Configuration, Stage, Storage-Configuration, Stream-Key. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ivs:UntagResource}: Tagging; on Channel, Composition, Encoder-Configuration, Ingest-Configuration, Playback-Key-Pair, Playback-Restriction-Policy, Public-Key, Recording-Configuration, Stage, Storage-Configuration, Stream-Key. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ivs:UpdateChannel}: Write; on Channel. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code ivs:UpdateIngestConfiguration}: Write; on Ingest-Configuration. */
  public static final Action UPDATE_INGEST_CONFIGURATION = Action.of(PREFIX, "UpdateIngestConfiguration");

  /** {@code ivs:UpdatePlaybackRestrictionPolicy}: Write; on Playback-Restriction-Policy. */
  public static final Action UPDATE_PLAYBACK_RESTRICTION_POLICY = Action.of(PREFIX, "UpdatePlaybackRestrictionPolicy");

  /** {@code ivs:UpdateStage}: Write; on Stage. */
  public static final Action UPDATE_STAGE = Action.of(PREFIX, "UpdateStage");

  private Ivs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
