// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Clean Rooms (prefix {@code cleanrooms}), as the service authorization reference lists them.
 */
public final class Cleanrooms {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cleanrooms";

  /** {@code cleanrooms:BatchGetCollaborationAnalysisTemplate}: Read; on analysistemplate, collaboration. */
  public static final Action BATCH_GET_COLLABORATION_ANALYSIS_TEMPLATE = Action.of(PREFIX, "BatchGetCollaborationAnalysisTemplate");

  /** {@code cleanrooms:BatchGetSchema}: Read; on collaboration, configuredtableassociation, idmappingtable. */
  public static final Action BATCH_GET_SCHEMA = Action.of(PREFIX, "BatchGetSchema");

  /** {@code cleanrooms:BatchGetSchemaAnalysisRule}: Read; on collaboration, configuredtableassociation, idmappingtable. */
  public static final Action BATCH_GET_SCHEMA_ANALYSIS_RULE = Action.of(PREFIX, "BatchGetSchemaAnalysisRule");

  /** {@code cleanrooms:CreateAnalysisTemplate}: Write; on analysistemplate, membership. */
  public static final Action CREATE_ANALYSIS_TEMPLATE = Action.of(PREFIX, "CreateAnalysisTemplate");

  /** {@code cleanrooms:CreateCollaboration}: Write; on collaboration. */
  public static final Action CREATE_COLLABORATION = Action.of(PREFIX, "CreateCollaboration");

  /** {@code cleanrooms:CreateCollaborationChangeRequest}: Write; on collaboration. */
  public static final Action CREATE_COLLABORATION_CHANGE_REQUEST = Action.of(PREFIX, "CreateCollaborationChangeRequest");

  /** {@code cleanrooms:CreateConfiguredAudienceModelAssociation}: Write; on configuredaudiencemodelassociation, membership. */
  public static final Action CREATE_CONFIGURED_AUDIENCE_MODEL_ASSOCIATION = Action.of(PREFIX, "CreateConfiguredAudienceModelAssociation");

  /** {@code cleanrooms:CreateConfiguredTable}: Write; on configuredtable. */
  public static final Action CREATE_CONFIGURED_TABLE = Action.of(PREFIX, "CreateConfiguredTable");

  /** {@code cleanrooms:CreateConfiguredTableAnalysisRule}: Write; on configuredtable. */
  public static final Action CREATE_CONFIGURED_TABLE_ANALYSIS_RULE = Action.of(PREFIX, "CreateConfiguredTableAnalysisRule");

  /** {@code cleanrooms:CreateConfiguredTableAssociation}: Write; on configuredtable, configuredtableassociation, membership. */
  public static final Action CREATE_CONFIGURED_TABLE_ASSOCIATION = Action.of(PREFIX, "CreateConfiguredTableAssociation");

  /** {@code cleanrooms:CreateConfiguredTableAssociationAnalysisRule}: Write; on configuredtableassociation. */
  public static final Action CREATE_CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE = Action.of(PREFIX, "CreateConfiguredTableAssociationAnalysisRule");

  /** {@code cleanrooms:CreateIdMappingTable}: Write; on idmappingtable, membership. */
  public static final Action CREATE_ID_MAPPING_TABLE = Action.of(PREFIX, "CreateIdMappingTable");

  /** {@code cleanrooms:CreateIdNamespaceAssociation}: Write; on idnamespaceassociation, membership. */
  public static final Action CREATE_ID_NAMESPACE_ASSOCIATION = Action.of(PREFIX, "CreateIdNamespaceAssociation");

  /** {@code cleanrooms:CreateMembership}: Write; on collaboration, membership. */
  public static final Action CREATE_MEMBERSHIP = Action.of(PREFIX, "CreateMembership");

  /** {@code cleanrooms:CreatePrivacyBudgetTemplate}: Write; on membership, privacybudgettemplate. */
  public static final Action CREATE_PRIVACY_BUDGET_TEMPLATE = Action.of(PREFIX, "CreatePrivacyBudgetTemplate");

  /** {@code cleanrooms:DeleteAnalysisTemplate}: Write; on analysistemplate. */
  public static final Action DELETE_ANALYSIS_TEMPLATE = Action.of(PREFIX, "DeleteAnalysisTemplate");

  /** {@code cleanrooms:DeleteCollaboration}: Write; on collaboration. */
  public static final Action DELETE_COLLABORATION = Action.of(PREFIX, "DeleteCollaboration");

