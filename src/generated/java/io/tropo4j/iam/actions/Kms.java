// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Key Management Service (prefix {@code kms}), as the service authorization reference lists them.
 */
public final class Kms {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kms";

  /** {@code kms:CancelKeyDeletion}: Write; on key. */
  public static final Action CANCEL_KEY_DELETION = Action.of(PREFIX, "CancelKeyDeletion");

  /** {@code kms:ConnectCustomKeyStore}: Write; on no resource type (give {@code *}). */
  public static final Action CONNECT_CUSTOM_KEY_STORE = Action.of(PREFIX, "ConnectCustomKeyStore");

  /** {@code kms:CreateAlias}: Write; on alias, key. */
  public static final Action CREATE_ALIAS = Action.of(PREFIX, "CreateAlias");

  /** {@code kms:CreateCustomKeyStore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOM_KEY_STORE = Action.of(PREFIX, "CreateCustomKeyStore");

  /** {@code kms:CreateGrant}: Permissions management; on key. */
  public static final Action CREATE_GRANT = Action.of(PREFIX, "CreateGrant");

  /** {@code kms:CreateKey}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KEY = Action.of(PREFIX, "CreateKey");

  /** {@code kms:Decrypt}: Write; on key. */
  public static final Action DECRYPT = Action.of(PREFIX, "Decrypt");

  /** {@code kms:DeleteAlias}: Write; on alias, key. */
  public static final Action DELETE_ALIAS = Action.of(PREFIX, "DeleteAlias");

  /** {@code kms:DeleteCustomKeyStore}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CUSTOM_KEY_STORE = Action.of(PREFIX, "DeleteCustomKeyStore");

  /** {@code kms:DeleteImportedKeyMaterial}: Write; on key. */
  public static final Action DELETE_IMPORTED_KEY_MATERIAL = Action.of(PREFIX, "DeleteImportedKeyMaterial");

  /** {@code kms:DeriveSharedSecret}: Write; on key. */
  public static final Action DERIVE_SHARED_SECRET = Action.of(PREFIX, "DeriveSharedSecret");

  /** {@code kms:DescribeCustomKeyStores}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CUSTOM_KEY_STORES = Action.of(PREFIX, "DescribeCustomKeyStores");

  /** {@code kms:DescribeKey}: Read; on key. */
  public static final Action DESCRIBE_KEY = Action.of(PREFIX, "DescribeKey");

  /** {@code kms:DisableKey}: Write; on key. */
  public static final Action DISABLE_KEY = Action.of(PREFIX, "DisableKey");

  /** {@code kms:DisableKeyRotation}: Write; on key. */
  public static final Action DISABLE_KEY_ROTATION = Action.of(PREFIX, "DisableKeyRotation");

  /** {@code kms:DisconnectCustomKeyStore}: Write; on no resource type (give {@code *}). */
  public static final Action DISCONNECT_CUSTOM_KEY_STORE = Action.of(PREFIX, "DisconnectCustomKeyStore");

  /** {@code kms:EnableKey}: Write; on key. */
  public static final Action ENABLE_KEY = Action.of(PREFIX, "EnableKey");

  /** {@code kms:EnableKeyRotation}: Write; on key. */
  public static final Action ENABLE_KEY_ROTATION = Action.of(PREFIX, "EnableKeyRotation");

  /** {@code kms:Encrypt}: Write; on key. */
  public static final Action ENCRYPT = Action.of(PREFIX, "Encrypt");

  /** {@code kms:GenerateDataKey}: Write; on key. */
  public static final Action GENERATE_DATA_KEY = Action.of(PREFIX, "GenerateDataKey");

  /** {@code kms:GenerateDataKeyPair}: Write; on key. */
  public static final Action GENERATE_DATA_KEY_PAIR = Action.of(PREFIX, "GenerateDataKeyPair");

  /** {@code kms:GenerateDataKeyPairWithoutPlaintext}: Write; on key. */
  public static final Action GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT = Action.of(PREFIX, "GenerateDataKeyPairWithoutPlaintext");

  /** {@code kms:GenerateDataKeyWithoutPlaintext}: Write; on key. */
  public static final Action GENERATE_DATA_KEY_WITHOUT_PLAINTEXT = Action.of(PREFIX, "GenerateDataKeyWithoutPlaintext");

  /** {@code kms:GenerateMac}: Write; on key. */
  public static final Action GENERATE_MAC = Action.of(PREFIX, "GenerateMac");

  /** {@code kms:GenerateRandom}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_RANDOM = Action.of(PREFIX, "GenerateRandom");

  /** {@code kms:GetKeyPolicy}: Read; on key. */
  public static final Action GET_KEY_POLICY = Action.of(PREFIX, "GetKeyPolicy");

