// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Kendra (prefix {@code kendra}), as the service authorization reference lists them.
 */
public final class Kendra {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "kendra";

  /** {@code kendra:AssociateEntitiesToExperience}: Write; on experience, index. */
  public static final Action ASSOCIATE_ENTITIES_TO_EXPERIENCE = Action.of(PREFIX, "AssociateEntitiesToExperience");

  /** {@code kendra:AssociatePersonasToEntities}: Write; on experience, index. */
  public static final Action ASSOCIATE_PERSONAS_TO_ENTITIES = Action.of(PREFIX, "AssociatePersonasToEntities");

  /** {@code kendra:BatchDeleteDocument}: Write; on index. */
  public static final Action BATCH_DELETE_DOCUMENT = Action.of(PREFIX, "BatchDeleteDocument");

  /** {@code kendra:BatchDeleteFeaturedResultsSet}: Write; on featured-results-set, index. */
  public static final Action BATCH_DELETE_FEATURED_RESULTS_SET = Action.of(PREFIX, "BatchDeleteFeaturedResultsSet");

  /** {@code kendra:BatchGetDocumentStatus}: Read; on index. */
  public static final Action BATCH_GET_DOCUMENT_STATUS = Action.of(PREFIX, "BatchGetDocumentStatus");

  /** {@code kendra:BatchPutDocument}: Write; on index. */
  public static final Action BATCH_PUT_DOCUMENT = Action.of(PREFIX, "BatchPutDocument");

  /** {@code kendra:ClearQuerySuggestions}: Write; on index. */
  public static final Action CLEAR_QUERY_SUGGESTIONS = Action.of(PREFIX, "ClearQuerySuggestions");

  /** {@code kendra:CreateAccessControlConfiguration}: Write; on index. */
  public static final Action CREATE_ACCESS_CONTROL_CONFIGURATION = Action.of(PREFIX, "CreateAccessControlConfiguration");

  /** {@code kendra:CreateDataSource}: Write; on index. */
  public static final Action CREATE_DATA_SOURCE = Action.of(PREFIX, "CreateDataSource");

  /** {@code kendra:CreateExperience}: Write; on index. */
  public static final Action CREATE_EXPERIENCE = Action.of(PREFIX, "CreateExperience");

  /** {@code kendra:CreateFaq}: Write; on index. */
  public static final Action CREATE_FAQ = Action.of(PREFIX, "CreateFaq");

  /** {@code kendra:CreateFeaturedResultsSet}: Write; on index. */
  public static final Action CREATE_FEATURED_RESULTS_SET = Action.of(PREFIX, "CreateFeaturedResultsSet");

  /** {@code kendra:CreateIndex}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INDEX = Action.of(PREFIX, "CreateIndex");

  /** {@code kendra:CreateQuerySuggestionsBlockList}: Write; on index. */
  public static final Action CREATE_QUERY_SUGGESTIONS_BLOCK_LIST = Action.of(PREFIX, "CreateQuerySuggestionsBlockList");

  /** {@code kendra:CreateThesaurus}: Write; on index. */
  public static final Action CREATE_THESAURUS = Action.of(PREFIX, "CreateThesaurus");

  /** {@code kendra:DeleteAccessControlConfiguration}: Write; on access-control-configuration, index. */
  public static final Action DELETE_ACCESS_CONTROL_CONFIGURATION = Action.of(PREFIX, "DeleteAccessControlConfiguration");