  /** {@code cleanrooms:DeleteConfiguredAudienceModelAssociation}: Write; on configuredaudiencemodelassociation. */
  public static final Action DELETE_CONFIGURED_AUDIENCE_MODEL_ASSOCIATION = Action.of(PREFIX, "DeleteConfiguredAudienceModelAssociation");

  /** {@code cleanrooms:DeleteConfiguredTable}: Write; on configuredtable. */
  public static final Action DELETE_CONFIGURED_TABLE = Action.of(PREFIX, "DeleteConfiguredTable");

  /** {@code cleanrooms:DeleteConfiguredTableAnalysisRule}: Write; on configuredtable. */
  public static final Action DELETE_CONFIGURED_TABLE_ANALYSIS_RULE = Action.of(PREFIX, "DeleteConfiguredTableAnalysisRule");

  /** {@code cleanrooms:DeleteConfiguredTableAssociation}: Write; on configuredtableassociation. */
  public static final Action DELETE_CONFIGURED_TABLE_ASSOCIATION = Action.of(PREFIX, "DeleteConfiguredTableAssociation");

  /** {@code cleanrooms:DeleteConfiguredTableAssociationAnalysisRule}: Write; on configuredtableassociation. */
  public static final Action DELETE_CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE = Action.of(PREFIX, "DeleteConfiguredTableAssociationAnalysisRule");

  /** {@code cleanrooms:DeleteIdMappingTable}: Write; on idmappingtable, membership. */
  public static final Action DELETE_ID_MAPPING_TABLE = Action.of(PREFIX, "DeleteIdMappingTable");

  /** {@code cleanrooms:DeleteIdNamespaceAssociation}: Write; on idnamespaceassociation, membership. */
  public static final Action DELETE_ID_NAMESPACE_ASSOCIATION = Action.of(PREFIX, "DeleteIdNamespaceAssociation");

  /** {@code cleanrooms:DeleteMember}: Write; on collaboration. */
  public static final Action DELETE_MEMBER = Action.of(PREFIX, "DeleteMember");

  /** {@code cleanrooms:DeleteMembership}: Write; on membership. */
  public static final Action DELETE_MEMBERSHIP = Action.of(PREFIX, "DeleteMembership");

  /** {@code cleanrooms:DeletePrivacyBudgetTemplate}: Write; on privacybudgettemplate. */
  public static final Action DELETE_PRIVACY_BUDGET_TEMPLATE = Action.of(PREFIX, "DeletePrivacyBudgetTemplate");

  /** {@code cleanrooms:GetAnalysisTemplate}: Read; on analysistemplate. */
  public static final Action GET_ANALYSIS_TEMPLATE = Action.of(PREFIX, "GetAnalysisTemplate");

  /** {@code cleanrooms:GetCollaboration}: Read; on collaboration. */
  public static final Action GET_COLLABORATION = Action.of(PREFIX, "GetCollaboration");

  /** {@code cleanrooms:GetCollaborationAnalysisTemplate}: Read; on analysistemplate, collaboration. */
  public static final Action GET_COLLABORATION_ANALYSIS_TEMPLATE = Action.of(PREFIX, "GetCollaborationAnalysisTemplate");

  /** {@code cleanrooms:GetCollaborationChangeRequest}: Read; on collaboration. */
  public static final Action GET_COLLABORATION_CHANGE_REQUEST = Action.of(PREFIX, "GetCollaborationChangeRequest");

  /** {@code cleanrooms:GetCollaborationConfiguredAudienceModelAssociation}: Read; on collaboration, configuredaudiencemodelassociation. */
  public static final Action GET_COLLABORATION_CONFIGURED_AUDIENCE_MODEL_ASSOCIATION = Action.of(PREFIX, "GetCollaborationConfiguredAudienceModelAssociation");

  /** {@code cleanrooms:GetCollaborationIdNamespaceAssociation}: Read; on collaboration, idnamespaceassociation. */
  public static final Action GET_COLLABORATION_ID_NAMESPACE_ASSOCIATION = Action.of(PREFIX, "GetCollaborationIdNamespaceAssociation");

  /** {@code cleanrooms:GetCollaborationPrivacyBudgetTemplate}: Read; on collaboration, privacybudgettemplate. */
  public static final Action GET_COLLABORATION_PRIVACY_BUDGET_TEMPLATE = Action.of(PREFIX, "GetCollaborationPrivacyBudgetTemplate");

