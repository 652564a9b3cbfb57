// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeArtifact (prefix {@code codeartifact}), as the service authorization reference lists them.
 */
public final class Codeartifact {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codeartifact";

  /** {@code codeartifact:AssociateExternalConnection}: Write; on repository. */
  public static final Action ASSOCIATE_EXTERNAL_CONNECTION = Action.of(PREFIX, "AssociateExternalConnection");

  /** {@code codeartifact:AssociateWithDownstreamRepository}: Write; on repository. */
  public static final Action ASSOCIATE_WITH_DOWNSTREAM_REPOSITORY = Action.of(PREFIX, "AssociateWithDownstreamRepository");

  /** {@code codeartifact:CopyPackageVersions}: Write; on package, repository. */
  public static final Action COPY_PACKAGE_VERSIONS = Action.of(PREFIX, "CopyPackageVersions");

  /** {@code codeartifact:CreateDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code codeartifact:CreatePackageGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PACKAGE_GROUP = Action.of(PREFIX, "CreatePackageGroup");

  /** {@code codeartifact:CreateRepository}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPOSITORY = Action.of(PREFIX, "CreateRepository");

  /** {@code codeartifact:DeleteDomain}: Write; on domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code codeartifact:DeleteDomainPermissionsPolicy}: Permissions management; on domain. */
  public static final Action DELETE_DOMAIN_PERMISSIONS_POLICY = Action.of(PREFIX, "DeleteDomainPermissionsPolicy");

  /** {@code codeartifact:DeletePackage}: Write; on package. */
  public static final Action DELETE_PACKAGE = Action.of(PREFIX, "DeletePackage");

  /** {@code codeartifact:DeletePackageGroup}: Write; on package-group. */
  public static final Action DELETE_PACKAGE_GROUP = Action.of(PREFIX, "DeletePackageGroup");

  /** {@code codeartifact:DeletePackageVersions}: Write; on package. */
  public static final Action DELETE_PACKAGE_VERSIONS = Action.of(PREFIX, "DeletePackageVersions");

  /** {@code codeartifact:DeleteRepository}: Write; on repository. */
  public static final Action DELETE_REPOSITORY = Action.of(PREFIX, "DeleteRepository");

  /** {@code codeartifact:DeleteRepositoryPermissionsPolicy}: Permissions management; on repository. */
  public static final Action DELETE_REPOSITORY_PERMISSIONS_POLICY = Action.of(PREFIX, "DeleteRepositoryPermissionsPolicy");

  /** {@code codeartifact:DescribeDomain}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN = Action.of(PREFIX, "DescribeDomain");

  /** {@code codeartifact:DescribePackage}: Read; on package. */
  public static final Action DESCRIBE_PACKAGE = Action.of(PREFIX, "DescribePackage");

  /** {@code codeartifact:DescribePackageGroup}: Read; on package-group. */
  public static final Action DESCRIBE_PACKAGE_GROUP = Action.of(PREFIX, "DescribePackageGroup");

  /** {@code codeartifact:DescribePackageVersion}: Read; on package. */
  public static final Action DESCRIBE_PACKAGE_VERSION = Action.of(PREFIX, "DescribePackageVersion");

  /** {@code codeartifact:DescribeRepository}: Read; on repository. */
  public static final Action DESCRIBE_REPOSITORY = Action.of(PREFIX, "DescribeRepository");

  /** {@code codeartifact:DisassociateExternalConnection}: Write; on repository. */
  public static final Action DISASSOCIATE_EXTERNAL_CONNECTION = Action.of(PREFIX, "DisassociateExternalConnection");

  /** {@code codeartifact:DisposePackageVersions}: Write; on package. */
  public static final Action DISPOSE_PACKAGE_VERSIONS = Action.of(PREFIX, "DisposePackageVersions");

  /** {@code codeartifact:GetAssociatedPackageGroup}: Read; on package-group. */
  public static final Action GET_ASSOCIATED_PACKAGE_GROUP = Action.of(PREFIX, "GetAssociatedPackageGroup");

  /** {@code codeartifact:GetAuthorizationToken}: Read; on domain. */
  public static final Action GET_AUTHORIZATION_TOKEN = Action.of(PREFIX, "GetAuthorizationToken");

  /** {@code codeartifact:GetDomainPermissionsPolicy}: Read; on domain. */
  public static final Action GET_DOMAIN_PERMISSIONS_POLICY = Action.of(PREFIX, "GetDomainPermissionsPolicy");

  /** {@code codeartifact:GetPackageVersionAsset}: Read; on package. */
  public static final Action GET_PACKAGE_VERSION_ASSET = Action.of(PREFIX, "GetPackageVersionAsset");

  /** {@code codeartifact:GetPackageVersionReadme}: Read; on package. */
  public static final Action GET_PACKAGE_VERSION_README = Action.of(PREFIX, "GetPackageVersionReadme");

