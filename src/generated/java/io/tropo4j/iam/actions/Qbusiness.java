// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Q Business (prefix {@code qbusiness}), as the service authorization reference lists them.
 */
public final class Qbusiness {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "qbusiness";

  /** {@code qbusiness:AllowVendedLogDeliveryForResource}: Permissions management; on application. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code qbusiness:AssociatePermission}: Write; on application. */
  public static final Action ASSOCIATE_PERMISSION = Action.of(PREFIX, "AssociatePermission");

  /** {@code qbusiness:BatchDeleteDocument}: Write; on application, index. */
  public static final Action BATCH_DELETE_DOCUMENT = Action.of(PREFIX, "BatchDeleteDocument");

  /** {@code qbusiness:BatchPutDocument}: Write; on application, index. */
  public static final Action BATCH_PUT_DOCUMENT = Action.of(PREFIX, "BatchPutDocument");

  /** {@code qbusiness:CancelSubscription}: Write; on application, subscription. */
  public static final Action CANCEL_SUBSCRIPTION = Action.of(PREFIX, "CancelSubscription");

  /** {@code qbusiness:Chat}: Read; on application. */
  public static final Action CHAT = Action.of(PREFIX, "Chat");

  /** {@code qbusiness:ChatSync}: Read; on application. */
  public static final Action CHAT_SYNC = Action.of(PREFIX, "ChatSync");

  /** {@code qbusiness:CheckDocumentAccess}: Read; on application, index. */
  public static final Action CHECK_DOCUMENT_ACCESS = Action.of(PREFIX, "CheckDocumentAccess");

  /** {@code qbusiness:CreateAnonymousWebExperienceUrl}: Write; on application, web-experience. */
  public static final Action CREATE_ANONYMOUS_WEB_EXPERIENCE_URL = Action.of(PREFIX, "CreateAnonymousWebExperienceUrl");

  /** {@code qbusiness:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code qbusiness:CreateChatResponseConfiguration}: Write; on application. */
  public static final Action CREATE_CHAT_RESPONSE_CONFIGURATION = Action.of(PREFIX, "CreateChatResponseConfiguration");

  /** {@code qbusiness:CreateDataAccessor}: Write; on application. */
  public static final Action CREATE_DATA_ACCESSOR = Action.of(PREFIX, "CreateDataAccessor");

  /** {@code qbusiness:CreateDataAccessorWithTti}: Write; on application. */
  public static final Action CREATE_DATA_ACCESSOR_WITH_TTI = Action.of(PREFIX, "CreateDataAccessorWithTti");

  /** {@code qbusiness:CreateDataSource}: Write; on application, index. */
  public static final Action CREATE_DATA_SOURCE = Action.of(PREFIX, "CreateDataSource");

  /** {@code qbusiness:CreateIndex}: Write; on application. */
  public static final Action CREATE_INDEX = Action.of(PREFIX, "CreateIndex");

  /** {@code qbusiness:CreateIntegration}: Write; on application. */
  public static final Action CREATE_INTEGRATION = Action.of(PREFIX, "CreateIntegration");

  /** {@code qbusiness:CreatePlugin}: Write; on application. */
  public static final Action CREATE_PLUGIN = Action.of(PREFIX, "CreatePlugin");

  /** {@code qbusiness:CreateRetriever}: Write; on application. */
  public static final Action CREATE_RETRIEVER = Action.of(PREFIX, "CreateRetriever");

  /** {@code qbusiness:CreateSubscription}: Write; on application. */
  public static final Action CREATE_SUBSCRIPTION = Action.of(PREFIX, "CreateSubscription");

  /** {@code qbusiness:CreateUser}: Write; on application. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code qbusiness:CreateWebExperience}: Write; on application. */
  public static final Action CREATE_WEB_EXPERIENCE = Action.of(PREFIX, "CreateWebExperience");

