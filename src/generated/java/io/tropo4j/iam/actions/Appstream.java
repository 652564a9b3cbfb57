// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon AppStream 2.0 (prefix {@code appstream}), as the service authorization reference lists them.
 */
public final class Appstream {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appstream";

  /** {@code appstream:AssociateAppBlockBuilderAppBlock}: Write; on app-block, app-block-builder. */
  public static final Action ASSOCIATE_APP_BLOCK_BUILDER_APP_BLOCK = Action.of(PREFIX, "AssociateAppBlockBuilderAppBlock");

  /** {@code appstream:AssociateApplicationFleet}: Write; on application, fleet. */
  public static final Action ASSOCIATE_APPLICATION_FLEET = Action.of(PREFIX, "AssociateApplicationFleet");

  /** {@code appstream:AssociateApplicationToEntitlement}: Write; on stack. */
  public static final Action ASSOCIATE_APPLICATION_TO_ENTITLEMENT = Action.of(PREFIX, "AssociateApplicationToEntitlement");

  /** {@code appstream:AssociateFleet}: Write; on fleet, stack. */
  public static final Action ASSOCIATE_FLEET = Action.of(PREFIX, "AssociateFleet");

  /** {@code appstream:AssociateSoftwareToImageBuilder}: Write; on image-builder. */
  public static final Action ASSOCIATE_SOFTWARE_TO_IMAGE_BUILDER = Action.of(PREFIX, "AssociateSoftwareToImageBuilder");

  /** {@code appstream:BatchAssociateUserStack}: Write; on stack. */
  public static final Action BATCH_ASSOCIATE_USER_STACK = Action.of(PREFIX, "BatchAssociateUserStack");

  /** {@code appstream:BatchDisassociateUserStack}: Write; on stack. */
  public static final Action BATCH_DISASSOCIATE_USER_STACK = Action.of(PREFIX, "BatchDisassociateUserStack");

  /** {@code appstream:CopyImage}: Write; on image. */
  public static final Action COPY_IMAGE = Action.of(PREFIX, "CopyImage");

  /** {@code appstream:CreateAppBlock}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APP_BLOCK = Action.of(PREFIX, "CreateAppBlock");

  /** {@code appstream:CreateAppBlockBuilder}: Write; on app-block-builder. */
  public static final Action CREATE_APP_BLOCK_BUILDER = Action.of(PREFIX, "CreateAppBlockBuilder");

  /** {@code appstream:CreateAppBlockBuilderStreamingURL}: Write; on app-block-builder. */
  public static final Action CREATE_APP_BLOCK_BUILDER_STREAMING_URL = Action.of(PREFIX, "CreateAppBlockBuilderStreamingURL");

  /** {@code appstream:CreateApplication}: Write; on app-block. */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code appstream:CreateDirectoryConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DIRECTORY_CONFIG = Action.of(PREFIX, "CreateDirectoryConfig");

  /** {@code appstream:CreateEntitlement}: Write; on stack. */
  public static final Action CREATE_ENTITLEMENT = Action.of(PREFIX, "CreateEntitlement");

