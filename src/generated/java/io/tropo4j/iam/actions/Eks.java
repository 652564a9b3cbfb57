// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic Kubernetes Service (prefix {@code eks}), as the service authorization reference lists them.
 */
public final class Eks {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "eks";

  /** {@code eks:AccessKubernetesApi}: Read; on cluster. */
  public static final Action ACCESS_KUBERNETES_API = Action.of(PREFIX, "AccessKubernetesApi");

  /** {@code eks:AssociateAccessPolicy}: Write; on access-entry. */
  public static final Action ASSOCIATE_ACCESS_POLICY = Action.of(PREFIX, "AssociateAccessPolicy");

  /** {@code eks:AssociateEncryptionConfig}: Write; on cluster. */
  public static final Action ASSOCIATE_ENCRYPTION_CONFIG = Action.of(PREFIX, "AssociateEncryptionConfig");

  /** {@code eks:AssociateIdentityProviderConfig}: Write; on cluster. */
  public static final Action ASSOCIATE_IDENTITY_PROVIDER_CONFIG = Action.of(PREFIX, "AssociateIdentityProviderConfig");

  /** {@code eks:CreateAccessEntry}: Write; on cluster. */
  public static final Action CREATE_ACCESS_ENTRY = Action.of(PREFIX, "CreateAccessEntry");

  /** {@code eks:CreateAddon}: Write; on cluster, podidentityassociation. */
  public static final Action CREATE_ADDON = Action.of(PREFIX, "CreateAddon");

  /** {@code eks:CreateCapability}: Write; on cluster. */
  public static final Action CREATE_CAPABILITY = Action.of(PREFIX, "CreateCapability");

  /** {@code eks:CreateCluster}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code eks:CreateEksAnywhereSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EKS_ANYWHERE_SUBSCRIPTION = Action.of(PREFIX, "CreateEksAnywhereSubscription");

  /** {@code eks:CreateFargateProfile}: Write; on cluster. */
  public static final Action CREATE_FARGATE_PROFILE = Action.of(PREFIX, "CreateFargateProfile");

  /** {@code eks:CreateNodegroup}: Write; on cluster. */
  public static final Action CREATE_NODEGROUP = Action.of(PREFIX, "CreateNodegroup");

  /** {@code eks:CreatePodIdentityAssociation}: Write; on cluster. */
  public static final Action CREATE_POD_IDENTITY_ASSOCIATION = Action.of(PREFIX, "CreatePodIdentityAssociation");

  /** {@code eks:DeleteAccessEntry}: Write; on access-entry. */
  public static final Action DELETE_ACCESS_ENTRY = Action.of(PREFIX, "DeleteAccessEntry");

  /** {@code eks:DeleteAddon}: Write; on addon, podidentityassociation. */
  public static final Action DELETE_ADDON = Action.of(PREFIX, "DeleteAddon");

  /** {@code eks:DeleteCapability}: Write; on capability. */
  public static final Action DELETE_CAPABILITY = Action.of(PREFIX, "DeleteCapability");

  /** {@code eks:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code eks:DeleteEksAnywhereSubscription}: Write; on eks-anywhere-subscription. */
  public static final Action DELETE_EKS_ANYWHERE_SUBSCRIPTION = Action.of(PREFIX, "DeleteEksAnywhereSubscription");

  /** {@code eks:DeleteFargateProfile}: Write; on fargateprofile. */
  public static final Action DELETE_FARGATE_PROFILE = Action.of(PREFIX, "DeleteFargateProfile");

  /** {@code eks:DeleteNodegroup}: Write; on nodegroup. */
  public static final Action DELETE_NODEGROUP = Action.of(PREFIX, "DeleteNodegroup");

  /** {@code eks:DeletePodIdentityAssociation}: Write; on podidentityassociation. */
  public static final Action DELETE_POD_IDENTITY_ASSOCIATION = Action.of(PREFIX, "DeletePodIdentityAssociation");

  /** {@code eks:DeregisterCluster}: Write; on cluster. */
  public static final Action DEREGISTER_CLUSTER = Action.of(PREFIX, "DeregisterCluster");

  /** {@code eks:DescribeAccessEntry}: Read; on access-entry. */
  public static final Action DESCRIBE_ACCESS_ENTRY = Action.of(PREFIX, "DescribeAccessEntry");

