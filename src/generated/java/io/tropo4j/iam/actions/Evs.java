// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic VMware Service (prefix {@code evs}), as the service authorization reference lists them.
 */
public final class Evs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "evs";

  /** {@code evs:AssociateEipToVlan}: Write; on environment. */
  public static final Action ASSOCIATE_EIP_TO_VLAN = Action.of(PREFIX, "AssociateEipToVlan");

  /** {@code evs:CreateEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code evs:CreateEnvironmentHost}: Write; on environment. */
  public static final Action CREATE_ENVIRONMENT_HOST = Action.of(PREFIX, "CreateEnvironmentHost");

  /** {@code evs:DeleteEnvironment}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code evs:DeleteEnvironmentHost}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT_HOST = Action.of(PREFIX, "DeleteEnvironmentHost");

  /** {@code evs:DisassociateEipFromVlan}: Write; on environment. */
  public static final Action DISASSOCIATE_EIP_FROM_VLAN = Action.of(PREFIX, "DisassociateEipFromVlan");

  /** {@code evs:GetEnvironment}: Read; on environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code evs:GetVersions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_VERSIONS = Action.of(PREFIX, "GetVersions");

  /** {@code evs:ListEnvironmentHosts}: List; on environment. */
  public static final Action LIST_ENVIRONMENT_HOSTS = Action.of(PREFIX, "ListEnvironmentHosts");

  /** {@code evs:ListEnvironmentVlans}: List; on environment. */
  public static final Action LIST_ENVIRONMENT_VLANS = Action.of(PREFIX, "ListEnvironmentVlans");

  /** {@code evs:ListEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code evs:ListTagsForResource}: Read; on environment. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code evs:TagResource}: Tagging; on environment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code evs:UntagResource}: Tagging; on environment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Evs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
