// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Synthetics (prefix {@code synthetics}), as the service authorization reference lists them.
 */
public final class Synthetics {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "synthetics";

  /** {@code synthetics:AssociateResource}: Write; on group. */
  public static final Action ASSOCIATE_RESOURCE = Action.of(PREFIX, "AssociateResource");

  /** {@code synthetics:CreateCanary}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CANARY = Action.of(PREFIX, "CreateCanary");

  /** {@code synthetics:CreateGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code synthetics:DeleteCanary}: Write; on canary. */
  public static final Action DELETE_CANARY = Action.of(PREFIX, "DeleteCanary");

  /** {@code synthetics:DeleteGroup}: Write; on group. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code synthetics:DescribeCanaries}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CANARIES = Action.of(PREFIX, "DescribeCanaries");

  /** {@code synthetics:DescribeCanariesLastRun}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CANARIES_LAST_RUN = Action.of(PREFIX, "DescribeCanariesLastRun");

  /** {@code synthetics:DescribeRuntimeVersions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RUNTIME_VERSIONS = Action.of(PREFIX, "DescribeRuntimeVersions");

  /** {@code synthetics:DisassociateResource}: Write; on group. */
  public static final Action DISASSOCIATE_RESOURCE = Action.of(PREFIX, "DisassociateResource");

  /** {@code synthetics:GetCanary}: Read; on canary. */
  public static final Action GET_CANARY = Action.of(PREFIX, "GetCanary");

  /** {@code synthetics:GetCanaryRuns}: Read; on canary. */
  public static final Action GET_CANARY_RUNS = Action.of(PREFIX, "GetCanaryRuns");

  /** {@code synthetics:GetGroup}: Read; on group. */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code synthetics:ListAssociatedGroups}: List; on canary. */
  public static final Action LIST_ASSOCIATED_GROUPS = Action.of(PREFIX, "ListAssociatedGroups");

  /** {@code synthetics:ListGroupResources}: List; on group. */
  public static final Action LIST_GROUP_RESOURCES = Action.of(PREFIX, "ListGroupResources");

  /** {@code synthetics:ListGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code synthetics:ListTagsForResource}: Read; on canary, group. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code synthetics:StartCanary}: Write; on canary. */
  public static final Action START_CANARY = Action.of(PREFIX, "StartCanary");

  /** {@code synthetics:StartCanaryDryRun}: Write; on canary. */
  public static final Action START_CANARY_DRY_RUN = Action.of(PREFIX, "StartCanaryDryRun");

  /** {@code synthetics:StopCanary}: Write; on canary. */
  public static final Action STOP_CANARY = Action.of(PREFIX, "StopCanary");

  /** {@code synthetics:TagResource}: Tagging; on canary, group. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code synthetics:UntagResource}: Tagging; on canary, group. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code synthetics:UpdateCanary}: Write; on canary. */
  public static final Action UPDATE_CANARY = Action.of(PREFIX, "UpdateCanary");

  private Synthetics() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