  /** {@code cleanrooms:GetConfiguredAudienceModelAssociation}: Read; on configuredaudiencemodelassociation. */
  public static final Action GET_CONFIGURED_AUDIENCE_MODEL_ASSOCIATION = Action.of(PREFIX, "GetConfiguredAudienceModelAssociation");

  /** {@code cleanrooms:GetConfiguredTable}: Read; on configuredtable. */
  public static final Action GET_CONFIGURED_TABLE = Action.of(PREFIX, "GetConfiguredTable");

  /** {@code cleanrooms:GetConfiguredTableAnalysisRule}: Read; on configuredtable. */
  public static final Action GET_CONFIGURED_TABLE_ANALYSIS_RULE = Action.of(PREFIX, "GetConfiguredTableAnalysisRule");

  /** {@code cleanrooms:GetConfiguredTableAssociation}: Read; on configuredtableassociation. */
  public static final Action GET_CONFIGURED_TABLE_ASSOCIATION = Action.of(PREFIX, "GetConfiguredTableAssociation");

  /** {@code cleanrooms:GetConfiguredTableAssociationAnalysisRule}: Read; on configuredtableassociation. */
  public static final Action GET_CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE = Action.of(PREFIX, "GetConfiguredTableAssociationAnalysisRule");

  /** {@code cleanrooms:GetIdMappingTable}: Read; on idmappingtable, membership. */
  public static final Action GET_ID_MAPPING_TABLE = Action.of(PREFIX, "GetIdMappingTable");

  /** {@code cleanrooms:GetIdNamespaceAssociation}: Read; on idnamespaceassociation, membership. */
  public static final Action GET_ID_NAMESPACE_ASSOCIATION = Action.of(PREFIX, "GetIdNamespaceAssociation");

  /** {@code cleanrooms:GetMembership}: Read; on membership. */
  public static final Action GET_MEMBERSHIP = Action.of(PREFIX, "GetMembership");

  /** {@code cleanrooms:GetPrivacyBudgetTemplate}: Read; on privacybudgettemplate. */
  public static final Action GET_PRIVACY_BUDGET_TEMPLATE = Action.of(PREFIX, "GetPrivacyBudgetTemplate");

  /** {@code cleanrooms:GetProtectedJob}: Read; on membership. */
  public static final Action GET_PROTECTED_JOB = Action.of(PREFIX, "GetProtectedJob");

  /** {@code cleanrooms:GetProtectedQuery}: Read; on membership. */
  public static final Action GET_PROTECTED_QUERY = Action.of(PREFIX, "GetProtectedQuery");

  /** {@code cleanrooms:GetSchema}: Read; on collaboration, configuredtableassociation. */
  public static final Action GET_SCHEMA = Action.of(PREFIX, "GetSchema");

  /** {@code cleanrooms:GetSchemaAnalysisRule}: Read; on collaboration, configuredtableassociation. */
  public static final Action GET_SCHEMA_ANALYSIS_RULE = Action.of(PREFIX, "GetSchemaAnalysisRule");

  /** {@code cleanrooms:ListAnalysisTemplates}: List; on analysistemplate, membership. */
  public static final Action LIST_ANALYSIS_TEMPLATES = Action.of(PREFIX, "ListAnalysisTemplates");

  /** {@code cleanrooms:ListCollaborationAnalysisTemplates}: List; on collaboration. */
  public static final Action LIST_COLLABORATION_ANALYSIS_TEMPLATES = Action.of(PREFIX, "ListCollaborationAnalysisTemplates");

  /** {@code cleanrooms:ListCollaborationChangeRequests}: List; on collaboration. */
  public static final Action LIST_COLLABORATION_CHANGE_REQUESTS = Action.of(PREFIX, "ListCollaborationChangeRequests");

  /** {@code cleanrooms:ListCollaborationConfiguredAudienceModelAssociations}: List; on collaboration. */
  public static final Action LIST_COLLABORATION_CONFIGURED_AUDIENCE_MODEL_ASSOCIATIONS = Action.of(PREFIX, "ListCollaborationConfiguredAudienceModelAssociations");

  /** {@code cleanrooms:ListCollaborationIdNamespaceAssociations}: List; on collaboration. */
  public static final Action LIST_COLLABORATION_ID_NAMESPACE_ASSOCIATIONS = Action.of(PREFIX, "ListCollaborationIdNamespaceAssociations");

  /** {@code cleanrooms:ListCollaborationPrivacyBudgetTemplates}: List; on collaboration. */
  public static final Action LIST_COLLABORATION_PRIVACY_BUDGET_TEMPLATES = Action.of(PREFIX, "ListCollaborationPrivacyBudgetTemplates");

