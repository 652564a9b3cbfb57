// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Personalize (prefix {@code personalize}), as the service authorization reference lists them.
 */
public final class Personalize {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "personalize";

  /** {@code personalize:CreateBatchInferenceJob}: Write; on batchInferenceJob. */
  public static final Action CREATE_BATCH_INFERENCE_JOB = Action.of(PREFIX, "CreateBatchInferenceJob");

  /** {@code personalize:CreateBatchSegmentJob}: Write; on batchSegmentJob. */
  public static final Action CREATE_BATCH_SEGMENT_JOB = Action.of(PREFIX, "CreateBatchSegmentJob");

  /** {@code personalize:CreateCampaign}: Write; on campaign. */
  public static final Action CREATE_CAMPAIGN = Action.of(PREFIX, "CreateCampaign");

  /** {@code personalize:CreateDataDeletionJob}: Write; on dataDeletionJob. */
  public static final Action CREATE_DATA_DELETION_JOB = Action.of(PREFIX, "CreateDataDeletionJob");

  /** {@code personalize:CreateDataInsightsJob}: Write; on dataInsightsJob. */
  public static final Action CREATE_DATA_INSIGHTS_JOB = Action.of(PREFIX, "CreateDataInsightsJob");

  /** {@code personalize:CreateDataset}: Write; on dataset. */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code personalize:CreateDatasetExportJob}: Write; on datasetExportJob. */
  public static final Action CREATE_DATASET_EXPORT_JOB = Action.of(PREFIX, "CreateDatasetExportJob");

  /** {@code personalize:CreateDatasetGroup}: Write; on datasetGroup. */
  public static final Action CREATE_DATASET_GROUP = Action.of(PREFIX, "CreateDatasetGroup");

  /** {@code personalize:CreateDatasetImportJob}: Write; on datasetImportJob. */
  public static final Action CREATE_DATASET_IMPORT_JOB = Action.of(PREFIX, "CreateDatasetImportJob");

  /** {@code personalize:CreateEventTracker}: Write; on eventTracker. */
  public static final Action CREATE_EVENT_TRACKER = Action.of(PREFIX, "CreateEventTracker");

  /** {@code personalize:CreateFilter}: Write; on filter. */
  public static final Action CREATE_FILTER = Action.of(PREFIX, "CreateFilter");

  /** {@code personalize:CreateMetricAttribution}: Write; on metricAttribution. */
  public static final Action CREATE_METRIC_ATTRIBUTION = Action.of(PREFIX, "CreateMetricAttribution");

  /** {@code personalize:CreateRecommender}: Write; on recommender. */
  public static final Action CREATE_RECOMMENDER = Action.of(PREFIX, "CreateRecommender");

  /** {@code personalize:CreateSchema}: Write; on schema. */
  public static final Action CREATE_SCHEMA = Action.of(PREFIX, "CreateSchema");

  /** {@code personalize:CreateSolution}: Write; on solution. */
  public static final Action CREATE_SOLUTION = Action.of(PREFIX, "CreateSolution");

  /** {@code personalize:CreateSolutionVersion}: Write; on solution. */
  public static final Action CREATE_SOLUTION_VERSION = Action.of(PREFIX, "CreateSolutionVersion");

  /** {@code personalize:DeleteCampaign}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN = Action.of(PREFIX, "DeleteCampaign");

  /** {@code personalize:DeleteDataset}: Write; on dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code personalize:DeleteDatasetGroup}: Write; on datasetGroup. */
  public static final Action DELETE_DATASET_GROUP = Action.of(PREFIX, "DeleteDatasetGroup");

  /** {@code personalize:DeleteEventTracker}: Write; on eventTracker. */
  public static final Action DELETE_EVENT_TRACKER = Action.of(PREFIX, "DeleteEventTracker");

  /** {@code personalize:DeleteFilter}: Write; on filter. */
  public static final Action DELETE_FILTER = Action.of(PREFIX, "DeleteFilter");

  /** {@code personalize:DeleteMetricAttribution}: Write; on metricAttribution. */
  public static final Action DELETE_METRIC_ATTRIBUTION = Action.of(PREFIX, "DeleteMetricAttribution");

  /** {@code personalize:DeleteRecommender}: Write; on recommender. */
  public static final Action DELETE_RECOMMENDER = Action.of(PREFIX, "DeleteRecommender");

  /** {@code personalize:DeleteSchema}: Write; on schema. */
  public static final Action DELETE_SCHEMA = Action.of(PREFIX, "DeleteSchema");

  /** {@code personalize:DeleteSolution}: Write; on solution. */
  public static final Action DELETE_SOLUTION = Action.of(PREFIX, "DeleteSolution");

  /** {@code personalize:DescribeAlgorithm}: Read; on algorithm. */
  public static final Action DESCRIBE_ALGORITHM = Action.of(PREFIX, "DescribeAlgorithm");

  /** {@code personalize:DescribeBatchInferenceJob}: Read; on batchInferenceJob. */
  public static final Action DESCRIBE_BATCH_INFERENCE_JOB = Action.of(PREFIX, "DescribeBatchInferenceJob");

  /** {@code personalize:DescribeBatchSegmentJob}: Read; on batchSegmentJob. */
  public static final Action DESCRIBE_BATCH_SEGMENT_JOB = Action.of(PREFIX, "DescribeBatchSegmentJob");

  /** {@code personalize:DescribeCampaign}: Read; on campaign. */
  public static final Action DESCRIBE_CAMPAIGN = Action.of(PREFIX, "DescribeCampaign");

  /** {@code personalize:DescribeDataDeletionJob}: Read; on dataDeletionJob. */
  public static final Action DESCRIBE_DATA_DELETION_JOB = Action.of(PREFIX, "DescribeDataDeletionJob");

  /** {@code personalize:DescribeDataInsightsJob}: Read; on dataInsightsJob. */
  public static final Action DESCRIBE_DATA_INSIGHTS_JOB = Action.of(PREFIX, "DescribeDataInsightsJob");

  /** {@code personalize:DescribeDataset}: Read; on dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code personalize:DescribeDatasetExportJob}: Read; on datasetExportJob. */
  public static final Action DESCRIBE_DATASET_EXPORT_JOB = Action.of(PREFIX, "DescribeDatasetExportJob");

  /** {@code personalize:DescribeDatasetGroup}: Read; on datasetGroup. */
  public static final Action DESCRIBE_DATASET_GROUP = Action.of(PREFIX, "DescribeDatasetGroup");

  /** {@code personalize:DescribeDatasetImportJob}: Read; on datasetImportJob. */
  public static final Action DESCRIBE_DATASET_IMPORT_JOB = Action.of(PREFIX, "DescribeDatasetImportJob");

  /** {@code personalize:DescribeEventTracker}: Read; on eventTracker. */
  public static final Action DESCRIBE_EVENT_TRACKER = Action.of(PREFIX, "DescribeEventTracker");

  /** {@code personalize:DescribeFeatureTransformation}: Read; on featureTransformation. */
  public static final Action DESCRIBE_FEATURE_TRANSFORMATION = Action.of(PREFIX, "DescribeFeatureTransformation");

  /** {@code personalize:DescribeFilter}: Read; on filter. */
  public static final Action DESCRIBE_FILTER = Action.of(PREFIX, "DescribeFilter");

  /** {@code personalize:DescribeMetricAttribution}: Read; on metricAttribution. */
  public static final Action DESCRIBE_METRIC_ATTRIBUTION = Action.of(PREFIX, "DescribeMetricAttribution");

  /** {@code personalize:DescribeRecipe}: Read; on recipe. */
  public static final Action DESCRIBE_RECIPE = Action.of(PREFIX, "DescribeRecipe");

  /** {@code personalize:DescribeRecommender}: Read; on recommender. */
  public static final Action DESCRIBE_RECOMMENDER = Action.of(PREFIX, "DescribeRecommender");

  /** {@code personalize:DescribeSchema}: Read; on schema. */
  public static final Action DESCRIBE_SCHEMA = Action.of(PREFIX, "DescribeSchema");

  /** {@code personalize:DescribeSolution}: Read; on solution. */
  public static final Action DESCRIBE_SOLUTION = Action.of(PREFIX, "DescribeSolution");

  /** {@code personalize:DescribeSolutionVersion}: Read; on solution. */
  public static final Action DESCRIBE_SOLUTION_VERSION = Action.of(PREFIX, "DescribeSolutionVersion");

  /** {@code personalize:GetActionRecommendations}: Read; on campaign. */
  public static final Action GET_ACTION_RECOMMENDATIONS = Action.of(PREFIX, "GetActionRecommendations");

  /** {@code personalize:GetDataInsights}: Read; on dataInsightsJob. */
  public static final Action GET_DATA_INSIGHTS = Action.of(PREFIX, "GetDataInsights");

  /** {@code personalize:GetPersonalizedRanking}: Read; on campaign. */
  public static final Action GET_PERSONALIZED_RANKING = Action.of(PREFIX, "GetPersonalizedRanking");

  /** {@code personalize:GetRecommendations}: Read; on campaign. */
  public static final Action GET_RECOMMENDATIONS = Action.of(PREFIX, "GetRecommendations");

  /** {@code personalize:GetSolutionMetrics}: Read; on solution. */
  public static final Action GET_SOLUTION_METRICS = Action.of(PREFIX, "GetSolutionMetrics");

  /** {@code personalize:ListBatchInferenceJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BATCH_INFERENCE_JOBS = Action.of(PREFIX, "ListBatchInferenceJobs");

  /** {@code personalize:ListBatchSegmentJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BATCH_SEGMENT_JOBS = Action.of(PREFIX, "ListBatchSegmentJobs");

  /** {@code personalize:ListCampaigns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CAMPAIGNS = Action.of(PREFIX, "ListCampaigns");

  /** {@code personalize:ListDataDeletionJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_DELETION_JOBS = Action.of(PREFIX, "ListDataDeletionJobs");

  /** {@code personalize:ListDataInsightsJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_INSIGHTS_JOBS = Action.of(PREFIX, "ListDataInsightsJobs");

  /** {@code personalize:ListDatasetExportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASET_EXPORT_JOBS = Action.of(PREFIX, "ListDatasetExportJobs");

  /** {@code personalize:ListDatasetGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASET_GROUPS = Action.of(PREFIX, "ListDatasetGroups");

  /** {@code personalize:ListDatasetImportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASET_IMPORT_JOBS = Action.of(PREFIX, "ListDatasetImportJobs");

  /** {@code personalize:ListDatasets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code personalize:ListEventTrackers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_TRACKERS = Action.of(PREFIX, "ListEventTrackers");

  /** {@code personalize:ListFilters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FILTERS = Action.of(PREFIX, "ListFilters");

  /** {@code personalize:ListMetricAttributionMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_METRIC_ATTRIBUTION_METRICS = Action.of(PREFIX, "ListMetricAttributionMetrics");

  /** {@code personalize:ListMetricAttributions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_METRIC_ATTRIBUTIONS = Action.of(PREFIX, "ListMetricAttributions");

  /** {@code personalize:ListRecipes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECIPES = Action.of(PREFIX, "ListRecipes");

  /** {@code personalize:ListRecommenders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDERS = Action.of(PREFIX, "ListRecommenders");

  /** {@code personalize:ListSchemas}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEMAS = Action.of(PREFIX, "ListSchemas");

  /** {@code personalize:ListSolutionVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOLUTION_VERSIONS = Action.of(PREFIX, "ListSolutionVersions");

  /** {@code personalize:ListSolutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOLUTIONS = Action.of(PREFIX, "ListSolutions");

  /** {@code personalize:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code personalize:PutActionInteractions}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACTION_INTERACTIONS = Action.of(PREFIX, "PutActionInteractions");

  /** {@code personalize:PutActions}: Write; on dataset. */
  public static final Action PUT_ACTIONS = Action.of(PREFIX, "PutActions");

  /** {@code personalize:PutEvents}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_EVENTS = Action.of(PREFIX, "PutEvents");

  /** {@code personalize:PutItems}: Write; on dataset. */
  public static final Action PUT_ITEMS = Action.of(PREFIX, "PutItems");

  /** {@code personalize:PutUsers}: Write; on dataset. */
  public static final Action PUT_USERS = Action.of(PREFIX, "PutUsers");

  /** {@code personalize:StartRecommender}: Write; on recommender. */
  public static final Action START_RECOMMENDER = Action.of(PREFIX, "StartRecommender");

  /** {@code personalize:StopRecommender}: Write; on recommender. */
  public static final Action STOP_RECOMMENDER = Action.of(PREFIX, "StopRecommender");

  /** {@code personalize:StopSolutionVersionCreation}: Write; on solution. */
  public static final Action STOP_SOLUTION_VERSION_CREATION = Action.of(PREFIX, "StopSolutionVersionCreation");

  /** {@code personalize:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code personalize:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code personalize:UpdateCampaign}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN = Action.of(PREFIX, "UpdateCampaign");

  /** {@code personalize:UpdateDataset}: Write; on dataset. */
  public static final Action UPDATE_DATASET = Action.of(PREFIX, "UpdateDataset");

  /** {@code personalize:UpdateMetricAttribution}: Write; on metricAttribution. */
  public static final Action UPDATE_METRIC_ATTRIBUTION = Action.of(PREFIX, "UpdateMetricAttribution");

  /** {@code personalize:UpdateRecommender}: Write; on recommender. */
  public static final Action UPDATE_RECOMMENDER = Action.of(PREFIX, "UpdateRecommender");

  /** {@code personalize:UpdateSolution}: Write; on solution. */
  public static final Action UPDATE_SOLUTION = Action.of(PREFIX, "UpdateSolution");

  private Personalize() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
