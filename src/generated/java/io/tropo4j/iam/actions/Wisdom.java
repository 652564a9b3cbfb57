// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Q in Connect (prefix {@code wisdom}), as the service authorization reference lists them.
 */
public final class Wisdom {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "wisdom";

  /** {@code wisdom:ActivateMessageTemplate}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action ACTIVATE_MESSAGE_TEMPLATE = Action.of(PREFIX, "ActivateMessageTemplate");

  /** {@code wisdom:AllowVendedLogDeliveryForResource}: Permissions management; on Assistant. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code wisdom:CreateAIAgent}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AI_AGENT = Action.of(PREFIX, "CreateAIAgent");

  /** {@code wisdom:CreateAIAgentVersion}: Write; on AIAgent. */
  public static final Action CREATE_AI_AGENT_VERSION = Action.of(PREFIX, "CreateAIAgentVersion");

  /** {@code wisdom:CreateAIGuardrail}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AI_GUARDRAIL = Action.of(PREFIX, "CreateAIGuardrail");

  /** {@code wisdom:CreateAIGuardrailVersion}: Write; on AIGuardrail. */
  public static final Action CREATE_AI_GUARDRAIL_VERSION = Action.of(PREFIX, "CreateAIGuardrailVersion");

  /** {@code wisdom:CreateAIPrompt}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AI_PROMPT = Action.of(PREFIX, "CreateAIPrompt");

  /** {@code wisdom:CreateAIPromptVersion}: Write; on AIPrompt. */
  public static final Action CREATE_AI_PROMPT_VERSION = Action.of(PREFIX, "CreateAIPromptVersion");

  /** {@code wisdom:CreateAssistant}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSISTANT = Action.of(PREFIX, "CreateAssistant");

  /** {@code wisdom:CreateAssistantAssociation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSISTANT_ASSOCIATION = Action.of(PREFIX, "CreateAssistantAssociation");

  /** {@code wisdom:CreateContent}: Write; on KnowledgeBase. */
  public static final Action CREATE_CONTENT = Action.of(PREFIX, "CreateContent");

  /** {@code wisdom:CreateContentAssociation}: Write; on Content, KnowledgeBase. */
  public static final Action CREATE_CONTENT_ASSOCIATION = Action.of(PREFIX, "CreateContentAssociation");

  /** {@code wisdom:CreateKnowledgeBase}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KNOWLEDGE_BASE = Action.of(PREFIX, "CreateKnowledgeBase");

  /** {@code wisdom:CreateMessageTemplate}: Write; on KnowledgeBase. */
  public static final Action CREATE_MESSAGE_TEMPLATE = Action.of(PREFIX, "CreateMessageTemplate");

  /** {@code wisdom:CreateMessageTemplateAttachment}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action CREATE_MESSAGE_TEMPLATE_ATTACHMENT = Action.of(PREFIX, "CreateMessageTemplateAttachment");

  /** {@code wisdom:CreateMessageTemplateVersion}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action CREATE_MESSAGE_TEMPLATE_VERSION = Action.of(PREFIX, "CreateMessageTemplateVersion");

  /** {@code wisdom:CreateQuickResponse}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_QUICK_RESPONSE = Action.of(PREFIX, "CreateQuickResponse");

  /** {@code wisdom:CreateSession}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SESSION = Action.of(PREFIX, "CreateSession");

  /** {@code wisdom:DeactivateMessageTemplate}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action DEACTIVATE_MESSAGE_TEMPLATE = Action.of(PREFIX, "DeactivateMessageTemplate");

  /** {@code wisdom:DeleteAIAgent}: Write; on AIAgent. */
  public static final Action DELETE_AI_AGENT = Action.of(PREFIX, "DeleteAIAgent");

  /** {@code wisdom:DeleteAIAgentVersion}: Write; on AIAgent. */
  public static final Action DELETE_AI_AGENT_VERSION = Action.of(PREFIX, "DeleteAIAgentVersion");

  /** {@code wisdom:DeleteAIGuardrail}: Write; on AIGuardrail. */
  public static final Action DELETE_AI_GUARDRAIL = Action.of(PREFIX, "DeleteAIGuardrail");

  /** {@code wisdom:DeleteAIGuardrailVersion}: Write; on AIGuardrail. */
  public static final Action DELETE_AI_GUARDRAIL_VERSION = Action.of(PREFIX, "DeleteAIGuardrailVersion");

