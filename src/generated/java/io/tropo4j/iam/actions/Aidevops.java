// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS DevOps Agent Service (prefix {@code aidevops}), as the service authorization reference lists them.
 */
public final class Aidevops {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aidevops";

  /** {@code aidevops:AllowVendedLogDeliveryForResource}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code aidevops:AssociateService}: Write; on agentspace, associations. */
  public static final Action ASSOCIATE_SERVICE = Action.of(PREFIX, "AssociateService");

  /** {@code aidevops:CreateAgentSpace}: Write; on agentspace. */
  public static final Action CREATE_AGENT_SPACE = Action.of(PREFIX, "CreateAgentSpace");

  /** {@code aidevops:CreateBacklogTask}: Write; on agentspace. */
  public static final Action CREATE_BACKLOG_TASK = Action.of(PREFIX, "CreateBacklogTask");

  /** {@code aidevops:CreateChat}: Write; on agentspace. */
  public static final Action CREATE_CHAT = Action.of(PREFIX, "CreateChat");

  /** {@code aidevops:CreateKnowledgeItem}: Write; on agentspace. */
  public static final Action CREATE_KNOWLEDGE_ITEM = Action.of(PREFIX, "CreateKnowledgeItem");

  /** {@code aidevops:CreateOneTimeLoginSession}: Write; on agentspace. */
  public static final Action CREATE_ONE_TIME_LOGIN_SESSION = Action.of(PREFIX, "CreateOneTimeLoginSession");

  /** {@code aidevops:DeleteAgentSpace}: Write; on agentspace. */
  public static final Action DELETE_AGENT_SPACE = Action.of(PREFIX, "DeleteAgentSpace");

  /** {@code aidevops:DeleteKnowledgeItem}: Write; on agentspace. */
  public static final Action DELETE_KNOWLEDGE_ITEM = Action.of(PREFIX, "DeleteKnowledgeItem");

  /** {@code aidevops:DeregisterService}: Write; on service. */
  public static final Action DEREGISTER_SERVICE = Action.of(PREFIX, "DeregisterService");

  /** {@code aidevops:DescribeSupportLevel}: Write; on agentspace. */
  public static final Action DESCRIBE_SUPPORT_LEVEL = Action.of(PREFIX, "DescribeSupportLevel");

  /** {@code aidevops:DisableOperatorApp}: Write; on agentspace. */
  public static final Action DISABLE_OPERATOR_APP = Action.of(PREFIX, "DisableOperatorApp");

  /** {@code aidevops:DisassociateService}: Write; on agentspace, associations. */
  public static final Action DISASSOCIATE_SERVICE = Action.of(PREFIX, "DisassociateService");

  /** {@code aidevops:DiscoverTopology}: Write; on agentspace. */
  public static final Action DISCOVER_TOPOLOGY = Action.of(PREFIX, "DiscoverTopology");

  /** {@code aidevops:EnableOperatorApp}: Write; on agentspace. */
  public static final Action ENABLE_OPERATOR_APP = Action.of(PREFIX, "EnableOperatorApp");

  /** {@code aidevops:EndChatForCase}: Write; on agentspace. */
  public static final Action END_CHAT_FOR_CASE = Action.of(PREFIX, "EndChatForCase");

  /** {@code aidevops:GetAccountUsage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_USAGE = Action.of(PREFIX, "GetAccountUsage");

  /** {@code aidevops:GetAgentSpace}: Read; on agentspace. */
  public static final Action GET_AGENT_SPACE = Action.of(PREFIX, "GetAgentSpace");

  /** {@code aidevops:GetAssociation}: Read; on agentspace, associations. */
  public static final Action GET_ASSOCIATION = Action.of(PREFIX, "GetAssociation");

  /** {@code aidevops:GetBacklogTask}: Read; on agentspace. */
  public static final Action GET_BACKLOG_TASK = Action.of(PREFIX, "GetBacklogTask");

  /** {@code aidevops:GetKnowledgeItem}: Read; on agentspace. */
  public static final Action GET_KNOWLEDGE_ITEM = Action.of(PREFIX, "GetKnowledgeItem");

  /** {@code aidevops:GetOperatorApp}: Read; on agentspace. */
  public static final Action GET_OPERATOR_APP = Action.of(PREFIX, "GetOperatorApp");

  /** {@code aidevops:GetRecommendation}: Read; on agentspace. */
  public static final Action GET_RECOMMENDATION = Action.of(PREFIX, "GetRecommendation");

  /** {@code aidevops:GetService}: Read; on service. */
  public static final Action GET_SERVICE = Action.of(PREFIX, "GetService");

