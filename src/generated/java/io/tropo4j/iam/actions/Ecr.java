// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic Container Registry (prefix {@code ecr}), as the service authorization reference lists them.
 */
public final class Ecr {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ecr";

  /** {@code ecr:BatchCheckLayerAvailability}: Read; on repository. */
  public static final Action BATCH_CHECK_LAYER_AVAILABILITY = Action.of(PREFIX, "BatchCheckLayerAvailability");

  /** {@code ecr:BatchDeleteImage}: Write; on repository. */
  public static final Action BATCH_DELETE_IMAGE = Action.of(PREFIX, "BatchDeleteImage");

  /** {@code ecr:BatchGetImage}: Read; on repository. */
  public static final Action BATCH_GET_IMAGE = Action.of(PREFIX, "BatchGetImage");

  /** {@code ecr:BatchGetRepositoryScanningConfiguration}: Read; on repository. */
  public static final Action BATCH_GET_REPOSITORY_SCANNING_CONFIGURATION = Action.of(PREFIX, "BatchGetRepositoryScanningConfiguration");

  /** {@code ecr:BatchImportUpstreamImage}: Write; on repository. */
  public static final Action BATCH_IMPORT_UPSTREAM_IMAGE = Action.of(PREFIX, "BatchImportUpstreamImage");

  /** {@code ecr:CompleteLayerUpload}: Write; on repository. */
  public static final Action COMPLETE_LAYER_UPLOAD = Action.of(PREFIX, "CompleteLayerUpload");

  /** {@code ecr:CreatePullThroughCacheRule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PULL_THROUGH_CACHE_RULE = Action.of(PREFIX, "CreatePullThroughCacheRule");

  /** {@code ecr:CreateRepository}: Write; on repository. */
  public static final Action CREATE_REPOSITORY = Action.of(PREFIX, "CreateRepository");

  /** {@code ecr:CreateRepositoryCreationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPOSITORY_CREATION_TEMPLATE = Action.of(PREFIX, "CreateRepositoryCreationTemplate");

  /** {@code ecr:DeleteLifecyclePolicy}: Write; on repository. */
  public static final Action DELETE_LIFECYCLE_POLICY = Action.of(PREFIX, "DeleteLifecyclePolicy");

  /** {@code ecr:DeletePullThroughCacheRule}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PULL_THROUGH_CACHE_RULE = Action.of(PREFIX, "DeletePullThroughCacheRule");

  /** {@code ecr:DeleteRegistryPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_REGISTRY_POLICY = Action.of(PREFIX, "DeleteRegistryPolicy");

  /** {@code ecr:DeleteRepository}: Write; on repository. */
  public static final Action DELETE_REPOSITORY = Action.of(PREFIX, "DeleteRepository");

  /** {@code ecr:DeleteRepositoryCreationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_REPOSITORY_CREATION_TEMPLATE = Action.of(PREFIX, "DeleteRepositoryCreationTemplate");

  /** {@code ecr:DeleteRepositoryPolicy}: Permissions management; on repository. */
  public static final Action DELETE_REPOSITORY_POLICY = Action.of(PREFIX, "DeleteRepositoryPolicy");

  /** {@code ecr:DeleteSigningConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SIGNING_CONFIGURATION = Action.of(PREFIX, "DeleteSigningConfiguration");

  /** {@code ecr:DeregisterPullTimeUpdateExclusion}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_PULL_TIME_UPDATE_EXCLUSION = Action.of(PREFIX, "DeregisterPullTimeUpdateExclusion");

  /** {@code ecr:DescribeImageReplicationStatus}: Read; on repository. */
  public static final Action DESCRIBE_IMAGE_REPLICATION_STATUS = Action.of(PREFIX, "DescribeImageReplicationStatus");

  /** {@code ecr:DescribeImageScanFindings}: Read; on repository. */
  public static final Action DESCRIBE_IMAGE_SCAN_FINDINGS = Action.of(PREFIX, "DescribeImageScanFindings");

  /** {@code ecr:DescribeImageSigningStatus}: Read; on repository. */
  public static final Action DESCRIBE_IMAGE_SIGNING_STATUS = Action.of(PREFIX, "DescribeImageSigningStatus");

  /** {@code ecr:DescribeImages}: List; on repository. */
  public static final Action DESCRIBE_IMAGES = Action.of(PREFIX, "DescribeImages");

  /** {@code ecr:DescribePullThroughCacheRules}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PULL_THROUGH_CACHE_RULES = Action.of(PREFIX, "DescribePullThroughCacheRules");

  /** {@code ecr:DescribeRegistry}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGISTRY = Action.of(PREFIX, "DescribeRegistry");

  /** {@code ecr:DescribeRepositories}: Read; on repository. */
  public static final Action DESCRIBE_REPOSITORIES = Action.of(PREFIX, "DescribeRepositories");

  /** {@code ecr:DescribeRepositoryCreationTemplates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPOSITORY_CREATION_TEMPLATES = Action.of(PREFIX, "DescribeRepositoryCreationTemplates");

  /** {@code ecr:GetAccountSetting}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTING = Action.of(PREFIX, "GetAccountSetting");

  /** {@code ecr:GetAuthorizationToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTHORIZATION_TOKEN = Action.of(PREFIX, "GetAuthorizationToken");

  /** {@code ecr:GetDownloadUrlForLayer}: Read; on repository. */
  public static final Action GET_DOWNLOAD_URL_FOR_LAYER = Action.of(PREFIX, "GetDownloadUrlForLayer");