  /** {@code wisdom:DeleteAIPrompt}: Write; on AIPrompt. */
  public static final Action DELETE_AI_PROMPT = Action.of(PREFIX, "DeleteAIPrompt");

  /** {@code wisdom:DeleteAIPromptVersion}: Write; on AIPrompt. */
  public static final Action DELETE_AI_PROMPT_VERSION = Action.of(PREFIX, "DeleteAIPromptVersion");

  /** {@code wisdom:DeleteAssistant}: Write; on Assistant. */
  public static final Action DELETE_ASSISTANT = Action.of(PREFIX, "DeleteAssistant");

  /** {@code wisdom:DeleteAssistantAssociation}: Write; on AssistantAssociation. */
  public static final Action DELETE_ASSISTANT_ASSOCIATION = Action.of(PREFIX, "DeleteAssistantAssociation");

  /** {@code wisdom:DeleteContent}: Write; on Content, KnowledgeBase. */
  public static final Action DELETE_CONTENT = Action.of(PREFIX, "DeleteContent");

  /** {@code wisdom:DeleteContentAssociation}: Write; on Content, ContentAssociation, KnowledgeBase. */
  public static final Action DELETE_CONTENT_ASSOCIATION = Action.of(PREFIX, "DeleteContentAssociation");

  /** {@code wisdom:DeleteImportJob}: Write; on KnowledgeBase. */
  public static final Action DELETE_IMPORT_JOB = Action.of(PREFIX, "DeleteImportJob");

  /** {@code wisdom:DeleteKnowledgeBase}: Write; on KnowledgeBase. */
  public static final Action DELETE_KNOWLEDGE_BASE = Action.of(PREFIX, "DeleteKnowledgeBase");

  /** {@code wisdom:DeleteMessageTemplate}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action DELETE_MESSAGE_TEMPLATE = Action.of(PREFIX, "DeleteMessageTemplate");

  /** {@code wisdom:DeleteMessageTemplateAttachment}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action DELETE_MESSAGE_TEMPLATE_ATTACHMENT = Action.of(PREFIX, "DeleteMessageTemplateAttachment");

  /** {@code wisdom:DeleteQuickResponse}: Write; on KnowledgeBase, QuickResponse. */
  public static final Action DELETE_QUICK_RESPONSE = Action.of(PREFIX, "DeleteQuickResponse");

  /** {@code wisdom:GetAIAgent}: Read; on AIAgent. */
  public static final Action GET_AI_AGENT = Action.of(PREFIX, "GetAIAgent");

  /** {@code wisdom:GetAIGuardrail}: Read; on AIGuardrail. */
  public static final Action GET_AI_GUARDRAIL = Action.of(PREFIX, "GetAIGuardrail");

  /** {@code wisdom:GetAIPrompt}: Read; on AIPrompt. */
  public static final Action GET_AI_PROMPT = Action.of(PREFIX, "GetAIPrompt");

  /** {@code wisdom:GetAssistant}: Read; on Assistant. */
  public static final Action GET_ASSISTANT = Action.of(PREFIX, "GetAssistant");

  /** {@code wisdom:GetAssistantAssociation}: Read; on AssistantAssociation. */
  public static final Action GET_ASSISTANT_ASSOCIATION = Action.of(PREFIX, "GetAssistantAssociation");

  /** {@code wisdom:GetContent}: Read; on Content, KnowledgeBase. */
  public static final Action GET_CONTENT = Action.of(PREFIX, "GetContent");

  /** {@code wisdom:GetContentAssociation}: Read; on Content, ContentAssociation, KnowledgeBase. */
  public static final Action GET_CONTENT_ASSOCIATION = Action.of(PREFIX, "GetContentAssociation");

  /** {@code wisdom:GetContentSummary}: Read; on Content, KnowledgeBase. */
  public static final Action GET_CONTENT_SUMMARY = Action.of(PREFIX, "GetContentSummary");

  /** {@code wisdom:GetImportJob}: Read; on KnowledgeBase. */
  public static final Action GET_IMPORT_JOB = Action.of(PREFIX, "GetImportJob");

  /** {@code wisdom:GetKnowledgeBase}: Read; on KnowledgeBase. */
  public static final Action GET_KNOWLEDGE_BASE = Action.of(PREFIX, "GetKnowledgeBase");

  /** {@code wisdom:GetMessageTemplate}: Read; on KnowledgeBase, MessageTemplate. */
  public static final Action GET_MESSAGE_TEMPLATE = Action.of(PREFIX, "GetMessageTemplate");

