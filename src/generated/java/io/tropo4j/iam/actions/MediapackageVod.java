// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaPackage VOD (prefix {@code mediapackage-vod}), as the service authorization reference lists them.
 */
public final class MediapackageVod {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediapackage-vod";

  /** {@code mediapackage-vod:ConfigureLogs}: Write; on packaging-groups. */
  public static final Action CONFIGURE_LOGS = Action.of(PREFIX, "ConfigureLogs");

  /** {@code mediapackage-vod:CreateAsset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSET = Action.of(PREFIX, "CreateAsset");

  /** {@code mediapackage-vod:CreatePackagingConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PACKAGING_CONFIGURATION = Action.of(PREFIX, "CreatePackagingConfiguration");

  /** {@code mediapackage-vod:CreatePackagingGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PACKAGING_GROUP = Action.of(PREFIX, "CreatePackagingGroup");

  /** {@code mediapackage-vod:DeleteAsset}: Write; on assets. */
  public static final Action DELETE_ASSET = Action.of(PREFIX, "DeleteAsset");

  /** {@code mediapackage-vod:DeletePackagingConfiguration}: Write; on packaging-configurations. */
  public static final Action DELETE_PACKAGING_CONFIGURATION = Action.of(PREFIX, "DeletePackagingConfiguration");

  /** {@code mediapackage-vod:DeletePackagingGroup}: Write; on packaging-groups. */
  public static final Action DELETE_PACKAGING_GROUP = Action.of(PREFIX, "DeletePackagingGroup");

  /** {@code mediapackage-vod:DescribeAsset}: Read; on assets. */
  public static final Action DESCRIBE_ASSET = Action.of(PREFIX, "DescribeAsset");

  /** {@code mediapackage-vod:DescribePackagingConfiguration}: Read; on packaging-configurations. */
  public static final Action DESCRIBE_PACKAGING_CONFIGURATION = Action.of(PREFIX, "DescribePackagingConfiguration");

  /** {@code mediapackage-vod:DescribePackagingGroup}: Read; on packaging-groups. */
  public static final Action DESCRIBE_PACKAGING_GROUP = Action.of(PREFIX, "DescribePackagingGroup");

  /** {@code mediapackage-vod:ListAssets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSETS = Action.of(PREFIX, "ListAssets");

  /** {@code mediapackage-vod:ListPackagingConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PACKAGING_CONFIGURATIONS = Action.of(PREFIX, "ListPackagingConfigurations");

  /** {@code mediapackage-vod:ListPackagingGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PACKAGING_GROUPS = Action.of(PREFIX, "ListPackagingGroups");

  /** {@code mediapackage-vod:ListTagsForResource}: Read; on assets, packaging-configurations, packaging-groups. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mediapackage-vod:TagResource}: Tagging; on assets, packaging-configurations, packaging-groups. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mediapackage-vod:UntagResource}: Tagging; on assets, packaging-configurations, packaging-groups. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mediapackage-vod:UpdatePackagingGroup}: Write; on packaging-groups. */
  public static final Action UPDATE_PACKAGING_GROUP = Action.of(PREFIX, "UpdatePackagingGroup");

  private MediapackageVod() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