  /** {@code ecr:GetImageCopyStatus}: Read; on repository. */
  public static final Action GET_IMAGE_COPY_STATUS = Action.of(PREFIX, "GetImageCopyStatus");

  /** {@code ecr:GetLifecyclePolicy}: Read; on repository. */
  public static final Action GET_LIFECYCLE_POLICY = Action.of(PREFIX, "GetLifecyclePolicy");

  /** {@code ecr:GetLifecyclePolicyPreview}: Read; on repository. */
  public static final Action GET_LIFECYCLE_POLICY_PREVIEW = Action.of(PREFIX, "GetLifecyclePolicyPreview");

  /** {@code ecr:GetRegistryPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REGISTRY_POLICY = Action.of(PREFIX, "GetRegistryPolicy");

  /** {@code ecr:GetRegistryScanningConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REGISTRY_SCANNING_CONFIGURATION = Action.of(PREFIX, "GetRegistryScanningConfiguration");

  /** {@code ecr:GetRepositoryPolicy}: Read; on repository. */
  public static final Action GET_REPOSITORY_POLICY = Action.of(PREFIX, "GetRepositoryPolicy");

  /** {@code ecr:GetSigningConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SIGNING_CONFIGURATION = Action.of(PREFIX, "GetSigningConfiguration");

  /** {@code ecr:InitiateLayerUpload}: Write; on repository. */
  public static final Action INITIATE_LAYER_UPLOAD = Action.of(PREFIX, "InitiateLayerUpload");

  /** {@code ecr:ListImages}: List; on repository. */
  public static final Action LIST_IMAGES = Action.of(PREFIX, "ListImages");

  /** {@code ecr:ListPullTimeUpdateExclusions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PULL_TIME_UPDATE_EXCLUSIONS = Action.of(PREFIX, "ListPullTimeUpdateExclusions");

  /** {@code ecr:ListTagsForResource}: Read; on repository. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ecr:PutAccountSetting}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_SETTING = Action.of(PREFIX, "PutAccountSetting");

  /** {@code ecr:PutImage}: Write; on repository. */
  public static final Action PUT_IMAGE = Action.of(PREFIX, "PutImage");

  /** {@code ecr:PutImageScanningConfiguration}: Write; on repository. */
  public static final Action PUT_IMAGE_SCANNING_CONFIGURATION = Action.of(PREFIX, "PutImageScanningConfiguration");

  /** {@code ecr:PutImageTagMutability}: Write; on repository. */
  public static final Action PUT_IMAGE_TAG_MUTABILITY = Action.of(PREFIX, "PutImageTagMutability");

  /** {@code ecr:PutLifecyclePolicy}: Write; on repository. */
  public static final Action PUT_LIFECYCLE_POLICY = Action.of(PREFIX, "PutLifecyclePolicy");

  /** {@code ecr:PutRegistryPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_REGISTRY_POLICY = Action.of(PREFIX, "PutRegistryPolicy");

  /** {@code ecr:PutRegistryScanningConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_REGISTRY_SCANNING_CONFIGURATION = Action.of(PREFIX, "PutRegistryScanningConfiguration");

  /** {@code ecr:PutReplicationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_REPLICATION_CONFIGURATION = Action.of(PREFIX, "PutReplicationConfiguration");

  /** {@code ecr:PutSigningConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SIGNING_CONFIGURATION = Action.of(PREFIX, "PutSigningConfiguration");

  /** {@code ecr:RegisterPullTimeUpdateExclusion}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_PULL_TIME_UPDATE_EXCLUSION = Action.of(PREFIX, "RegisterPullTimeUpdateExclusion");

  /** {@code ecr:ReplicateImage}: Write; on repository. */
  public static final Action REPLICATE_IMAGE = Action.of(PREFIX, "ReplicateImage");

  /** {@code ecr:SetRepositoryPolicy}: Permissions management; on repository. */
  public static final Action SET_REPOSITORY_POLICY = Action.of(PREFIX, "SetRepositoryPolicy");

  /** {@code ecr:StartImageScan}: Write; on repository. */
  public static final Action START_IMAGE_SCAN = Action.of(PREFIX, "StartImageScan");

  /** {@code ecr:StartLifecyclePolicyPreview}: Write; on repository. */
  public static final Action START_LIFECYCLE_POLICY_PREVIEW = Action.of(PREFIX, "StartLifecyclePolicyPreview");

  /** {@code ecr:TagResource}: Tagging; on repository. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ecr:UntagResource}: Tagging; on repository. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ecr:UpdateImageStorageClass}: Write; on repository. */
  public static final Action UPDATE_IMAGE_STORAGE_CLASS = Action.of(PREFIX, "UpdateImageStorageClass");

  /** {@code ecr:UpdatePullThroughCacheRule}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PULL_THROUGH_CACHE_RULE = Action.of(PREFIX, "UpdatePullThroughCacheRule");

  /** {@code ecr:UpdateRepositoryCreationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_REPOSITORY_CREATION_TEMPLATE = Action.of(PREFIX, "UpdateRepositoryCreationTemplate");

  /** {@code ecr:UploadLayerPart}: Write; on repository. */
  public static final Action UPLOAD_LAYER_PART = Action.of(PREFIX, "UploadLayerPart");

  /** {@code ecr:ValidatePullThroughCacheRule}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_PULL_THROUGH_CACHE_RULE = Action.of(PREFIX, "ValidatePullThroughCacheRule");

  private Ecr() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