  /** {@code wisdom:GetNextMessage}: Read; on Session. */
  public static final Action GET_NEXT_MESSAGE = Action.of(PREFIX, "GetNextMessage");

  /** {@code wisdom:GetQuickResponse}: Read; on KnowledgeBase, QuickResponse. */
  public static final Action GET_QUICK_RESPONSE = Action.of(PREFIX, "GetQuickResponse");

  /** {@code wisdom:GetRecommendations}: Read; on Session. */
  public static final Action GET_RECOMMENDATIONS = Action.of(PREFIX, "GetRecommendations");

  /** {@code wisdom:GetSession}: Read; on Session. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code wisdom:ListAIAgentVersions}: List; on AIAgent. */
  public static final Action LIST_AI_AGENT_VERSIONS = Action.of(PREFIX, "ListAIAgentVersions");

  /** {@code wisdom:ListAIAgents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AI_AGENTS = Action.of(PREFIX, "ListAIAgents");

  /** {@code wisdom:ListAIGuardrailVersions}: List; on AIGuardrail. */
  public static final Action LIST_AI_GUARDRAIL_VERSIONS = Action.of(PREFIX, "ListAIGuardrailVersions");

  /** {@code wisdom:ListAIGuardrails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AI_GUARDRAILS = Action.of(PREFIX, "ListAIGuardrails");

  /** {@code wisdom:ListAIPromptVersions}: List; on AIPrompt. */
  public static final Action LIST_AI_PROMPT_VERSIONS = Action.of(PREFIX, "ListAIPromptVersions");

  /** {@code wisdom:ListAIPrompts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AI_PROMPTS = Action.of(PREFIX, "ListAIPrompts");

  /** {@code wisdom:ListAssistantAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSISTANT_ASSOCIATIONS = Action.of(PREFIX, "ListAssistantAssociations");

  /** {@code wisdom:ListAssistants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSISTANTS = Action.of(PREFIX, "ListAssistants");

  /** {@code wisdom:ListContentAssociations}: List; on Content, KnowledgeBase. */
  public static final Action LIST_CONTENT_ASSOCIATIONS = Action.of(PREFIX, "ListContentAssociations");

  /** {@code wisdom:ListContents}: List; on KnowledgeBase. */
  public static final Action LIST_CONTENTS = Action.of(PREFIX, "ListContents");

  /** {@code wisdom:ListImportJobs}: List; on KnowledgeBase. */
  public static final Action LIST_IMPORT_JOBS = Action.of(PREFIX, "ListImportJobs");

  /** {@code wisdom:ListKnowledgeBases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KNOWLEDGE_BASES = Action.of(PREFIX, "ListKnowledgeBases");

  /** {@code wisdom:ListMessageTemplateVersions}: List; on KnowledgeBase, MessageTemplate. */
  public static final Action LIST_MESSAGE_TEMPLATE_VERSIONS = Action.of(PREFIX, "ListMessageTemplateVersions");

  /** {@code wisdom:ListMessageTemplates}: List; on KnowledgeBase. */
  public static final Action LIST_MESSAGE_TEMPLATES = Action.of(PREFIX, "ListMessageTemplates");

  /** {@code wisdom:ListMessages}: List; on Session. */
  public static final Action LIST_MESSAGES = Action.of(PREFIX, "ListMessages");

  /** {@code wisdom:ListQuickResponses}: List; on KnowledgeBase. */
  public static final Action LIST_QUICK_RESPONSES = Action.of(PREFIX, "ListQuickResponses");

  /** {@code wisdom:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code wisdom:NotifyRecommendationsReceived}: Write; on Session. */
  public static final Action NOTIFY_RECOMMENDATIONS_RECEIVED = Action.of(PREFIX, "NotifyRecommendationsReceived");

  /** {@code wisdom:PutFeedback}: Write; on Assistant. */
  public static final Action PUT_FEEDBACK = Action.of(PREFIX, "PutFeedback");

  /** {@code wisdom:QueryAssistant}: Read; on Assistant. */
  public static final Action QUERY_ASSISTANT = Action.of(PREFIX, "QueryAssistant");

  /** {@code wisdom:RemoveAssistantAIAgent}: Write; on Assistant. */
  public static final Action REMOVE_ASSISTANT_AI_AGENT = Action.of(PREFIX, "RemoveAssistantAIAgent");

