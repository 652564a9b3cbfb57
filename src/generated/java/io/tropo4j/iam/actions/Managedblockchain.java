// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Managed Blockchain (prefix {@code managedblockchain}), as the service authorization reference lists them.
 */
public final class Managedblockchain {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "managedblockchain";

  /** {@code managedblockchain:CreateAccessor}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCESSOR = Action.of(PREFIX, "CreateAccessor");

  /** {@code managedblockchain:CreateMember}: Write; on network. */
  public static final Action CREATE_MEMBER = Action.of(PREFIX, "CreateMember");

  /** {@code managedblockchain:CreateNetwork}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NETWORK = Action.of(PREFIX, "CreateNetwork");

  /** {@code managedblockchain:CreateNode}: Write; on member, network. */
  public static final Action CREATE_NODE = Action.of(PREFIX, "CreateNode");

  /** {@code managedblockchain:CreateProposal}: Write; on network. */
  public static final Action CREATE_PROPOSAL = Action.of(PREFIX, "CreateProposal");

  /** {@code managedblockchain:DeleteAccessor}: Write; on accessor. */
  public static final Action DELETE_ACCESSOR = Action.of(PREFIX, "DeleteAccessor");

  /** {@code managedblockchain:DeleteMember}: Write; on member. */
  public static final Action DELETE_MEMBER = Action.of(PREFIX, "DeleteMember");

  /** {@code managedblockchain:DeleteNode}: Write; on node. */
  public static final Action DELETE_NODE = Action.of(PREFIX, "DeleteNode");

  /** {@code managedblockchain:GET}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET = Action.of(PREFIX, "GET");

  /** {@code managedblockchain:GetAccessor}: Read; on accessor. */
  public static final Action GET_ACCESSOR = Action.of(PREFIX, "GetAccessor");

  /** {@code managedblockchain:GetMember}: Read; on member. */
  public static final Action GET_MEMBER = Action.of(PREFIX, "GetMember");

  /** {@code managedblockchain:GetNetwork}: Read; on network. */
  public static final Action GET_NETWORK = Action.of(PREFIX, "GetNetwork");

  /** {@code managedblockchain:GetNode}: Read; on node. */
  public static final Action GET_NODE = Action.of(PREFIX, "GetNode");

  /** {@code managedblockchain:GetProposal}: Read; on proposal. */
  public static final Action GET_PROPOSAL = Action.of(PREFIX, "GetProposal");

  /** {@code managedblockchain:Invoke}: Permissions management; on no resource type (give {@code *}). */
  public static final Action INVOKE = Action.of(PREFIX, "Invoke");

  /** {@code managedblockchain:InvokeRpcBitcoinMainnet}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_RPC_BITCOIN_MAINNET = Action.of(PREFIX, "InvokeRpcBitcoinMainnet");

  /** {@code managedblockchain:InvokeRpcBitcoinTestnet}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_RPC_BITCOIN_TESTNET = Action.of(PREFIX, "InvokeRpcBitcoinTestnet");

  /** {@code managedblockchain:InvokeRpcPolygonMainnet}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_RPC_POLYGON_MAINNET = Action.of(PREFIX, "InvokeRpcPolygonMainnet");

  /** {@code managedblockchain:InvokeRpcPolygonMumbaiTestnet}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_RPC_POLYGON_MUMBAI_TESTNET = Action.of(PREFIX, "InvokeRpcPolygonMumbaiTestnet");

  /** {@code managedblockchain:ListAccessors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESSORS = Action.of(PREFIX, "ListAccessors");

  /** {@code managedblockchain:ListInvitations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVITATIONS = Action.of(PREFIX, "ListInvitations");

  /** {@code managedblockchain:ListMembers}: List; on network. */
  public static final Action LIST_MEMBERS = Action.of(PREFIX, "ListMembers");

  /** {@code managedblockchain:ListNetworks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NETWORKS = Action.of(PREFIX, "ListNetworks");

  /** {@code managedblockchain:ListNodes}: List; on member, network. */
  public static final Action LIST_NODES = Action.of(PREFIX, "ListNodes");

  /** {@code managedblockchain:ListProposalVotes}: Read; on proposal. */
  public static final Action LIST_PROPOSAL_VOTES = Action.of(PREFIX, "ListProposalVotes");

  /** {@code managedblockchain:ListProposals}: List; on network. */
  public static final Action LIST_PROPOSALS = Action.of(PREFIX, "ListProposals");

  /** {@code managedblockchain:ListTagsForResource}: Read; on accessor, invitation, member, network, node, proposal. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code managedblockchain:POST}: Permissions management; on no resource type (give {@code *}). */
  public static final Action POST = Action.of(PREFIX, "POST");

  /** {@code managedblockchain:RejectInvitation}: Write; on invitation. */
  public static final Action REJECT_INVITATION = Action.of(PREFIX, "RejectInvitation");

  /** {@code managedblockchain:TagResource}: Tagging; on accessor, invitation, member, network, node, proposal. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code managedblockchain:UntagResource}: Tagging; on accessor, invitation, member, network, node, proposal. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code managedblockchain:UpdateMember}: Write; on member. */
  public static final Action UPDATE_MEMBER = Action.of(PREFIX, "UpdateMember");

  /** {@code managedblockchain:UpdateNode}: Write; on node. */
  public static final Action UPDATE_NODE = Action.of(PREFIX, "UpdateNode");

  /** {@code managedblockchain:VoteOnProposal}: Write; on proposal. */
  public static final Action VOTE_ON_PROPOSAL = Action.of(PREFIX, "VoteOnProposal");

  private Managedblockchain() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