  /** {@code codeartifact:GetRepositoryEndpoint}: Read; on repository. */
  public static final Action GET_REPOSITORY_ENDPOINT = Action.of(PREFIX, "GetRepositoryEndpoint");

  /** {@code codeartifact:GetRepositoryPermissionsPolicy}: Read; on repository. */
  public static final Action GET_REPOSITORY_PERMISSIONS_POLICY = Action.of(PREFIX, "GetRepositoryPermissionsPolicy");

  /** {@code codeartifact:ListAllowedRepositoriesForGroup}: List; on package-group. */
  public static final Action LIST_ALLOWED_REPOSITORIES_FOR_GROUP = Action.of(PREFIX, "ListAllowedRepositoriesForGroup");

  /** {@code codeartifact:ListAssociatedPackages}: List; on package-group. */
  public static final Action LIST_ASSOCIATED_PACKAGES = Action.of(PREFIX, "ListAssociatedPackages");

  /** {@code codeartifact:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code codeartifact:ListPackageGroups}: List; on domain. */
  public static final Action LIST_PACKAGE_GROUPS = Action.of(PREFIX, "ListPackageGroups");

  /** {@code codeartifact:ListPackageVersionAssets}: List; on package. */
  public static final Action LIST_PACKAGE_VERSION_ASSETS = Action.of(PREFIX, "ListPackageVersionAssets");

  /** {@code codeartifact:ListPackageVersionDependencies}: List; on package. */
  public static final Action LIST_PACKAGE_VERSION_DEPENDENCIES = Action.of(PREFIX, "ListPackageVersionDependencies");

  /** {@code codeartifact:ListPackageVersions}: List; on package. */
  public static final Action LIST_PACKAGE_VERSIONS = Action.of(PREFIX, "ListPackageVersions");

  /** {@code codeartifact:ListPackages}: List; on repository. */
  public static final Action LIST_PACKAGES = Action.of(PREFIX, "ListPackages");

  /** {@code codeartifact:ListRepositories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORIES = Action.of(PREFIX, "ListRepositories");

  /** {@code codeartifact:ListRepositoriesInDomain}: List; on domain. */
  public static final Action LIST_REPOSITORIES_IN_DOMAIN = Action.of(PREFIX, "ListRepositoriesInDomain");

  /** {@code codeartifact:ListSubPackageGroups}: List; on package-group. */
  public static final Action LIST_SUB_PACKAGE_GROUPS = Action.of(PREFIX, "ListSubPackageGroups");

  /** {@code codeartifact:ListTagsForResource}: List; on domain, package-group, repository. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codeartifact:PublishPackageVersion}: Write; on package. */
  public static final Action PUBLISH_PACKAGE_VERSION = Action.of(PREFIX, "PublishPackageVersion");

  /** {@code codeartifact:PutDomainPermissionsPolicy}: Write; on domain. */
  public static final Action PUT_DOMAIN_PERMISSIONS_POLICY = Action.of(PREFIX, "PutDomainPermissionsPolicy");

  /** {@code codeartifact:PutPackageMetadata}: Write; on package. */
  public static final Action PUT_PACKAGE_METADATA = Action.of(PREFIX, "PutPackageMetadata");

  /** {@code codeartifact:PutPackageOriginConfiguration}: Write; on package. */
  public static final Action PUT_PACKAGE_ORIGIN_CONFIGURATION = Action.of(PREFIX, "PutPackageOriginConfiguration");

  /** {@code codeartifact:PutRepositoryPermissionsPolicy}: Write; on repository. */
  public static final Action PUT_REPOSITORY_PERMISSIONS_POLICY = Action.of(PREFIX, "PutRepositoryPermissionsPolicy");

  /** {@code codeartifact:ReadFromRepository}: Read; on repository. */
  public static final Action READ_FROM_REPOSITORY = Action.of(PREFIX, "ReadFromRepository");

  /** {@code codeartifact:TagResource}: Tagging; on domain, package-group, repository. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codeartifact:UntagResource}: Tagging; on domain, package-group, repository. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codeartifact:UpdatePackageGroup}: Write; on package-group. */
  public static final Action UPDATE_PACKAGE_GROUP = Action.of(PREFIX, "UpdatePackageGroup");

  /** {@code codeartifact:UpdatePackageGroupOriginConfiguration}: Write; on package-group. */
  public static final Action UPDATE_PACKAGE_GROUP_ORIGIN_CONFIGURATION = Action.of(PREFIX, "UpdatePackageGroupOriginConfiguration");

  /** {@code codeartifact:UpdatePackageVersionsStatus}: Write; on package. */
  public static final Action UPDATE_PACKAGE_VERSIONS_STATUS = Action.of(PREFIX, "UpdatePackageVersionsStatus");

  /** {@code codeartifact:UpdateRepository}: Write; on repository. */
  public static final Action UPDATE_REPOSITORY = Action.of(PREFIX, "UpdateRepository");

  private Codeartifact() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
