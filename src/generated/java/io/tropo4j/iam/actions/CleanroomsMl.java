// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Clean Rooms ML (prefix {@code cleanrooms-ml}), as the service authorization reference lists them.
 */
public final class CleanroomsMl {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cleanrooms-ml";

  /** {@code cleanrooms-ml:CancelTrainedModel}: Write; on TrainedModel. */
  public static final Action CANCEL_TRAINED_MODEL = Action.of(PREFIX, "CancelTrainedModel");

  /** {@code cleanrooms-ml:CancelTrainedModelInferenceJob}: Write; on TrainedModelInferenceJob. */
  public static final Action CANCEL_TRAINED_MODEL_INFERENCE_JOB = Action.of(PREFIX, "CancelTrainedModelInferenceJob");

  /** {@code cleanrooms-ml:CreateAudienceModel}: Write; on trainingdataset. */
  public static final Action CREATE_AUDIENCE_MODEL = Action.of(PREFIX, "CreateAudienceModel");

  /** {@code cleanrooms-ml:CreateConfiguredAudienceModel}: Write; on audiencemodel. */
  public static final Action CREATE_CONFIGURED_AUDIENCE_MODEL = Action.of(PREFIX, "CreateConfiguredAudienceModel");

  /** {@code cleanrooms-ml:CreateConfiguredModelAlgorithm}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIGURED_MODEL_ALGORITHM = Action.of(PREFIX, "CreateConfiguredModelAlgorithm");

  /** {@code cleanrooms-ml:CreateConfiguredModelAlgorithmAssociation}: Write; on ConfiguredModelAlgorithm. */
  public static final Action CREATE_CONFIGURED_MODEL_ALGORITHM_ASSOCIATION = Action.of(PREFIX, "CreateConfiguredModelAlgorithmAssociation");

  /** {@code cleanrooms-ml:CreateMLInputChannel}: Write; on ConfiguredModelAlgorithmAssociation. */
  public static final Action CREATE_ML_INPUT_CHANNEL = Action.of(PREFIX, "CreateMLInputChannel");

  /** {@code cleanrooms-ml:CreateTrainedModel}: Write; on ConfiguredModelAlgorithmAssociation. */
  public static final Action CREATE_TRAINED_MODEL = Action.of(PREFIX, "CreateTrainedModel");

  /** {@code cleanrooms-ml:CreateTrainingDataset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TRAINING_DATASET = Action.of(PREFIX, "CreateTrainingDataset");

  /** {@code cleanrooms-ml:DeleteAudienceGenerationJob}: Write; on audiencegenerationjob. */
  public static final Action DELETE_AUDIENCE_GENERATION_JOB = Action.of(PREFIX, "DeleteAudienceGenerationJob");

  /** {@code cleanrooms-ml:DeleteAudienceModel}: Write; on audiencemodel. */
  public static final Action DELETE_AUDIENCE_MODEL = Action.of(PREFIX, "DeleteAudienceModel");

  /** {@code cleanrooms-ml:DeleteConfiguredAudienceModel}: Write; on configuredaudiencemodel. */
  public static final Action DELETE_CONFIGURED_AUDIENCE_MODEL = Action.of(PREFIX, "DeleteConfiguredAudienceModel");

  /** {@code cleanrooms-ml:DeleteConfiguredAudienceModelPolicy}: Write; on configuredaudiencemodel. */
  public static final Action DELETE_CONFIGURED_AUDIENCE_MODEL_POLICY = Action.of(PREFIX, "DeleteConfiguredAudienceModelPolicy");

  /** {@code cleanrooms-ml:DeleteConfiguredModelAlgorithm}: Write; on ConfiguredModelAlgorithm. */
  public static final Action DELETE_CONFIGURED_MODEL_ALGORITHM = Action.of(PREFIX, "DeleteConfiguredModelAlgorithm");

  /** {@code cleanrooms-ml:DeleteConfiguredModelAlgorithmAssociation}: Write; on ConfiguredModelAlgorithmAssociation. */
  public static final Action DELETE_CONFIGURED_MODEL_ALGORITHM_ASSOCIATION = Action.of(PREFIX, "DeleteConfiguredModelAlgorithmAssociation");

  /** {@code cleanrooms-ml:DeleteMLConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ML_CONFIGURATION = Action.of(PREFIX, "DeleteMLConfiguration");

  /** {@code cleanrooms-ml:DeleteMLInputChannelData}: Write; on MLInputChannel. */
  public static final Action DELETE_ML_INPUT_CHANNEL_DATA = Action.of(PREFIX, "DeleteMLInputChannelData");

  /** {@code cleanrooms-ml:DeleteTrainedModelOutput}: Write; on TrainedModel. */
  public static final Action DELETE_TRAINED_MODEL_OUTPUT = Action.of(PREFIX, "DeleteTrainedModelOutput");

