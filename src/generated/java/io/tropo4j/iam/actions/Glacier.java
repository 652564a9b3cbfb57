// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon S3 Glacier (prefix {@code glacier}), as the service authorization reference lists them.
 */
public final class Glacier {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "glacier";

  /** {@code glacier:AbortMultipartUpload}: Write; on vault. */
  public static final Action ABORT_MULTIPART_UPLOAD = Action.of(PREFIX, "AbortMultipartUpload");

  /** {@code glacier:AbortVaultLock}: Permissions management; on vault. */
  public static final Action ABORT_VAULT_LOCK = Action.of(PREFIX, "AbortVaultLock");

  /** {@code glacier:AddTagsToVault}: Tagging; on vault. */
  public static final Action ADD_TAGS_TO_VAULT = Action.of(PREFIX, "AddTagsToVault");

  /** {@code glacier:CompleteMultipartUpload}: Write; on vault. */
  public static final Action COMPLETE_MULTIPART_UPLOAD = Action.of(PREFIX, "CompleteMultipartUpload");

  /** {@code glacier:CompleteVaultLock}: Permissions management; on vault. */
  public static final Action COMPLETE_VAULT_LOCK = Action.of(PREFIX, "CompleteVaultLock");

  /** {@code glacier:CreateVault}: Write; on vault. */
  public static final Action CREATE_VAULT = Action.of(PREFIX, "CreateVault");

  /** {@code glacier:DeleteArchive}: Write; on vault. */
  public static final Action DELETE_ARCHIVE = Action.of(PREFIX, "DeleteArchive");

  /** {@code glacier:DeleteVault}: Write; on vault. */
  public static final Action DELETE_VAULT = Action.of(PREFIX, "DeleteVault");

  /** {@code glacier:DeleteVaultAccessPolicy}: Permissions management; on vault. */
  public static final Action DELETE_VAULT_ACCESS_POLICY = Action.of(PREFIX, "DeleteVaultAccessPolicy");

  /** {@code glacier:DeleteVaultNotifications}: Write; on vault. */
  public static final Action DELETE_VAULT_NOTIFICATIONS = Action.of(PREFIX, "DeleteVaultNotifications");

  /** {@code glacier:DescribeJob}: Read; on vault. */
  public static final Action DESCRIBE_JOB = Action.of(PREFIX, "DescribeJob");

  /** {@code glacier:DescribeVault}: Read; on vault. */
  public static final Action DESCRIBE_VAULT = Action.of(PREFIX, "DescribeVault");

  /** {@code glacier:GetDataRetrievalPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_RETRIEVAL_POLICY = Action.of(PREFIX, "GetDataRetrievalPolicy");

  /** {@code glacier:GetJobOutput}: Read; on vault. */
  public static final Action GET_JOB_OUTPUT = Action.of(PREFIX, "GetJobOutput");

  /** {@code glacier:GetVaultAccessPolicy}: Read; on vault. */
  public static final Action GET_VAULT_ACCESS_POLICY = Action.of(PREFIX, "GetVaultAccessPolicy");

  /** {@code glacier:GetVaultLock}: Read; on vault. */
  public static final Action GET_VAULT_LOCK = Action.of(PREFIX, "GetVaultLock");

  /** {@code glacier:GetVaultNotifications}: Read; on vault. */
  public static final Action GET_VAULT_NOTIFICATIONS = Action.of(PREFIX, "GetVaultNotifications");

  /** {@code glacier:InitiateJob}: Write; on vault. */
  public static final Action INITIATE_JOB = Action.of(PREFIX, "InitiateJob");

  /** {@code glacier:InitiateMultipartUpload}: Write; on vault. */
  public static final Action INITIATE_MULTIPART_UPLOAD = Action.of(PREFIX, "InitiateMultipartUpload");

  /** {@code glacier:InitiateVaultLock}: Permissions management; on vault. */
  public static final Action INITIATE_VAULT_LOCK = Action.of(PREFIX, "InitiateVaultLock");

  /** {@code glacier:ListJobs}: List; on vault. */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code glacier:ListMultipartUploads}: List; on vault. */
  public static final Action LIST_MULTIPART_UPLOADS = Action.of(PREFIX, "ListMultipartUploads");

  /** {@code glacier:ListParts}: List; on vault. */
  public static final Action LIST_PARTS = Action.of(PREFIX, "ListParts");

  /** {@code glacier:ListProvisionedCapacity}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONED_CAPACITY = Action.of(PREFIX, "ListProvisionedCapacity");

  /** {@code glacier:ListTagsForVault}: List; on vault. */
  public static final Action LIST_TAGS_FOR_VAULT = Action.of(PREFIX, "ListTagsForVault");

  /** {@code glacier:ListVaults}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VAULTS = Action.of(PREFIX, "ListVaults");

  /** {@code glacier:PurchaseProvisionedCapacity}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_PROVISIONED_CAPACITY = Action.of(PREFIX, "PurchaseProvisionedCapacity");

  /** {@code glacier:RemoveTagsFromVault}: Tagging; on vault. */
  public static final Action REMOVE_TAGS_FROM_VAULT = Action.of(PREFIX, "RemoveTagsFromVault");

  /** {@code glacier:SetDataRetrievalPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action SET_DATA_RETRIEVAL_POLICY = Action.of(PREFIX, "SetDataRetrievalPolicy");

  /** {@code glacier:SetVaultAccessPolicy}: Permissions management; on vault. */
  public static final Action SET_VAULT_ACCESS_POLICY = Action.of(PREFIX, "SetVaultAccessPolicy");

  /** {@code glacier:SetVaultNotifications}: Write; on vault. */
  public static final Action SET_VAULT_NOTIFICATIONS = Action.of(PREFIX, "SetVaultNotifications");

  /** {@code glacier:UploadArchive}: Write; on vault. */
  public static final Action UPLOAD_ARCHIVE = Action.of(PREFIX, "UploadArchive");

  /** {@code glacier:UploadMultipartPart}: Write; on vault. */
  public static final Action UPLOAD_MULTIPART_PART = Action.of(PREFIX, "UploadMultipartPart");

  private Glacier() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
