// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Ground Station (prefix {@code groundstation}), as the service authorization reference lists them.
 */
public final class Groundstation {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "groundstation";

  /** {@code groundstation:CancelContact}: Write; on Contact. */
  public static final Action CANCEL_CONTACT = Action.of(PREFIX, "CancelContact");

  /** {@code groundstation:CreateConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIG = Action.of(PREFIX, "CreateConfig");

  /** {@code groundstation:CreateDataflowEndpointGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATAFLOW_ENDPOINT_GROUP = Action.of(PREFIX, "CreateDataflowEndpointGroup");

  /** {@code groundstation:CreateDataflowEndpointGroupV2}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATAFLOW_ENDPOINT_GROUP_V2 = Action.of(PREFIX, "CreateDataflowEndpointGroupV2");

  /** {@code groundstation:CreateEphemeris}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EPHEMERIS = Action.of(PREFIX, "CreateEphemeris");

  /** {@code groundstation:CreateMissionProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MISSION_PROFILE = Action.of(PREFIX, "CreateMissionProfile");

  /** {@code groundstation:DeleteConfig}: Write; on Config. */
  public static final Action DELETE_CONFIG = Action.of(PREFIX, "DeleteConfig");

  /** {@code groundstation:DeleteDataflowEndpointGroup}: Write; on DataflowEndpointGroup. */
  public static final Action DELETE_DATAFLOW_ENDPOINT_GROUP = Action.of(PREFIX, "DeleteDataflowEndpointGroup");

  /** {@code groundstation:DeleteEphemeris}: Write; on EphemerisItem. */
  public static final Action DELETE_EPHEMERIS = Action.of(PREFIX, "DeleteEphemeris");

  /** {@code groundstation:DeleteMissionProfile}: Write; on MissionProfile. */
  public static final Action DELETE_MISSION_PROFILE = Action.of(PREFIX, "DeleteMissionProfile");

  /** {@code groundstation:DescribeContact}: Read; on Contact. */
  public static final Action DESCRIBE_CONTACT = Action.of(PREFIX, "DescribeContact");

  /** {@code groundstation:DescribeEphemeris}: Read; on EphemerisItem. */
  public static final Action DESCRIBE_EPHEMERIS = Action.of(PREFIX, "DescribeEphemeris");

  /** {@code groundstation:GetAgentConfiguration}: Read; on Agent. */
  public static final Action GET_AGENT_CONFIGURATION = Action.of(PREFIX, "GetAgentConfiguration");

  /** {@code groundstation:GetAgentTaskResponseUrl}: Read; on Agent. */
  public static final Action GET_AGENT_TASK_RESPONSE_URL = Action.of(PREFIX, "GetAgentTaskResponseUrl");

  /** {@code groundstation:GetConfig}: Read; on Config. */
  public static final Action GET_CONFIG = Action.of(PREFIX, "GetConfig");

  /** {@code groundstation:GetDataflowEndpointGroup}: Read; on DataflowEndpointGroup. */
  public static final Action GET_DATAFLOW_ENDPOINT_GROUP = Action.of(PREFIX, "GetDataflowEndpointGroup");

  /** {@code groundstation:GetMinuteUsage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MINUTE_USAGE = Action.of(PREFIX, "GetMinuteUsage");

  /** {@code groundstation:GetMissionProfile}: Read; on MissionProfile. */
  public static final Action GET_MISSION_PROFILE = Action.of(PREFIX, "GetMissionProfile");

  /** {@code groundstation:GetSatellite}: Read; on Satellite. */
  public static final Action GET_SATELLITE = Action.of(PREFIX, "GetSatellite");

  /** {@code groundstation:ListConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGS = Action.of(PREFIX, "ListConfigs");

  /** {@code groundstation:ListContacts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTACTS = Action.of(PREFIX, "ListContacts");

  /** {@code groundstation:ListDataflowEndpointGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATAFLOW_ENDPOINT_GROUPS = Action.of(PREFIX, "ListDataflowEndpointGroups");

  /** {@code groundstation:ListEphemerides}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EPHEMERIDES = Action.of(PREFIX, "ListEphemerides");

  /** {@code groundstation:ListGroundStations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUND_STATIONS = Action.of(PREFIX, "ListGroundStations");

  /** {@code groundstation:ListMissionProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MISSION_PROFILES = Action.of(PREFIX, "ListMissionProfiles");

  /** {@code groundstation:ListSatellites}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SATELLITES = Action.of(PREFIX, "ListSatellites");

  /** {@code groundstation:ListTagsForResource}: Read; on Config, Contact, DataflowEndpointGroup, MissionProfile. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code groundstation:RegisterAgent}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_AGENT = Action.of(PREFIX, "RegisterAgent");

  /** {@code groundstation:ReserveContact}: Write; on no resource type (give {@code *}). */
  public static final Action RESERVE_CONTACT = Action.of(PREFIX, "ReserveContact");

  /** {@code groundstation:TagResource}: Tagging; on Config, Contact, DataflowEndpointGroup, EphemerisItem, MissionProfile. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code groundstation:UntagResource}: Tagging; on Config, Contact, DataflowEndpointGroup, EphemerisItem, MissionProfile. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code groundstation:UpdateAgentStatus}: Write; on Agent. */
  public static final Action UPDATE_AGENT_STATUS = Action.of(PREFIX, "UpdateAgentStatus");

  /** {@code groundstation:UpdateConfig}: Write; on Config. */
  public static final Action UPDATE_CONFIG = Action.of(PREFIX, "UpdateConfig");

  /** {@code groundstation:UpdateEphemeris}: Write; on EphemerisItem. */
  public static final Action UPDATE_EPHEMERIS = Action.of(PREFIX, "UpdateEphemeris");

  /** {@code groundstation:UpdateMissionProfile}: Write; on MissionProfile. */
  public static final Action UPDATE_MISSION_PROFILE = Action.of(PREFIX, "UpdateMissionProfile");

  private Groundstation() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