  /** {@code wisdom:RemoveKnowledgeBaseTemplateUri}: Write; on KnowledgeBase. */
  public static final Action REMOVE_KNOWLEDGE_BASE_TEMPLATE_URI = Action.of(PREFIX, "RemoveKnowledgeBaseTemplateUri");

  /** {@code wisdom:RenderMessageTemplate}: Read; on KnowledgeBase, MessageTemplate. */
  public static final Action RENDER_MESSAGE_TEMPLATE = Action.of(PREFIX, "RenderMessageTemplate");

  /** {@code wisdom:Retrieve}: Read; on Assistant. */
  public static final Action RETRIEVE = Action.of(PREFIX, "Retrieve");

  /** {@code wisdom:SearchContent}: Read; on KnowledgeBase. */
  public static final Action SEARCH_CONTENT = Action.of(PREFIX, "SearchContent");

  /** {@code wisdom:SearchMessageTemplates}: Read; on KnowledgeBase. */
  public static final Action SEARCH_MESSAGE_TEMPLATES = Action.of(PREFIX, "SearchMessageTemplates");

  /** {@code wisdom:SearchQuickResponses}: Read; on KnowledgeBase. */
  public static final Action SEARCH_QUICK_RESPONSES = Action.of(PREFIX, "SearchQuickResponses");

  /** {@code wisdom:SearchSessions}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_SESSIONS = Action.of(PREFIX, "SearchSessions");

  /** {@code wisdom:SendMessage}: Write; on Session. */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code wisdom:StartContentUpload}: Write; on KnowledgeBase. */
  public static final Action START_CONTENT_UPLOAD = Action.of(PREFIX, "StartContentUpload");

  /** {@code wisdom:StartImportJob}: Write; on KnowledgeBase. */
  public static final Action START_IMPORT_JOB = Action.of(PREFIX, "StartImportJob");

  /** {@code wisdom:TagResource}: Tagging; on Assistant, AssistantAssociation, Content, ContentAssociation, KnowledgeBase, MessageTemplate, QuickResponse, Session. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code wisdom:UntagResource}: Tagging; on Assistant, AssistantAssociation, Content, ContentAssociation, KnowledgeBase, MessageTemplate, QuickResponse, Session. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code wisdom:UpdateAIAgent}: Write; on AIAgent. */
  public static final Action UPDATE_AI_AGENT = Action.of(PREFIX, "UpdateAIAgent");

  /** {@code wisdom:UpdateAIGuardrail}: Write; on AIGuardrail. */
  public static final Action UPDATE_AI_GUARDRAIL = Action.of(PREFIX, "UpdateAIGuardrail");

  /** {@code wisdom:UpdateAIPrompt}: Write; on AIPrompt. */
  public static final Action UPDATE_AI_PROMPT = Action.of(PREFIX, "UpdateAIPrompt");

  /** {@code wisdom:UpdateAssistantAIAgent}: Write; on Assistant. */
  public static final Action UPDATE_ASSISTANT_AI_AGENT = Action.of(PREFIX, "UpdateAssistantAIAgent");

  /** {@code wisdom:UpdateContent}: Write; on Content, KnowledgeBase. */
  public static final Action UPDATE_CONTENT = Action.of(PREFIX, "UpdateContent");

  /** {@code wisdom:UpdateKnowledgeBaseTemplateUri}: Write; on KnowledgeBase. */
  public static final Action UPDATE_KNOWLEDGE_BASE_TEMPLATE_URI = Action.of(PREFIX, "UpdateKnowledgeBaseTemplateUri");

  /** {@code wisdom:UpdateMessageTemplate}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action UPDATE_MESSAGE_TEMPLATE = Action.of(PREFIX, "UpdateMessageTemplate");

  /** {@code wisdom:UpdateMessageTemplateMetadata}: Write; on KnowledgeBase, MessageTemplate. */
  public static final Action UPDATE_MESSAGE_TEMPLATE_METADATA = Action.of(PREFIX, "UpdateMessageTemplateMetadata");

  /** {@code wisdom:UpdateQuickResponse}: Write; on KnowledgeBase, QuickResponse. */
  public static final Action UPDATE_QUICK_RESPONSE = Action.of(PREFIX, "UpdateQuickResponse");

  /** {@code wisdom:UpdateSession}: Write; on Session. */
  public static final Action UPDATE_SESSION = Action.of(PREFIX, "UpdateSession");

  /** {@code wisdom:UpdateSessionData}: Write; on Session. */
  public static final Action UPDATE_SESSION_DATA = Action.of(PREFIX, "UpdateSessionData");

  private Wisdom() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
