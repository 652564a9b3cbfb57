// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Route 53 Profiles (prefix {@code route53profiles}), as the service authorization reference lists them.
 */
public final class Route53profiles {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53profiles";

  /** {@code route53profiles:AssociateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PROFILE = Action.of(PREFIX, "AssociateProfile");

  /** {@code route53profiles:AssociateResourceToProfile}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_RESOURCE_TO_PROFILE = Action.of(PREFIX, "AssociateResourceToProfile");

  /** {@code route53profiles:CreateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code route53profiles:DeleteProfile}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code route53profiles:DisassociateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_PROFILE = Action.of(PREFIX, "DisassociateProfile");

  /** {@code route53profiles:DisassociateResourceFromProfile}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_RESOURCE_FROM_PROFILE = Action.of(PREFIX, "DisassociateResourceFromProfile");

  /** {@code route53profiles:GetProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROFILE = Action.of(PREFIX, "GetProfile");

  /** {@code route53profiles:GetProfileAssociation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROFILE_ASSOCIATION = Action.of(PREFIX, "GetProfileAssociation");

  /** {@code route53profiles:GetProfilePolicy}: Read; on profile. */
  public static final Action GET_PROFILE_POLICY = Action.of(PREFIX, "GetProfilePolicy");

  /** {@code route53profiles:GetProfileResourceAssociation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROFILE_RESOURCE_ASSOCIATION = Action.of(PREFIX, "GetProfileResourceAssociation");

  /** {@code route53profiles:ListProfileAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILE_ASSOCIATIONS = Action.of(PREFIX, "ListProfileAssociations");

  /** {@code route53profiles:ListProfileResourceAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILE_RESOURCE_ASSOCIATIONS = Action.of(PREFIX, "ListProfileResourceAssociations");

  /** {@code route53profiles:ListProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code route53profiles:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code route53profiles:PutProfilePolicy}: Write; on profile. */
  public static final Action PUT_PROFILE_POLICY = Action.of(PREFIX, "PutProfilePolicy");

  /** {@code route53profiles:TagResource}: Tagging; on profile, profile-association. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code route53profiles:UntagResource}: Tagging; on profile, profile-association. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code route53profiles:UpdateProfileResourceAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROFILE_RESOURCE_ASSOCIATION = Action.of(PREFIX, "UpdateProfileResourceAssociation");

  private Route53profiles() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