  /** {@code eks:DescribeAddon}: Read; on addon. */
  public static final Action DESCRIBE_ADDON = Action.of(PREFIX, "DescribeAddon");

  /** {@code eks:DescribeAddonConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDON_CONFIGURATION = Action.of(PREFIX, "DescribeAddonConfiguration");

  /** {@code eks:DescribeAddonVersions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDON_VERSIONS = Action.of(PREFIX, "DescribeAddonVersions");

  /** {@code eks:DescribeCapability}: Read; on capability. */
  public static final Action DESCRIBE_CAPABILITY = Action.of(PREFIX, "DescribeCapability");

  /** {@code eks:DescribeCluster}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code eks:DescribeClusterVersions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER_VERSIONS = Action.of(PREFIX, "DescribeClusterVersions");

  /** {@code eks:DescribeEksAnywhereSubscription}: Read; on eks-anywhere-subscription. */
  public static final Action DESCRIBE_EKS_ANYWHERE_SUBSCRIPTION = Action.of(PREFIX, "DescribeEksAnywhereSubscription");

  /** {@code eks:DescribeFargateProfile}: Read; on fargateprofile. */
  public static final Action DESCRIBE_FARGATE_PROFILE = Action.of(PREFIX, "DescribeFargateProfile");

  /** {@code eks:DescribeIdentityProviderConfig}: Read; on identityproviderconfig. */
  public static final Action DESCRIBE_IDENTITY_PROVIDER_CONFIG = Action.of(PREFIX, "DescribeIdentityProviderConfig");

  /** {@code eks:DescribeInsight}: Read; on cluster. */
  public static final Action DESCRIBE_INSIGHT = Action.of(PREFIX, "DescribeInsight");

  /** {@code eks:DescribeInsightsRefresh}: Read; on cluster. */
  public static final Action DESCRIBE_INSIGHTS_REFRESH = Action.of(PREFIX, "DescribeInsightsRefresh");

  /** {@code eks:DescribeNodegroup}: Read; on nodegroup. */
  public static final Action DESCRIBE_NODEGROUP = Action.of(PREFIX, "DescribeNodegroup");

  /** {@code eks:DescribePodIdentityAssociation}: Read; on podidentityassociation. */
  public static final Action DESCRIBE_POD_IDENTITY_ASSOCIATION = Action.of(PREFIX, "DescribePodIdentityAssociation");

  /** {@code eks:DescribeUpdate}: Read; on addon, capability, cluster, nodegroup. */
  public static final Action DESCRIBE_UPDATE = Action.of(PREFIX, "DescribeUpdate");

  /** {@code eks:DisassociateAccessPolicy}: Write; on access-entry. */
  public static final Action DISASSOCIATE_ACCESS_POLICY = Action.of(PREFIX, "DisassociateAccessPolicy");

  /** {@code eks:DisassociateIdentityProviderConfig}: Write; on identityproviderconfig. */
  public static final Action DISASSOCIATE_IDENTITY_PROVIDER_CONFIG = Action.of(PREFIX, "DisassociateIdentityProviderConfig");

  /** {@code eks:ListAccessEntries}: List; on cluster. */
  public static final Action LIST_ACCESS_ENTRIES = Action.of(PREFIX, "ListAccessEntries");

  /** {@code eks:ListAccessPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_POLICIES = Action.of(PREFIX, "ListAccessPolicies");

  /** {@code eks:ListAddons}: List; on cluster. */
  public static final Action LIST_ADDONS = Action.of(PREFIX, "ListAddons");

  /** {@code eks:ListAssociatedAccessPolicies}: List; on access-entry. */
  public static final Action LIST_ASSOCIATED_ACCESS_POLICIES = Action.of(PREFIX, "ListAssociatedAccessPolicies");

  /** {@code eks:ListCapabilities}: List; on cluster. */
  public static final Action LIST_CAPABILITIES = Action.of(PREFIX, "ListCapabilities");

  /** {@code eks:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code eks:ListDashboardData}: Read; on dashboard. */
  public static final Action LIST_DASHBOARD_DATA = Action.of(PREFIX, "ListDashboardData");

  /** {@code eks:ListDashboardResources}: Read; on dashboard. */
  public static final Action LIST_DASHBOARD_RESOURCES = Action.of(PREFIX, "ListDashboardResources");