  /** {@code kms:GetKeyRotationStatus}: Read; on key. */
  public static final Action GET_KEY_ROTATION_STATUS = Action.of(PREFIX, "GetKeyRotationStatus");

  /** {@code kms:GetParametersForImport}: Read; on key. */
  public static final Action GET_PARAMETERS_FOR_IMPORT = Action.of(PREFIX, "GetParametersForImport");

  /** {@code kms:GetPublicKey}: Read; on key. */
  public static final Action GET_PUBLIC_KEY = Action.of(PREFIX, "GetPublicKey");

  /** {@code kms:ImportKeyMaterial}: Write; on key. */
  public static final Action IMPORT_KEY_MATERIAL = Action.of(PREFIX, "ImportKeyMaterial");

  /** {@code kms:ListAliases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALIASES = Action.of(PREFIX, "ListAliases");

  /** {@code kms:ListGrants}: List; on key. */
  public static final Action LIST_GRANTS = Action.of(PREFIX, "ListGrants");

  /** {@code kms:ListKeyPolicies}: List; on key. */
  public static final Action LIST_KEY_POLICIES = Action.of(PREFIX, "ListKeyPolicies");

  /** {@code kms:ListKeyRotations}: List; on key. */
  public static final Action LIST_KEY_ROTATIONS = Action.of(PREFIX, "ListKeyRotations");

  /** {@code kms:ListKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KEYS = Action.of(PREFIX, "ListKeys");

  /** {@code kms:ListResourceTags}: List; on key. */
  public static final Action LIST_RESOURCE_TAGS = Action.of(PREFIX, "ListResourceTags");

  /** {@code kms:ListRetirableGrants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RETIRABLE_GRANTS = Action.of(PREFIX, "ListRetirableGrants");

  /** {@code kms:PutKeyPolicy}: Permissions management; on key. */
  public static final Action PUT_KEY_POLICY = Action.of(PREFIX, "PutKeyPolicy");

  /** {@code kms:ReEncryptFrom}: Write; on key. */
  public static final Action RE_ENCRYPT_FROM = Action.of(PREFIX, "ReEncryptFrom");

  /** {@code kms:ReEncryptTo}: Write; on key. */
  public static final Action RE_ENCRYPT_TO = Action.of(PREFIX, "ReEncryptTo");

  /** {@code kms:ReplicateKey}: Write; on key. */
  public static final Action REPLICATE_KEY = Action.of(PREFIX, "ReplicateKey");

  /** {@code kms:RetireGrant}: Permissions management; on key. */
  public static final Action RETIRE_GRANT = Action.of(PREFIX, "RetireGrant");

  /** {@code kms:RevokeGrant}: Permissions management; on key. */
  public static final Action REVOKE_GRANT = Action.of(PREFIX, "RevokeGrant");

  /** {@code kms:RotateKeyOnDemand}: Write; on key. */
  public static final Action ROTATE_KEY_ON_DEMAND = Action.of(PREFIX, "RotateKeyOnDemand");

  /** {@code kms:ScheduleKeyDeletion}: Write; on key. */
  public static final Action SCHEDULE_KEY_DELETION = Action.of(PREFIX, "ScheduleKeyDeletion");

  /** {@code kms:Sign}: Write; on key. */
  public static final Action SIGN = Action.of(PREFIX, "Sign");

  /** {@code kms:SynchronizeMultiRegionKey}: Write; on key. */
  public static final Action SYNCHRONIZE_MULTI_REGION_KEY = Action.of(PREFIX, "SynchronizeMultiRegionKey");

  /** {@code kms:TagResource}: Tagging; on key. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kms:UntagResource}: Tagging; on key. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kms:UpdateAlias}: Write; on alias, key. */
  public static final Action UPDATE_ALIAS = Action.of(PREFIX, "UpdateAlias");

  /** {@code kms:UpdateCustomKeyStore}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CUSTOM_KEY_STORE = Action.of(PREFIX, "UpdateCustomKeyStore");

  /** {@code kms:UpdateKeyDescription}: Write; on key. */
  public static final Action UPDATE_KEY_DESCRIPTION = Action.of(PREFIX, "UpdateKeyDescription");

  /** {@code kms:UpdatePrimaryRegion}: Write; on key. */
  public static final Action UPDATE_PRIMARY_REGION = Action.of(PREFIX, "UpdatePrimaryRegion");

  /** {@code kms:Verify}: Write; on key. */
  public static final Action VERIFY = Action.of(PREFIX, "Verify");

  /** {@code kms:VerifyMac}: Write; on key. */
  public static final Action VERIFY_MAC = Action.of(PREFIX, "VerifyMac");

  private Kms() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
