// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Redshift Serverless (prefix {@code redshift-serverless}), as the service authorization reference lists them.
 */
public final class RedshiftServerless {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "redshift-serverless";

  /** {@code redshift-serverless:ConvertRecoveryPointToSnapshot}: Write; on recoveryPoint, snapshot. */
  public static final Action CONVERT_RECOVERY_POINT_TO_SNAPSHOT = Action.of(PREFIX, "ConvertRecoveryPointToSnapshot");

  /** {@code redshift-serverless:CreateCustomDomainAssociation}: Write; on workgroup. */
  public static final Action CREATE_CUSTOM_DOMAIN_ASSOCIATION = Action.of(PREFIX, "CreateCustomDomainAssociation");

  /** {@code redshift-serverless:CreateEndpointAccess}: Write; on endpointAccess. */
  public static final Action CREATE_ENDPOINT_ACCESS = Action.of(PREFIX, "CreateEndpointAccess");

  /** {@code redshift-serverless:CreateNamespace}: Write; on namespace. */
  public static final Action CREATE_NAMESPACE = Action.of(PREFIX, "CreateNamespace");

  /** {@code redshift-serverless:CreateReservation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESERVATION = Action.of(PREFIX, "CreateReservation");

  /** {@code redshift-serverless:CreateScheduledAction}: Write; on namespace. */
  public static final Action CREATE_SCHEDULED_ACTION = Action.of(PREFIX, "CreateScheduledAction");

  /** {@code redshift-serverless:CreateSnapshot}: Write; on namespace, snapshot. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code redshift-serverless:CreateSnapshotCopyConfiguration}: Write; on namespace. */
  public static final Action CREATE_SNAPSHOT_COPY_CONFIGURATION = Action.of(PREFIX, "CreateSnapshotCopyConfiguration");

  /** {@code redshift-serverless:CreateUsageLimit}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USAGE_LIMIT = Action.of(PREFIX, "CreateUsageLimit");

  /** {@code redshift-serverless:CreateWorkgroup}: Write; on workgroup. */
  public static final Action CREATE_WORKGROUP = Action.of(PREFIX, "CreateWorkgroup");

  /** {@code redshift-serverless:DeleteCustomDomainAssociation}: Write; on workgroup. */
  public static final Action DELETE_CUSTOM_DOMAIN_ASSOCIATION = Action.of(PREFIX, "DeleteCustomDomainAssociation");

  /** {@code redshift-serverless:DeleteEndpointAccess}: Write; on endpointAccess. */
  public static final Action DELETE_ENDPOINT_ACCESS = Action.of(PREFIX, "DeleteEndpointAccess");

  /** {@code redshift-serverless:DeleteNamespace}: Write; on namespace. */
  public static final Action DELETE_NAMESPACE = Action.of(PREFIX, "DeleteNamespace");

  /** {@code redshift-serverless:DeleteResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code redshift-serverless:DeleteScheduledAction}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SCHEDULED_ACTION = Action.of(PREFIX, "DeleteScheduledAction");

  /** {@code redshift-serverless:DeleteSnapshot}: Write; on snapshot. */
  public static final Action DELETE_SNAPSHOT = Action.of(PREFIX, "DeleteSnapshot");

  /** {@code redshift-serverless:DeleteSnapshotCopyConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SNAPSHOT_COPY_CONFIGURATION = Action.of(PREFIX, "DeleteSnapshotCopyConfiguration");

  /** {@code redshift-serverless:DeleteUsageLimit}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_USAGE_LIMIT = Action.of(PREFIX, "DeleteUsageLimit");

  /** {@code redshift-serverless:DeleteWorkgroup}: Write; on workgroup. */
  public static final Action DELETE_WORKGROUP = Action.of(PREFIX, "DeleteWorkgroup");

  /** {@code redshift-serverless:DescribeOneTimeCredit}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ONE_TIME_CREDIT = Action.of(PREFIX, "DescribeOneTimeCredit");

  /** {@code redshift-serverless:GetCredentials}: Write; on workgroup. */
  public static final Action GET_CREDENTIALS = Action.of(PREFIX, "GetCredentials");

