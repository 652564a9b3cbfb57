// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS service providing managed private networks (prefix {@code private-networks}), as the service authorization reference lists them.
 */
public final class PrivateNetworks {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "private-networks";

  /** {@code private-networks:AcknowledgeOrderReceipt}: Write; on order. */
  public static final Action ACKNOWLEDGE_ORDER_RECEIPT = Action.of(PREFIX, "AcknowledgeOrderReceipt");

  /** {@code private-networks:ActivateDeviceIdentifier}: Write; on device-identifier. */
  public static final Action ACTIVATE_DEVICE_IDENTIFIER = Action.of(PREFIX, "ActivateDeviceIdentifier");

  /** {@code private-networks:ActivateNetworkSite}: Write; on network-site, order. */
  public static final Action ACTIVATE_NETWORK_SITE = Action.of(PREFIX, "ActivateNetworkSite");

  /** {@code private-networks:ConfigureAccessPoint}: Write; on network-resource. */
  public static final Action CONFIGURE_ACCESS_POINT = Action.of(PREFIX, "ConfigureAccessPoint");

  /** {@code private-networks:CreateNetwork}: Write; on network. */
  public static final Action CREATE_NETWORK = Action.of(PREFIX, "CreateNetwork");

  /** {@code private-networks:CreateNetworkSite}: Write; on network. */
  public static final Action CREATE_NETWORK_SITE = Action.of(PREFIX, "CreateNetworkSite");

  /** {@code private-networks:DeactivateDeviceIdentifier}: Write; on device-identifier. */
  public static final Action DEACTIVATE_DEVICE_IDENTIFIER = Action.of(PREFIX, "DeactivateDeviceIdentifier");

  /** {@code private-networks:DeleteNetwork}: Write; on network. */
  public static final Action DELETE_NETWORK = Action.of(PREFIX, "DeleteNetwork");

  /** {@code private-networks:DeleteNetworkSite}: Write; on network-site. */
  public static final Action DELETE_NETWORK_SITE = Action.of(PREFIX, "DeleteNetworkSite");

  /** {@code private-networks:GetDeviceIdentifier}: Read; on device-identifier. */
  public static final Action GET_DEVICE_IDENTIFIER = Action.of(PREFIX, "GetDeviceIdentifier");

  /** {@code private-networks:GetNetwork}: Read; on network. */
  public static final Action GET_NETWORK = Action.of(PREFIX, "GetNetwork");

  /** {@code private-networks:GetNetworkResource}: Read; on network-resource. */
  public static final Action GET_NETWORK_RESOURCE = Action.of(PREFIX, "GetNetworkResource");

  /** {@code private-networks:GetNetworkSite}: Read; on network-site. */
  public static final Action GET_NETWORK_SITE = Action.of(PREFIX, "GetNetworkSite");

  /** {@code private-networks:GetOrder}: Read; on order. */
  public static final Action GET_ORDER = Action.of(PREFIX, "GetOrder");

  /** {@code private-networks:ListDeviceIdentifiers}: List; on network. */
  public static final Action LIST_DEVICE_IDENTIFIERS = Action.of(PREFIX, "ListDeviceIdentifiers");

  /** {@code private-networks:ListNetworkResources}: List; on network. */
  public static final Action LIST_NETWORK_RESOURCES = Action.of(PREFIX, "ListNetworkResources");

  /** {@code private-networks:ListNetworkSites}: List; on network. */
  public static final Action LIST_NETWORK_SITES = Action.of(PREFIX, "ListNetworkSites");

  /** {@code private-networks:ListNetworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NETWORKS = Action.of(PREFIX, "ListNetworks");

  /** {@code private-networks:ListOrders}: List; on network. */
  public static final Action LIST_ORDERS = Action.of(PREFIX, "ListOrders");

  /** {@code private-networks:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code private-networks:Ping}: Read; on no resource type (give {@code *}). */
  public static final Action PING = Action.of(PREFIX, "Ping");

  /** {@code private-networks:StartNetworkResourceUpdate}: Write; on network-resource. */
  public static final Action START_NETWORK_RESOURCE_UPDATE = Action.of(PREFIX, "StartNetworkResourceUpdate");

  /** {@code private-networks:TagResource}: Tagging; on device-identifier, network, network-resource, network-site, order. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code private-networks:UntagResource}: Tagging; on device-identifier, network, network-resource, network-site, order. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code private-networks:UpdateNetworkSite}: Write; on network-site. */
  public static final Action UPDATE_NETWORK_SITE = Action.of(PREFIX, "UpdateNetworkSite");

  /** {@code private-networks:UpdateNetworkSitePlan}: Write; on network-site. */
  public static final Action UPDATE_NETWORK_SITE_PLAN = Action.of(PREFIX, "UpdateNetworkSitePlan");

  private PrivateNetworks() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
