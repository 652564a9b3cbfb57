// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS B2B Data Interchange (prefix {@code b2bi}), as the service authorization reference lists them.
 */
public final class B2bi {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "b2bi";

  /** {@code b2bi:CreateCapability}: Write; on transformer. */
  public static final Action CREATE_CAPABILITY = Action.of(PREFIX, "CreateCapability");

  /** {@code b2bi:CreatePartnership}: Write; on capability, profile. */
  public static final Action CREATE_PARTNERSHIP = Action.of(PREFIX, "CreatePartnership");

  /** {@code b2bi:CreateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code b2bi:CreateStarterMappingTemplate}: Write; on transformer. */
  public static final Action CREATE_STARTER_MAPPING_TEMPLATE = Action.of(PREFIX, "CreateStarterMappingTemplate");

  /** {@code b2bi:CreateTransformer}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRANSFORMER = Action.of(PREFIX, "CreateTransformer");

  /** {@code b2bi:DeleteCapability}: Write; on capability. */
  public static final Action DELETE_CAPABILITY = Action.of(PREFIX, "DeleteCapability");

  /** {@code b2bi:DeletePartnership}: Write; on partnership. */
  public static final Action DELETE_PARTNERSHIP = Action.of(PREFIX, "DeletePartnership");

  /** {@code b2bi:DeleteProfile}: Write; on profile. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code b2bi:DeleteTransformer}: Write; on transformer. */
  public static final Action DELETE_TRANSFORMER = Action.of(PREFIX, "DeleteTransformer");

  /** {@code b2bi:GenerateMapping}: Write; on transformer. */
  public static final Action GENERATE_MAPPING = Action.of(PREFIX, "GenerateMapping");

  /** {@code b2bi:GetCapability}: Read; on capability. */
  public static final Action GET_CAPABILITY = Action.of(PREFIX, "GetCapability");

  /** {@code b2bi:GetPartnership}: Read; on partnership. */
  public static final Action GET_PARTNERSHIP = Action.of(PREFIX, "GetPartnership");

  /** {@code b2bi:GetProfile}: Read; on profile. */
  public static final Action GET_PROFILE = Action.of(PREFIX, "GetProfile");

  /** {@code b2bi:GetTransformer}: Read; on transformer. */
  public static final Action GET_TRANSFORMER = Action.of(PREFIX, "GetTransformer");

  /** {@code b2bi:GetTransformerJob}: Read; on transformer. */
  public static final Action GET_TRANSFORMER_JOB = Action.of(PREFIX, "GetTransformerJob");

  /** {@code b2bi:ListCapabilities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CAPABILITIES = Action.of(PREFIX, "ListCapabilities");

  /** {@code b2bi:ListPartnerships}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PARTNERSHIPS = Action.of(PREFIX, "ListPartnerships");

  /** {@code b2bi:ListProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILES = Action.of(PREFIX, "ListProfiles");

  /** {@code b2bi:ListTagsForResource}: Read; on capability, partnership, profile, transformer. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code b2bi:ListTransformers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRANSFORMERS = Action.of(PREFIX, "ListTransformers");

  /** {@code b2bi:StartTransformerJob}: Write; on transformer. */
  public static final Action START_TRANSFORMER_JOB = Action.of(PREFIX, "StartTransformerJob");

  /** {@code b2bi:TagResource}: Tagging; on capability, partnership, profile, transformer. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code b2bi:TestConversion}: Write; on transformer. */
  public static final Action TEST_CONVERSION = Action.of(PREFIX, "TestConversion");

  /** {@code b2bi:TestMapping}: Write; on transformer. */
  public static final Action TEST_MAPPING = Action.of(PREFIX, "TestMapping");

  /** {@code b2bi:TestParsing}: Write; on transformer. */
  public static final Action TEST_PARSING = Action.of(PREFIX, "TestParsing");

  /** {@code b2bi:UntagResource}: Tagging; on capability, partnership, profile, transformer. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code b2bi:UpdateCapability}: Write; on capability, transformer. */
  public static final Action UPDATE_CAPABILITY = Action.of(PREFIX, "UpdateCapability");

  /** {@code b2bi:UpdatePartnership}: Write; on capability, partnership. */
  public static final Action UPDATE_PARTNERSHIP = Action.of(PREFIX, "UpdatePartnership");

  /** {@code b2bi:UpdateProfile}: Write; on profile. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  /** {@code b2bi:UpdateTransformer}: Write; on transformer. */
  public static final Action UPDATE_TRANSFORMER = Action.of(PREFIX, "UpdateTransformer");

  private B2bi() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
