// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaLive (prefix {@code medialive}), as the service authorization reference lists them.
 */
public final class Medialive {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "medialive";

  /** {@code medialive:AcceptInputDeviceTransfer}: Write; on input-device. */
  public static final Action ACCEPT_INPUT_DEVICE_TRANSFER = Action.of(PREFIX, "AcceptInputDeviceTransfer");

  /** {@code medialive:BatchDelete}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE = Action.of(PREFIX, "BatchDelete");

  /** {@code medialive:BatchStart}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_START = Action.of(PREFIX, "BatchStart");

  /** {@code medialive:BatchStop}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_STOP = Action.of(PREFIX, "BatchStop");

  /** {@code medialive:BatchUpdateSchedule}: Write; on channel. */
  public static final Action BATCH_UPDATE_SCHEDULE = Action.of(PREFIX, "BatchUpdateSchedule");

  /** {@code medialive:CancelInputDeviceTransfer}: Write; on input-device. */
  public static final Action CANCEL_INPUT_DEVICE_TRANSFER = Action.of(PREFIX, "CancelInputDeviceTransfer");

  /** {@code medialive:ClaimDevice}: Write; on input-device. */
  public static final Action CLAIM_DEVICE = Action.of(PREFIX, "ClaimDevice");

  /** {@code medialive:CreateChannel}: Write; on channel, input. */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code medialive:CreateChannelPlacementGroup}: Write; on channel-placement-group, cluster. */
  public static final Action CREATE_CHANNEL_PLACEMENT_GROUP = Action.of(PREFIX, "CreateChannelPlacementGroup");

  /** {@code medialive:CreateCloudWatchAlarmTemplate}: Write; on cloudwatch-alarm-template, cloudwatch-alarm-template-group. */
  public static final Action CREATE_CLOUD_WATCH_ALARM_TEMPLATE = Action.of(PREFIX, "CreateCloudWatchAlarmTemplate");

  /** {@code medialive:CreateCloudWatchAlarmTemplateGroup}: Write; on cloudwatch-alarm-template-group. */
  public static final Action CREATE_CLOUD_WATCH_ALARM_TEMPLATE_GROUP = Action.of(PREFIX, "CreateCloudWatchAlarmTemplateGroup");

  /** {@code medialive:CreateCluster}: Write; on cluster. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code medialive:CreateEventBridgeRuleTemplate}: Write; on eventbridge-rule-template, eventbridge-rule-template-group. */
  public static final Action CREATE_EVENT_BRIDGE_RULE_TEMPLATE = Action.of(PREFIX, "CreateEventBridgeRuleTemplate");

  /** {@code medialive:CreateEventBridgeRuleTemplateGroup}: Write; on eventbridge-rule-template-group. */
  public static final Action CREATE_EVENT_BRIDGE_RULE_TEMPLATE_GROUP = Action.of(PREFIX, "CreateEventBridgeRuleTemplateGroup");

  /** {@code medialive:CreateInput}: Write; on input, input-security-group. */
  public static final Action CREATE_INPUT = Action.of(PREFIX, "CreateInput");

  /** {@code medialive:CreateInputSecurityGroup}: Write; on input-security-group. */
  public static final Action CREATE_INPUT_SECURITY_GROUP = Action.of(PREFIX, "CreateInputSecurityGroup");

  /** {@code medialive:CreateMultiplex}: Write; on multiplex. */
  public static final Action CREATE_MULTIPLEX = Action.of(PREFIX, "CreateMultiplex");

  /** {@code medialive:CreateMultiplexProgram}: Write; on multiplex. */
  public static final Action CREATE_MULTIPLEX_PROGRAM = Action.of(PREFIX, "CreateMultiplexProgram");

  /** {@code medialive:CreateNetwork}: Write; on network. */
  public static final Action CREATE_NETWORK = Action.of(PREFIX, "CreateNetwork");

  /** {@code medialive:CreateNode}: Write; on cluster, node. */
  public static final Action CREATE_NODE = Action.of(PREFIX, "CreateNode");

  /** {@code medialive:CreateNodeRegistrationScript}: Write; on cluster. */
  public static final Action CREATE_NODE_REGISTRATION_SCRIPT = Action.of(PREFIX, "CreateNodeRegistrationScript");

  /** {@code medialive:CreatePartnerInput}: Write; on input. */
  public static final Action CREATE_PARTNER_INPUT = Action.of(PREFIX, "CreatePartnerInput");

  /** {@code medialive:CreateSdiSource}: Write; on sdi-source. */
  public static final Action CREATE_SDI_SOURCE = Action.of(PREFIX, "CreateSdiSource");

  /** {@code medialive:CreateSignalMap}: Write; on signal-map. */
  public static final Action CREATE_SIGNAL_MAP = Action.of(PREFIX, "CreateSignalMap");

  /** {@code medialive:CreateTags}: Tagging; on channel, channel-placement-group, cloudwatch-alarm-template, cloudwatch-alarm-template-group, cluster, eventbridge-rule-template, eventbridge-rule-template-group, input, input-security-group, multiplex, network, node, reservation, sdi-source, signal-map. */
  public static final Action CREATE_TAGS = Action.of(PREFIX, "CreateTags");

  /** {@code medialive:DeleteChannel}: Write; on channel. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code medialive:DeleteChannelPlacementGroup}: Write; on channel-placement-group. */
  public static final Action DELETE_CHANNEL_PLACEMENT_GROUP = Action.of(PREFIX, "DeleteChannelPlacementGroup");

  /** {@code medialive:DeleteCloudWatchAlarmTemplate}: Write; on cloudwatch-alarm-template. */
  public static final Action DELETE_CLOUD_WATCH_ALARM_TEMPLATE = Action.of(PREFIX, "DeleteCloudWatchAlarmTemplate");

  /** {@code medialive:DeleteCloudWatchAlarmTemplateGroup}: Write; on cloudwatch-alarm-template-group. */
  public static final Action DELETE_CLOUD_WATCH_ALARM_TEMPLATE_GROUP = Action.of(PREFIX, "DeleteCloudWatchAlarmTemplateGroup");

  /** {@code medialive:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code medialive:DeleteEventBridgeRuleTemplate}: Write; on eventbridge-rule-template. */
  public static final Action DELETE_EVENT_BRIDGE_RULE_TEMPLATE = Action.of(PREFIX, "DeleteEventBridgeRuleTemplate");

  /** {@code medialive:DeleteEventBridgeRuleTemplateGroup}: Write; on eventbridge-rule-template-group. */
  public static final Action DELETE_EVENT_BRIDGE_RULE_TEMPLATE_GROUP = Action.of(PREFIX, "DeleteEventBridgeRuleTemplateGroup");

  /** {@code medialive:DeleteInput}: Write; on input. */
  public static final Action DELETE_INPUT = Action.of(PREFIX, "DeleteInput");

  /** {@code medialive:DeleteInputSecurityGroup}: Write; on input-security-group. */
  public static final Action DELETE_INPUT_SECURITY_GROUP = Action.of(PREFIX, "DeleteInputSecurityGroup");

  /** {@code medialive:DeleteMultiplex}: Write; on multiplex. */
  public static final Action DELETE_MULTIPLEX = Action.of(PREFIX, "DeleteMultiplex");

  /** {@code medialive:DeleteMultiplexProgram}: Write; on multiplex. */
  public static final Action DELETE_MULTIPLEX_PROGRAM = Action.of(PREFIX, "DeleteMultiplexProgram");

  /** {@code medialive:DeleteNetwork}: Write; on network. */
  public static final Action DELETE_NETWORK = Action.of(PREFIX, "DeleteNetwork");

  /** {@code medialive:DeleteNode}: Write; on node. */
  public static final Action DELETE_NODE = Action.of(PREFIX, "DeleteNode");

  /** {@code medialive:DeleteReservation}: Write; on reservation. */
  public static final Action DELETE_RESERVATION = Action.of(PREFIX, "DeleteReservation");

  /** {@code medialive:DeleteSchedule}: Write; on channel. */
  public static final Action DELETE_SCHEDULE = Action.of(PREFIX, "DeleteSchedule");

  /** {@code medialive:DeleteSdiSource}: Write; on sdi-source. */
  public static final Action DELETE_SDI_SOURCE = Action.of(PREFIX, "DeleteSdiSource");

  /** {@code medialive:DeleteSignalMap}: Write; on signal-map. */
  public static final Action DELETE_SIGNAL_MAP = Action.of(PREFIX, "DeleteSignalMap");

  /** {@code medialive:DeleteTags}: Tagging; on channel, channel-placement-group, cloudwatch-alarm-template, cloudwatch-alarm-template-group, cluster, eventbridge-rule-template, eventbridge-rule-template-group, input, input-security-group, multiplex, network, node, reservation, sdi-source, signal-map. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code medialive:DescribeAccountConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "DescribeAccountConfiguration");

  /** {@code medialive:DescribeChannel}: Read; on channel. */
  public static final Action DESCRIBE_CHANNEL = Action.of(PREFIX, "DescribeChannel");

  /** {@code medialive:DescribeChannelPlacementGroup}: Read; on channel-placement-group. */
  public static final Action DESCRIBE_CHANNEL_PLACEMENT_GROUP = Action.of(PREFIX, "DescribeChannelPlacementGroup");

  /** {@code medialive:DescribeCluster}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code medialive:DescribeInput}: Read; on input. */
  public static final Action DESCRIBE_INPUT = Action.of(PREFIX, "DescribeInput");

  /** {@code medialive:DescribeInputDevice}: Read; on input-device. */
  public static final Action DESCRIBE_INPUT_DEVICE = Action.of(PREFIX, "DescribeInputDevice");

  /** {@code medialive:DescribeInputDeviceThumbnail}: Read; on input-device. */
  public static final Action DESCRIBE_INPUT_DEVICE_THUMBNAIL = Action.of(PREFIX, "DescribeInputDeviceThumbnail");

  /** {@code medialive:DescribeInputSecurityGroup}: Read; on input-security-group. */
  public static final Action DESCRIBE_INPUT_SECURITY_GROUP = Action.of(PREFIX, "DescribeInputSecurityGroup");

  /** {@code medialive:DescribeMultiplex}: Read; on multiplex. */
  public static final Action DESCRIBE_MULTIPLEX = Action.of(PREFIX, "DescribeMultiplex");

  /** {@code medialive:DescribeMultiplexProgram}: Read; on multiplex. */
  public static final Action DESCRIBE_MULTIPLEX_PROGRAM = Action.of(PREFIX, "DescribeMultiplexProgram");

  /** {@code medialive:DescribeNetwork}: Read; on network. */
  public static final Action DESCRIBE_NETWORK = Action.of(PREFIX, "DescribeNetwork");

  /** {@code medialive:DescribeNode}: Read; on node. */
  public static final Action DESCRIBE_NODE = Action.of(PREFIX, "DescribeNode");

  /** {@code medialive:DescribeOffering}: Read; on offering. */
  public static final Action DESCRIBE_OFFERING = Action.of(PREFIX, "DescribeOffering");

  /** {@code medialive:DescribeReservation}: Read; on reservation. */
  public static final Action DESCRIBE_RESERVATION = Action.of(PREFIX, "DescribeReservation");

  /** {@code medialive:DescribeSchedule}: Read; on channel. */
  public static final Action DESCRIBE_SCHEDULE = Action.of(PREFIX, "DescribeSchedule");

  /** {@code medialive:DescribeSdiSource}: Read; on sdi-source. */
  public static final Action DESCRIBE_SDI_SOURCE = Action.of(PREFIX, "DescribeSdiSource");

  /** {@code medialive:DescribeThumbnails}: Read; on channel. */
  public static final Action DESCRIBE_THUMBNAILS = Action.of(PREFIX, "DescribeThumbnails");

  /** {@code medialive:GetCloudWatchAlarmTemplate}: Read; on cloudwatch-alarm-template. */
  public static final Action GET_CLOUD_WATCH_ALARM_TEMPLATE = Action.of(PREFIX, "GetCloudWatchAlarmTemplate");

  /** {@code medialive:GetCloudWatchAlarmTemplateGroup}: Read; on cloudwatch-alarm-template-group. */
  public static final Action GET_CLOUD_WATCH_ALARM_TEMPLATE_GROUP = Action.of(PREFIX, "GetCloudWatchAlarmTemplateGroup");

  /** {@code medialive:GetEventBridgeRuleTemplate}: Read; on eventbridge-rule-template. */
  public static final Action GET_EVENT_BRIDGE_RULE_TEMPLATE = Action.of(PREFIX, "GetEventBridgeRuleTemplate");

  /** {@code medialive:GetEventBridgeRuleTemplateGroup}: Read; on eventbridge-rule-template-group. */
  public static final Action GET_EVENT_BRIDGE_RULE_TEMPLATE_GROUP = Action.of(PREFIX, "GetEventBridgeRuleTemplateGroup");

  /** {@code medialive:GetSignalMap}: Read; on signal-map. */
  public static final Action GET_SIGNAL_MAP = Action.of(PREFIX, "GetSignalMap");

  /** {@code medialive:ListAlerts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALERTS = Action.of(PREFIX, "ListAlerts");

  /** {@code medialive:ListChannelPlacementGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHANNEL_PLACEMENT_GROUPS = Action.of(PREFIX, "ListChannelPlacementGroups");

  /** {@code medialive:ListChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code medialive:ListCloudWatchAlarmTemplateGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLOUD_WATCH_ALARM_TEMPLATE_GROUPS = Action.of(PREFIX, "ListCloudWatchAlarmTemplateGroups");

  /** {@code medialive:ListCloudWatchAlarmTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLOUD_WATCH_ALARM_TEMPLATES = Action.of(PREFIX, "ListCloudWatchAlarmTemplates");

  /** {@code medialive:ListClusterAlerts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTER_ALERTS = Action.of(PREFIX, "ListClusterAlerts");

  /** {@code medialive:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code medialive:ListEventBridgeRuleTemplateGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_BRIDGE_RULE_TEMPLATE_GROUPS = Action.of(PREFIX, "ListEventBridgeRuleTemplateGroups");

  /** {@code medialive:ListEventBridgeRuleTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_BRIDGE_RULE_TEMPLATES = Action.of(PREFIX, "ListEventBridgeRuleTemplates");

  /** {@code medialive:ListInputDeviceTransfers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INPUT_DEVICE_TRANSFERS = Action.of(PREFIX, "ListInputDeviceTransfers");

  /** {@code medialive:ListInputDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INPUT_DEVICES = Action.of(PREFIX, "ListInputDevices");

  /** {@code medialive:ListInputSecurityGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INPUT_SECURITY_GROUPS = Action.of(PREFIX, "ListInputSecurityGroups");

  /** {@code medialive:ListInputs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INPUTS = Action.of(PREFIX, "ListInputs");

  /** {@code medialive:ListMultiplexAlerts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MULTIPLEX_ALERTS = Action.of(PREFIX, "ListMultiplexAlerts");

  /** {@code medialive:ListMultiplexPrograms}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MULTIPLEX_PROGRAMS = Action.of(PREFIX, "ListMultiplexPrograms");

  /** {@code medialive:ListMultiplexes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MULTIPLEXES = Action.of(PREFIX, "ListMultiplexes");

  /** {@code medialive:ListNetworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NETWORKS = Action.of(PREFIX, "ListNetworks");

  /** {@code medialive:ListNodes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NODES = Action.of(PREFIX, "ListNodes");

  /** {@code medialive:ListOfferings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OFFERINGS = Action.of(PREFIX, "ListOfferings");

  /** {@code medialive:ListReservations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESERVATIONS = Action.of(PREFIX, "ListReservations");

  /** {@code medialive:ListSdiSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SDI_SOURCES = Action.of(PREFIX, "ListSdiSources");

  /** {@code medialive:ListSignalMaps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIGNAL_MAPS = Action.of(PREFIX, "ListSignalMaps");

  /** {@code medialive:ListTagsForResource}: List; on channel, channel-placement-group, cloudwatch-alarm-template, cloudwatch-alarm-template-group, cluster, eventbridge-rule-template, eventbridge-rule-template-group, input, input-security-group, multiplex, network, node, reservation, sdi-source, signal-map. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code medialive:ListVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VERSIONS = Action.of(PREFIX, "ListVersions");

  /** {@code medialive:PollAnywhere}: Write; on no resource type (give {@code *}). */
  public static final Action POLL_ANYWHERE = Action.of(PREFIX, "PollAnywhere");

  /** {@code medialive:PurchaseOffering}: Write; on offering, reservation. */
  public static final Action PURCHASE_OFFERING = Action.of(PREFIX, "PurchaseOffering");

  /** {@code medialive:RebootInputDevice}: Write; on input-device. */
  public static final Action REBOOT_INPUT_DEVICE = Action.of(PREFIX, "RebootInputDevice");

  /** {@code medialive:RejectInputDeviceTransfer}: Write; on input-device. */
  public static final Action REJECT_INPUT_DEVICE_TRANSFER = Action.of(PREFIX, "RejectInputDeviceTransfer");

  /** {@code medialive:RestartChannelPipelines}: Write; on channel. */
  public static final Action RESTART_CHANNEL_PIPELINES = Action.of(PREFIX, "RestartChannelPipelines");

  /** {@code medialive:StartChannel}: Write; on channel. */
  public static final Action START_CHANNEL = Action.of(PREFIX, "StartChannel");

  /** {@code medialive:StartDeleteMonitorDeployment}: Write; on signal-map. */
  public static final Action START_DELETE_MONITOR_DEPLOYMENT = Action.of(PREFIX, "StartDeleteMonitorDeployment");

  /** {@code medialive:StartInputDevice}: Write; on input-device. */
  public static final Action START_INPUT_DEVICE = Action.of(PREFIX, "StartInputDevice");

  /** {@code medialive:StartInputDeviceMaintenanceWindow}: Write; on input-device. */
  public static final Action START_INPUT_DEVICE_MAINTENANCE_WINDOW = Action.of(PREFIX, "StartInputDeviceMaintenanceWindow");

  /** {@code medialive:StartMonitorDeployment}: Write; on signal-map. */
  public static final Action START_MONITOR_DEPLOYMENT = Action.of(PREFIX, "StartMonitorDeployment");

  /** {@code medialive:StartMultiplex}: Write; on multiplex. */
  public static final Action START_MULTIPLEX = Action.of(PREFIX, "StartMultiplex");

  /** {@code medialive:StartUpdateSignalMap}: Write; on signal-map. */
  public static final Action START_UPDATE_SIGNAL_MAP = Action.of(PREFIX, "StartUpdateSignalMap");

  /** {@code medialive:StopChannel}: Write; on channel. */
  public static final Action STOP_CHANNEL = Action.of(PREFIX, "StopChannel");

  /** {@code medialive:StopInputDevice}: Write; on input-device. */
  public static final Action STOP_INPUT_DEVICE = Action.of(PREFIX, "StopInputDevice");

  /** {@code medialive:StopMultiplex}: Write; on multiplex. */
  public static final Action STOP_MULTIPLEX = Action.of(PREFIX, "StopMultiplex");

  /** {@code medialive:SubmitAnywhereStateChange}: Write; on no resource type (give {@code *}). */
  public static final Action SUBMIT_ANYWHERE_STATE_CHANGE = Action.of(PREFIX, "SubmitAnywhereStateChange");

  /** {@code medialive:TransferInputDevice}: Write; on input-device. */
  public static final Action TRANSFER_INPUT_DEVICE = Action.of(PREFIX, "TransferInputDevice");

  /** {@code medialive:UpdateAccountConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_CONFIGURATION = Action.of(PREFIX, "UpdateAccountConfiguration");

  /** {@code medialive:UpdateChannel}: Write; on channel. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code medialive:UpdateChannelClass}: Write; on channel. */
  public static final Action UPDATE_CHANNEL_CLASS = Action.of(PREFIX, "UpdateChannelClass");

  /** {@code medialive:UpdateChannelPlacementGroup}: Write; on channel-placement-group. */
  public static final Action UPDATE_CHANNEL_PLACEMENT_GROUP = Action.of(PREFIX, "UpdateChannelPlacementGroup");

  /** {@code medialive:UpdateCloudWatchAlarmTemplate}: Write; on cloudwatch-alarm-template, cloudwatch-alarm-template-group. */
  public static final Action UPDATE_CLOUD_WATCH_ALARM_TEMPLATE = Action.of(PREFIX, "UpdateCloudWatchAlarmTemplate");

  /** {@code medialive:UpdateCloudWatchAlarmTemplateGroup}: Write; on cloudwatch-alarm-template-group. */
  public static final Action UPDATE_CLOUD_WATCH_ALARM_TEMPLATE_GROUP = Action.of(PREFIX, "UpdateCloudWatchAlarmTemplateGroup");

  /** {@code medialive:UpdateCluster}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code medialive:UpdateEventBridgeRuleTemplate}: Write; on eventbridge-rule-template, eventbridge-rule-template-group. */
  public static final Action UPDATE_EVENT_BRIDGE_RULE_TEMPLATE = Action.of(PREFIX, "UpdateEventBridgeRuleTemplate");

  /** {@code medialive:UpdateEventBridgeRuleTemplateGroup}: Write; on eventbridge-rule-template-group. */
  public static final Action UPDATE_EVENT_BRIDGE_RULE_TEMPLATE_GROUP = Action.of(PREFIX, "UpdateEventBridgeRuleTemplateGroup");

  /** {@code medialive:UpdateInput}: Write; on input. */
  public static final Action UPDATE_INPUT = Action.of(PREFIX, "UpdateInput");

  /** {@code medialive:UpdateInputDevice}: Write; on input-device. */
  public static final Action UPDATE_INPUT_DEVICE = Action.of(PREFIX, "UpdateInputDevice");

  /** {@code medialive:UpdateInputSecurityGroup}: Write; on input-security-group. */
  public static final Action UPDATE_INPUT_SECURITY_GROUP = Action.of(PREFIX, "UpdateInputSecurityGroup");

  /** {@code medialive:UpdateMultiplex}: Write; on multiplex. */
  public static final Action UPDATE_MULTIPLEX = Action.of(PREFIX, "UpdateMultiplex");

  /** {@code medialive:UpdateMultiplexProgram}: Write; on multiplex. */
  public static final Action UPDATE_MULTIPLEX_PROGRAM = Action.of(PREFIX, "UpdateMultiplexProgram");

  /** {@code medialive:UpdateNetwork}: Write; on network. */
  public static final Action UPDATE_NETWORK = Action.of(PREFIX, "UpdateNetwork");

  /** {@code medialive:UpdateNode}: Write; on node. */
  public static final Action UPDATE_NODE = Action.of(PREFIX, "UpdateNode");

  /** {@code medialive:UpdateNodeState}: Write; on node. */
  public static final Action UPDATE_NODE_STATE = Action.of(PREFIX, "UpdateNodeState");

  /** {@code medialive:UpdateReservation}: Write; on reservation. */
  public static final Action UPDATE_RESERVATION = Action.of(PREFIX, "UpdateReservation");

  /** {@code medialive:UpdateSdiSource}: Write; on sdi-source. */
  public static final Action UPDATE_SDI_SOURCE = Action.of(PREFIX, "UpdateSdiSource");

  private Medialive() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