  /** {@code cleanrooms-ml:DeleteTrainingDataset}: Write; on trainingdataset. */
  public static final Action DELETE_TRAINING_DATASET = Action.of(PREFIX, "DeleteTrainingDataset");

  /** {@code cleanrooms-ml:GetAudienceGenerationJob}: Read; on audiencegenerationjob. */
  public static final Action GET_AUDIENCE_GENERATION_JOB = Action.of(PREFIX, "GetAudienceGenerationJob");

  /** {@code cleanrooms-ml:GetAudienceModel}: Read; on audiencemodel. */
  public static final Action GET_AUDIENCE_MODEL = Action.of(PREFIX, "GetAudienceModel");

  /** {@code cleanrooms-ml:GetCollaborationConfiguredModelAlgorithmAssociation}: Read; on ConfiguredModelAlgorithmAssociation. */
  public static final Action GET_COLLABORATION_CONFIGURED_MODEL_ALGORITHM_ASSOCIATION = Action.of(PREFIX, "GetCollaborationConfiguredModelAlgorithmAssociation");

  /** {@code cleanrooms-ml:GetCollaborationMLInputChannel}: Read; on MLInputChannel. */
  public static final Action GET_COLLABORATION_ML_INPUT_CHANNEL = Action.of(PREFIX, "GetCollaborationMLInputChannel");

  /** {@code cleanrooms-ml:GetCollaborationTrainedModel}: Read; on TrainedModel. */
  public static final Action GET_COLLABORATION_TRAINED_MODEL = Action.of(PREFIX, "GetCollaborationTrainedModel");

  /** {@code cleanrooms-ml:GetConfiguredAudienceModel}: Read; on configuredaudiencemodel. */
  public static final Action GET_CONFIGURED_AUDIENCE_MODEL = Action.of(PREFIX, "GetConfiguredAudienceModel");

  /** {@code cleanrooms-ml:GetConfiguredAudienceModelPolicy}: Read; on configuredaudiencemodel. */
  public static final Action GET_CONFIGURED_AUDIENCE_MODEL_POLICY = Action.of(PREFIX, "GetConfiguredAudienceModelPolicy");

  /** {@code cleanrooms-ml:GetConfiguredModelAlgorithm}: Read; on ConfiguredModelAlgorithm. */
  public static final Action GET_CONFIGURED_MODEL_ALGORITHM = Action.of(PREFIX, "GetConfiguredModelAlgorithm");

  /** {@code cleanrooms-ml:GetConfiguredModelAlgorithmAssociation}: Read; on ConfiguredModelAlgorithmAssociation. */
  public static final Action GET_CONFIGURED_MODEL_ALGORITHM_ASSOCIATION = Action.of(PREFIX, "GetConfiguredModelAlgorithmAssociation");

  /** {@code cleanrooms-ml:GetMLConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ML_CONFIGURATION = Action.of(PREFIX, "GetMLConfiguration");

  /** {@code cleanrooms-ml:GetMLInputChannel}: Read; on MLInputChannel. */
  public static final Action GET_ML_INPUT_CHANNEL = Action.of(PREFIX, "GetMLInputChannel");

  /** {@code cleanrooms-ml:GetTrainedModel}: Read; on TrainedModel. */
  public static final Action GET_TRAINED_MODEL = Action.of(PREFIX, "GetTrainedModel");

  /** {@code cleanrooms-ml:GetTrainedModelInferenceJob}: Read; on TrainedModelInferenceJob. */
  public static final Action GET_TRAINED_MODEL_INFERENCE_JOB = Action.of(PREFIX, "GetTrainedModelInferenceJob");

  /** {@code cleanrooms-ml:GetTrainingDataset}: Read; on trainingdataset. */
  public static final Action GET_TRAINING_DATASET = Action.of(PREFIX, "GetTrainingDataset");

  /** {@code cleanrooms-ml:ListAudienceExportJobs}: List; on audiencegenerationjob. */
  public static final Action LIST_AUDIENCE_EXPORT_JOBS = Action.of(PREFIX, "ListAudienceExportJobs");

  /** {@code cleanrooms-ml:ListAudienceGenerationJobs}: List; on configuredaudiencemodel. */
  public static final Action LIST_AUDIENCE_GENERATION_JOBS = Action.of(PREFIX, "ListAudienceGenerationJobs");

  /** {@code cleanrooms-ml:ListAudienceModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUDIENCE_MODELS = Action.of(PREFIX, "ListAudienceModels");

  /** {@code cleanrooms-ml:ListCollaborationConfiguredModelAlgorithmAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLABORATION_CONFIGURED_MODEL_ALGORITHM_ASSOCIATIONS = Action.of(PREFIX, "ListCollaborationConfiguredModelAlgorithmAssociations");

  /** {@code cleanrooms-ml:ListCollaborationMLInputChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLABORATION_ML_INPUT_CHANNELS = Action.of(PREFIX, "ListCollaborationMLInputChannels");

  /** {@code cleanrooms-ml:ListCollaborationTrainedModelExportJobs}: List; on TrainedModel. */
  public static final Action LIST_COLLABORATION_TRAINED_MODEL_EXPORT_JOBS = Action.of(PREFIX, "ListCollaborationTrainedModelExportJobs");