  /** {@code appstream:CreateExportImageTask}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXPORT_IMAGE_TASK = Action.of(PREFIX, "CreateExportImageTask");

  /** {@code appstream:CreateFleet}: Write; on fleet, image. */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code appstream:CreateImageBuilder}: Write; on image, image-builder. */
  public static final Action CREATE_IMAGE_BUILDER = Action.of(PREFIX, "CreateImageBuilder");

  /** {@code appstream:CreateImageBuilderStreamingURL}: Write; on image-builder. */
  public static final Action CREATE_IMAGE_BUILDER_STREAMING_URL = Action.of(PREFIX, "CreateImageBuilderStreamingURL");

  /** {@code appstream:CreateImportedImage}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IMPORTED_IMAGE = Action.of(PREFIX, "CreateImportedImage");

  /** {@code appstream:CreateStack}: Write; on stack. */
  public static final Action CREATE_STACK = Action.of(PREFIX, "CreateStack");

  /** {@code appstream:CreateStreamingURL}: Write; on fleet, stack. */
  public static final Action CREATE_STREAMING_URL = Action.of(PREFIX, "CreateStreamingURL");

  /** {@code appstream:CreateThemeForStack}: Write; on stack. */
  public static final Action CREATE_THEME_FOR_STACK = Action.of(PREFIX, "CreateThemeForStack");

  /** {@code appstream:CreateUpdatedImage}: Write; on image. */
  public static final Action CREATE_UPDATED_IMAGE = Action.of(PREFIX, "CreateUpdatedImage");

  /** {@code appstream:CreateUsageReportSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USAGE_REPORT_SUBSCRIPTION = Action.of(PREFIX, "CreateUsageReportSubscription");

  /** {@code appstream:CreateUser}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code appstream:DeleteAppBlock}: Write; on app-block. */
  public static final Action DELETE_APP_BLOCK = Action.of(PREFIX, "DeleteAppBlock");

  /** {@code appstream:DeleteAppBlockBuilder}: Write; on app-block-builder. */
  public static final Action DELETE_APP_BLOCK_BUILDER = Action.of(PREFIX, "DeleteAppBlockBuilder");

  /** {@code appstream:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code appstream:DeleteDirectoryConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DIRECTORY_CONFIG = Action.of(PREFIX, "DeleteDirectoryConfig");

  /** {@code appstream:DeleteEntitlement}: Write; on stack. */
  public static final Action DELETE_ENTITLEMENT = Action.of(PREFIX, "DeleteEntitlement");

  /** {@code appstream:DeleteFleet}: Write; on fleet. */
  public static final Action DELETE_FLEET = Action.of(PREFIX, "DeleteFleet");

  /** {@code appstream:DeleteImage}: Write; on image. */
  public static final Action DELETE_IMAGE = Action.of(PREFIX, "DeleteImage");

  /** {@code appstream:DeleteImageBuilder}: Write; on image-builder. */
  public static final Action DELETE_IMAGE_BUILDER = Action.of(PREFIX, "DeleteImageBuilder");

  /** {@code appstream:DeleteImagePermissions}: Write; on image. */
  public static final Action DELETE_IMAGE_PERMISSIONS = Action.of(PREFIX, "DeleteImagePermissions");

  /** {@code appstream:DeleteStack}: Write; on stack. */
  public static final Action DELETE_STACK = Action.of(PREFIX, "DeleteStack");

  /** {@code appstream:DeleteThemeForStack}: Write; on stack. */
  public static final Action DELETE_THEME_FOR_STACK = Action.of(PREFIX, "DeleteThemeForStack");

  /** {@code appstream:DeleteUsageReportSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_USAGE_REPORT_SUBSCRIPTION = Action.of(PREFIX, "DeleteUsageReportSubscription");

  /** {@code appstream:DeleteUser}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code appstream:DescribeAppBlockBuilderAppBlockAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APP_BLOCK_BUILDER_APP_BLOCK_ASSOCIATIONS = Action.of(PREFIX, "DescribeAppBlockBuilderAppBlockAssociations");

  /** {@code appstream:DescribeAppBlockBuilders}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APP_BLOCK_BUILDERS = Action.of(PREFIX, "DescribeAppBlockBuilders");

  /** {@code appstream:DescribeAppBlocks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APP_BLOCKS = Action.of(PREFIX, "DescribeAppBlocks");

  /** {@code appstream:DescribeAppLicenseUsage}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APP_LICENSE_USAGE = Action.of(PREFIX, "DescribeAppLicenseUsage");

  /** {@code appstream:DescribeApplicationFleetAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APPLICATION_FLEET_ASSOCIATIONS = Action.of(PREFIX, "DescribeApplicationFleetAssociations");

  /** {@code appstream:DescribeApplications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_APPLICATIONS = Action.of(PREFIX, "DescribeApplications");

  /** {@code appstream:DescribeDirectoryConfigs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DIRECTORY_CONFIGS = Action.of(PREFIX, "DescribeDirectoryConfigs");

  /** {@code appstream:DescribeEntitlements}: List; on stack. */
  public static final Action DESCRIBE_ENTITLEMENTS = Action.of(PREFIX, "DescribeEntitlements");

  /** {@code appstream:DescribeFleets}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEETS = Action.of(PREFIX, "DescribeFleets");

  /** {@code appstream:DescribeImageBuilders}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMAGE_BUILDERS = Action.of(PREFIX, "DescribeImageBuilders");

  /** {@code appstream:DescribeImagePermissions}: Read; on image. */
  public static final Action DESCRIBE_IMAGE_PERMISSIONS = Action.of(PREFIX, "DescribeImagePermissions");

  /** {@code appstream:DescribeImages}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMAGES = Action.of(PREFIX, "DescribeImages");

  /** {@code appstream:DescribeSessions}: List; on fleet, stack. */
  public static final Action DESCRIBE_SESSIONS = Action.of(PREFIX, "DescribeSessions");

  /** {@code appstream:DescribeSoftwareAssociations}: List; on image, image-builder. */
  public static final Action DESCRIBE_SOFTWARE_ASSOCIATIONS = Action.of(PREFIX, "DescribeSoftwareAssociations");

  /** {@code appstream:DescribeStacks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STACKS = Action.of(PREFIX, "DescribeStacks");

  /** {@code appstream:DescribeThemeForStack}: Read; on stack. */
  public static final Action DESCRIBE_THEME_FOR_STACK = Action.of(PREFIX, "DescribeThemeForStack");

  /** {@code appstream:DescribeUsageReportSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USAGE_REPORT_SUBSCRIPTIONS = Action.of(PREFIX, "DescribeUsageReportSubscriptions");

  /** {@code appstream:DescribeUserStackAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USER_STACK_ASSOCIATIONS = Action.of(PREFIX, "DescribeUserStackAssociations");

  /** {@code appstream:DescribeUsers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USERS = Action.of(PREFIX, "DescribeUsers");

  /** {@code appstream:DisableUser}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_USER = Action.of(PREFIX, "DisableUser");

  /** {@code appstream:DisassociateAppBlockBuilderAppBlock}: Write; on app-block, app-block-builder. */
  public static final Action DISASSOCIATE_APP_BLOCK_BUILDER_APP_BLOCK = Action.of(PREFIX, "DisassociateAppBlockBuilderAppBlock");

  /** {@code appstream:DisassociateApplicationFleet}: Write; on application, fleet. */
  public static final Action DISASSOCIATE_APPLICATION_FLEET = Action.of(PREFIX, "DisassociateApplicationFleet");

  /** {@code appstream:DisassociateApplicationFromEntitlement}: Write; on stack. */
  public static final Action DISASSOCIATE_APPLICATION_FROM_ENTITLEMENT = Action.of(PREFIX, "DisassociateApplicationFromEntitlement");

  /** {@code appstream:DisassociateFleet}: Write; on fleet, stack. */
  public static final Action DISASSOCIATE_FLEET = Action.of(PREFIX, "DisassociateFleet");

  /** {@code appstream:DisassociateSoftwareFromImageBuilder}: Write; on image-builder. */
  public static final Action DISASSOCIATE_SOFTWARE_FROM_IMAGE_BUILDER = Action.of(PREFIX, "DisassociateSoftwareFromImageBuilder");

  /** {@code appstream:EnableUser}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_USER = Action.of(PREFIX, "EnableUser");

  /** {@code appstream:ExpireSession}: Write; on no resource type (give {@code *}). */
  public static final Action EXPIRE_SESSION = Action.of(PREFIX, "ExpireSession");

  /** {@code appstream:GetExportImageTask}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXPORT_IMAGE_TASK = Action.of(PREFIX, "GetExportImageTask");

  /** {@code appstream:ListAssociatedFleets}: Read; on stack. */
  public static final Action LIST_ASSOCIATED_FLEETS = Action.of(PREFIX, "ListAssociatedFleets");

  /** {@code appstream:ListAssociatedStacks}: Read; on fleet. */
  public static final Action LIST_ASSOCIATED_STACKS = Action.of(PREFIX, "ListAssociatedStacks");

  /** {@code appstream:ListEntitledApplications}: List; on stack. */
  public static final Action LIST_ENTITLED_APPLICATIONS = Action.of(PREFIX, "ListEntitledApplications");

  /** {@code appstream:ListExportImageTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPORT_IMAGE_TASKS = Action.of(PREFIX, "ListExportImageTasks");

  /** {@code appstream:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code appstream:StartAppBlockBuilder}: Write; on app-block-builder. */
  public static final Action START_APP_BLOCK_BUILDER = Action.of(PREFIX, "StartAppBlockBuilder");

  /** {@code appstream:StartFleet}: Write; on fleet. */
  public static final Action START_FLEET = Action.of(PREFIX, "StartFleet");

  /** {@code appstream:StartImageBuilder}: Write; on image-builder. */
  public static final Action START_IMAGE_BUILDER = Action.of(PREFIX, "StartImageBuilder");

  /** {@code appstream:StartSoftwareDeploymentToImageBuilder}: Write; on image-builder. */
  public static final Action START_SOFTWARE_DEPLOYMENT_TO_IMAGE_BUILDER = Action.of(PREFIX, "StartSoftwareDeploymentToImageBuilder");

  /** {@code appstream:StopAppBlockBuilder}: Write; on app-block-builder. */
  public static final Action STOP_APP_BLOCK_BUILDER = Action.of(PREFIX, "StopAppBlockBuilder");

  /** {@code appstream:StopFleet}: Write; on fleet. */
  public static final Action STOP_FLEET = Action.of(PREFIX, "StopFleet");

  /** {@code appstream:StopImageBuilder}: Write; on image-builder. */
  public static final Action STOP_IMAGE_BUILDER = Action.of(PREFIX, "StopImageBuilder");

  /** {@code appstream:Stream}: Write; on stack. */
  public static final Action STREAM = Action.of(PREFIX, "Stream");

  /** {@code appstream:TagResource}: Tagging; on app-block, app-block-builder, application, fleet, image, image-builder, stack. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code appstream:UntagResource}: Tagging; on app-block, app-block-builder, application, fleet, image, image-builder, stack. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code appstream:UpdateAppBlockBuilder}: Write; on app-block-builder. */
  public static final Action UPDATE_APP_BLOCK_BUILDER = Action.of(PREFIX, "UpdateAppBlockBuilder");

  /** {@code appstream:UpdateApplication}: Write; on app-block, application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code appstream:UpdateDirectoryConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DIRECTORY_CONFIG = Action.of(PREFIX, "UpdateDirectoryConfig");

  /** {@code appstream:UpdateEntitlement}: Write; on stack. */
  public static final Action UPDATE_ENTITLEMENT = Action.of(PREFIX, "UpdateEntitlement");

  /** {@code appstream:UpdateFleet}: Write; on fleet, image. */
  public static final Action UPDATE_FLEET = Action.of(PREFIX, "UpdateFleet");

  /** {@code appstream:UpdateImagePermissions}: Write; on image. */
  public static final Action UPDATE_IMAGE_PERMISSIONS = Action.of(PREFIX, "UpdateImagePermissions");

  /** {@code appstream:UpdateStack}: Write; on stack. */
  public static final Action UPDATE_STACK = Action.of(PREFIX, "UpdateStack");

  /** {@code appstream:UpdateThemeForStack}: Write; on stack. */
  public static final Action UPDATE_THEME_FOR_STACK = Action.of(PREFIX, "UpdateThemeForStack");

  private Appstream() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
