// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic Container Registry Public (prefix {@code ecr-public}), as the service authorization reference lists them.
 */
public final class EcrPublic {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ecr-public";

  /** {@code ecr-public:BatchCheckLayerAvailability}: Read; on repository. */
  public static final Action BATCH_CHECK_LAYER_AVAILABILITY = Action.of(PREFIX, "BatchCheckLayerAvailability");

  /** {@code ecr-public:BatchDeleteImage}: Write; on repository. */
  public static final Action BATCH_DELETE_IMAGE = Action.of(PREFIX, "BatchDeleteImage");

  /** {@code ecr-public:CompleteLayerUpload}: Write; on repository. */
  public static final Action COMPLETE_LAYER_UPLOAD = Action.of(PREFIX, "CompleteLayerUpload");

  /** {@code ecr-public:CreateRepository}: Write; on repository. */
  public static final Action CREATE_REPOSITORY = Action.of(PREFIX, "CreateRepository");

  /** {@code ecr-public:DeleteRepository}: Write; on repository. */
  public static final Action DELETE_REPOSITORY = Action.of(PREFIX, "DeleteRepository");

  /** {@code ecr-public:DeleteRepositoryPolicy}: Write; on repository. */
  public static final Action DELETE_REPOSITORY_POLICY = Action.of(PREFIX, "DeleteRepositoryPolicy");

  /** {@code ecr-public:DescribeImageTags}: List; on repository. */
  public static final Action DESCRIBE_IMAGE_TAGS = Action.of(PREFIX, "DescribeImageTags");

  /** {@code ecr-public:DescribeImages}: Read; on repository. */
  public static final Action DESCRIBE_IMAGES = Action.of(PREFIX, "DescribeImages");

  /** {@code ecr-public:DescribeRegistries}: List; on registry. */
  public static final Action DESCRIBE_REGISTRIES = Action.of(PREFIX, "DescribeRegistries");

  /** {@code ecr-public:DescribeRepositories}: List; on repository. */
  public static final Action DESCRIBE_REPOSITORIES = Action.of(PREFIX, "DescribeRepositories");

  /** {@code ecr-public:GetAuthorizationToken}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTHORIZATION_TOKEN = Action.of(PREFIX, "GetAuthorizationToken");

  /** {@code ecr-public:GetRegistryCatalogData}: Read; on registry. */
  public static final Action GET_REGISTRY_CATALOG_DATA = Action.of(PREFIX, "GetRegistryCatalogData");

  /** {@code ecr-public:GetRepositoryCatalogData}: Read; on repository. */
  public static final Action GET_REPOSITORY_CATALOG_DATA = Action.of(PREFIX, "GetRepositoryCatalogData");

  /** {@code ecr-public:GetRepositoryPolicy}: Read; on repository. */
  public static final Action GET_REPOSITORY_POLICY = Action.of(PREFIX, "GetRepositoryPolicy");

  /** {@code ecr-public:InitiateLayerUpload}: Write; on repository. */
  public static final Action INITIATE_LAYER_UPLOAD = Action.of(PREFIX, "InitiateLayerUpload");

  /** {@code ecr-public:ListTagsForResource}: Read; on repository. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ecr-public:PutImage}: Write; on repository. */
  public static final Action PUT_IMAGE = Action.of(PREFIX, "PutImage");

  /** {@code ecr-public:PutRegistryCatalogData}: Write; on registry. */
  public static final Action PUT_REGISTRY_CATALOG_DATA = Action.of(PREFIX, "PutRegistryCatalogData");

  /** {@code ecr-public:PutRepositoryCatalogData}: Write; on repository. */
  public static final Action PUT_REPOSITORY_CATALOG_DATA = Action.of(PREFIX, "PutRepositoryCatalogData");

  /** {@code ecr-public:SetRepositoryPolicy}: Permissions management; on repository. */
  public static final Action SET_REPOSITORY_POLICY = Action.of(PREFIX, "SetRepositoryPolicy");

  /** {@code ecr-public:TagResource}: Tagging; on repository. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ecr-public:UntagResource}: Tagging; on repository. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ecr-public:UploadLayerPart}: Write; on repository. */
  public static final Action UPLOAD_LAYER_PART = Action.of(PREFIX, "UploadLayerPart");

  private EcrPublic() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
