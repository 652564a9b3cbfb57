// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Amplify (prefix {@code amplify}), as the service authorization reference lists them.
 */
public final class Amplify {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "amplify";

  /** {@code amplify:AssociateWebACL}: Write; on apps. */
  public static final Action ASSOCIATE_WEB_ACL = Action.of(PREFIX, "AssociateWebACL");

  /** {@code amplify:CreateApp}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APP = Action.of(PREFIX, "CreateApp");

  /** {@code amplify:CreateBackendEnvironment}: Write; on apps. */
  public static final Action CREATE_BACKEND_ENVIRONMENT = Action.of(PREFIX, "CreateBackendEnvironment");

  /** {@code amplify:CreateBranch}: Write; on branches. */
  public static final Action CREATE_BRANCH = Action.of(PREFIX, "CreateBranch");

  /** {@code amplify:CreateDeployment}: Write; on branches. */
  public static final Action CREATE_DEPLOYMENT = Action.of(PREFIX, "CreateDeployment");

  /** {@code amplify:CreateDomainAssociation}: Write; on domains. */
  public static final Action CREATE_DOMAIN_ASSOCIATION = Action.of(PREFIX, "CreateDomainAssociation");

  /** {@code amplify:CreateWebHook}: Write; on branches. */
  public static final Action CREATE_WEB_HOOK = Action.of(PREFIX, "CreateWebHook");

  /** {@code amplify:DeleteApp}: Write; on apps. */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code amplify:DeleteBackendEnvironment}: Write; on apps. */
  public static final Action DELETE_BACKEND_ENVIRONMENT = Action.of(PREFIX, "DeleteBackendEnvironment");

  /** {@code amplify:DeleteBranch}: Write; on branches. */
  public static final Action DELETE_BRANCH = Action.of(PREFIX, "DeleteBranch");

  /** {@code amplify:DeleteDomainAssociation}: Write; on domains. */
  public static final Action DELETE_DOMAIN_ASSOCIATION = Action.of(PREFIX, "DeleteDomainAssociation");

  /** {@code amplify:DeleteJob}: Write; on jobs. */
  public static final Action DELETE_JOB = Action.of(PREFIX, "DeleteJob");

  /** {@code amplify:DeleteWebHook}: Write; on webhooks. */
  public static final Action DELETE_WEB_HOOK = Action.of(PREFIX, "DeleteWebHook");

  /** {@code amplify:DisassociateWebACL}: Write; on apps. */
  public static final Action DISASSOCIATE_WEB_ACL = Action.of(PREFIX, "DisassociateWebACL");

  /** {@code amplify:GenerateAccessLogs}: Write; on apps. */
  public static final Action GENERATE_ACCESS_LOGS = Action.of(PREFIX, "GenerateAccessLogs");

  /** {@code amplify:GetApp}: Read; on apps. */
  public static final Action GET_APP = Action.of(PREFIX, "GetApp");

  /** {@code amplify:GetArtifactUrl}: Read; on apps. */
  public static final Action GET_ARTIFACT_URL = Action.of(PREFIX, "GetArtifactUrl");

  /** {@code amplify:GetBackendEnvironment}: Read; on apps. */
  public static final Action GET_BACKEND_ENVIRONMENT = Action.of(PREFIX, "GetBackendEnvironment");

  /** {@code amplify:GetBranch}: Read; on branches. */
  public static final Action GET_BRANCH = Action.of(PREFIX, "GetBranch");

  /** {@code amplify:GetDomainAssociation}: Read; on domains. */
  public static final Action GET_DOMAIN_ASSOCIATION = Action.of(PREFIX, "GetDomainAssociation");

  /** {@code amplify:GetJob}: Read; on jobs. */
  public static final Action GET_JOB = Action.of(PREFIX, "GetJob");

  /** {@code amplify:GetWebACLForResource}: Read; on apps. */
  public static final Action GET_WEB_ACL_FOR_RESOURCE = Action.of(PREFIX, "GetWebACLForResource");

  /** {@code amplify:GetWebHook}: Read; on webhooks. */
  public static final Action GET_WEB_HOOK = Action.of(PREFIX, "GetWebHook");

  /** {@code amplify:ListApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPS = Action.of(PREFIX, "ListApps");

  /** {@code amplify:ListArtifacts}: List; on apps. */
  public static final Action LIST_ARTIFACTS = Action.of(PREFIX, "ListArtifacts");

  /** {@code amplify:ListBackendEnvironments}: List; on apps. */
  public static final Action LIST_BACKEND_ENVIRONMENTS = Action.of(PREFIX, "ListBackendEnvironments");

  /** {@code amplify:ListBranches}: List; on apps. */
  public static final Action LIST_BRANCHES = Action.of(PREFIX, "ListBranches");

  /** {@code amplify:ListDomainAssociations}: List; on apps. */
  public static final Action LIST_DOMAIN_ASSOCIATIONS = Action.of(PREFIX, "ListDomainAssociations");

  /** {@code amplify:ListJobs}: List; on branches. */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code amplify:ListResourcesForWebACL}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES_FOR_WEB_ACL = Action.of(PREFIX, "ListResourcesForWebACL");

  /** {@code amplify:ListTagsForResource}: Read; on apps, branches, domains, webhooks. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code amplify:ListWebHooks}: List; on apps. */
  public static final Action LIST_WEB_HOOKS = Action.of(PREFIX, "ListWebHooks");

  /** {@code amplify:StartDeployment}: Write; on branches. */
  public static final Action START_DEPLOYMENT = Action.of(PREFIX, "StartDeployment");

  /** {@code amplify:StartJob}: Write; on jobs. */
  public static final Action START_JOB = Action.of(PREFIX, "StartJob");

  /** {@code amplify:StopJob}: Write; on jobs. */
  public static final Action STOP_JOB = Action.of(PREFIX, "StopJob");

  /** {@code amplify:TagResource}: Tagging; on apps, branches, domains, webhooks. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code amplify:UntagResource}: Tagging; on apps, branches, domains, webhooks. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code amplify:UpdateApp}: Write; on apps. */
  public static final Action UPDATE_APP = Action.of(PREFIX, "UpdateApp");

  /** {@code amplify:UpdateBranch}: Write; on branches. */
  public static final Action UPDATE_BRANCH = Action.of(PREFIX, "UpdateBranch");

  /** {@code amplify:UpdateDomainAssociation}: Write; on domains. */
  public static final Action UPDATE_DOMAIN_ASSOCIATION = Action.of(PREFIX, "UpdateDomainAssociation");

  /** {@code amplify:UpdateWebHook}: Write; on webhooks. */
  public static final Action UPDATE_WEB_HOOK = Action.of(PREFIX, "UpdateWebHook");

  private Amplify() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
