// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Outposts (prefix {@code outposts}), as the service authorization reference lists them.
 */
public final class Outposts {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "outposts";

  /** {@code outposts:CancelCapacityTask}: Write; on outpost. */
  public static final Action CANCEL_CAPACITY_TASK = Action.of(PREFIX, "CancelCapacityTask");

  /** {@code outposts:CancelOrder}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_ORDER = Action.of(PREFIX, "CancelOrder");

  /** {@code outposts:CreateOrder}: Write; on outpost. */
  public static final Action CREATE_ORDER = Action.of(PREFIX, "CreateOrder");

  /** {@code outposts:CreateOutpost}: Write; on site. */
  public static final Action CREATE_OUTPOST = Action.of(PREFIX, "CreateOutpost");

  /** {@code outposts:CreatePrivateConnectivityConfig}: Write; on outpost. */
  public static final Action CREATE_PRIVATE_CONNECTIVITY_CONFIG = Action.of(PREFIX, "CreatePrivateConnectivityConfig");

  /** {@code outposts:CreateSite}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SITE = Action.of(PREFIX, "CreateSite");

  /** {@code outposts:DeleteOutpost}: Write; on outpost. */
  public static final Action DELETE_OUTPOST = Action.of(PREFIX, "DeleteOutpost");

  /** {@code outposts:DeleteSite}: Write; on site. */
  public static final Action DELETE_SITE = Action.of(PREFIX, "DeleteSite");

  /** {@code outposts:GetCapacityTask}: Read; on outpost. */
  public static final Action GET_CAPACITY_TASK = Action.of(PREFIX, "GetCapacityTask");

  /** {@code outposts:GetCatalogItem}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CATALOG_ITEM = Action.of(PREFIX, "GetCatalogItem");

  /** {@code outposts:GetConnection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code outposts:GetOrder}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ORDER = Action.of(PREFIX, "GetOrder");

  /** {@code outposts:GetOutpost}: Read; on outpost. */
  public static final Action GET_OUTPOST = Action.of(PREFIX, "GetOutpost");

  /** {@code outposts:GetOutpostBillingInformation}: Read; on outpost. */
  public static final Action GET_OUTPOST_BILLING_INFORMATION = Action.of(PREFIX, "GetOutpostBillingInformation");

  /** {@code outposts:GetOutpostInstanceTypes}: Read; on outpost. */
  public static final Action GET_OUTPOST_INSTANCE_TYPES = Action.of(PREFIX, "GetOutpostInstanceTypes");

  /** {@code outposts:GetOutpostSupportedInstanceTypes}: Read; on outpost. */
  public static final Action GET_OUTPOST_SUPPORTED_INSTANCE_TYPES = Action.of(PREFIX, "GetOutpostSupportedInstanceTypes");

  /** {@code outposts:GetPrivateConnectivityConfig}: Read; on outpost. */
  public static final Action GET_PRIVATE_CONNECTIVITY_CONFIG = Action.of(PREFIX, "GetPrivateConnectivityConfig");

  /** {@code outposts:GetSite}: Read; on site. */
  public static final Action GET_SITE = Action.of(PREFIX, "GetSite");

  /** {@code outposts:GetSiteAddress}: Read; on site. */
  public static final Action GET_SITE_ADDRESS = Action.of(PREFIX, "GetSiteAddress");

  /** {@code outposts:ListAssetInstances}: List; on outpost. */
  public static final Action LIST_ASSET_INSTANCES = Action.of(PREFIX, "ListAssetInstances");

  /** {@code outposts:ListAssets}: List; on outpost. */
  public static final Action LIST_ASSETS = Action.of(PREFIX, "ListAssets");

  /** {@code outposts:ListBlockingInstancesForCapacityTask}: List; on outpost. */
  public static final Action LIST_BLOCKING_INSTANCES_FOR_CAPACITY_TASK = Action.of(PREFIX, "ListBlockingInstancesForCapacityTask");

  /** {@code outposts:ListCapacityTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CAPACITY_TASKS = Action.of(PREFIX, "ListCapacityTasks");

  /** {@code outposts:ListCatalogItems}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CATALOG_ITEMS = Action.of(PREFIX, "ListCatalogItems");

  /** {@code outposts:ListOrders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORDERS = Action.of(PREFIX, "ListOrders");

  /** {@code outposts:ListOutposts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OUTPOSTS = Action.of(PREFIX, "ListOutposts");

  /** {@code outposts:ListSites}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SITES = Action.of(PREFIX, "ListSites");

  /** {@code outposts:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code outposts:StartCapacityTask}: Write; on outpost. */
  public static final Action START_CAPACITY_TASK = Action.of(PREFIX, "StartCapacityTask");

  /** {@code outposts:StartConnection}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONNECTION = Action.of(PREFIX, "StartConnection");

  /** {@code outposts:TagResource}: Tagging; on outpost, site. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code outposts:UntagResource}: Tagging; on outpost, site. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code outposts:UpdateOutpost}: Write; on outpost. */
  public static final Action UPDATE_OUTPOST = Action.of(PREFIX, "UpdateOutpost");

  /** {@code outposts:UpdateSite}: Write; on site. */
  public static final Action UPDATE_SITE = Action.of(PREFIX, "UpdateSite");

  /** {@code outposts:UpdateSiteAddress}: Write; on site. */
  public static final Action UPDATE_SITE_ADDRESS = Action.of(PREFIX, "UpdateSiteAddress");

  /** {@code outposts:UpdateSiteRackPhysicalProperties}: Write; on site. */
  public static final Action UPDATE_SITE_RACK_PHYSICAL_PROPERTIES = Action.of(PREFIX, "UpdateSiteRackPhysicalProperties");

  private Outposts() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
