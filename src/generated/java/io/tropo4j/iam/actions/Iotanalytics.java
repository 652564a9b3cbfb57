// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT Analytics (prefix {@code iotanalytics}), as the service authorization reference lists them.
 */
public final class Iotanalytics {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iotanalytics";

  /** {@code iotanalytics:BatchPutMessage}: Write; on channel. */
  public static final Action BATCH_PUT_MESSAGE = Action.of(PREFIX, "BatchPutMessage");

  /** {@code iotanalytics:CancelPipelineReprocessing}: Write; on pipeline. */
  public static final Action CANCEL_PIPELINE_REPROCESSING = Action.of(PREFIX, "CancelPipelineReprocessing");

  /** {@code iotanalytics:CreateChannel}: Write; on channel. */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code iotanalytics:CreateDataset}: Write; on dataset. */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code iotanalytics:CreateDatasetContent}: Write; on dataset. */
  public static final Action CREATE_DATASET_CONTENT = Action.of(PREFIX, "CreateDatasetContent");

  /** {@code iotanalytics:CreateDatastore}: Write; on datastore. */
  public static final Action CREATE_DATASTORE = Action.of(PREFIX, "CreateDatastore");

  /** {@code iotanalytics:CreatePipeline}: Write; on pipeline. */
  public static final Action CREATE_PIPELINE = Action.of(PREFIX, "CreatePipeline");

  /** {@code iotanalytics:DeleteChannel}: Write; on channel. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code iotanalytics:DeleteDataset}: Write; on dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code iotanalytics:DeleteDatasetContent}: Write; on dataset. */
  public static final Action DELETE_DATASET_CONTENT = Action.of(PREFIX, "DeleteDatasetContent");

  /** {@code iotanalytics:DeleteDatastore}: Write; on datastore. */
  public static final Action DELETE_DATASTORE = Action.of(PREFIX, "DeleteDatastore");

  /** {@code iotanalytics:DeletePipeline}: Write; on pipeline. */
  public static final Action DELETE_PIPELINE = Action.of(PREFIX, "DeletePipeline");

  /** {@code iotanalytics:DescribeChannel}: Read; on channel. */
  public static final Action DESCRIBE_CHANNEL = Action.of(PREFIX, "DescribeChannel");

  /** {@code iotanalytics:DescribeDataset}: Read; on dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code iotanalytics:DescribeDatastore}: Read; on datastore. */
  public static final Action DESCRIBE_DATASTORE = Action.of(PREFIX, "DescribeDatastore");

  /** {@code iotanalytics:DescribeLoggingOptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOGGING_OPTIONS = Action.of(PREFIX, "DescribeLoggingOptions");

  /** {@code iotanalytics:DescribePipeline}: Read; on pipeline. */
  public static final Action DESCRIBE_PIPELINE = Action.of(PREFIX, "DescribePipeline");

  /** {@code iotanalytics:GetDatasetContent}: Read; on dataset. */
  public static final Action GET_DATASET_CONTENT = Action.of(PREFIX, "GetDatasetContent");

  /** {@code iotanalytics:ListChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code iotanalytics:ListDatasetContents}: List; on dataset. */
  public static final Action LIST_DATASET_CONTENTS = Action.of(PREFIX, "ListDatasetContents");

  /** {@code iotanalytics:ListDatasets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code iotanalytics:ListDatastores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASTORES = Action.of(PREFIX, "ListDatastores");

  /** {@code iotanalytics:ListPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINES = Action.of(PREFIX, "ListPipelines");

  /** {@code iotanalytics:ListTagsForResource}: Read; on channel, dataset, datastore, pipeline. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iotanalytics:PutLoggingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LOGGING_OPTIONS = Action.of(PREFIX, "PutLoggingOptions");

  /** {@code iotanalytics:RunPipelineActivity}: Read; on no resource type (give {@code *}). */
  public static final Action RUN_PIPELINE_ACTIVITY = Action.of(PREFIX, "RunPipelineActivity");

  /** {@code iotanalytics:SampleChannelData}: Read; on channel. */
  public static final Action SAMPLE_CHANNEL_DATA = Action.of(PREFIX, "SampleChannelData");

  /** {@code iotanalytics:StartPipelineReprocessing}: Write; on pipeline. */
  public static final Action START_PIPELINE_REPROCESSING = Action.of(PREFIX, "StartPipelineReprocessing");

  /** {@code iotanalytics:TagResource}: Tagging; on channel, dataset, datastore, pipeline. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iotanalytics:UntagResource}: Tagging; on channel, dataset, datastore, pipeline. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iotanalytics:UpdateChannel}: Write; on channel. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code iotanalytics:UpdateDataset}: Write; on dataset. */
  public static final Action UPDATE_DATASET = Action.of(PREFIX, "UpdateDataset");

  /** {@code iotanalytics:UpdateDatastore}: Write; on datastore. */
  public static final Action UPDATE_DATASTORE = Action.of(PREFIX, "UpdateDatastore");

  /** {@code iotanalytics:UpdatePipeline}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE = Action.of(PREFIX, "UpdatePipeline");

  private Iotanalytics() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
