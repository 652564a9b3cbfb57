// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS RTB Fabric (prefix {@code rtbfabric}), as the service authorization reference lists them.
 */
public final class Rtbfabric {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rtbfabric";

  /** {@code rtbfabric:AcceptLink}: Write; on Link. */
  public static final Action ACCEPT_LINK = Action.of(PREFIX, "AcceptLink");

  /** {@code rtbfabric:CreateInboundExternalLink}: Write; on ResponderGateway. */
  public static final Action CREATE_INBOUND_EXTERNAL_LINK = Action.of(PREFIX, "CreateInboundExternalLink");

  /** {@code rtbfabric:CreateLink}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LINK = Action.of(PREFIX, "CreateLink");

  /** {@code rtbfabric:CreateOutboundExternalLink}: Write; on RequesterGateway. */
  public static final Action CREATE_OUTBOUND_EXTERNAL_LINK = Action.of(PREFIX, "CreateOutboundExternalLink");

  /** {@code rtbfabric:CreateRequesterGateway}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REQUESTER_GATEWAY = Action.of(PREFIX, "CreateRequesterGateway");

  /** {@code rtbfabric:CreateResponderGateway}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESPONDER_GATEWAY = Action.of(PREFIX, "CreateResponderGateway");

  /** {@code rtbfabric:DeleteInboundExternalLink}: Write; on InboundExternalLink, ResponderGateway. */
  public static final Action DELETE_INBOUND_EXTERNAL_LINK = Action.of(PREFIX, "DeleteInboundExternalLink");

  /** {@code rtbfabric:DeleteLink}: Write; on Link. */
  public static final Action DELETE_LINK = Action.of(PREFIX, "DeleteLink");

  /** {@code rtbfabric:DeleteOutboundExternalLink}: Write; on OutboundExternalLink, RequesterGateway. */
  public static final Action DELETE_OUTBOUND_EXTERNAL_LINK = Action.of(PREFIX, "DeleteOutboundExternalLink");

  /** {@code rtbfabric:DeleteRequesterGateway}: Write; on RequesterGateway. */
  public static final Action DELETE_REQUESTER_GATEWAY = Action.of(PREFIX, "DeleteRequesterGateway");

  /** {@code rtbfabric:DeleteResponderGateway}: Write; on ResponderGateway. */
  public static final Action DELETE_RESPONDER_GATEWAY = Action.of(PREFIX, "DeleteResponderGateway");

  /** {@code rtbfabric:GetInboundExternalLink}: Read; on InboundExternalLink, ResponderGateway. */
  public static final Action GET_INBOUND_EXTERNAL_LINK = Action.of(PREFIX, "GetInboundExternalLink");

  /** {@code rtbfabric:GetLink}: Read; on Link. */
  public static final Action GET_LINK = Action.of(PREFIX, "GetLink");

  /** {@code rtbfabric:GetOutboundExternalLink}: Read; on OutboundExternalLink, RequesterGateway. */
  public static final Action GET_OUTBOUND_EXTERNAL_LINK = Action.of(PREFIX, "GetOutboundExternalLink");

  /** {@code rtbfabric:GetRequesterGateway}: Read; on RequesterGateway. */
  public static final Action GET_REQUESTER_GATEWAY = Action.of(PREFIX, "GetRequesterGateway");

  /** {@code rtbfabric:GetResponderGateway}: Read; on ResponderGateway. */
  public static final Action GET_RESPONDER_GATEWAY = Action.of(PREFIX, "GetResponderGateway");

  /** {@code rtbfabric:ListLinks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LINKS = Action.of(PREFIX, "ListLinks");

  /** {@code rtbfabric:ListRequesterGateways}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REQUESTER_GATEWAYS = Action.of(PREFIX, "ListRequesterGateways");

  /** {@code rtbfabric:ListResponderGateways}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESPONDER_GATEWAYS = Action.of(PREFIX, "ListResponderGateways");

  /** {@code rtbfabric:ListTagsForResource}: Read; on InboundExternalLink, Link, OutboundExternalLink, RequesterGateway, ResponderGateway. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code rtbfabric:RejectLink}: Write; on Link. */
  public static final Action REJECT_LINK = Action.of(PREFIX, "RejectLink");

  /** {@code rtbfabric:TagResource}: Tagging; on InboundExternalLink, Link, OutboundExternalLink, RequesterGateway, ResponderGateway. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code rtbfabric:UntagResource}: Tagging; on InboundExternalLink, Link, OutboundExternalLink, RequesterGateway, ResponderGateway. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code rtbfabric:UpdateLink}: Write; on Link. */
  public static final Action UPDATE_LINK = Action.of(PREFIX, "UpdateLink");

  /** {@code rtbfabric:UpdateLinkModuleFlow}: Write; on Link. */
  public static final Action UPDATE_LINK_MODULE_FLOW = Action.of(PREFIX, "UpdateLinkModuleFlow");

  /** {@code rtbfabric:UpdateRequesterGateway}: Write; on RequesterGateway. */
  public static final Action UPDATE_REQUESTER_GATEWAY = Action.of(PREFIX, "UpdateRequesterGateway");

  /** {@code rtbfabric:UpdateResponderGateway}: Write; on ResponderGateway. */
  public static final Action UPDATE_RESPONDER_GATEWAY = Action.of(PREFIX, "UpdateResponderGateway");

  private Rtbfabric() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
