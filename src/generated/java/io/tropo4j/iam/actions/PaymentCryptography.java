// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Payment Cryptography (prefix {@code payment-cryptography}), as the service authorization reference lists them.
 */
public final class PaymentCryptography {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "payment-cryptography";

  /** {@code payment-cryptography:AddKeyReplicationRegions}: Write; on alias, key. */
  public static final Action ADD_KEY_REPLICATION_REGIONS = Action.of(PREFIX, "AddKeyReplicationRegions");

  /** {@code payment-cryptography:CreateAlias}: Write; on alias, key. */
  public static final Action CREATE_ALIAS = Action.of(PREFIX, "CreateAlias");

  /** {@code payment-cryptography:CreateKey}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KEY = Action.of(PREFIX, "CreateKey");

  /** {@code payment-cryptography:DecryptData}: Write; on alias, key. */
  public static final Action DECRYPT_DATA = Action.of(PREFIX, "DecryptData");

  /** {@code payment-cryptography:DeleteAlias}: Write; on alias. */
  public static final Action DELETE_ALIAS = Action.of(PREFIX, "DeleteAlias");

  /** {@code payment-cryptography:DeleteKey}: Write; on key. */
  public static final Action DELETE_KEY = Action.of(PREFIX, "DeleteKey");

  /** {@code payment-cryptography:DisableDefaultKeyReplicationRegions}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_DEFAULT_KEY_REPLICATION_REGIONS = Action.of(PREFIX, "DisableDefaultKeyReplicationRegions");

  /** {@code payment-cryptography:EnableDefaultKeyReplicationRegions}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_DEFAULT_KEY_REPLICATION_REGIONS = Action.of(PREFIX, "EnableDefaultKeyReplicationRegions");

  /** {@code payment-cryptography:EncryptData}: Write; on alias, key. */
  public static final Action ENCRYPT_DATA = Action.of(PREFIX, "EncryptData");

  /** {@code payment-cryptography:ExportKey}: Write; on key. */
  public static final Action EXPORT_KEY = Action.of(PREFIX, "ExportKey");

  /** {@code payment-cryptography:GenerateAs2805KekValidation}: Write; on alias, key. */
  public static final Action GENERATE_AS2805_KEK_VALIDATION = Action.of(PREFIX, "GenerateAs2805KekValidation");

  /** {@code payment-cryptography:GenerateCardValidationData}: Write; on alias, key. */
  public static final Action GENERATE_CARD_VALIDATION_DATA = Action.of(PREFIX, "GenerateCardValidationData");

  /** {@code payment-cryptography:GenerateMac}: Write; on alias, key. */
  public static final Action GENERATE_MAC = Action.of(PREFIX, "GenerateMac");

  /** {@code payment-cryptography:GenerateMacEmvPinChange}: Write; on alias, key. */
  public static final Action GENERATE_MAC_EMV_PIN_CHANGE = Action.of(PREFIX, "GenerateMacEmvPinChange");

  /** {@code payment-cryptography:GeneratePinData}: Write; on alias, key. */
  public static final Action GENERATE_PIN_DATA = Action.of(PREFIX, "GeneratePinData");

  /** {@code payment-cryptography:GetAlias}: Read; on alias, key. */
  public static final Action GET_ALIAS = Action.of(PREFIX, "GetAlias");

  /** {@code payment-cryptography:GetCertificateSigningRequest}: Read; on alias, key. */
  public static final Action GET_CERTIFICATE_SIGNING_REQUEST = Action.of(PREFIX, "GetCertificateSigningRequest");

  /** {@code payment-cryptography:GetDefaultKeyReplicationRegions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEFAULT_KEY_REPLICATION_REGIONS = Action.of(PREFIX, "GetDefaultKeyReplicationRegions");

  /** {@code payment-cryptography:GetKey}: Read; on key. */
  public static final Action GET_KEY = Action.of(PREFIX, "GetKey");

  /** {@code payment-cryptography:GetParametersForExport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PARAMETERS_FOR_EXPORT = Action.of(PREFIX, "GetParametersForExport");

  /** {@code payment-cryptography:GetParametersForImport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PARAMETERS_FOR_IMPORT = Action.of(PREFIX, "GetParametersForImport");

  /** {@code payment-cryptography:GetPublicKeyCertificate}: Read; on key. */
  public static final Action GET_PUBLIC_KEY_CERTIFICATE = Action.of(PREFIX, "GetPublicKeyCertificate");

  /** {@code payment-cryptography:ImportKey}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_KEY = Action.of(PREFIX, "ImportKey");

  /** {@code payment-cryptography:ListAliases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALIASES = Action.of(PREFIX, "ListAliases");

  /** {@code payment-cryptography:ListKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KEYS = Action.of(PREFIX, "ListKeys");

  /** {@code payment-cryptography:ListTagsForResource}: Read; on key. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code payment-cryptography:ReEncryptData}: Write; on alias, key. */
  public static final Action RE_ENCRYPT_DATA = Action.of(PREFIX, "ReEncryptData");

  /** {@code payment-cryptography:RemoveKeyReplicationRegions}: Write; on alias, key. */
  public static final Action REMOVE_KEY_REPLICATION_REGIONS = Action.of(PREFIX, "RemoveKeyReplicationRegions");

  /** {@code payment-cryptography:RestoreKey}: Write; on key. */
  public static final Action RESTORE_KEY = Action.of(PREFIX, "RestoreKey");

  /** {@code payment-cryptography:StartKeyUsage}: Write; on key. */
  public static final Action START_KEY_USAGE = Action.of(PREFIX, "StartKeyUsage");

  /** {@code payment-cryptography:StopKeyUsage}: Write; on key. */
  public static final Action STOP_KEY_USAGE = Action.of(PREFIX, "StopKeyUsage");

  /** {@code payment-cryptography:TagResource}: Tagging; on key. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code payment-cryptography:TranslateKeyMaterial}: Write; on alias, key. */
  public static final Action TRANSLATE_KEY_MATERIAL = Action.of(PREFIX, "TranslateKeyMaterial");

  /** {@code payment-cryptography:TranslatePinData}: Write; on alias, key. */
  public static final Action TRANSLATE_PIN_DATA = Action.of(PREFIX, "TranslatePinData");

  /** {@code payment-cryptography:UntagResource}: Tagging; on key. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code payment-cryptography:UpdateAlias}: Write; on alias, key. */
  public static final Action UPDATE_ALIAS = Action.of(PREFIX, "UpdateAlias");

  /** {@code payment-cryptography:VerifyAuthRequestCryptogram}: Write; on alias, key. */
  public static final Action VERIFY_AUTH_REQUEST_CRYPTOGRAM = Action.of(PREFIX, "VerifyAuthRequestCryptogram");

  /** {@code payment-cryptography:VerifyCardValidationData}: Write; on alias, key. */
  public static final Action VERIFY_CARD_VALIDATION_DATA = Action.of(PREFIX, "VerifyCardValidationData");

  /** {@code payment-cryptography:VerifyMac}: Write; on alias, key. */
  public static final Action VERIFY_MAC = Action.of(PREFIX, "VerifyMac");

  /** {@code payment-cryptography:VerifyPinData}: Write; on alias, key. */
  public static final Action VERIFY_PIN_DATA = Action.of(PREFIX, "VerifyPinData");

  private PaymentCryptography() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
