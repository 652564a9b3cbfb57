// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Marketplace Vendor Insights (prefix {@code vendor-insights}), as the service authorization reference lists them.
 */
public final class VendorInsights {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "vendor-insights";

  /** {@code vendor-insights:ActivateSecurityProfile}: Write; on SecurityProfile. */
  public static final Action ACTIVATE_SECURITY_PROFILE = Action.of(PREFIX, "ActivateSecurityProfile");

  /** {@code vendor-insights:AssociateDataSource}: Write; on SecurityProfile. */
  public static final Action ASSOCIATE_DATA_SOURCE = Action.of(PREFIX, "AssociateDataSource");

  /** {@code vendor-insights:CreateDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_SOURCE = Action.of(PREFIX, "CreateDataSource");

  /** {@code vendor-insights:CreateSecurityProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SECURITY_PROFILE = Action.of(PREFIX, "CreateSecurityProfile");

  /** {@code vendor-insights:DeactivateSecurityProfile}: Write; on SecurityProfile. */
  public static final Action DEACTIVATE_SECURITY_PROFILE = Action.of(PREFIX, "DeactivateSecurityProfile");

  /** {@code vendor-insights:DeleteDataSource}: Write; on DataSource. */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code vendor-insights:DisassociateDataSource}: Write; on SecurityProfile. */
  public static final Action DISASSOCIATE_DATA_SOURCE = Action.of(PREFIX, "DisassociateDataSource");

  /** {@code vendor-insights:GetDataSource}: Read; on DataSource. */
  public static final Action GET_DATA_SOURCE = Action.of(PREFIX, "GetDataSource");

  /** {@code vendor-insights:GetEntitledSecurityProfileSnapshot}: Read; on SecurityProfile. */
  public static final Action GET_ENTITLED_SECURITY_PROFILE_SNAPSHOT = Action.of(PREFIX, "GetEntitledSecurityProfileSnapshot");

  /** {@code vendor-insights:GetProfileAccessTerms}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROFILE_ACCESS_TERMS = Action.of(PREFIX, "GetProfileAccessTerms");

  /** {@code vendor-insights:GetSecurityProfile}: Read; on SecurityProfile. */
  public static final Action GET_SECURITY_PROFILE = Action.of(PREFIX, "GetSecurityProfile");

  /** {@code vendor-insights:GetSecurityProfileSnapshot}: Read; on SecurityProfile. */
  public static final Action GET_SECURITY_PROFILE_SNAPSHOT = Action.of(PREFIX, "GetSecurityProfileSnapshot");

  /** {@code vendor-insights:ListDataSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code vendor-insights:ListEntitledSecurityProfileSnapshots}: List; on SecurityProfile. */
  public static final Action LIST_ENTITLED_SECURITY_PROFILE_SNAPSHOTS = Action.of(PREFIX, "ListEntitledSecurityProfileSnapshots");

  /** {@code vendor-insights:ListEntitledSecurityProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITLED_SECURITY_PROFILES = Action.of(PREFIX, "ListEntitledSecurityProfiles");

  /** {@code vendor-insights:ListSecurityProfileSnapshots}: List; on SecurityProfile. */
  public static final Action LIST_SECURITY_PROFILE_SNAPSHOTS = Action.of(PREFIX, "ListSecurityProfileSnapshots");

  /** {@code vendor-insights:ListSecurityProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECURITY_PROFILES = Action.of(PREFIX, "ListSecurityProfiles");

  /** {@code vendor-insights:ListTagsForResource}: Read; on DataSource, SecurityProfile. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code vendor-insights:TagResource}: Tagging; on DataSource, SecurityProfile. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code vendor-insights:UntagResource}: Tagging; on DataSource, SecurityProfile. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code vendor-insights:UpdateDataSource}: Write; on DataSource. */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code vendor-insights:UpdateSecurityProfile}: Write; on SecurityProfile. */
  public static final Action UPDATE_SECURITY_PROFILE = Action.of(PREFIX, "UpdateSecurityProfile");

  /** {@code vendor-insights:UpdateSecurityProfileSnapshotCreationConfiguration}: Write; on SecurityProfile. */
  public static final Action UPDATE_SECURITY_PROFILE_SNAPSHOT_CREATION_CONFIGURATION = Action.of(PREFIX, "UpdateSecurityProfileSnapshotCreationConfiguration");

  /** {@code vendor-insights:UpdateSecurityProfileSnapshotReleaseConfiguration}: Write; on SecurityProfile. */
  public static final Action UPDATE_SECURITY_PROFILE_SNAPSHOT_RELEASE_CONFIGURATION = Action.of(PREFIX, "UpdateSecurityProfileSnapshotReleaseConfiguration");

  private VendorInsights() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