  /** {@code kendra:DeleteDataSource}: Write; on data-source, index. */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code kendra:DeleteExperience}: Write; on experience, index. */
  public static final Action DELETE_EXPERIENCE = Action.of(PREFIX, "DeleteExperience");

  /** {@code kendra:DeleteFaq}: Write; on faq, index. */
  public static final Action DELETE_FAQ = Action.of(PREFIX, "DeleteFaq");

  /** {@code kendra:DeleteIndex}: Write; on index. */
  public static final Action DELETE_INDEX = Action.of(PREFIX, "DeleteIndex");

  /** {@code kendra:DeletePrincipalMapping}: Write; on data-source, index. */
  public static final Action DELETE_PRINCIPAL_MAPPING = Action.of(PREFIX, "DeletePrincipalMapping");

  /** {@code kendra:DeleteQuerySuggestionsBlockList}: Write; on index, query-suggestions-block-list. */
  public static final Action DELETE_QUERY_SUGGESTIONS_BLOCK_LIST = Action.of(PREFIX, "DeleteQuerySuggestionsBlockList");

  /** {@code kendra:DeleteThesaurus}: Write; on index, thesaurus. */
  public static final Action DELETE_THESAURUS = Action.of(PREFIX, "DeleteThesaurus");

  /** {@code kendra:DescribeAccessControlConfiguration}: Read; on access-control-configuration, index. */
  public static final Action DESCRIBE_ACCESS_CONTROL_CONFIGURATION = Action.of(PREFIX, "DescribeAccessControlConfiguration");

  /** {@code kendra:DescribeDataSource}: Read; on data-source, index. */
  public static final Action DESCRIBE_DATA_SOURCE = Action.of(PREFIX, "DescribeDataSource");

  /** {@code kendra:DescribeExperience}: Read; on experience, index. */
  public static final Action DESCRIBE_EXPERIENCE = Action.of(PREFIX, "DescribeExperience");

  /** {@code kendra:DescribeFaq}: Read; on faq, index. */
  public static final Action DESCRIBE_FAQ = Action.of(PREFIX, "DescribeFaq");

  /** {@code kendra:DescribeFeaturedResultsSet}: Read; on featured-results-set, index. */
  public static final Action DESCRIBE_FEATURED_RESULTS_SET = Action.of(PREFIX, "DescribeFeaturedResultsSet");

  /** {@code kendra:DescribeIndex}: Read; on index. */
  public static final Action DESCRIBE_INDEX = Action.of(PREFIX, "DescribeIndex");

  /** {@code kendra:DescribePrincipalMapping}: Read; on data-source, index. */
  public static final Action DESCRIBE_PRINCIPAL_MAPPING = Action.of(PREFIX, "DescribePrincipalMapping");

  /** {@code kendra:DescribeQuerySuggestionsBlockList}: Read; on index, query-suggestions-block-list. */
  public static final Action DESCRIBE_QUERY_SUGGESTIONS_BLOCK_LIST = Action.of(PREFIX, "DescribeQuerySuggestionsBlockList");

  /** {@code kendra:DescribeQuerySuggestionsConfig}: Read; on index. */
  public static final Action DESCRIBE_QUERY_SUGGESTIONS_CONFIG = Action.of(PREFIX, "DescribeQuerySuggestionsConfig");

  /** {@code kendra:DescribeThesaurus}: Read; on index, thesaurus. */
  public static final Action DESCRIBE_THESAURUS = Action.of(PREFIX, "DescribeThesaurus");

  /** {@code kendra:DisassociateEntitiesFromExperience}: Write; on experience, index. */
  public static final Action DISASSOCIATE_ENTITIES_FROM_EXPERIENCE = Action.of(PREFIX, "DisassociateEntitiesFromExperience");

  /** {@code kendra:DisassociatePersonasFromEntities}: Write; on experience, index. */
  public static final Action DISASSOCIATE_PERSONAS_FROM_ENTITIES = Action.of(PREFIX, "DisassociatePersonasFromEntities");

  /** {@code kendra:GetQuerySuggestions}: Read; on index. */
  public static final Action GET_QUERY_SUGGESTIONS = Action.of(PREFIX, "GetQuerySuggestions");

  /** {@code kendra:GetSnapshots}: Read; on index. */
  public static final Action GET_SNAPSHOTS = Action.of(PREFIX, "GetSnapshots");

  /** {@code kendra:ListAccessControlConfigurations}: List; on index. */
  public static final Action LIST_ACCESS_CONTROL_CONFIGURATIONS = Action.of(PREFIX, "ListAccessControlConfigurations");

  /** {@code kendra:ListDataSourceSyncJobs}: List; on data-source, index. */
  public static final Action LIST_DATA_SOURCE_SYNC_JOBS = Action.of(PREFIX, "ListDataSourceSyncJobs");

  /** {@code kendra:ListDataSources}: List; on index. */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code kendra:ListEntityPersonas}: List; on experience, index. */
  public static final Action LIST_ENTITY_PERSONAS = Action.of(PREFIX, "ListEntityPersonas");

  /** {@code kendra:ListExperienceEntities}: List; on experience, index. */
  public static final Action LIST_EXPERIENCE_ENTITIES = Action.of(PREFIX, "ListExperienceEntities");

  /** {@code kendra:ListExperiences}: List; on index. */
  public static final Action LIST_EXPERIENCES = Action.of(PREFIX, "ListExperiences");

  /** {@code kendra:ListFaqs}: List; on index. */
  public static final Action LIST_FAQS = Action.of(PREFIX, "ListFaqs");

  /** {@code kendra:ListFeaturedResultsSets}: List; on index. */
  public static final Action LIST_FEATURED_RESULTS_SETS = Action.of(PREFIX, "ListFeaturedResultsSets");

  /** {@code kendra:ListGroupsOlderThanOrderingId}: List; on data-source, index. */
  public static final Action LIST_GROUPS_OLDER_THAN_ORDERING_ID = Action.of(PREFIX, "ListGroupsOlderThanOrderingId");

  /** {@code kendra:ListIndices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INDICES = Action.of(PREFIX, "ListIndices");

  /** {@code kendra:ListQuerySuggestionsBlockLists}: List; on index. */
  public static final Action LIST_QUERY_SUGGESTIONS_BLOCK_LISTS = Action.of(PREFIX, "ListQuerySuggestionsBlockLists");

  /** {@code kendra:ListTagsForResource}: Read; on data-source, faq, featured-results-set, index, query-suggestions-block-list, thesaurus. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code kendra:ListThesauri}: List; on index. */
  public static final Action LIST_THESAURI = Action.of(PREFIX, "ListThesauri");

  /** {@code kendra:PutPrincipalMapping}: Write; on data-source, index. */
  public static final Action PUT_PRINCIPAL_MAPPING = Action.of(PREFIX, "PutPrincipalMapping");

  /** {@code kendra:Query}: Read; on index. */
  public static final Action QUERY = Action.of(PREFIX, "Query");

  /** {@code kendra:Retrieve}: Read; on index. */
  public static final Action RETRIEVE = Action.of(PREFIX, "Retrieve");

  /** {@code kendra:StartDataSourceSyncJob}: Write; on data-source, index. */
  public static final Action START_DATA_SOURCE_SYNC_JOB = Action.of(PREFIX, "StartDataSourceSyncJob");

  /** {@code kendra:StopDataSourceSyncJob}: Write; on data-source, index. */
  public static final Action STOP_DATA_SOURCE_SYNC_JOB = Action.of(PREFIX, "StopDataSourceSyncJob");

  /** {@code kendra:SubmitFeedback}: Write; on index. */
  public static final Action SUBMIT_FEEDBACK = Action.of(PREFIX, "SubmitFeedback");

  /** {@code kendra:TagResource}: Tagging; on data-source, faq, featured-results-set, index, query-suggestions-block-list, thesaurus. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code kendra:UntagResource}: Tagging; on data-source, faq, featured-results-set, index, query-suggestions-block-list, thesaurus. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code kendra:UpdateAccessControlConfiguration}: Write; on access-control-configuration, index. */
  public static final Action UPDATE_ACCESS_CONTROL_CONFIGURATION = Action.of(PREFIX, "UpdateAccessControlConfiguration");

  /** {@code kendra:UpdateDataSource}: Write; on data-source, index. */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code kendra:UpdateExperience}: Write; on index. */
  public static final Action UPDATE_EXPERIENCE = Action.of(PREFIX, "UpdateExperience");

  /** {@code kendra:UpdateFeaturedResultsSet}: Write; on featured-results-set, index. */
  public static final Action UPDATE_FEATURED_RESULTS_SET = Action.of(PREFIX, "UpdateFeaturedResultsSet");

  /** {@code kendra:UpdateIndex}: Write; on index. */
  public static final Action UPDATE_INDEX = Action.of(PREFIX, "UpdateIndex");

  /** {@code kendra:UpdateQuerySuggestionsBlockList}: Write; on index, query-suggestions-block-list. */
  public static final Action UPDATE_QUERY_SUGGESTIONS_BLOCK_LIST = Action.of(PREFIX, "UpdateQuerySuggestionsBlockList");

  /** {@code kendra:UpdateQuerySuggestionsConfig}: Write; on index. */
  public static final Action UPDATE_QUERY_SUGGESTIONS_CONFIG = Action.of(PREFIX, "UpdateQuerySuggestionsConfig");

  /** {@code kendra:UpdateThesaurus}: Write; on index, thesaurus. */
  public static final Action UPDATE_THESAURUS = Action.of(PREFIX, "UpdateThesaurus");

  private Kendra() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