  /** {@code qbusiness:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code qbusiness:DeleteAttachment}: Write; on application. */
  public static final Action DELETE_ATTACHMENT = Action.of(PREFIX, "DeleteAttachment");

  /** {@code qbusiness:DeleteChatControlsConfiguration}: Write; on application. */
  public static final Action DELETE_CHAT_CONTROLS_CONFIGURATION = Action.of(PREFIX, "DeleteChatControlsConfiguration");

  /** {@code qbusiness:DeleteChatResponseConfiguration}: Write; on application, chat-response-configuration. */
  public static final Action DELETE_CHAT_RESPONSE_CONFIGURATION = Action.of(PREFIX, "DeleteChatResponseConfiguration");

  /** {@code qbusiness:DeleteConversation}: Write; on application. */
  public static final Action DELETE_CONVERSATION = Action.of(PREFIX, "DeleteConversation");

  /** {@code qbusiness:DeleteDataAccessor}: Write; on application, data-accessor. */
  public static final Action DELETE_DATA_ACCESSOR = Action.of(PREFIX, "DeleteDataAccessor");

  /** {@code qbusiness:DeleteDataSource}: Write; on application, data-source, index. */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code qbusiness:DeleteGroup}: Write; on application, index. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code qbusiness:DeleteIndex}: Write; on application, index. */
  public static final Action DELETE_INDEX = Action.of(PREFIX, "DeleteIndex");

  /** {@code qbusiness:DeleteIntegration}: Write; on application, integration. */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code qbusiness:DeletePlugin}: Write; on application, plugin. */
  public static final Action DELETE_PLUGIN = Action.of(PREFIX, "DeletePlugin");

  /** {@code qbusiness:DeleteRetriever}: Write; on application, retriever. */
  public static final Action DELETE_RETRIEVER = Action.of(PREFIX, "DeleteRetriever");

  /** {@code qbusiness:DeleteUser}: Write; on application. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code qbusiness:DeleteWebExperience}: Write; on application, web-experience. */
  public static final Action DELETE_WEB_EXPERIENCE = Action.of(PREFIX, "DeleteWebExperience");

  /** {@code qbusiness:DisableAclOnDataSource}: Write; on application. */
  public static final Action DISABLE_ACL_ON_DATA_SOURCE = Action.of(PREFIX, "DisableAclOnDataSource");

  /** {@code qbusiness:DisassociatePermission}: Write; on application. */
  public static final Action DISASSOCIATE_PERMISSION = Action.of(PREFIX, "DisassociatePermission");

  /** {@code qbusiness:GetApplication}: Read; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code qbusiness:GetChatControlsConfiguration}: List; on application. */
  public static final Action GET_CHAT_CONTROLS_CONFIGURATION = Action.of(PREFIX, "GetChatControlsConfiguration");

  /** {@code qbusiness:GetChatResponseConfiguration}: Read; on application, chat-response-configuration. */
  public static final Action GET_CHAT_RESPONSE_CONFIGURATION = Action.of(PREFIX, "GetChatResponseConfiguration");

  /** {@code qbusiness:GetDataAccessor}: Read; on application, data-accessor. */
  public static final Action GET_DATA_ACCESSOR = Action.of(PREFIX, "GetDataAccessor");

  /** {@code qbusiness:GetDataSource}: Read; on application, data-source, index. */
  public static final Action GET_DATA_SOURCE = Action.of(PREFIX, "GetDataSource");

  /** {@code qbusiness:GetDocumentContent}: Read; on application, index. */
  public static final Action GET_DOCUMENT_CONTENT = Action.of(PREFIX, "GetDocumentContent");

  /** {@code qbusiness:GetGroup}: Read; on application, index. */
  public static final Action GET_GROUP = Action.of(PREFIX, "GetGroup");

  /** {@code qbusiness:GetIndex}: Read; on application, index. */
  public static final Action GET_INDEX = Action.of(PREFIX, "GetIndex");

  /** {@code qbusiness:GetIntegration}: Read; on application, integration. */
  public static final Action GET_INTEGRATION = Action.of(PREFIX, "GetIntegration");

  /** {@code qbusiness:GetMedia}: Read; on application. */
  public static final Action GET_MEDIA = Action.of(PREFIX, "GetMedia");

  /** {@code qbusiness:GetPlugin}: Read; on application, plugin. */
  public static final Action GET_PLUGIN = Action.of(PREFIX, "GetPlugin");

  /** {@code qbusiness:GetPolicy}: Read; on application. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code qbusiness:GetRetriever}: Read; on application, retriever. */
  public static final Action GET_RETRIEVER = Action.of(PREFIX, "GetRetriever");

  /** {@code qbusiness:GetUser}: Read; on application. */
  public static final Action GET_USER = Action.of(PREFIX, "GetUser");

  /** {@code qbusiness:GetWebExperience}: Read; on application, web-experience. */
  public static final Action GET_WEB_EXPERIENCE = Action.of(PREFIX, "GetWebExperience");

  /** {@code qbusiness:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code qbusiness:ListAttachments}: List; on application. */
  public static final Action LIST_ATTACHMENTS = Action.of(PREFIX, "ListAttachments");

  /** {@code qbusiness:ListChatResponseConfigurations}: List; on application. */
  public static final Action LIST_CHAT_RESPONSE_CONFIGURATIONS = Action.of(PREFIX, "ListChatResponseConfigurations");

  /** {@code qbusiness:ListConversations}: List; on application. */
  public static final Action LIST_CONVERSATIONS = Action.of(PREFIX, "ListConversations");

  /** {@code qbusiness:ListDataAccessors}: List; on application. */
  public static final Action LIST_DATA_ACCESSORS = Action.of(PREFIX, "ListDataAccessors");

  /** {@code qbusiness:ListDataSourceSyncJobs}: List; on application, data-source, index. */
  public static final Action LIST_DATA_SOURCE_SYNC_JOBS = Action.of(PREFIX, "ListDataSourceSyncJobs");

  /** {@code qbusiness:ListDataSources}: List; on application, index. */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code qbusiness:ListDocuments}: List; on application, index. */
  public static final Action LIST_DOCUMENTS = Action.of(PREFIX, "ListDocuments");

  /** {@code qbusiness:ListGroups}: List; on application, index. */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code qbusiness:ListIndices}: List; on application. */
  public static final Action LIST_INDICES = Action.of(PREFIX, "ListIndices");

  /** {@code qbusiness:ListIntegrations}: List; on application. */
  public static final Action LIST_INTEGRATIONS = Action.of(PREFIX, "ListIntegrations");

  /** {@code qbusiness:ListMessages}: List; on application. */
  public static final Action LIST_MESSAGES = Action.of(PREFIX, "ListMessages");

  /** {@code qbusiness:ListPluginActions}: Read; on application, plugin. */
  public static final Action LIST_PLUGIN_ACTIONS = Action.of(PREFIX, "ListPluginActions");

  /** {@code qbusiness:ListPluginTypeActions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PLUGIN_TYPE_ACTIONS = Action.of(PREFIX, "ListPluginTypeActions");

  /** {@code qbusiness:ListPluginTypeMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PLUGIN_TYPE_METADATA = Action.of(PREFIX, "ListPluginTypeMetadata");

  /** {@code qbusiness:ListPlugins}: List; on application. */
  public static final Action LIST_PLUGINS = Action.of(PREFIX, "ListPlugins");

  /** {@code qbusiness:ListRetrievers}: List; on application. */
  public static final Action LIST_RETRIEVERS = Action.of(PREFIX, "ListRetrievers");

  /** {@code qbusiness:ListSubscriptions}: List; on application. */
  public static final Action LIST_SUBSCRIPTIONS = Action.of(PREFIX, "ListSubscriptions");

  /** {@code qbusiness:ListTagsForResource}: Read; on application, chat-response-configuration, data-accessor, data-source, index, integration, plugin, retriever, web-experience. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code qbusiness:ListWebExperiences}: List; on application. */
  public static final Action LIST_WEB_EXPERIENCES = Action.of(PREFIX, "ListWebExperiences");

  /** {@code qbusiness:PutFeedback}: Write; on application. */
  public static final Action PUT_FEEDBACK = Action.of(PREFIX, "PutFeedback");

  /** {@code qbusiness:PutGroup}: Write; on application, index. */
  public static final Action PUT_GROUP = Action.of(PREFIX, "PutGroup");

  /** {@code qbusiness:PutResourcePolicy}: Write; on application. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code qbusiness:SearchRelevantContent}: Read; on application. */
  public static final Action SEARCH_RELEVANT_CONTENT = Action.of(PREFIX, "SearchRelevantContent");

  /** {@code qbusiness:StartDataSourceSyncJob}: Write; on application, data-source, index. */
  public static final Action START_DATA_SOURCE_SYNC_JOB = Action.of(PREFIX, "StartDataSourceSyncJob");

  /** {@code qbusiness:StartDeployment}: Write; on application, integration. */
  public static final Action START_DEPLOYMENT = Action.of(PREFIX, "StartDeployment");

  /** {@code qbusiness:StopDataSourceSyncJob}: Write; on application, data-source, index. */
  public static final Action STOP_DATA_SOURCE_SYNC_JOB = Action.of(PREFIX, "StopDataSourceSyncJob");

  /** {@code qbusiness:TagResource}: Tagging; on application, chat-response-configuration, data-accessor, data-source, index, integration, plugin, retriever, web-experience. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code qbusiness:UntagResource}: Tagging; on application, chat-response-configuration, data-accessor, data-source, index, integration, plugin, retriever, web-experience. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code qbusiness:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code qbusiness:UpdateChatControlsConfiguration}: Write; on application. */
  public static final Action UPDATE_CHAT_CONTROLS_CONFIGURATION = Action.of(PREFIX, "UpdateChatControlsConfiguration");

  /** {@code qbusiness:UpdateChatResponseConfiguration}: Write; on application, chat-response-configuration. */
  public static final Action UPDATE_CHAT_RESPONSE_CONFIGURATION = Action.of(PREFIX, "UpdateChatResponseConfiguration");

  /** {@code qbusiness:UpdateDataAccessor}: Write; on application, data-accessor. */
  public static final Action UPDATE_DATA_ACCESSOR = Action.of(PREFIX, "UpdateDataAccessor");

  /** {@code qbusiness:UpdateDataSource}: Write; on application, data-source, index. */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code qbusiness:UpdateIndex}: Write; on application, index. */
  public static final Action UPDATE_INDEX = Action.of(PREFIX, "UpdateIndex");

  /** {@code qbusiness:UpdateIntegration}: Write; on application, integration. */
  public static final Action UPDATE_INTEGRATION = Action.of(PREFIX, "UpdateIntegration");

  /** {@code qbusiness:UpdatePlugin}: Write; on application, plugin. */
  public static final Action UPDATE_PLUGIN = Action.of(PREFIX, "UpdatePlugin");

  /** {@code qbusiness:UpdateRetriever}: Write; on application, retriever. */
  public static final Action UPDATE_RETRIEVER = Action.of(PREFIX, "UpdateRetriever");

  /** {@code qbusiness:UpdateSubscription}: Write; on application, subscription. */
  public static final Action UPDATE_SUBSCRIPTION = Action.of(PREFIX, "UpdateSubscription");

  /** {@code qbusiness:UpdateUser}: Write; on application. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code qbusiness:UpdateWebExperience}: Write; on application, web-experience. */
  public static final Action UPDATE_WEB_EXPERIENCE = Action.of(PREFIX, "UpdateWebExperience");

  private Qbusiness() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
