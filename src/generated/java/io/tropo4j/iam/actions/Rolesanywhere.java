// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Identity and Access Management Roles Anywhere (prefix {@code rolesanywhere}), as the service authorization reference lists them.
 */
public final class Rolesanywhere {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rolesanywhere";

  /** {@code rolesanywhere:CreateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code rolesanywhere:CreateTrustAnchor}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRUST_ANCHOR = Action.of(PREFIX, "CreateTrustAnchor");

  /** {@code rolesanywhere:DeleteAttributeMapping}: Write; on profile. */
  public static final Action DELETE_ATTRIBUTE_MAPPING = Action.of(PREFIX, "DeleteAttributeMapping");

  /** {@code rolesanywhere:DeleteCrl}: Write; on crl. */
  public static final Action DELETE_CRL = Action.of(PREFIX, "DeleteCrl");

  /** {@code rolesanywhere:DeleteProfile}: Write; on profile. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code rolesanywhere:DeleteTrustAnchor}: Write; on trust-anchor. */
  public static final Action DELETE_TRUST_ANCHOR = Action.of(PREFIX, "DeleteTrustAnchor");

  /** {@code rolesanywhere:DisableCrl}: Write; on crl. */
  public static final Action DISABLE_CRL = Action.of(PREFIX, "DisableCrl");

  /** {@code rolesanywhere:DisableProfile}: Write; on profile. */
  public static final Action DISABLE_PROFILE = Action.of(PREFIX, "DisableProfile");

  /** {@code rolesanywhere:DisableTrustAnchor}: Write; on trust-anchor. */
  public static final Action DISABLE_TRUST_ANCHOR = Action.of(PREFIX, "DisableTrustAnchor");

  /** {@code rolesanywhere:EnableCrl}: Write; on crl. */
  public static final Action ENABLE_CRL = Action.of(PREFIX, "EnableCrl");

  /** {@code rolesanywhere:EnableProfile}: Write; on profile. */
  public static final Action ENABLE_PROFILE = Action.of(PREFIX, "EnableProfile");

  /** {@code rolesanywhere:EnableTrustAnchor}: Write; on trust-anchor. */
  public static final Action ENABLE_TRUST_ANCHOR = Action.of(PREFIX, "EnableTrustAnchor");

  /** {@code rolesanywhere:GetCrl}: Read; on crl. */
  public static final Action GET_CRL = Action.of(PREFIX, "GetCrl");

  /** {@code rolesanywhere:GetProfile}: Read; on profile. */
  public static final Action GET_PROFILE = Action.of(PREFIX, "GetProfile");

  /** {@code rolesanywhere:GetSubject}: Read; on subject. */
  public static final Action GET_SUBJECT = Action.of(PREFIX, "GetSubject");

  /** {@code rolesanywhere:GetTrustAnchor}: Read; on trust-anchor. */
  public static final Action GET_TRUST_ANCHOR = Action.of(PREFIX, "GetTrustAnchor");

  /** {@code rolesanywhere:ImportCrl}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_CRL = Action.of(PREFIX, "ImportCrl");

  /** {@code rolesanywhere:ListCrls}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CRLS = Action.of(PREFIX, "ListCrls");

  /** {@code rolesanywhere:ListProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code rolesanywhere:ListSubjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBJECTS = Action.of(PREFIX, "ListSubjects");

  /** {@code rolesanywhere:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code rolesanywhere:ListTrustAnchors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRUST_ANCHORS = Action.of(PREFIX, "ListTrustAnchors");

  /** {@code rolesanywhere:PutAttributeMapping}: Write; on profile. */
  public static final Action PUT_ATTRIBUTE_MAPPING = Action.of(PREFIX, "PutAttributeMapping");

  /** {@code rolesanywhere:PutNotificationSettings}: Write; on trust-anchor. */
  public static final Action PUT_NOTIFICATION_SETTINGS = Action.of(PREFIX, "PutNotificationSettings");

  /** {@code rolesanywhere:ResetNotificationSettings}: Write; on trust-anchor. */
  public static final Action RESET_NOTIFICATION_SETTINGS = Action.of(PREFIX, "ResetNotificationSettings");

  /** {@code rolesanywhere:TagResource}: Tagging; on crl, profile, subject, trust-anchor. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code rolesanywhere:UntagResource}: Tagging; on crl, profile, subject, trust-anchor. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code rolesanywhere:UpdateCrl}: Write; on crl. */
  public static final Action UPDATE_CRL = Action.of(PREFIX, "UpdateCrl");

  /** {@code rolesanywhere:UpdateProfile}: Write; on profile. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  /** {@code rolesanywhere:UpdateTrustAnchor}: Write; on trust-anchor. */
  public static final Action UPDATE_TRUST_ANCHOR = Action.of(PREFIX, "UpdateTrustAnchor");

  private Rolesanywhere() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
