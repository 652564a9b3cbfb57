// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Security Agent (prefix {@code securityagent}), as the service authorization reference lists them.
 */
public final class Securityagent {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "securityagent";

  /** {@code securityagent:AddArtifact}: Write; on AgentSpace. */
  public static final Action ADD_ARTIFACT = Action.of(PREFIX, "AddArtifact");

  /** {@code securityagent:BatchDeletePentests}: Write; on AgentSpace. */
  public static final Action BATCH_DELETE_PENTESTS = Action.of(PREFIX, "BatchDeletePentests");

  /** {@code securityagent:BatchGetAgentSpaces}: Read; on AgentSpace. */
  public static final Action BATCH_GET_AGENT_SPACES = Action.of(PREFIX, "BatchGetAgentSpaces");

  /** {@code securityagent:BatchGetArtifactMetadata}: Read; on AgentSpace. */
  public static final Action BATCH_GET_ARTIFACT_METADATA = Action.of(PREFIX, "BatchGetArtifactMetadata");

  /** {@code securityagent:BatchGetFindings}: Read; on AgentSpace. */
  public static final Action BATCH_GET_FINDINGS = Action.of(PREFIX, "BatchGetFindings");

  /** {@code securityagent:BatchGetPentestJobContentMetadata}: Read; on AgentSpace. */
  public static final Action BATCH_GET_PENTEST_JOB_CONTENT_METADATA = Action.of(PREFIX, "BatchGetPentestJobContentMetadata");

  /** {@code securityagent:BatchGetPentestJobTasks}: Read; on AgentSpace. */
  public static final Action BATCH_GET_PENTEST_JOB_TASKS = Action.of(PREFIX, "BatchGetPentestJobTasks");

  /** {@code securityagent:BatchGetPentestJobs}: Read; on AgentSpace. */
  public static final Action BATCH_GET_PENTEST_JOBS = Action.of(PREFIX, "BatchGetPentestJobs");

  /** {@code securityagent:BatchGetPentests}: Read; on AgentSpace. */
  public static final Action BATCH_GET_PENTESTS = Action.of(PREFIX, "BatchGetPentests");

  /** {@code securityagent:BatchGetTargetDomains}: Read; on TargetDomain. */
  public static final Action BATCH_GET_TARGET_DOMAINS = Action.of(PREFIX, "BatchGetTargetDomains");

  /** {@code securityagent:CreateAgentSpace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AGENT_SPACE = Action.of(PREFIX, "CreateAgentSpace");

  /** {@code securityagent:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code securityagent:CreateDesignReview}: Write; on AgentSpace. */
  public static final Action CREATE_DESIGN_REVIEW = Action.of(PREFIX, "CreateDesignReview");

  /** {@code securityagent:CreateIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INTEGRATION = Action.of(PREFIX, "CreateIntegration");

  /** {@code securityagent:CreateMembership}: Write; on AgentSpace. */
  public static final Action CREATE_MEMBERSHIP = Action.of(PREFIX, "CreateMembership");

  /** {@code securityagent:CreateOneTimeLoginSession}: Write; on AgentSpace. */
  public static final Action CREATE_ONE_TIME_LOGIN_SESSION = Action.of(PREFIX, "CreateOneTimeLoginSession");

  /** {@code securityagent:CreatePentest}: Write; on AgentSpace. */
  public static final Action CREATE_PENTEST = Action.of(PREFIX, "CreatePentest");

  /** {@code securityagent:CreateSecurityRequirement}: Write; on SecurityRequirementPack. */
  public static final Action CREATE_SECURITY_REQUIREMENT = Action.of(PREFIX, "CreateSecurityRequirement");

  /** {@code securityagent:CreateTargetDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TARGET_DOMAIN = Action.of(PREFIX, "CreateTargetDomain");

  /** {@code securityagent:DeleteAgentSpace}: Write; on AgentSpace. */
  public static final Action DELETE_AGENT_SPACE = Action.of(PREFIX, "DeleteAgentSpace");