  /** {@code redshift-serverless:GetCustomDomainAssociation}: Read; on workgroup. */
  public static final Action GET_CUSTOM_DOMAIN_ASSOCIATION = Action.of(PREFIX, "GetCustomDomainAssociation");

  /** {@code redshift-serverless:GetEndpointAccess}: Read; on endpointAccess. */
  public static final Action GET_ENDPOINT_ACCESS = Action.of(PREFIX, "GetEndpointAccess");

  /** {@code redshift-serverless:GetIdentityCenterAuthToken}: Read; on workgroup. */
  public static final Action GET_IDENTITY_CENTER_AUTH_TOKEN = Action.of(PREFIX, "GetIdentityCenterAuthToken");

  /** {@code redshift-serverless:GetManagedWorkgroup}: Read; on managed-workgroup. */
  public static final Action GET_MANAGED_WORKGROUP = Action.of(PREFIX, "GetManagedWorkgroup");

  /** {@code redshift-serverless:GetNamespace}: Read; on namespace. */
  public static final Action GET_NAMESPACE = Action.of(PREFIX, "GetNamespace");

  /** {@code redshift-serverless:GetRecoveryPoint}: Read; on recoveryPoint. */
  public static final Action GET_RECOVERY_POINT = Action.of(PREFIX, "GetRecoveryPoint");

  /** {@code redshift-serverless:GetReservation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESERVATION = Action.of(PREFIX, "GetReservation");

  /** {@code redshift-serverless:GetReservationOffering}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESERVATION_OFFERING = Action.of(PREFIX, "GetReservationOffering");

  /** {@code redshift-serverless:GetResourcePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code redshift-serverless:GetScheduledAction}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SCHEDULED_ACTION = Action.of(PREFIX, "GetScheduledAction");

  /** {@code redshift-serverless:GetSnapshot}: Read; on snapshot. */
  public static final Action GET_SNAPSHOT = Action.of(PREFIX, "GetSnapshot");

  /** {@code redshift-serverless:GetTableRestoreStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TABLE_RESTORE_STATUS = Action.of(PREFIX, "GetTableRestoreStatus");

  /** {@code redshift-serverless:GetTrack}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRACK = Action.of(PREFIX, "GetTrack");

  /** {@code redshift-serverless:GetUsageLimit}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USAGE_LIMIT = Action.of(PREFIX, "GetUsageLimit");

  /** {@code redshift-serverless:GetWorkgroup}: Read; on workgroup. */
  public static final Action GET_WORKGROUP = Action.of(PREFIX, "GetWorkgroup");

  /** {@code redshift-serverless:ListAutonomicsDenylist}: Read; on workgroup. */
  public static final Action LIST_AUTONOMICS_DENYLIST = Action.of(PREFIX, "ListAutonomicsDenylist");

  /** {@code redshift-serverless:ListCustomDomainAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_DOMAIN_ASSOCIATIONS = Action.of(PREFIX, "ListCustomDomainAssociations");

  /** {@code redshift-serverless:ListEndpointAccess}: List; on endpointAccess. */
  public static final Action LIST_ENDPOINT_ACCESS = Action.of(PREFIX, "ListEndpointAccess");

  /** {@code redshift-serverless:ListManagedWorkgroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_WORKGROUPS = Action.of(PREFIX, "ListManagedWorkgroups");

  /** {@code redshift-serverless:ListNamespaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NAMESPACES = Action.of(PREFIX, "ListNamespaces");

  /** {@code redshift-serverless:ListRecoveryPoints}: List; on recoveryPoint. */
  public static final Action LIST_RECOVERY_POINTS = Action.of(PREFIX, "ListRecoveryPoints");

  /** {@code redshift-serverless:ListReservationOfferings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESERVATION_OFFERINGS = Action.of(PREFIX, "ListReservationOfferings");

  /** {@code redshift-serverless:ListReservations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESERVATIONS = Action.of(PREFIX, "ListReservations");

  /** {@code redshift-serverless:ListScheduledActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULED_ACTIONS = Action.of(PREFIX, "ListScheduledActions");

  /** {@code redshift-serverless:ListSnapshotCopyConfigurations}: List; on namespace. */
  public static final Action LIST_SNAPSHOT_COPY_CONFIGURATIONS = Action.of(PREFIX, "ListSnapshotCopyConfigurations");

