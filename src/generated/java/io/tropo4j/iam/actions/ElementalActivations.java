// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental Appliances and Software Activation Service (prefix {@code elemental-activations}), as the service authorization reference lists them.
 */
public final class ElementalActivations {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elemental-activations";

  /** {@code elemental-activations:CompleteAccountRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action COMPLETE_ACCOUNT_REGISTRATION = Action.of(PREFIX, "CompleteAccountRegistration");

  /** {@code elemental-activations:CompleteFileUpload}: Write; on no resource type (give {@code *}). */
  public static final Action COMPLETE_FILE_UPLOAD = Action.of(PREFIX, "CompleteFileUpload");

  /** {@code elemental-activations:ConfirmAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CONFIRM_ACCOUNT = Action.of(PREFIX, "ConfirmAccount");

  /** {@code elemental-activations:DownloadKickstart}: Read; on no resource type (give {@code *}). */
  public static final Action DOWNLOAD_KICKSTART = Action.of(PREFIX, "DownloadKickstart");

  /** {@code elemental-activations:DownloadSoftware}: Read; on no resource type (give {@code *}). */
  public static final Action DOWNLOAD_SOFTWARE = Action.of(PREFIX, "DownloadSoftware");

  /** {@code elemental-activations:GenerateLicense}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_LICENSE = Action.of(PREFIX, "GenerateLicense");

  /** {@code elemental-activations:GenerateLicenses}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_LICENSES = Action.of(PREFIX, "GenerateLicenses");

  /** {@code elemental-activations:GetArtifactGroupSoftwareVersions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ARTIFACT_GROUP_SOFTWARE_VERSIONS = Action.of(PREFIX, "GetArtifactGroupSoftwareVersions");

  /** {@code elemental-activations:GetAsset}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSET = Action.of(PREFIX, "GetAsset");

  /** {@code elemental-activations:GetAssets}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSETS = Action.of(PREFIX, "GetAssets");

  /** {@code elemental-activations:GetProductAdvisories}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PRODUCT_ADVISORIES = Action.of(PREFIX, "GetProductAdvisories");

  /** {@code elemental-activations:GetSoftwareVersions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SOFTWARE_VERSIONS = Action.of(PREFIX, "GetSoftwareVersions");

  /** {@code elemental-activations:StartFileUpload}: Write; on no resource type (give {@code *}). */
  public static final Action START_FILE_UPLOAD = Action.of(PREFIX, "StartFileUpload");

  private ElementalActivations() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