  /** {@code cleanrooms:ListCollaborationPrivacyBudgets}: List; on collaboration. */
  public static final Action LIST_COLLABORATION_PRIVACY_BUDGETS = Action.of(PREFIX, "ListCollaborationPrivacyBudgets");

  /** {@code cleanrooms:ListCollaborations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLABORATIONS = Action.of(PREFIX, "ListCollaborations");

  /** {@code cleanrooms:ListConfiguredAudienceModelAssociations}: List; on configuredaudiencemodelassociation, membership. */
  public static final Action LIST_CONFIGURED_AUDIENCE_MODEL_ASSOCIATIONS = Action.of(PREFIX, "ListConfiguredAudienceModelAssociations");

  /** {@code cleanrooms:ListConfiguredTableAssociations}: List; on configuredtableassociation, membership. */
  public static final Action LIST_CONFIGURED_TABLE_ASSOCIATIONS = Action.of(PREFIX, "ListConfiguredTableAssociations");

  /** {@code cleanrooms:ListConfiguredTables}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURED_TABLES = Action.of(PREFIX, "ListConfiguredTables");

  /** {@code cleanrooms:ListIdMappingTables}: List; on idmappingtable, membership. */
  public static final Action LIST_ID_MAPPING_TABLES = Action.of(PREFIX, "ListIdMappingTables");

  /** {@code cleanrooms:ListIdNamespaceAssociations}: List; on idnamespaceassociation, membership. */
  public static final Action LIST_ID_NAMESPACE_ASSOCIATIONS = Action.of(PREFIX, "ListIdNamespaceAssociations");

  /** {@code cleanrooms:ListMembers}: List; on collaboration. */
  public static final Action LIST_MEMBERS = Action.of(PREFIX, "ListMembers");

  /** {@code cleanrooms:ListMemberships}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEMBERSHIPS = Action.of(PREFIX, "ListMemberships");

  /** {@code cleanrooms:ListPrivacyBudgetTemplates}: List; on membership, privacybudgettemplate. */
  public static final Action LIST_PRIVACY_BUDGET_TEMPLATES = Action.of(PREFIX, "ListPrivacyBudgetTemplates");

  /** {@code cleanrooms:ListPrivacyBudgets}: List; on membership. */
  public static final Action LIST_PRIVACY_BUDGETS = Action.of(PREFIX, "ListPrivacyBudgets");

  /** {@code cleanrooms:ListProtectedJobs}: List; on membership. */
  public static final Action LIST_PROTECTED_JOBS = Action.of(PREFIX, "ListProtectedJobs");

  /** {@code cleanrooms:ListProtectedQueries}: List; on membership. */
  public static final Action LIST_PROTECTED_QUERIES = Action.of(PREFIX, "ListProtectedQueries");

  /** {@code cleanrooms:ListSchemas}: List; on collaboration. */
  public static final Action LIST_SCHEMAS = Action.of(PREFIX, "ListSchemas");

  /** {@code cleanrooms:ListTagsForResource}: List; on analysistemplate, collaboration, configuredaudiencemodelassociation, configuredtable, configuredtableassociation, membership, privacybudgettemplate. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cleanrooms:PassCollaboration}: Read; on collaboration. */
  public static final Action PASS_COLLABORATION = Action.of(PREFIX, "PassCollaboration");

  /** {@code cleanrooms:PassMembership}: Read; on membership. */
  public static final Action PASS_MEMBERSHIP = Action.of(PREFIX, "PassMembership");

  /** {@code cleanrooms:PopulateIdMappingTable}: Write; on idmappingtable, membership. */
  public static final Action POPULATE_ID_MAPPING_TABLE = Action.of(PREFIX, "PopulateIdMappingTable");

  /** {@code cleanrooms:PreviewPrivacyImpact}: Read; on membership. */
  public static final Action PREVIEW_PRIVACY_IMPACT = Action.of(PREFIX, "PreviewPrivacyImpact");

  /** {@code cleanrooms:StartProtectedJob}: Write; on analysistemplate, configuredtableassociation, membership. */
  public static final Action START_PROTECTED_JOB = Action.of(PREFIX, "StartProtectedJob");

  /** {@code cleanrooms:StartProtectedQuery}: Write; on analysistemplate, configuredtableassociation, idmappingtable, membership. */
  public static final Action START_PROTECTED_QUERY = Action.of(PREFIX, "StartProtectedQuery");