  /** {@code redshift-serverless:ListSnapshots}: List; on snapshot. */
  public static final Action LIST_SNAPSHOTS = Action.of(PREFIX, "ListSnapshots");

  /** {@code redshift-serverless:ListTableRestoreStatus}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TABLE_RESTORE_STATUS = Action.of(PREFIX, "ListTableRestoreStatus");

  /** {@code redshift-serverless:ListTagsForResource}: List; on namespace, workgroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code redshift-serverless:ListTracks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRACKS = Action.of(PREFIX, "ListTracks");

  /** {@code redshift-serverless:ListUsageLimits}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USAGE_LIMITS = Action.of(PREFIX, "ListUsageLimits");

  /** {@code redshift-serverless:ListWorkgroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKGROUPS = Action.of(PREFIX, "ListWorkgroups");

  /** {@code redshift-serverless:PutResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code redshift-serverless:RestoreFromRecoveryPoint}: Write; on recoveryPoint. */
  public static final Action RESTORE_FROM_RECOVERY_POINT = Action.of(PREFIX, "RestoreFromRecoveryPoint");

  /** {@code redshift-serverless:RestoreFromSnapshot}: Write; on snapshot. */
  public static final Action RESTORE_FROM_SNAPSHOT = Action.of(PREFIX, "RestoreFromSnapshot");

  /** {@code redshift-serverless:RestoreTableFromRecoveryPoint}: Write; on namespace, recoveryPoint. */
  public static final Action RESTORE_TABLE_FROM_RECOVERY_POINT = Action.of(PREFIX, "RestoreTableFromRecoveryPoint");

  /** {@code redshift-serverless:RestoreTableFromSnapshot}: Write; on namespace, snapshot. */
  public static final Action RESTORE_TABLE_FROM_SNAPSHOT = Action.of(PREFIX, "RestoreTableFromSnapshot");

  /** {@code redshift-serverless:TagResource}: Tagging; on namespace, recoveryPoint, snapshot, workgroup. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code redshift-serverless:UntagResource}: Tagging; on namespace, recoveryPoint, snapshot, workgroup. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code redshift-serverless:UpdateAutonomicsDenylist}: Write; on workgroup. */
  public static final Action UPDATE_AUTONOMICS_DENYLIST = Action.of(PREFIX, "UpdateAutonomicsDenylist");

  /** {@code redshift-serverless:UpdateCustomDomainAssociation}: Write; on workgroup. */
  public static final Action UPDATE_CUSTOM_DOMAIN_ASSOCIATION = Action.of(PREFIX, "UpdateCustomDomainAssociation");

  /** {@code redshift-serverless:UpdateEndpointAccess}: Write; on endpointAccess. */
  public static final Action UPDATE_ENDPOINT_ACCESS = Action.of(PREFIX, "UpdateEndpointAccess");

  /** {@code redshift-serverless:UpdateNamespace}: Write; on namespace. */
  public static final Action UPDATE_NAMESPACE = Action.of(PREFIX, "UpdateNamespace");

  /** {@code redshift-serverless:UpdateScheduledAction}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SCHEDULED_ACTION = Action.of(PREFIX, "UpdateScheduledAction");

  /** {@code redshift-serverless:UpdateSnapshot}: Write; on snapshot. */
  public static final Action UPDATE_SNAPSHOT = Action.of(PREFIX, "UpdateSnapshot");

  /** {@code redshift-serverless:UpdateSnapshotCopyConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SNAPSHOT_COPY_CONFIGURATION = Action.of(PREFIX, "UpdateSnapshotCopyConfiguration");

  /** {@code redshift-serverless:UpdateUsageLimit}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USAGE_LIMIT = Action.of(PREFIX, "UpdateUsageLimit");

  /** {@code redshift-serverless:UpdateWorkgroup}: Write; on workgroup. */
  public static final Action UPDATE_WORKGROUP = Action.of(PREFIX, "UpdateWorkgroup");

  private RedshiftServerless() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