  /** {@code cleanrooms-ml:ListCollaborationTrainedModelInferenceJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLABORATION_TRAINED_MODEL_INFERENCE_JOBS = Action.of(PREFIX, "ListCollaborationTrainedModelInferenceJobs");

  /** {@code cleanrooms-ml:ListCollaborationTrainedModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLABORATION_TRAINED_MODELS = Action.of(PREFIX, "ListCollaborationTrainedModels");

  /** {@code cleanrooms-ml:ListConfiguredAudienceModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURED_AUDIENCE_MODELS = Action.of(PREFIX, "ListConfiguredAudienceModels");

  /** {@code cleanrooms-ml:ListConfiguredModelAlgorithmAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURED_MODEL_ALGORITHM_ASSOCIATIONS = Action.of(PREFIX, "ListConfiguredModelAlgorithmAssociations");

  /** {@code cleanrooms-ml:ListConfiguredModelAlgorithms}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURED_MODEL_ALGORITHMS = Action.of(PREFIX, "ListConfiguredModelAlgorithms");

  /** {@code cleanrooms-ml:ListMLInputChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ML_INPUT_CHANNELS = Action.of(PREFIX, "ListMLInputChannels");

  /** {@code cleanrooms-ml:ListTagsForResource}: List; on audiencegenerationjob, audiencemodel, configuredaudiencemodel, trainingdataset. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code cleanrooms-ml:ListTrainedModelInferenceJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAINED_MODEL_INFERENCE_JOBS = Action.of(PREFIX, "ListTrainedModelInferenceJobs");

  /** {@code cleanrooms-ml:ListTrainedModelVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAINED_MODEL_VERSIONS = Action.of(PREFIX, "ListTrainedModelVersions");

  /** {@code cleanrooms-ml:ListTrainedModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAINED_MODELS = Action.of(PREFIX, "ListTrainedModels");

  /** {@code cleanrooms-ml:ListTrainingDatasets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAINING_DATASETS = Action.of(PREFIX, "ListTrainingDatasets");

  /** {@code cleanrooms-ml:PutConfiguredAudienceModelPolicy}: Permissions management; on configuredaudiencemodel. */
  public static final Action PUT_CONFIGURED_AUDIENCE_MODEL_POLICY = Action.of(PREFIX, "PutConfiguredAudienceModelPolicy");

  /** {@code cleanrooms-ml:PutMLConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ML_CONFIGURATION = Action.of(PREFIX, "PutMLConfiguration");

  /** {@code cleanrooms-ml:StartAudienceExportJob}: Write; on audiencegenerationjob. */
  public static final Action START_AUDIENCE_EXPORT_JOB = Action.of(PREFIX, "StartAudienceExportJob");

  /** {@code cleanrooms-ml:StartAudienceGenerationJob}: Write; on configuredaudiencemodel. */
  public static final Action START_AUDIENCE_GENERATION_JOB = Action.of(PREFIX, "StartAudienceGenerationJob");

  /** {@code cleanrooms-ml:StartTrainedModelExportJob}: Write; on TrainedModel. */
  public static final Action START_TRAINED_MODEL_EXPORT_JOB = Action.of(PREFIX, "StartTrainedModelExportJob");

  /** {@code cleanrooms-ml:StartTrainedModelInferenceJob}: Write; on ConfiguredModelAlgorithmAssociation, MLInputChannel, TrainedModel. */
  public static final Action START_TRAINED_MODEL_INFERENCE_JOB = Action.of(PREFIX, "StartTrainedModelInferenceJob");

  /** {@code cleanrooms-ml:TagResource}: Tagging; on ConfiguredModelAlgorithm, ConfiguredModelAlgorithmAssociation, MLInputChannel, TrainedModel, TrainedModelInferenceJob, audiencegenerationjob, audiencemodel, configuredaudiencemodel, trainingdataset. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cleanrooms-ml:UnTagResource}: Tagging; on ConfiguredModelAlgorithm, ConfiguredModelAlgorithmAssociation, MLInputChannel, TrainedModel, TrainedModelInferenceJob, audiencegenerationjob, audiencemodel, configuredaudiencemodel, trainingdataset. */
  public static final Action UN_TAG_RESOURCE = Action.of(PREFIX, "UnTagResource");

  /** {@code cleanrooms-ml:UpdateConfiguredAudienceModel}: Write; on audiencemodel, configuredaudiencemodel. */
  public static final Action UPDATE_CONFIGURED_AUDIENCE_MODEL = Action.of(PREFIX, "UpdateConfiguredAudienceModel");

  private CleanroomsMl() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