  /** {@code cleanrooms:TagResource}: Tagging; on analysistemplate, collaboration, configuredaudiencemodelassociation, configuredtable, configuredtableassociation, idmappingtable, idnamespaceassociation, membership, privacybudgettemplate. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cleanrooms:UntagResource}: Tagging; on analysistemplate, collaboration, configuredaudiencemodelassociation, configuredtable, configuredtableassociation, idmappingtable, idnamespaceassociation, membership, privacybudgettemplate. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cleanrooms:UpdateAnalysisTemplate}: Write; on analysistemplate. */
  public static final Action UPDATE_ANALYSIS_TEMPLATE = Action.of(PREFIX, "UpdateAnalysisTemplate");

  /** {@code cleanrooms:UpdateCollaboration}: Write; on collaboration. */
  public static final Action UPDATE_COLLABORATION = Action.of(PREFIX, "UpdateCollaboration");

  /** {@code cleanrooms:UpdateCollaborationChangeRequest}: Write; on collaboration. */
  public static final Action UPDATE_COLLABORATION_CHANGE_REQUEST = Action.of(PREFIX, "UpdateCollaborationChangeRequest");

  /** {@code cleanrooms:UpdateConfiguredAudienceModelAssociation}: Write; on configuredaudiencemodelassociation. */
  public static final Action UPDATE_CONFIGURED_AUDIENCE_MODEL_ASSOCIATION = Action.of(PREFIX, "UpdateConfiguredAudienceModelAssociation");

  /** {@code cleanrooms:UpdateConfiguredTable}: Write; on configuredtable. */
  public static final Action UPDATE_CONFIGURED_TABLE = Action.of(PREFIX, "UpdateConfiguredTable");

  /** {@code cleanrooms:UpdateConfiguredTableAllowedColumns}: Write; on configuredtable. */
  public static final Action UPDATE_CONFIGURED_TABLE_ALLOWED_COLUMNS = Action.of(PREFIX, "UpdateConfiguredTableAllowedColumns");

  /** {@code cleanrooms:UpdateConfiguredTableAnalysisRule}: Write; on configuredtable. */
  public static final Action UPDATE_CONFIGURED_TABLE_ANALYSIS_RULE = Action.of(PREFIX, "UpdateConfiguredTableAnalysisRule");

  /** {@code cleanrooms:UpdateConfiguredTableAssociation}: Write; on configuredtableassociation. */
  public static final Action UPDATE_CONFIGURED_TABLE_ASSOCIATION = Action.of(PREFIX, "UpdateConfiguredTableAssociation");

  /** {@code cleanrooms:UpdateConfiguredTableAssociationAnalysisRule}: Write; on configuredtableassociation. */
  public static final Action UPDATE_CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE = Action.of(PREFIX, "UpdateConfiguredTableAssociationAnalysisRule");

  /** {@code cleanrooms:UpdateConfiguredTableReference}: Write; on configuredtable. */
  public static final Action UPDATE_CONFIGURED_TABLE_REFERENCE = Action.of(PREFIX, "UpdateConfiguredTableReference");

  /** {@code cleanrooms:UpdateIdMappingTable}: Write; on idmappingtable, membership. */
  public static final Action UPDATE_ID_MAPPING_TABLE = Action.of(PREFIX, "UpdateIdMappingTable");

  /** {@code cleanrooms:UpdateIdNamespaceAssociation}: Write; on idnamespaceassociation, membership. */
  public static final Action UPDATE_ID_NAMESPACE_ASSOCIATION = Action.of(PREFIX, "UpdateIdNamespaceAssociation");

  /** {@code cleanrooms:UpdateMembership}: Write; on membership. */
  public static final Action UPDATE_MEMBERSHIP = Action.of(PREFIX, "UpdateMembership");

  /** {@code cleanrooms:UpdatePrivacyBudgetTemplate}: Write; on privacybudgettemplate. */
  public static final Action UPDATE_PRIVACY_BUDGET_TEMPLATE = Action.of(PREFIX, "UpdatePrivacyBudgetTemplate");

  /** {@code cleanrooms:UpdateProtectedJob}: Write; on membership. */
  public static final Action UPDATE_PROTECTED_JOB = Action.of(PREFIX, "UpdateProtectedJob");

  /** {@code cleanrooms:UpdateProtectedQuery}: Write; on membership. */
  public static final Action UPDATE_PROTECTED_QUERY = Action.of(PREFIX, "UpdateProtectedQuery");

  private Cleanrooms() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
