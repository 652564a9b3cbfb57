// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Signer (prefix {@code signer}), as the service authorization reference lists them.
 */
public final class Signer {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "signer";

  /** {@code signer:AddProfilePermission}: Permissions management; on signing-profile. */
  public static final Action ADD_PROFILE_PERMISSION = Action.of(PREFIX, "AddProfilePermission");

  /** {@code signer:CancelSigningProfile}: Write; on signing-profile. */
  public static final Action CANCEL_SIGNING_PROFILE = Action.of(PREFIX, "CancelSigningProfile");

  /** {@code signer:DescribeSigningJob}: Read; on signing-job. */
  public static final Action DESCRIBE_SIGNING_JOB = Action.of(PREFIX, "DescribeSigningJob");

  /** {@code signer:GetRevocationStatus}: Read; on signing-job, signing-profile. */
  public static final Action GET_REVOCATION_STATUS = Action.of(PREFIX, "GetRevocationStatus");

  /** {@code signer:GetSigningPlatform}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SIGNING_PLATFORM = Action.of(PREFIX, "GetSigningPlatform");

  /** {@code signer:GetSigningProfile}: Read; on signing-profile. */
  public static final Action GET_SIGNING_PROFILE = Action.of(PREFIX, "GetSigningProfile");

  /** {@code signer:ListProfilePermissions}: Read; on signing-profile. */
  public static final Action LIST_PROFILE_PERMISSIONS = Action.of(PREFIX, "ListProfilePermissions");

  /** {@code signer:ListSigningJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIGNING_JOBS = Action.of(PREFIX, "ListSigningJobs");

  /** {@code signer:ListSigningPlatforms}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIGNING_PLATFORMS = Action.of(PREFIX, "ListSigningPlatforms");

  /** {@code signer:ListSigningProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIGNING_PROFILES = Action.of(PREFIX, "ListSigningProfiles");

  /** {@code signer:ListTagsForResource}: Read; on signing-profile. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code signer:PutSigningProfile}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SIGNING_PROFILE = Action.of(PREFIX, "PutSigningProfile");

  /** {@code signer:RemoveProfilePermission}: Permissions management; on signing-profile. */
  public static final Action REMOVE_PROFILE_PERMISSION = Action.of(PREFIX, "RemoveProfilePermission");

  /** {@code signer:RevokeSignature}: Write; on signing-job. */
  public static final Action REVOKE_SIGNATURE = Action.of(PREFIX, "RevokeSignature");

  /** {@code signer:RevokeSigningProfile}: Write; on signing-profile. */
  public static final Action REVOKE_SIGNING_PROFILE = Action.of(PREFIX, "RevokeSigningProfile");

  /** {@code signer:SignPayload}: Write; on signing-profile. */
  public static final Action SIGN_PAYLOAD = Action.of(PREFIX, "SignPayload");

  /** {@code signer:StartSigningJob}: Write; on signing-profile. */
  public static final Action START_SIGNING_JOB = Action.of(PREFIX, "StartSigningJob");

  /** {@code signer:TagResource}: Tagging; on signing-profile. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code signer:UntagResource}: Tagging; on signing-profile. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Signer() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