  /** {@code securityagent:DeleteApplication}: Write; on Application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code securityagent:DeleteArtifact}: Write; on AgentSpace. */
  public static final Action DELETE_ARTIFACT = Action.of(PREFIX, "DeleteArtifact");

  /** {@code securityagent:DeleteDesignReview}: Write; on AgentSpace. */
  public static final Action DELETE_DESIGN_REVIEW = Action.of(PREFIX, "DeleteDesignReview");

  /** {@code securityagent:DeleteIntegration}: Write; on Integration. */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code securityagent:DeleteMembership}: Write; on AgentSpace. */
  public static final Action DELETE_MEMBERSHIP = Action.of(PREFIX, "DeleteMembership");

  /** {@code securityagent:DeleteSecurityRequirement}: Write; on SecurityRequirementPack. */
  public static final Action DELETE_SECURITY_REQUIREMENT = Action.of(PREFIX, "DeleteSecurityRequirement");

  /** {@code securityagent:DeleteTargetDomain}: Write; on TargetDomain. */
  public static final Action DELETE_TARGET_DOMAIN = Action.of(PREFIX, "DeleteTargetDomain");

  /** {@code securityagent:GetApplication}: Read; on Application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code securityagent:GetArtifact}: Read; on AgentSpace. */
  public static final Action GET_ARTIFACT = Action.of(PREFIX, "GetArtifact");

  /** {@code securityagent:GetDesignReview}: Read; on AgentSpace. */
  public static final Action GET_DESIGN_REVIEW = Action.of(PREFIX, "GetDesignReview");

  /** {@code securityagent:GetDesignReviewArtifact}: Read; on AgentSpace. */
  public static final Action GET_DESIGN_REVIEW_ARTIFACT = Action.of(PREFIX, "GetDesignReviewArtifact");

  /** {@code securityagent:GetDesignReviewFeedback}: Read; on AgentSpace. */
  public static final Action GET_DESIGN_REVIEW_FEEDBACK = Action.of(PREFIX, "GetDesignReviewFeedback");

  /** {@code securityagent:GetIntegration}: Read; on Integration. */
  public static final Action GET_INTEGRATION = Action.of(PREFIX, "GetIntegration");

  /** {@code securityagent:GetSecurityRequirement}: Read; on SecurityRequirementPack. */
  public static final Action GET_SECURITY_REQUIREMENT = Action.of(PREFIX, "GetSecurityRequirement");

  /** {@code securityagent:InitiateProviderRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action INITIATE_PROVIDER_REGISTRATION = Action.of(PREFIX, "InitiateProviderRegistration");

  /** {@code securityagent:ListAgentSpaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGENT_SPACES = Action.of(PREFIX, "ListAgentSpaces");

  /** {@code securityagent:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code securityagent:ListArtifacts}: List; on AgentSpace. */
  public static final Action LIST_ARTIFACTS = Action.of(PREFIX, "ListArtifacts");

  /** {@code securityagent:ListDesignReviewComments}: List; on AgentSpace. */
  public static final Action LIST_DESIGN_REVIEW_COMMENTS = Action.of(PREFIX, "ListDesignReviewComments");

  /** {@code securityagent:ListDesignReviews}: List; on AgentSpace. */
  public static final Action LIST_DESIGN_REVIEWS = Action.of(PREFIX, "ListDesignReviews");

  /** {@code securityagent:ListDiscoveredEndpoints}: List; on AgentSpace. */
  public static final Action LIST_DISCOVERED_ENDPOINTS = Action.of(PREFIX, "ListDiscoveredEndpoints");

  /** {@code securityagent:ListFindings}: List; on AgentSpace. */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code securityagent:ListIntegratedResources}: List; on AgentSpace. */
  public static final Action LIST_INTEGRATED_RESOURCES = Action.of(PREFIX, "ListIntegratedResources");

  /** {@code securityagent:ListIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INTEGRATIONS = Action.of(PREFIX, "ListIntegrations");

  /** {@code securityagent:ListMemberships}: List; on AgentSpace. */
  public static final Action LIST_MEMBERSHIPS = Action.of(PREFIX, "ListMemberships");

  /** {@code securityagent:ListPentestJobTasks}: List; on AgentSpace. */
  public static final Action LIST_PENTEST_JOB_TASKS = Action.of(PREFIX, "ListPentestJobTasks");

  /** {@code securityagent:ListPentestJobsForPentest}: List; on AgentSpace. */
  public static final Action LIST_PENTEST_JOBS_FOR_PENTEST = Action.of(PREFIX, "ListPentestJobsForPentest");

  /** {@code securityagent:ListPentests}: List; on AgentSpace. */
  public static final Action LIST_PENTESTS = Action.of(PREFIX, "ListPentests");

  /** {@code securityagent:ListResourcesFromIntegration}: List; on Integration. */
  public static final Action LIST_RESOURCES_FROM_INTEGRATION = Action.of(PREFIX, "ListResourcesFromIntegration");

  /** {@code securityagent:ListSecurityRequirements}: List; on SecurityRequirementPack. */
  public static final Action LIST_SECURITY_REQUIREMENTS = Action.of(PREFIX, "ListSecurityRequirements");

  /** {@code securityagent:ListTagsForResource}: Read; on AgentSpace, Application, Integration, SecurityRequirementPack, TargetDomain. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code securityagent:ListTargetDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TARGET_DOMAINS = Action.of(PREFIX, "ListTargetDomains");

  /** {@code securityagent:PutDesignReviewFeedback}: Write; on AgentSpace. */
  public static final Action PUT_DESIGN_REVIEW_FEEDBACK = Action.of(PREFIX, "PutDesignReviewFeedback");

  /** {@code securityagent:StartCodeRemediation}: Write; on AgentSpace. */
  public static final Action START_CODE_REMEDIATION = Action.of(PREFIX, "StartCodeRemediation");

  /** {@code securityagent:StartPentestJob}: Write; on AgentSpace. */
  public static final Action START_PENTEST_JOB = Action.of(PREFIX, "StartPentestJob");

  /** {@code securityagent:StopPentestJob}: Write; on AgentSpace. */
  public static final Action STOP_PENTEST_JOB = Action.of(PREFIX, "StopPentestJob");

  /** {@code securityagent:TagResource}: Tagging; on AgentSpace, Application, Integration, SecurityRequirementPack, TargetDomain. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code securityagent:ToggleManagedSecurityRequirement}: Write; on SecurityRequirementPack. */
  public static final Action TOGGLE_MANAGED_SECURITY_REQUIREMENT = Action.of(PREFIX, "ToggleManagedSecurityRequirement");

  /** {@code securityagent:UntagResource}: Tagging; on AgentSpace, Application, Integration, SecurityRequirementPack, TargetDomain. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code securityagent:UpdateAgentSpace}: Write; on AgentSpace. */
  public static final Action UPDATE_AGENT_SPACE = Action.of(PREFIX, "UpdateAgentSpace");

  /** {@code securityagent:UpdateApplication}: Write; on Application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code securityagent:UpdateFinding}: Write; on AgentSpace. */
  public static final Action UPDATE_FINDING = Action.of(PREFIX, "UpdateFinding");

  /** {@code securityagent:UpdateIntegratedResources}: Write; on AgentSpace. */
  public static final Action UPDATE_INTEGRATED_RESOURCES = Action.of(PREFIX, "UpdateIntegratedResources");

  /** {@code securityagent:UpdatePentest}: Write; on AgentSpace. */
  public static final Action UPDATE_PENTEST = Action.of(PREFIX, "UpdatePentest");

  /** {@code securityagent:UpdateSecurityRequirement}: Write; on SecurityRequirementPack. */
  public static final Action UPDATE_SECURITY_REQUIREMENT = Action.of(PREFIX, "UpdateSecurityRequirement");

  /** {@code securityagent:UpdateTargetDomain}: Write; on TargetDomain. */
  public static final Action UPDATE_TARGET_DOMAIN = Action.of(PREFIX, "UpdateTargetDomain");

  /** {@code securityagent:VerifyTargetDomain}: Write; on TargetDomain. */
  public static final Action VERIFY_TARGET_DOMAIN = Action.of(PREFIX, "VerifyTargetDomain");

  private Securityagent() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