  /** {@code aidevops:InitiateChatForCase}: Write; on agentspace. */
  public static final Action INITIATE_CHAT_FOR_CASE = Action.of(PREFIX, "InitiateChatForCase");

  /** {@code aidevops:ListAgentSpaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGENT_SPACES = Action.of(PREFIX, "ListAgentSpaces");

  /** {@code aidevops:ListAssociations}: List; on agentspace. */
  public static final Action LIST_ASSOCIATIONS = Action.of(PREFIX, "ListAssociations");

  /** {@code aidevops:ListBacklogTasks}: List; on agentspace. */
  public static final Action LIST_BACKLOG_TASKS = Action.of(PREFIX, "ListBacklogTasks");

  /** {@code aidevops:ListChats}: List; on agentspace. */
  public static final Action LIST_CHATS = Action.of(PREFIX, "ListChats");

  /** {@code aidevops:ListExecutions}: List; on agentspace. */
  public static final Action LIST_EXECUTIONS = Action.of(PREFIX, "ListExecutions");

  /** {@code aidevops:ListGoals}: List; on agentspace. */
  public static final Action LIST_GOALS = Action.of(PREFIX, "ListGoals");

  /** {@code aidevops:ListJournalRecords}: List; on agentspace. */
  public static final Action LIST_JOURNAL_RECORDS = Action.of(PREFIX, "ListJournalRecords");

  /** {@code aidevops:ListKnowledgeItemVersions}: List; on agentspace. */
  public static final Action LIST_KNOWLEDGE_ITEM_VERSIONS = Action.of(PREFIX, "ListKnowledgeItemVersions");

  /** {@code aidevops:ListKnowledgeItems}: List; on agentspace. */
  public static final Action LIST_KNOWLEDGE_ITEMS = Action.of(PREFIX, "ListKnowledgeItems");

  /** {@code aidevops:ListPendingMessages}: List; on agentspace. */
  public static final Action LIST_PENDING_MESSAGES = Action.of(PREFIX, "ListPendingMessages");

  /** {@code aidevops:ListRecommendations}: List; on agentspace. */
  public static final Action LIST_RECOMMENDATIONS = Action.of(PREFIX, "ListRecommendations");

  /** {@code aidevops:ListServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code aidevops:ListTagsForResource}: Read; on agentspace, service. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code aidevops:ListWebhooks}: List; on agentspace, associations. */
  public static final Action LIST_WEBHOOKS = Action.of(PREFIX, "ListWebhooks");

  /** {@code aidevops:RegisterService}: Write; on service. */
  public static final Action REGISTER_SERVICE = Action.of(PREFIX, "RegisterService");

  /** {@code aidevops:SearchServiceAccessibleResource}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_SERVICE_ACCESSIBLE_RESOURCE = Action.of(PREFIX, "SearchServiceAccessibleResource");

  /** {@code aidevops:SendMessage}: Write; on agentspace. */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code aidevops:TagResource}: Tagging; on agentspace, service. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code aidevops:UntagResource}: Tagging; on agentspace, service. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code aidevops:UpdateAgentSpace}: Write; on agentspace. */
  public static final Action UPDATE_AGENT_SPACE = Action.of(PREFIX, "UpdateAgentSpace");

  /** {@code aidevops:UpdateAssociation}: Write; on agentspace, associations. */
  public static final Action UPDATE_ASSOCIATION = Action.of(PREFIX, "UpdateAssociation");

  /** {@code aidevops:UpdateBacklogTask}: Write; on agentspace. */
  public static final Action UPDATE_BACKLOG_TASK = Action.of(PREFIX, "UpdateBacklogTask");

  /** {@code aidevops:UpdateGoal}: Write; on agentspace. */
  public static final Action UPDATE_GOAL = Action.of(PREFIX, "UpdateGoal");

  /** {@code aidevops:UpdateKnowledgeItem}: Write; on agentspace. */
  public static final Action UPDATE_KNOWLEDGE_ITEM = Action.of(PREFIX, "UpdateKnowledgeItem");

  /** {@code aidevops:UpdateOperatorAppIdpConfig}: Write; on agentspace. */
  public static final Action UPDATE_OPERATOR_APP_IDP_CONFIG = Action.of(PREFIX, "UpdateOperatorAppIdpConfig");

  /** {@code aidevops:UpdateRecommendation}: Write; on agentspace. */
  public static final Action UPDATE_RECOMMENDATION = Action.of(PREFIX, "UpdateRecommendation");

  /** {@code aidevops:ValidateAwsAssociations}: Write; on agentspace. */
  public static final Action VALIDATE_AWS_ASSOCIATIONS = Action.of(PREFIX, "ValidateAwsAssociations");

  private Aidevops() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
