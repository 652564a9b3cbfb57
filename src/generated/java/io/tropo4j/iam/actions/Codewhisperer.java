// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CodeWhisperer (prefix {@code codewhisperer}), as the service authorization reference lists them.
 */
public final class Codewhisperer {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codewhisperer";

  /** {@code codewhisperer:AllowVendedLogDeliveryForResource}: Permissions management; on customization. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code codewhisperer:AssociateCustomizationPermission}: Write; on customization. */
  public static final Action ASSOCIATE_CUSTOMIZATION_PERMISSION = Action.of(PREFIX, "AssociateCustomizationPermission");

  /** {@code codewhisperer:CreateCustomization}: Write; on customization. */
  public static final Action CREATE_CUSTOMIZATION = Action.of(PREFIX, "CreateCustomization");

  /** {@code codewhisperer:CreateProfile}: Write; on profile. */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code codewhisperer:DeleteCustomization}: Write; on customization. */
  public static final Action DELETE_CUSTOMIZATION = Action.of(PREFIX, "DeleteCustomization");

  /** {@code codewhisperer:DeleteProfile}: Write; on profile. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code codewhisperer:DisassociateCustomizationPermission}: Write; on customization. */
  public static final Action DISASSOCIATE_CUSTOMIZATION_PERMISSION = Action.of(PREFIX, "DisassociateCustomizationPermission");

  /** {@code codewhisperer:GenerateRecommendations}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_RECOMMENDATIONS = Action.of(PREFIX, "GenerateRecommendations");

  /** {@code codewhisperer:GetCustomization}: Read; on customization. */
  public static final Action GET_CUSTOMIZATION = Action.of(PREFIX, "GetCustomization");

  /** {@code codewhisperer:ListCustomizationPermissions}: List; on customization. */
  public static final Action LIST_CUSTOMIZATION_PERMISSIONS = Action.of(PREFIX, "ListCustomizationPermissions");

  /** {@code codewhisperer:ListCustomizationVersions}: List; on customization. */
  public static final Action LIST_CUSTOMIZATION_VERSIONS = Action.of(PREFIX, "ListCustomizationVersions");

  /** {@code codewhisperer:ListCustomizations}: List; on customization. */
  public static final Action LIST_CUSTOMIZATIONS = Action.of(PREFIX, "ListCustomizations");

  /** {@code codewhisperer:ListProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code codewhisperer:ListTagsForResource}: List; on customization, profile. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codewhisperer:TagResource}: Tagging; on customization, profile. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codewhisperer:UntagResource}: Tagging; on customization, profile. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codewhisperer:UpdateCustomization}: Write; on customization. */
  public static final Action UPDATE_CUSTOMIZATION = Action.of(PREFIX, "UpdateCustomization");

  /** {@code codewhisperer:UpdateProfile}: Write; on profile. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  private Codewhisperer() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