  /** {@code eks:ListEksAnywhereSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EKS_ANYWHERE_SUBSCRIPTIONS = Action.of(PREFIX, "ListEksAnywhereSubscriptions");

  /** {@code eks:ListFargateProfiles}: List; on cluster. */
  public static final Action LIST_FARGATE_PROFILES = Action.of(PREFIX, "ListFargateProfiles");

  /** {@code eks:ListIdentityProviderConfigs}: List; on cluster. */
  public static final Action LIST_IDENTITY_PROVIDER_CONFIGS = Action.of(PREFIX, "ListIdentityProviderConfigs");

  /** {@code eks:ListInsights}: List; on cluster. */
  public static final Action LIST_INSIGHTS = Action.of(PREFIX, "ListInsights");

  /** {@code eks:ListNodegroups}: List; on cluster. */
  public static final Action LIST_NODEGROUPS = Action.of(PREFIX, "ListNodegroups");

  /** {@code eks:ListPodIdentityAssociations}: List; on cluster. */
  public static final Action LIST_POD_IDENTITY_ASSOCIATIONS = Action.of(PREFIX, "ListPodIdentityAssociations");

  /** {@code eks:ListTagsForResource}: Read; on addon, capability, cluster, dashboard, eks-anywhere-subscription, fargateprofile, identityproviderconfig, nodegroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code eks:ListUpdates}: List; on addon, capability, cluster, nodegroup. */
  public static final Action LIST_UPDATES = Action.of(PREFIX, "ListUpdates");

  /** {@code eks:MutateViaKubernetesApi}: Write; on cluster. */
  public static final Action MUTATE_VIA_KUBERNETES_API = Action.of(PREFIX, "MutateViaKubernetesApi");

  /** {@code eks:RegisterCluster}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CLUSTER = Action.of(PREFIX, "RegisterCluster");

  /** {@code eks:StartInsightsRefresh}: Write; on cluster. */
  public static final Action START_INSIGHTS_REFRESH = Action.of(PREFIX, "StartInsightsRefresh");

  /** {@code eks:TagResource}: Tagging; on access-entry, addon, capability, cluster, dashboard, eks-anywhere-subscription, fargateprofile, identityproviderconfig, nodegroup, podidentityassociation. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code eks:UntagResource}: Tagging; on access-entry, addon, capability, cluster, dashboard, eks-anywhere-subscription, fargateprofile, identityproviderconfig, nodegroup, podidentityassociation. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code eks:UpdateAccessEntry}: Write; on access-entry. */
  public static final Action UPDATE_ACCESS_ENTRY = Action.of(PREFIX, "UpdateAccessEntry");

  /** {@code eks:UpdateAddon}: Write; on addon, podidentityassociation. */
  public static final Action UPDATE_ADDON = Action.of(PREFIX, "UpdateAddon");

  /** {@code eks:UpdateCapability}: Write; on capability. */
  public static final Action UPDATE_CAPABILITY = Action.of(PREFIX, "UpdateCapability");

  /** {@code eks:UpdateClusterConfig}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER_CONFIG = Action.of(PREFIX, "UpdateClusterConfig");

  /** {@code eks:UpdateClusterVersion}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER_VERSION = Action.of(PREFIX, "UpdateClusterVersion");

  /** {@code eks:UpdateEksAnywhereSubscription}: Write; on eks-anywhere-subscription. */
  public static final Action UPDATE_EKS_ANYWHERE_SUBSCRIPTION = Action.of(PREFIX, "UpdateEksAnywhereSubscription");

  /** {@code eks:UpdateNodegroupConfig}: Write; on nodegroup. */
  public static final Action UPDATE_NODEGROUP_CONFIG = Action.of(PREFIX, "UpdateNodegroupConfig");

  /** {@code eks:UpdateNodegroupVersion}: Write; on nodegroup. */
  public static final Action UPDATE_NODEGROUP_VERSION = Action.of(PREFIX, "UpdateNodegroupVersion");

  /** {@code eks:UpdatePodIdentityAssociation}: Write; on podidentityassociation. */
  public static final Action UPDATE_POD_IDENTITY_ASSOCIATION = Action.of(PREFIX, "UpdatePodIdentityAssociation");

  private Eks() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
