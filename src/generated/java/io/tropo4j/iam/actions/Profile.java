// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Connect Customer Profiles (prefix {@code profile}), as the service authorization reference lists them.
 */
public final class Profile {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "profile";

  /** {@code profile:AddProfileKey}: Write; on domains. */
  public static final Action ADD_PROFILE_KEY = Action.of(PREFIX, "AddProfileKey");

  /** {@code profile:BatchGetCalculatedAttributeForProfile}: Read; on calculated-attributes, domains. */
  public static final Action BATCH_GET_CALCULATED_ATTRIBUTE_FOR_PROFILE = Action.of(PREFIX, "BatchGetCalculatedAttributeForProfile");

  /** {@code profile:BatchGetProfile}: Read; on domains. */
  public static final Action BATCH_GET_PROFILE = Action.of(PREFIX, "BatchGetProfile");

  /** {@code profile:CreateCalculatedAttributeDefinition}: Write; on calculated-attributes, domains. */
  public static final Action CREATE_CALCULATED_ATTRIBUTE_DEFINITION = Action.of(PREFIX, "CreateCalculatedAttributeDefinition");

  /** {@code profile:CreateDomain}: Write; on domains. */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code profile:CreateDomainLayout}: Write; on domains, layouts. */
  public static final Action CREATE_DOMAIN_LAYOUT = Action.of(PREFIX, "CreateDomainLayout");

  /** {@code profile:CreateEventStream}: Write; on domains, event-streams. */
  public static final Action CREATE_EVENT_STREAM = Action.of(PREFIX, "CreateEventStream");

  /** {@code profile:CreateEventTrigger}: Write; on domains, event-triggers. */
  public static final Action CREATE_EVENT_TRIGGER = Action.of(PREFIX, "CreateEventTrigger");

  /** {@code profile:CreateIntegrationWorkflow}: Write; on domains, integrations. */
  public static final Action CREATE_INTEGRATION_WORKFLOW = Action.of(PREFIX, "CreateIntegrationWorkflow");

  /** {@code profile:CreateProfile}: Write; on domains. */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code profile:CreateRecommender}: Write; on domains, recommenders. */
  public static final Action CREATE_RECOMMENDER = Action.of(PREFIX, "CreateRecommender");

  /** {@code profile:CreateSegmentDefinition}: Write; on domains, segment-definitions. */
  public static final Action CREATE_SEGMENT_DEFINITION = Action.of(PREFIX, "CreateSegmentDefinition");

  /** {@code profile:CreateSegmentEstimate}: Write; on domains. */
  public static final Action CREATE_SEGMENT_ESTIMATE = Action.of(PREFIX, "CreateSegmentEstimate");

  /** {@code profile:CreateSegmentSnapshot}: Write; on domains, segment-definitions. */
  public static final Action CREATE_SEGMENT_SNAPSHOT = Action.of(PREFIX, "CreateSegmentSnapshot");

  /** {@code profile:CreateSnapshot}: Write; on domains. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code profile:CreateUploadJob}: Write; on domains. */
  public static final Action CREATE_UPLOAD_JOB = Action.of(PREFIX, "CreateUploadJob");

  /** {@code profile:DeleteCalculatedAttributeDefinition}: Write; on calculated-attributes, domains. */
  public static final Action DELETE_CALCULATED_ATTRIBUTE_DEFINITION = Action.of(PREFIX, "DeleteCalculatedAttributeDefinition");

  /** {@code profile:DeleteDomain}: Write; on domains. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code profile:DeleteDomainLayout}: Write; on domains, layouts. */
  public static final Action DELETE_DOMAIN_LAYOUT = Action.of(PREFIX, "DeleteDomainLayout");

  /** {@code profile:DeleteDomainObjectType}: Write; on domain-object-types, domains. */
  public static final Action DELETE_DOMAIN_OBJECT_TYPE = Action.of(PREFIX, "DeleteDomainObjectType");

  /** {@code profile:DeleteEventStream}: Write; on domains, event-streams. */
  public static final Action DELETE_EVENT_STREAM = Action.of(PREFIX, "DeleteEventStream");

  /** {@code profile:DeleteEventTrigger}: Write; on domains, event-triggers. */
  public static final Action DELETE_EVENT_TRIGGER = Action.of(PREFIX, "DeleteEventTrigger");

  /** {@code profile:DeleteIntegration}: Write; on domains, integrations. */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code profile:DeleteProfile}: Write; on domains. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code profile:DeleteProfileKey}: Write; on domains. */
  public static final Action DELETE_PROFILE_KEY = Action.of(PREFIX, "DeleteProfileKey");

  /** {@code profile:DeleteProfileObject}: Write; on domains, object-types. */
  public static final Action DELETE_PROFILE_OBJECT = Action.of(PREFIX, "DeleteProfileObject");

  /** {@code profile:DeleteProfileObjectType}: Write; on domains, object-types. */
  public static final Action DELETE_PROFILE_OBJECT_TYPE = Action.of(PREFIX, "DeleteProfileObjectType");

  /** {@code profile:DeleteRecommender}: Write; on domains, recommenders. */
  public static final Action DELETE_RECOMMENDER = Action.of(PREFIX, "DeleteRecommender");

  /** {@code profile:DeleteSegmentDefinition}: Write; on domains, segment-definitions. */
  public static final Action DELETE_SEGMENT_DEFINITION = Action.of(PREFIX, "DeleteSegmentDefinition");

  /** {@code profile:DeleteWorkflow}: Write; on domains. */
  public static final Action DELETE_WORKFLOW = Action.of(PREFIX, "DeleteWorkflow");

  /** {@code profile:DetectProfileObjectType}: Read; on domains. */
  public static final Action DETECT_PROFILE_OBJECT_TYPE = Action.of(PREFIX, "DetectProfileObjectType");

  /** {@code profile:GetAutoMergingPreview}: Read; on domains. */
  public static final Action GET_AUTO_MERGING_PREVIEW = Action.of(PREFIX, "GetAutoMergingPreview");

  /** {@code profile:GetCalculatedAttributeDefinition}: Read; on calculated-attributes, domains. */
  public static final Action GET_CALCULATED_ATTRIBUTE_DEFINITION = Action.of(PREFIX, "GetCalculatedAttributeDefinition");

  /** {@code profile:GetCalculatedAttributeForProfile}: Read; on calculated-attributes, domains. */
  public static final Action GET_CALCULATED_ATTRIBUTE_FOR_PROFILE = Action.of(PREFIX, "GetCalculatedAttributeForProfile");

  /** {@code profile:GetDomain}: Read; on domains. */
  public static final Action GET_DOMAIN = Action.of(PREFIX, "GetDomain");

  /** {@code profile:GetDomainLayout}: Read; on domains, layouts. */
  public static final Action GET_DOMAIN_LAYOUT = Action.of(PREFIX, "GetDomainLayout");

  /** {@code profile:GetDomainObjectType}: Read; on domain-object-types, domains. */
  public static final Action GET_DOMAIN_OBJECT_TYPE = Action.of(PREFIX, "GetDomainObjectType");

  /** {@code profile:GetEventStream}: Read; on domains, event-streams. */
  public static final Action GET_EVENT_STREAM = Action.of(PREFIX, "GetEventStream");

  /** {@code profile:GetEventTrigger}: Read; on domains, event-triggers. */
  public static final Action GET_EVENT_TRIGGER = Action.of(PREFIX, "GetEventTrigger");

  /** {@code profile:GetIdentityResolutionJob}: Read; on domains. */
  public static final Action GET_IDENTITY_RESOLUTION_JOB = Action.of(PREFIX, "GetIdentityResolutionJob");

  /** {@code profile:GetIntegration}: Read; on domains, integrations. */
  public static final Action GET_INTEGRATION = Action.of(PREFIX, "GetIntegration");

  /** {@code profile:GetMatches}: List; on domains. */
  public static final Action GET_MATCHES = Action.of(PREFIX, "GetMatches");

  /** {@code profile:GetObjectTypeAttributeStatistics}: Read; on domains, object-types. */
  public static final Action GET_OBJECT_TYPE_ATTRIBUTE_STATISTICS = Action.of(PREFIX, "GetObjectTypeAttributeStatistics");

  /** {@code profile:GetProfileHistoryRecord}: Read; on domains. */
  public static final Action GET_PROFILE_HISTORY_RECORD = Action.of(PREFIX, "GetProfileHistoryRecord");

  /** {@code profile:GetProfileInsights}: Read; on domains. */
  public static final Action GET_PROFILE_INSIGHTS = Action.of(PREFIX, "GetProfileInsights");

  /** {@code profile:GetProfileObjectType}: Read; on domains, object-types. */
  public static final Action GET_PROFILE_OBJECT_TYPE = Action.of(PREFIX, "GetProfileObjectType");

  /** {@code profile:GetProfileObjectTypeTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROFILE_OBJECT_TYPE_TEMPLATE = Action.of(PREFIX, "GetProfileObjectTypeTemplate");

  /** {@code profile:GetProfileRecommendations}: Read; on domains, recommenders. */
  public static final Action GET_PROFILE_RECOMMENDATIONS = Action.of(PREFIX, "GetProfileRecommendations");

  /** {@code profile:GetRecommender}: Read; on domains, recommenders. */
  public static final Action GET_RECOMMENDER = Action.of(PREFIX, "GetRecommender");

  /** {@code profile:GetSegmentDefinition}: Read; on domains, segment-definitions. */
  public static final Action GET_SEGMENT_DEFINITION = Action.of(PREFIX, "GetSegmentDefinition");

  /** {@code profile:GetSegmentEstimate}: Read; on domains. */
  public static final Action GET_SEGMENT_ESTIMATE = Action.of(PREFIX, "GetSegmentEstimate");

  /** {@code profile:GetSegmentMembership}: Read; on domains, segment-definitions. */
  public static final Action GET_SEGMENT_MEMBERSHIP = Action.of(PREFIX, "GetSegmentMembership");

  /** {@code profile:GetSegmentSnapshot}: Read; on domains, segment-definitions. */
  public static final Action GET_SEGMENT_SNAPSHOT = Action.of(PREFIX, "GetSegmentSnapshot");

  /** {@code profile:GetSimilarProfiles}: List; on domains. */
  public static final Action GET_SIMILAR_PROFILES = Action.of(PREFIX, "GetSimilarProfiles");

  /** {@code profile:GetSnapshot}: Read; on domains. */
  public static final Action GET_SNAPSHOT = Action.of(PREFIX, "GetSnapshot");

  /** {@code profile:GetUploadJob}: Read; on domains. */
  public static final Action GET_UPLOAD_JOB = Action.of(PREFIX, "GetUploadJob");

  /** {@code profile:GetUploadJobPath}: Read; on domains. */
  public static final Action GET_UPLOAD_JOB_PATH = Action.of(PREFIX, "GetUploadJobPath");

  /** {@code profile:GetWorkflow}: Read; on domains. */
  public static final Action GET_WORKFLOW = Action.of(PREFIX, "GetWorkflow");

  /** {@code profile:GetWorkflowSteps}: Read; on domains. */
  public static final Action GET_WORKFLOW_STEPS = Action.of(PREFIX, "GetWorkflowSteps");

  /** {@code profile:ListAccountIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_INTEGRATIONS = Action.of(PREFIX, "ListAccountIntegrations");

  /** {@code profile:ListCalculatedAttributeDefinitions}: List; on domains. */
  public static final Action LIST_CALCULATED_ATTRIBUTE_DEFINITIONS = Action.of(PREFIX, "ListCalculatedAttributeDefinitions");

  /** {@code profile:ListCalculatedAttributesForProfile}: List; on domains. */
  public static final Action LIST_CALCULATED_ATTRIBUTES_FOR_PROFILE = Action.of(PREFIX, "ListCalculatedAttributesForProfile");

  /** {@code profile:ListDomainLayouts}: List; on domains. */
  public static final Action LIST_DOMAIN_LAYOUTS = Action.of(PREFIX, "ListDomainLayouts");

  /** {@code profile:ListDomainObjectTypes}: List; on domains. */
  public static final Action LIST_DOMAIN_OBJECT_TYPES = Action.of(PREFIX, "ListDomainObjectTypes");

  /** {@code profile:ListDomainObjects}: List; on domain-object-types, domains. */
  public static final Action LIST_DOMAIN_OBJECTS = Action.of(PREFIX, "ListDomainObjects");

  /** {@code profile:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code profile:ListEventStreams}: List; on domains. */
  public static final Action LIST_EVENT_STREAMS = Action.of(PREFIX, "ListEventStreams");

  /** {@code profile:ListEventTriggers}: List; on domains. */
  public static final Action LIST_EVENT_TRIGGERS = Action.of(PREFIX, "ListEventTriggers");

  /** {@code profile:ListIdentityResolutionJobs}: List; on domains. */
  public static final Action LIST_IDENTITY_RESOLUTION_JOBS = Action.of(PREFIX, "ListIdentityResolutionJobs");

  /** {@code profile:ListIntegrations}: List; on domains. */
  public static final Action LIST_INTEGRATIONS = Action.of(PREFIX, "ListIntegrations");

  /** {@code profile:ListObjectTypeAttributeValues}: List; on domains, object-types. */
  public static final Action LIST_OBJECT_TYPE_ATTRIBUTE_VALUES = Action.of(PREFIX, "ListObjectTypeAttributeValues");

  /** {@code profile:ListObjectTypeAttributes}: List; on domains, object-types. */
  public static final Action LIST_OBJECT_TYPE_ATTRIBUTES = Action.of(PREFIX, "ListObjectTypeAttributes");

  /** {@code profile:ListProfileAttributeValues}: List; on domains. */
  public static final Action LIST_PROFILE_ATTRIBUTE_VALUES = Action.of(PREFIX, "ListProfileAttributeValues");

  /** {@code profile:ListProfileHistoryRecords}: List; on domains. */
  public static final Action LIST_PROFILE_HISTORY_RECORDS = Action.of(PREFIX, "ListProfileHistoryRecords");

  /** {@code profile:ListProfileObjectTypeTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROFILE_OBJECT_TYPE_TEMPLATES = Action.of(PREFIX, "ListProfileObjectTypeTemplates");

  /** {@code profile:ListProfileObjectTypes}: List; on domains. */
  public static final Action LIST_PROFILE_OBJECT_TYPES = Action.of(PREFIX, "ListProfileObjectTypes");

  /** {@code profile:ListProfileObjects}: List; on domains, object-types. */
  public static final Action LIST_PROFILE_OBJECTS = Action.of(PREFIX, "ListProfileObjects");

  /** {@code profile:ListRecommenderRecipes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDER_RECIPES = Action.of(PREFIX, "ListRecommenderRecipes");

  /** {@code profile:ListRecommenders}: List; on domains. */
  public static final Action LIST_RECOMMENDERS = Action.of(PREFIX, "ListRecommenders");

  /** {@code profile:ListRuleBasedMatches}: List; on domains. */
  public static final Action LIST_RULE_BASED_MATCHES = Action.of(PREFIX, "ListRuleBasedMatches");

  /** {@code profile:ListSegmentDefinitions}: List; on domains. */
  public static final Action LIST_SEGMENT_DEFINITIONS = Action.of(PREFIX, "ListSegmentDefinitions");

  /** {@code profile:ListTagsForResource}: Read; on calculated-attributes, domain-object-types, domains, event-streams, event-triggers, integrations, layouts, object-types, recommenders, segment-definitions. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code profile:ListUploadJobs}: List; on domains. */
  public static final Action LIST_UPLOAD_JOBS = Action.of(PREFIX, "ListUploadJobs");

  /** {@code profile:ListWorkflows}: List; on domains. */
  public static final Action LIST_WORKFLOWS = Action.of(PREFIX, "ListWorkflows");

  /** {@code profile:MergeProfiles}: Write; on domains. */
  public static final Action MERGE_PROFILES = Action.of(PREFIX, "MergeProfiles");

  /** {@code profile:PutDomainObjectType}: Write; on domain-object-types, domains. */
  public static final Action PUT_DOMAIN_OBJECT_TYPE = Action.of(PREFIX, "PutDomainObjectType");

  /** {@code profile:PutIntegration}: Write; on domains, integrations. */
  public static final Action PUT_INTEGRATION = Action.of(PREFIX, "PutIntegration");

  /** {@code profile:PutProfileObject}: Write; on domains, object-types. */
  public static final Action PUT_PROFILE_OBJECT = Action.of(PREFIX, "PutProfileObject");

  /** {@code profile:PutProfileObjectType}: Write; on domains, object-types. */
  public static final Action PUT_PROFILE_OBJECT_TYPE = Action.of(PREFIX, "PutProfileObjectType");

  /** {@code profile:SearchProfiles}: Read; on domains. */
  public static final Action SEARCH_PROFILES = Action.of(PREFIX, "SearchProfiles");

  /** {@code profile:StartRecommender}: Write; on domains, recommenders. */
  public static final Action START_RECOMMENDER = Action.of(PREFIX, "StartRecommender");

  /** {@code profile:StartUploadJob}: Write; on domains. */
  public static final Action START_UPLOAD_JOB = Action.of(PREFIX, "StartUploadJob");

  /** {@code profile:StopRecommender}: Write; on domains, recommenders. */
  public static final Action STOP_RECOMMENDER = Action.of(PREFIX, "StopRecommender");

  /** {@code profile:StopUploadJob}: Write; on domains. */
  public static final Action STOP_UPLOAD_JOB = Action.of(PREFIX, "StopUploadJob");

  /** {@code profile:TagResource}: Tagging; on calculated-attributes, domain-object-types, domains, event-streams, event-triggers, integrations, layouts, object-types, recommenders, segment-definitions. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code profile:UntagResource}: Tagging; on calculated-attributes, domain-object-types, domains, event-streams, event-triggers, integrations, layouts, object-types, recommenders, segment-definitions. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code profile:UpdateCalculatedAttributeDefinition}: Write; on calculated-attributes, domains. */
  public static final Action UPDATE_CALCULATED_ATTRIBUTE_DEFINITION = Action.of(PREFIX, "UpdateCalculatedAttributeDefinition");

  /** {@code profile:UpdateDomain}: Write; on domains. */
  public static final Action UPDATE_DOMAIN = Action.of(PREFIX, "UpdateDomain");

  /** {@code profile:UpdateDomainLayout}: Write; on domains, layouts. */
  public static final Action UPDATE_DOMAIN_LAYOUT = Action.of(PREFIX, "UpdateDomainLayout");

  /** {@code profile:UpdateEventTrigger}: Write; on domains, event-triggers. */
  public static final Action UPDATE_EVENT_TRIGGER = Action.of(PREFIX, "UpdateEventTrigger");

  /** {@code profile:UpdateProfile}: Write; on domains. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  /** {@code profile:UpdateRecommender}: Write; on domains, recommenders. */
  public static final Action UPDATE_RECOMMENDER = Action.of(PREFIX, "UpdateRecommender");

  private Profile() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
