// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SageMaker (prefix {@code sagemaker}), as the service authorization reference lists them.
 */
public final class Sagemaker {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sagemaker";

  /** {@code sagemaker:AddAssociation}: Write; on action, artifact, context, experiment, experiment-trial-component. */
  public static final Action ADD_ASSOCIATION = Action.of(PREFIX, "AddAssociation");

  /** {@code sagemaker:AddTags}: Tagging; on action, algorithm, app, app-image-config, artifact, automl-job, cluster, cluster-scheduler-config, code-repository, compilation-job, compute-quota, context, data-quality-job-definition, device, device-fleet, domain, edge-deployment-plan, edge-packaging-job, endpoint, endpoint-config, experiment, experiment-trial, experiment-trial-component, feature-group, flow-definition, hub, hub-content, human-task-ui, hyper-parameter-tuning-job, image, inference-component, inference-recommendations-job, labeling-job, mlflow-app, mlflow-tracking-server, model, model-bias-job-definition, model-card, model-explainability-job-definition, model-package, model-package-group, model-quality-job-definition, monitoring-schedule, notebook-instance, notebook-instance-lifecycle-config, optimization-job, partner-app, pipeline, processing-job, project, reserved-capacity, space, studio-lifecycle-config, training-job, training-plan, transform-job, user-profile, workteam. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code sagemaker:AssociateTrialComponent}: Write; on experiment-trial, experiment-trial-component. */
  public static final Action ASSOCIATE_TRIAL_COMPONENT = Action.of(PREFIX, "AssociateTrialComponent");

  /** {@code sagemaker:AttachClusterNodeVolume}: Write; on cluster. */
  public static final Action ATTACH_CLUSTER_NODE_VOLUME = Action.of(PREFIX, "AttachClusterNodeVolume");

  /** {@code sagemaker:BatchAddClusterNodes}: Write; on cluster. */
  public static final Action BATCH_ADD_CLUSTER_NODES = Action.of(PREFIX, "BatchAddClusterNodes");

  /** {@code sagemaker:BatchDeleteClusterNodes}: Write; on cluster. */
  public static final Action BATCH_DELETE_CLUSTER_NODES = Action.of(PREFIX, "BatchDeleteClusterNodes");

  /** {@code sagemaker:BatchDescribeModelPackage}: Read; on model-package. */
  public static final Action BATCH_DESCRIBE_MODEL_PACKAGE = Action.of(PREFIX, "BatchDescribeModelPackage");

  /** {@code sagemaker:BatchGetMetrics}: Read; on experiment-trial-component, training-job. */
  public static final Action BATCH_GET_METRICS = Action.of(PREFIX, "BatchGetMetrics");

  /** {@code sagemaker:BatchGetRecord}: Read; on feature-group. */
  public static final Action BATCH_GET_RECORD = Action.of(PREFIX, "BatchGetRecord");

  /** {@code sagemaker:BatchPutMetrics}: Write; on experiment-trial-component, training-job. */
  public static final Action BATCH_PUT_METRICS = Action.of(PREFIX, "BatchPutMetrics");

  /** {@code sagemaker:CallMlflowAppApi}: Write; on mlflow-app. */
  public static final Action CALL_MLFLOW_APP_API = Action.of(PREFIX, "CallMlflowAppApi");

  /** {@code sagemaker:CallPartnerAppApi}: Write; on partner-app. */
  public static final Action CALL_PARTNER_APP_API = Action.of(PREFIX, "CallPartnerAppApi");

  /** {@code sagemaker:CreateAction}: Write; on action. */
  public static final Action CREATE_ACTION = Action.of(PREFIX, "CreateAction");

  /** {@code sagemaker:CreateAlgorithm}: Write; on algorithm. */
  public static final Action CREATE_ALGORITHM = Action.of(PREFIX, "CreateAlgorithm");

  /** {@code sagemaker:CreateApp}: Write; on app. */
  public static final Action CREATE_APP = Action.of(PREFIX, "CreateApp");

  /** {@code sagemaker:CreateAppImageConfig}: Write; on app-image-config. */
  public static final Action CREATE_APP_IMAGE_CONFIG = Action.of(PREFIX, "CreateAppImageConfig");

  /** {@code sagemaker:CreateArtifact}: Write; on artifact. */
  public static final Action CREATE_ARTIFACT = Action.of(PREFIX, "CreateArtifact");

  /** {@code sagemaker:CreateAutoMLJob}: Write; on automl-job. */
  public static final Action CREATE_AUTO_ML_JOB = Action.of(PREFIX, "CreateAutoMLJob");

  /** {@code sagemaker:CreateAutoMLJobV2}: Write; on automl-job. */
  public static final Action CREATE_AUTO_ML_JOB_V2 = Action.of(PREFIX, "CreateAutoMLJobV2");

  /** {@code sagemaker:CreateCluster}: Write; on cluster, reserved-capacity, training-plan. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code sagemaker:CreateClusterSchedulerConfig}: Write; on cluster, cluster-scheduler-config. */
  public static final Action CREATE_CLUSTER_SCHEDULER_CONFIG = Action.of(PREFIX, "CreateClusterSchedulerConfig");

  /** {@code sagemaker:CreateCodeRepository}: Write; on code-repository. */
  public static final Action CREATE_CODE_REPOSITORY = Action.of(PREFIX, "CreateCodeRepository");

  /** {@code sagemaker:CreateCompilationJob}: Write; on compilation-job. */
  public static final Action CREATE_COMPILATION_JOB = Action.of(PREFIX, "CreateCompilationJob");

  /** {@code sagemaker:CreateComputeQuota}: Write; on cluster, compute-quota. */
  public static final Action CREATE_COMPUTE_QUOTA = Action.of(PREFIX, "CreateComputeQuota");

  /** {@code sagemaker:CreateContext}: Write; on context. */
  public static final Action CREATE_CONTEXT = Action.of(PREFIX, "CreateContext");

  /** {@code sagemaker:CreateDataQualityJobDefinition}: Write; on data-quality-job-definition. */
  public static final Action CREATE_DATA_QUALITY_JOB_DEFINITION = Action.of(PREFIX, "CreateDataQualityJobDefinition");

  /** {@code sagemaker:CreateDeviceFleet}: Write; on device-fleet. */
  public static final Action CREATE_DEVICE_FLEET = Action.of(PREFIX, "CreateDeviceFleet");

  /** {@code sagemaker:CreateDomain}: Write; on domain. */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code sagemaker:CreateEdgeDeploymentPlan}: Write; on edge-deployment-plan. */
  public static final Action CREATE_EDGE_DEPLOYMENT_PLAN = Action.of(PREFIX, "CreateEdgeDeploymentPlan");

  /** {@code sagemaker:CreateEdgeDeploymentStage}: Write; on edge-deployment-plan. */
  public static final Action CREATE_EDGE_DEPLOYMENT_STAGE = Action.of(PREFIX, "CreateEdgeDeploymentStage");

  /** {@code sagemaker:CreateEdgePackagingJob}: Write; on edge-packaging-job. */
  public static final Action CREATE_EDGE_PACKAGING_JOB = Action.of(PREFIX, "CreateEdgePackagingJob");

  /** {@code sagemaker:CreateEndpoint}: Write; on endpoint, endpoint-config. */
  public static final Action CREATE_ENDPOINT = Action.of(PREFIX, "CreateEndpoint");

  /** {@code sagemaker:CreateEndpointConfig}: Write; on endpoint-config. */
  public static final Action CREATE_ENDPOINT_CONFIG = Action.of(PREFIX, "CreateEndpointConfig");

  /** {@code sagemaker:CreateExperiment}: Write; on experiment. */
  public static final Action CREATE_EXPERIMENT = Action.of(PREFIX, "CreateExperiment");

  /** {@code sagemaker:CreateFeatureGroup}: Write; on feature-group. */
  public static final Action CREATE_FEATURE_GROUP = Action.of(PREFIX, "CreateFeatureGroup");

  /** {@code sagemaker:CreateFlowDefinition}: Write; on flow-definition. */
  public static final Action CREATE_FLOW_DEFINITION = Action.of(PREFIX, "CreateFlowDefinition");

  /** {@code sagemaker:CreateHub}: Write; on hub. */
  public static final Action CREATE_HUB = Action.of(PREFIX, "CreateHub");

  /** {@code sagemaker:CreateHubContentPresignedUrls}: Read; on hub, hub-content. */
  public static final Action CREATE_HUB_CONTENT_PRESIGNED_URLS = Action.of(PREFIX, "CreateHubContentPresignedUrls");

  /** {@code sagemaker:CreateHubContentReference}: Write; on hub, hub-content. */
  public static final Action CREATE_HUB_CONTENT_REFERENCE = Action.of(PREFIX, "CreateHubContentReference");

  /** {@code sagemaker:CreateHumanTaskUi}: Write; on human-task-ui. */
  public static final Action CREATE_HUMAN_TASK_UI = Action.of(PREFIX, "CreateHumanTaskUi");

  /** {@code sagemaker:CreateHyperParameterTuningJob}: Write; on hyper-parameter-tuning-job. */
  public static final Action CREATE_HYPER_PARAMETER_TUNING_JOB = Action.of(PREFIX, "CreateHyperParameterTuningJob");

  /** {@code sagemaker:CreateImage}: Write; on image. */
  public static final Action CREATE_IMAGE = Action.of(PREFIX, "CreateImage");

  /** {@code sagemaker:CreateImageVersion}: Write; on image. */
  public static final Action CREATE_IMAGE_VERSION = Action.of(PREFIX, "CreateImageVersion");

  /** {@code sagemaker:CreateInferenceComponent}: Write; on endpoint, inference-component. */
  public static final Action CREATE_INFERENCE_COMPONENT = Action.of(PREFIX, "CreateInferenceComponent");

  /** {@code sagemaker:CreateInferenceExperiment}: Write; on inference-experiment. */
  public static final Action CREATE_INFERENCE_EXPERIMENT = Action.of(PREFIX, "CreateInferenceExperiment");

  /** {@code sagemaker:CreateInferenceRecommendationsJob}: Write; on inference-recommendations-job. */
  public static final Action CREATE_INFERENCE_RECOMMENDATIONS_JOB = Action.of(PREFIX, "CreateInferenceRecommendationsJob");

  /** {@code sagemaker:CreateLabelingJob}: Write; on labeling-job. */
  public static final Action CREATE_LABELING_JOB = Action.of(PREFIX, "CreateLabelingJob");

  /** {@code sagemaker:CreateLineageGroupPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LINEAGE_GROUP_POLICY = Action.of(PREFIX, "CreateLineageGroupPolicy");

  /** {@code sagemaker:CreateMlflowApp}: Write; on mlflow-app. */
  public static final Action CREATE_MLFLOW_APP = Action.of(PREFIX, "CreateMlflowApp");

  /** {@code sagemaker:CreateMlflowTrackingServer}: Write; on mlflow-tracking-server. */
  public static final Action CREATE_MLFLOW_TRACKING_SERVER = Action.of(PREFIX, "CreateMlflowTrackingServer");

  /** {@code sagemaker:CreateModel}: Write; on model. */
  public static final Action CREATE_MODEL = Action.of(PREFIX, "CreateModel");

  /** {@code sagemaker:CreateModelBiasJobDefinition}: Write; on model-bias-job-definition. */
  public static final Action CREATE_MODEL_BIAS_JOB_DEFINITION = Action.of(PREFIX, "CreateModelBiasJobDefinition");

  /** {@code sagemaker:CreateModelCard}: Write; on model-card. */
  public static final Action CREATE_MODEL_CARD = Action.of(PREFIX, "CreateModelCard");

  /** {@code sagemaker:CreateModelCardExportJob}: Write; on model-card. */
  public static final Action CREATE_MODEL_CARD_EXPORT_JOB = Action.of(PREFIX, "CreateModelCardExportJob");

  /** {@code sagemaker:CreateModelExplainabilityJobDefinition}: Write; on model-explainability-job-definition. */
  public static final Action CREATE_MODEL_EXPLAINABILITY_JOB_DEFINITION = Action.of(PREFIX, "CreateModelExplainabilityJobDefinition");

  /** {@code sagemaker:CreateModelPackage}: Write; on model-package, model-package-group. */
  public static final Action CREATE_MODEL_PACKAGE = Action.of(PREFIX, "CreateModelPackage");

  /** {@code sagemaker:CreateModelPackageGroup}: Write; on model-package-group. */
  public static final Action CREATE_MODEL_PACKAGE_GROUP = Action.of(PREFIX, "CreateModelPackageGroup");

  /** {@code sagemaker:CreateModelQualityJobDefinition}: Write; on model-quality-job-definition. */
  public static final Action CREATE_MODEL_QUALITY_JOB_DEFINITION = Action.of(PREFIX, "CreateModelQualityJobDefinition");

  /** {@code sagemaker:CreateMonitoringSchedule}: Write; on monitoring-schedule. */
  public static final Action CREATE_MONITORING_SCHEDULE = Action.of(PREFIX, "CreateMonitoringSchedule");

  /** {@code sagemaker:CreateNotebookInstance}: Write; on notebook-instance. */
  public static final Action CREATE_NOTEBOOK_INSTANCE = Action.of(PREFIX, "CreateNotebookInstance");

  /** {@code sagemaker:CreateNotebookInstanceLifecycleConfig}: Write; on notebook-instance-lifecycle-config. */
  public static final Action CREATE_NOTEBOOK_INSTANCE_LIFECYCLE_CONFIG = Action.of(PREFIX, "CreateNotebookInstanceLifecycleConfig");

  /** {@code sagemaker:CreateOptimizationJob}: Write; on optimization-job. */
  public static final Action CREATE_OPTIMIZATION_JOB = Action.of(PREFIX, "CreateOptimizationJob");

  /** {@code sagemaker:CreatePartnerApp}: Write; on partner-app. */
  public static final Action CREATE_PARTNER_APP = Action.of(PREFIX, "CreatePartnerApp");

  /** {@code sagemaker:CreatePartnerAppPresignedUrl}: Write; on partner-app. */
  public static final Action CREATE_PARTNER_APP_PRESIGNED_URL = Action.of(PREFIX, "CreatePartnerAppPresignedUrl");

  /** {@code sagemaker:CreatePipeline}: Write; on pipeline. */
  public static final Action CREATE_PIPELINE = Action.of(PREFIX, "CreatePipeline");

  /** {@code sagemaker:CreatePresignedDomainUrl}: Write; on user-profile. */
  public static final Action CREATE_PRESIGNED_DOMAIN_URL = Action.of(PREFIX, "CreatePresignedDomainUrl");

  /** {@code sagemaker:CreatePresignedMlflowAppUrl}: Write; on mlflow-app. */
  public static final Action CREATE_PRESIGNED_MLFLOW_APP_URL = Action.of(PREFIX, "CreatePresignedMlflowAppUrl");

  /** {@code sagemaker:CreatePresignedMlflowTrackingServerUrl}: Write; on mlflow-tracking-server. */
  public static final Action CREATE_PRESIGNED_MLFLOW_TRACKING_SERVER_URL = Action.of(PREFIX, "CreatePresignedMlflowTrackingServerUrl");

  /** {@code sagemaker:CreatePresignedNotebookInstanceUrl}: Write; on notebook-instance. */
  public static final Action CREATE_PRESIGNED_NOTEBOOK_INSTANCE_URL = Action.of(PREFIX, "CreatePresignedNotebookInstanceUrl");

  /** {@code sagemaker:CreateProcessingJob}: Write; on processing-job. */
  public static final Action CREATE_PROCESSING_JOB = Action.of(PREFIX, "CreateProcessingJob");

  /** {@code sagemaker:CreateProject}: Write; on project. */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code sagemaker:CreateReservedCapacity}: Write; on reserved-capacity. */
  public static final Action CREATE_RESERVED_CAPACITY = Action.of(PREFIX, "CreateReservedCapacity");

  /** {@code sagemaker:CreateSharedModel}: Write; on shared-model. */
  public static final Action CREATE_SHARED_MODEL = Action.of(PREFIX, "CreateSharedModel");

  /** {@code sagemaker:CreateSpace}: Write; on space. */
  public static final Action CREATE_SPACE = Action.of(PREFIX, "CreateSpace");

  /** {@code sagemaker:CreateStudioLifecycleConfig}: Write; on studio-lifecycle-config. */
  public static final Action CREATE_STUDIO_LIFECYCLE_CONFIG = Action.of(PREFIX, "CreateStudioLifecycleConfig");

  /** {@code sagemaker:CreateTrainingJob}: Write; on reserved-capacity, training-job, training-plan. */
  public static final Action CREATE_TRAINING_JOB = Action.of(PREFIX, "CreateTrainingJob");

  /** {@code sagemaker:CreateTrainingPlan}: Write; on training-plan. */
  public static final Action CREATE_TRAINING_PLAN = Action.of(PREFIX, "CreateTrainingPlan");

  /** {@code sagemaker:CreateTransformJob}: Write; on transform-job. */
  public static final Action CREATE_TRANSFORM_JOB = Action.of(PREFIX, "CreateTransformJob");

  /** {@code sagemaker:CreateTrial}: Write; on experiment, experiment-trial. */
  public static final Action CREATE_TRIAL = Action.of(PREFIX, "CreateTrial");

  /** {@code sagemaker:CreateTrialComponent}: Write; on experiment-trial-component. */
  public static final Action CREATE_TRIAL_COMPONENT = Action.of(PREFIX, "CreateTrialComponent");

  /** {@code sagemaker:CreateUserProfile}: Write; on user-profile. */
  public static final Action CREATE_USER_PROFILE = Action.of(PREFIX, "CreateUserProfile");

  /** {@code sagemaker:CreateWorkforce}: Write; on workforce. */
  public static final Action CREATE_WORKFORCE = Action.of(PREFIX, "CreateWorkforce");

  /** {@code sagemaker:CreateWorkteam}: Write; on workteam. */
  public static final Action CREATE_WORKTEAM = Action.of(PREFIX, "CreateWorkteam");

  /** {@code sagemaker:DeleteAction}: Write; on action. */
  public static final Action DELETE_ACTION = Action.of(PREFIX, "DeleteAction");

  /** {@code sagemaker:DeleteAlgorithm}: Write; on algorithm. */
  public static final Action DELETE_ALGORITHM = Action.of(PREFIX, "DeleteAlgorithm");

  /** {@code sagemaker:DeleteApp}: Write; on app. */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code sagemaker:DeleteAppImageConfig}: Write; on app-image-config. */
  public static final Action DELETE_APP_IMAGE_CONFIG = Action.of(PREFIX, "DeleteAppImageConfig");

  /** {@code sagemaker:DeleteArtifact}: Write; on artifact. */
  public static final Action DELETE_ARTIFACT = Action.of(PREFIX, "DeleteArtifact");

  /** {@code sagemaker:DeleteAssociation}: Write; on action, artifact, context, experiment, experiment-trial-component. */
  public static final Action DELETE_ASSOCIATION = Action.of(PREFIX, "DeleteAssociation");

  /** {@code sagemaker:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code sagemaker:DeleteClusterSchedulerConfig}: Write; on cluster-scheduler-config. */
  public static final Action DELETE_CLUSTER_SCHEDULER_CONFIG = Action.of(PREFIX, "DeleteClusterSchedulerConfig");

  /** {@code sagemaker:DeleteCodeRepository}: Write; on code-repository. */
  public static final Action DELETE_CODE_REPOSITORY = Action.of(PREFIX, "DeleteCodeRepository");

  /** {@code sagemaker:DeleteCompilationJob}: Write; on compilation-job. */
  public static final Action DELETE_COMPILATION_JOB = Action.of(PREFIX, "DeleteCompilationJob");

  /** {@code sagemaker:DeleteComputeQuota}: Write; on compute-quota. */
  public static final Action DELETE_COMPUTE_QUOTA = Action.of(PREFIX, "DeleteComputeQuota");

  /** {@code sagemaker:DeleteContext}: Write; on context. */
  public static final Action DELETE_CONTEXT = Action.of(PREFIX, "DeleteContext");

  /** {@code sagemaker:DeleteDataQualityJobDefinition}: Write; on data-quality-job-definition. */
  public static final Action DELETE_DATA_QUALITY_JOB_DEFINITION = Action.of(PREFIX, "DeleteDataQualityJobDefinition");

  /** {@code sagemaker:DeleteDeviceFleet}: Write; on device-fleet. */
  public static final Action DELETE_DEVICE_FLEET = Action.of(PREFIX, "DeleteDeviceFleet");

  /** {@code sagemaker:DeleteDomain}: Write; on domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code sagemaker:DeleteEdgeDeploymentPlan}: Write; on edge-deployment-plan. */
  public static final Action DELETE_EDGE_DEPLOYMENT_PLAN = Action.of(PREFIX, "DeleteEdgeDeploymentPlan");

  /** {@code sagemaker:DeleteEdgeDeploymentStage}: Write; on edge-deployment-plan. */
  public static final Action DELETE_EDGE_DEPLOYMENT_STAGE = Action.of(PREFIX, "DeleteEdgeDeploymentStage");

  /** {@code sagemaker:DeleteEndpoint}: Write; on endpoint. */
  public static final Action DELETE_ENDPOINT = Action.of(PREFIX, "DeleteEndpoint");

  /** {@code sagemaker:DeleteEndpointConfig}: Write; on endpoint-config. */
  public static final Action DELETE_ENDPOINT_CONFIG = Action.of(PREFIX, "DeleteEndpointConfig");

  /** {@code sagemaker:DeleteExperiment}: Write; on experiment. */
  public static final Action DELETE_EXPERIMENT = Action.of(PREFIX, "DeleteExperiment");

  /** {@code sagemaker:DeleteFeatureGroup}: Write; on feature-group. */
  public static final Action DELETE_FEATURE_GROUP = Action.of(PREFIX, "DeleteFeatureGroup");

  /** {@code sagemaker:DeleteFlowDefinition}: Write; on flow-definition. */
  public static final Action DELETE_FLOW_DEFINITION = Action.of(PREFIX, "DeleteFlowDefinition");

  /** {@code sagemaker:DeleteHub}: Write; on hub. */
  public static final Action DELETE_HUB = Action.of(PREFIX, "DeleteHub");

  /** {@code sagemaker:DeleteHubContent}: Write; on hub, hub-content. */
  public static final Action DELETE_HUB_CONTENT = Action.of(PREFIX, "DeleteHubContent");

  /** {@code sagemaker:DeleteHubContentReference}: Write; on hub, hub-content. */
  public static final Action DELETE_HUB_CONTENT_REFERENCE = Action.of(PREFIX, "DeleteHubContentReference");

  /** {@code sagemaker:DeleteHumanLoop}: Write; on human-loop. */
  public static final Action DELETE_HUMAN_LOOP = Action.of(PREFIX, "DeleteHumanLoop");

  /** {@code sagemaker:DeleteHumanTaskUi}: Write; on human-task-ui. */
  public static final Action DELETE_HUMAN_TASK_UI = Action.of(PREFIX, "DeleteHumanTaskUi");

  /** {@code sagemaker:DeleteHyperParameterTuningJob}: Write; on hyper-parameter-tuning-job. */
  public static final Action DELETE_HYPER_PARAMETER_TUNING_JOB = Action.of(PREFIX, "DeleteHyperParameterTuningJob");

  /** {@code sagemaker:DeleteImage}: Write; on image. */
  public static final Action DELETE_IMAGE = Action.of(PREFIX, "DeleteImage");

  /** {@code sagemaker:DeleteImageVersion}: Write; on image-version. */
  public static final Action DELETE_IMAGE_VERSION = Action.of(PREFIX, "DeleteImageVersion");

  /** {@code sagemaker:DeleteInferenceComponent}: Write; on inference-component. */
  public static final Action DELETE_INFERENCE_COMPONENT = Action.of(PREFIX, "DeleteInferenceComponent");

  /** {@code sagemaker:DeleteInferenceExperiment}: Write; on inference-experiment. */
  public static final Action DELETE_INFERENCE_EXPERIMENT = Action.of(PREFIX, "DeleteInferenceExperiment");

  /** {@code sagemaker:DeleteLineageGroupPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LINEAGE_GROUP_POLICY = Action.of(PREFIX, "DeleteLineageGroupPolicy");

  /** {@code sagemaker:DeleteMlflowApp}: Write; on mlflow-app. */
  public static final Action DELETE_MLFLOW_APP = Action.of(PREFIX, "DeleteMlflowApp");

  /** {@code sagemaker:DeleteMlflowTrackingServer}: Write; on mlflow-tracking-server. */
  public static final Action DELETE_MLFLOW_TRACKING_SERVER = Action.of(PREFIX, "DeleteMlflowTrackingServer");

  /** {@code sagemaker:DeleteModel}: Write; on model. */
  public static final Action DELETE_MODEL = Action.of(PREFIX, "DeleteModel");

  /** {@code sagemaker:DeleteModelBiasJobDefinition}: Write; on model-bias-job-definition. */
  public static final Action DELETE_MODEL_BIAS_JOB_DEFINITION = Action.of(PREFIX, "DeleteModelBiasJobDefinition");

  /** {@code sagemaker:DeleteModelCard}: Write; on model-card. */
  public static final Action DELETE_MODEL_CARD = Action.of(PREFIX, "DeleteModelCard");

  /** {@code sagemaker:DeleteModelExplainabilityJobDefinition}: Write; on model-explainability-job-definition. */
  public static final Action DELETE_MODEL_EXPLAINABILITY_JOB_DEFINITION = Action.of(PREFIX, "DeleteModelExplainabilityJobDefinition");

  /** {@code sagemaker:DeleteModelPackage}: Write; on model-package. */
  public static final Action DELETE_MODEL_PACKAGE = Action.of(PREFIX, "DeleteModelPackage");

  /** {@code sagemaker:DeleteModelPackageGroup}: Write; on model-package-group. */
  public static final Action DELETE_MODEL_PACKAGE_GROUP = Action.of(PREFIX, "DeleteModelPackageGroup");

  /** {@code sagemaker:DeleteModelPackageGroupPolicy}: Write; on model-package-group. */
  public static final Action DELETE_MODEL_PACKAGE_GROUP_POLICY = Action.of(PREFIX, "DeleteModelPackageGroupPolicy");

  /** {@code sagemaker:DeleteModelQualityJobDefinition}: Write; on model-quality-job-definition. */
  public static final Action DELETE_MODEL_QUALITY_JOB_DEFINITION = Action.of(PREFIX, "DeleteModelQualityJobDefinition");

  /** {@code sagemaker:DeleteMonitoringSchedule}: Write; on monitoring-schedule. */
  public static final Action DELETE_MONITORING_SCHEDULE = Action.of(PREFIX, "DeleteMonitoringSchedule");

  /** {@code sagemaker:DeleteNotebookInstance}: Write; on notebook-instance. */
  public static final Action DELETE_NOTEBOOK_INSTANCE = Action.of(PREFIX, "DeleteNotebookInstance");

  /** {@code sagemaker:DeleteNotebookInstanceLifecycleConfig}: Write; on notebook-instance-lifecycle-config. */
  public static final Action DELETE_NOTEBOOK_INSTANCE_LIFECYCLE_CONFIG = Action.of(PREFIX, "DeleteNotebookInstanceLifecycleConfig");

  /** {@code sagemaker:DeleteOptimizationJob}: Write; on optimization-job. */
  public static final Action DELETE_OPTIMIZATION_JOB = Action.of(PREFIX, "DeleteOptimizationJob");

  /** {@code sagemaker:DeletePartnerApp}: Write; on partner-app. */
  public static final Action DELETE_PARTNER_APP = Action.of(PREFIX, "DeletePartnerApp");

  /** {@code sagemaker:DeletePipeline}: Write; on pipeline. */
  public static final Action DELETE_PIPELINE = Action.of(PREFIX, "DeletePipeline");

  /** {@code sagemaker:DeleteProcessingJob}: Write; on processing-job. */
  public static final Action DELETE_PROCESSING_JOB = Action.of(PREFIX, "DeleteProcessingJob");

  /** {@code sagemaker:DeleteProject}: Write; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code sagemaker:DeleteRecord}: Write; on feature-group. */
  public static final Action DELETE_RECORD = Action.of(PREFIX, "DeleteRecord");

  /** {@code sagemaker:DeleteResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code sagemaker:DeleteSpace}: Write; on space. */
  public static final Action DELETE_SPACE = Action.of(PREFIX, "DeleteSpace");

  /** {@code sagemaker:DeleteStudioLifecycleConfig}: Write; on studio-lifecycle-config. */
  public static final Action DELETE_STUDIO_LIFECYCLE_CONFIG = Action.of(PREFIX, "DeleteStudioLifecycleConfig");

  /** {@code sagemaker:DeleteTags}: Tagging; on action, algorithm, app, app-image-config, artifact, automl-job, cluster, cluster-scheduler-config, code-repository, compilation-job, compute-quota, context, data-quality-job-definition, device, device-fleet, domain, edge-deployment-plan, edge-packaging-job, endpoint, endpoint-config, experiment, experiment-trial, experiment-trial-component, feature-group, flow-definition, hub, hub-content, human-task-ui, hyper-parameter-tuning-job, image, inference-component, inference-recommendations-job, labeling-job, mlflow-app, mlflow-tracking-server, model, model-bias-job-definition, model-card, model-explainability-job-definition, model-package, model-package-group, model-quality-job-definition, monitoring-schedule, notebook-instance, notebook-instance-lifecycle-config, optimization-job, partner-app, pipeline, processing-job, project, reserved-capacity, space, studio-lifecycle-config, training-job, training-plan, transform-job, user-profile, workteam. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code sagemaker:DeleteTrainingJob}: Write; on training-job. */
  public static final Action DELETE_TRAINING_JOB = Action.of(PREFIX, "DeleteTrainingJob");

  /** {@code sagemaker:DeleteTrial}: Write; on experiment-trial. */
  public static final Action DELETE_TRIAL = Action.of(PREFIX, "DeleteTrial");

  /** {@code sagemaker:DeleteTrialComponent}: Write; on experiment-trial-component. */
  public static final Action DELETE_TRIAL_COMPONENT = Action.of(PREFIX, "DeleteTrialComponent");

  /** {@code sagemaker:DeleteUserProfile}: Write; on user-profile. */
  public static final Action DELETE_USER_PROFILE = Action.of(PREFIX, "DeleteUserProfile");

  /** {@code sagemaker:DeleteWorkforce}: Write; on workforce. */
  public static final Action DELETE_WORKFORCE = Action.of(PREFIX, "DeleteWorkforce");

  /** {@code sagemaker:DeleteWorkteam}: Write; on workteam. */
  public static final Action DELETE_WORKTEAM = Action.of(PREFIX, "DeleteWorkteam");

  /** {@code sagemaker:DeployHubModel}: Write; on hub, hub-content. */
  public static final Action DEPLOY_HUB_MODEL = Action.of(PREFIX, "DeployHubModel");

  /** {@code sagemaker:DeregisterDevices}: Write; on device. */
  public static final Action DEREGISTER_DEVICES = Action.of(PREFIX, "DeregisterDevices");

  /** {@code sagemaker:DescribeAction}: Read; on action. */
  public static final Action DESCRIBE_ACTION = Action.of(PREFIX, "DescribeAction");

  /** {@code sagemaker:DescribeAlgorithm}: Read; on algorithm. */
  public static final Action DESCRIBE_ALGORITHM = Action.of(PREFIX, "DescribeAlgorithm");

  /** {@code sagemaker:DescribeApp}: Read; on app. */
  public static final Action DESCRIBE_APP = Action.of(PREFIX, "DescribeApp");

  /** {@code sagemaker:DescribeAppImageConfig}: Read; on app-image-config. */
  public static final Action DESCRIBE_APP_IMAGE_CONFIG = Action.of(PREFIX, "DescribeAppImageConfig");

  /** {@code sagemaker:DescribeArtifact}: Read; on artifact. */
  public static final Action DESCRIBE_ARTIFACT = Action.of(PREFIX, "DescribeArtifact");

  /** {@code sagemaker:DescribeAutoMLJob}: Read; on automl-job. */
  public static final Action DESCRIBE_AUTO_ML_JOB = Action.of(PREFIX, "DescribeAutoMLJob");

  /** {@code sagemaker:DescribeAutoMLJobV2}: Read; on automl-job. */
  public static final Action DESCRIBE_AUTO_ML_JOB_V2 = Action.of(PREFIX, "DescribeAutoMLJobV2");

  /** {@code sagemaker:DescribeCluster}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code sagemaker:DescribeClusterEvent}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER_EVENT = Action.of(PREFIX, "DescribeClusterEvent");

  /** {@code sagemaker:DescribeClusterInference}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER_INFERENCE = Action.of(PREFIX, "DescribeClusterInference");

  /** {@code sagemaker:DescribeClusterNode}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER_NODE = Action.of(PREFIX, "DescribeClusterNode");

  /** {@code sagemaker:DescribeClusterSchedulerConfig}: Read; on cluster-scheduler-config. */
  public static final Action DESCRIBE_CLUSTER_SCHEDULER_CONFIG = Action.of(PREFIX, "DescribeClusterSchedulerConfig");

  /** {@code sagemaker:DescribeCodeRepository}: Read; on code-repository. */
  public static final Action DESCRIBE_CODE_REPOSITORY = Action.of(PREFIX, "DescribeCodeRepository");

  /** {@code sagemaker:DescribeCompilationJob}: Read; on compilation-job. */
  public static final Action DESCRIBE_COMPILATION_JOB = Action.of(PREFIX, "DescribeCompilationJob");

  /** {@code sagemaker:DescribeComputeQuota}: Read; on compute-quota. */
  public static final Action DESCRIBE_COMPUTE_QUOTA = Action.of(PREFIX, "DescribeComputeQuota");

  /** {@code sagemaker:DescribeContext}: Read; on context. */
  public static final Action DESCRIBE_CONTEXT = Action.of(PREFIX, "DescribeContext");

  /** {@code sagemaker:DescribeDataQualityJobDefinition}: Read; on data-quality-job-definition. */
  public static final Action DESCRIBE_DATA_QUALITY_JOB_DEFINITION = Action.of(PREFIX, "DescribeDataQualityJobDefinition");

  /** {@code sagemaker:DescribeDevice}: Read; on device. */
  public static final Action DESCRIBE_DEVICE = Action.of(PREFIX, "DescribeDevice");

  /** {@code sagemaker:DescribeDeviceFleet}: Read; on device-fleet. */
  public static final Action DESCRIBE_DEVICE_FLEET = Action.of(PREFIX, "DescribeDeviceFleet");

  /** {@code sagemaker:DescribeDomain}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN = Action.of(PREFIX, "DescribeDomain");

  /** {@code sagemaker:DescribeEdgeDeploymentPlan}: Read; on edge-deployment-plan. */
  public static final Action DESCRIBE_EDGE_DEPLOYMENT_PLAN = Action.of(PREFIX, "DescribeEdgeDeploymentPlan");

  /** {@code sagemaker:DescribeEdgePackagingJob}: Read; on edge-packaging-job. */
  public static final Action DESCRIBE_EDGE_PACKAGING_JOB = Action.of(PREFIX, "DescribeEdgePackagingJob");

  /** {@code sagemaker:DescribeEndpoint}: Read; on endpoint. */
  public static final Action DESCRIBE_ENDPOINT = Action.of(PREFIX, "DescribeEndpoint");

  /** {@code sagemaker:DescribeEndpointConfig}: Read; on endpoint-config. */
  public static final Action DESCRIBE_ENDPOINT_CONFIG = Action.of(PREFIX, "DescribeEndpointConfig");

  /** {@code sagemaker:DescribeExperiment}: Read; on experiment. */
  public static final Action DESCRIBE_EXPERIMENT = Action.of(PREFIX, "DescribeExperiment");

  /** {@code sagemaker:DescribeFeatureGroup}: Read; on feature-group. */
  public static final Action DESCRIBE_FEATURE_GROUP = Action.of(PREFIX, "DescribeFeatureGroup");

  /** {@code sagemaker:DescribeFeatureMetadata}: Read; on feature-group. */
  public static final Action DESCRIBE_FEATURE_METADATA = Action.of(PREFIX, "DescribeFeatureMetadata");

  /** {@code sagemaker:DescribeFlowDefinition}: Read; on flow-definition. */
  public static final Action DESCRIBE_FLOW_DEFINITION = Action.of(PREFIX, "DescribeFlowDefinition");

  /** {@code sagemaker:DescribeHub}: Read; on hub. */
  public static final Action DESCRIBE_HUB = Action.of(PREFIX, "DescribeHub");

  /** {@code sagemaker:DescribeHubContent}: Read; on hub, hub-content. */
  public static final Action DESCRIBE_HUB_CONTENT = Action.of(PREFIX, "DescribeHubContent");

  /** {@code sagemaker:DescribeHumanLoop}: Read; on human-loop. */
  public static final Action DESCRIBE_HUMAN_LOOP = Action.of(PREFIX, "DescribeHumanLoop");

  /** {@code sagemaker:DescribeHumanTaskUi}: Read; on human-task-ui. */
  public static final Action DESCRIBE_HUMAN_TASK_UI = Action.of(PREFIX, "DescribeHumanTaskUi");

  /** {@code sagemaker:DescribeHyperParameterTuningJob}: Read; on hyper-parameter-tuning-job. */
  public static final Action DESCRIBE_HYPER_PARAMETER_TUNING_JOB = Action.of(PREFIX, "DescribeHyperParameterTuningJob");

  /** {@code sagemaker:DescribeImage}: Read; on image. */
  public static final Action DESCRIBE_IMAGE = Action.of(PREFIX, "DescribeImage");

  /** {@code sagemaker:DescribeImageVersion}: Read; on image-version. */
  public static final Action DESCRIBE_IMAGE_VERSION = Action.of(PREFIX, "DescribeImageVersion");

  /** {@code sagemaker:DescribeInferenceComponent}: Read; on inference-component. */
  public static final Action DESCRIBE_INFERENCE_COMPONENT = Action.of(PREFIX, "DescribeInferenceComponent");

  /** {@code sagemaker:DescribeInferenceExperiment}: Read; on inference-experiment. */
  public static final Action DESCRIBE_INFERENCE_EXPERIMENT = Action.of(PREFIX, "DescribeInferenceExperiment");

  /** {@code sagemaker:DescribeInferenceRecommendationsJob}: Read; on inference-recommendations-job. */
  public static final Action DESCRIBE_INFERENCE_RECOMMENDATIONS_JOB = Action.of(PREFIX, "DescribeInferenceRecommendationsJob");

  /** {@code sagemaker:DescribeLabelingJob}: Read; on labeling-job. */
  public static final Action DESCRIBE_LABELING_JOB = Action.of(PREFIX, "DescribeLabelingJob");

  /** {@code sagemaker:DescribeLineageGroup}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LINEAGE_GROUP = Action.of(PREFIX, "DescribeLineageGroup");

  /** {@code sagemaker:DescribeMlflowApp}: Read; on mlflow-app. */
  public static final Action DESCRIBE_MLFLOW_APP = Action.of(PREFIX, "DescribeMlflowApp");

  /** {@code sagemaker:DescribeMlflowTrackingServer}: Read; on mlflow-tracking-server. */
  public static final Action DESCRIBE_MLFLOW_TRACKING_SERVER = Action.of(PREFIX, "DescribeMlflowTrackingServer");

  /** {@code sagemaker:DescribeModel}: Read; on model. */
  public static final Action DESCRIBE_MODEL = Action.of(PREFIX, "DescribeModel");

  /** {@code sagemaker:DescribeModelBiasJobDefinition}: Read; on model-bias-job-definition. */
  public static final Action DESCRIBE_MODEL_BIAS_JOB_DEFINITION = Action.of(PREFIX, "DescribeModelBiasJobDefinition");

  /** {@code sagemaker:DescribeModelCard}: Read; on model-card. */
  public static final Action DESCRIBE_MODEL_CARD = Action.of(PREFIX, "DescribeModelCard");

  /** {@code sagemaker:DescribeModelCardExportJob}: Read; on model-card-export-job. */
  public static final Action DESCRIBE_MODEL_CARD_EXPORT_JOB = Action.of(PREFIX, "DescribeModelCardExportJob");

  /** {@code sagemaker:DescribeModelExplainabilityJobDefinition}: Read; on model-explainability-job-definition. */
  public static final Action DESCRIBE_MODEL_EXPLAINABILITY_JOB_DEFINITION = Action.of(PREFIX, "DescribeModelExplainabilityJobDefinition");

  /** {@code sagemaker:DescribeModelPackage}: Read; on model-package. */
  public static final Action DESCRIBE_MODEL_PACKAGE = Action.of(PREFIX, "DescribeModelPackage");

  /** {@code sagemaker:DescribeModelPackageGroup}: Read; on model-package-group. */
  public static final Action DESCRIBE_MODEL_PACKAGE_GROUP = Action.of(PREFIX, "DescribeModelPackageGroup");

  /** {@code sagemaker:DescribeModelQualityJobDefinition}: Read; on model-quality-job-definition. */
  public static final Action DESCRIBE_MODEL_QUALITY_JOB_DEFINITION = Action.of(PREFIX, "DescribeModelQualityJobDefinition");

  /** {@code sagemaker:DescribeMonitoringSchedule}: Read; on monitoring-schedule. */
  public static final Action DESCRIBE_MONITORING_SCHEDULE = Action.of(PREFIX, "DescribeMonitoringSchedule");

  /** {@code sagemaker:DescribeNotebookInstance}: Read; on notebook-instance. */
  public static final Action DESCRIBE_NOTEBOOK_INSTANCE = Action.of(PREFIX, "DescribeNotebookInstance");

  /** {@code sagemaker:DescribeNotebookInstanceLifecycleConfig}: Read; on notebook-instance-lifecycle-config. */
  public static final Action DESCRIBE_NOTEBOOK_INSTANCE_LIFECYCLE_CONFIG = Action.of(PREFIX, "DescribeNotebookInstanceLifecycleConfig");

  /** {@code sagemaker:DescribeOptimizationJob}: Read; on optimization-job. */
  public static final Action DESCRIBE_OPTIMIZATION_JOB = Action.of(PREFIX, "DescribeOptimizationJob");

  /** {@code sagemaker:DescribePartnerApp}: Read; on partner-app. */
  public static final Action DESCRIBE_PARTNER_APP = Action.of(PREFIX, "DescribePartnerApp");

  /** {@code sagemaker:DescribePipeline}: Read; on pipeline. */
  public static final Action DESCRIBE_PIPELINE = Action.of(PREFIX, "DescribePipeline");

  /** {@code sagemaker:DescribePipelineDefinitionForExecution}: Read; on pipeline-execution. */
  public static final Action DESCRIBE_PIPELINE_DEFINITION_FOR_EXECUTION = Action.of(PREFIX, "DescribePipelineDefinitionForExecution");

  /** {@code sagemaker:DescribePipelineExecution}: Read; on pipeline-execution. */
  public static final Action DESCRIBE_PIPELINE_EXECUTION = Action.of(PREFIX, "DescribePipelineExecution");

  /** {@code sagemaker:DescribeProcessingJob}: Read; on processing-job. */
  public static final Action DESCRIBE_PROCESSING_JOB = Action.of(PREFIX, "DescribeProcessingJob");

  /** {@code sagemaker:DescribeProject}: Read; on project. */
  public static final Action DESCRIBE_PROJECT = Action.of(PREFIX, "DescribeProject");

  /** {@code sagemaker:DescribeReservedCapacity}: Read; on reserved-capacity. */
  public static final Action DESCRIBE_RESERVED_CAPACITY = Action.of(PREFIX, "DescribeReservedCapacity");

  /** {@code sagemaker:DescribeSharedModel}: Read; on shared-model. */
  public static final Action DESCRIBE_SHARED_MODEL = Action.of(PREFIX, "DescribeSharedModel");

  /** {@code sagemaker:DescribeSpace}: Read; on space. */
  public static final Action DESCRIBE_SPACE = Action.of(PREFIX, "DescribeSpace");

  /** {@code sagemaker:DescribeStudioLifecycleConfig}: Read; on studio-lifecycle-config. */
  public static final Action DESCRIBE_STUDIO_LIFECYCLE_CONFIG = Action.of(PREFIX, "DescribeStudioLifecycleConfig");

  /** {@code sagemaker:DescribeSubscribedWorkteam}: Read; on workteam. */
  public static final Action DESCRIBE_SUBSCRIBED_WORKTEAM = Action.of(PREFIX, "DescribeSubscribedWorkteam");

  /** {@code sagemaker:DescribeTrainingJob}: Read; on training-job. */
  public static final Action DESCRIBE_TRAINING_JOB = Action.of(PREFIX, "DescribeTrainingJob");

  /** {@code sagemaker:DescribeTrainingPlan}: Read; on training-plan. */
  public static final Action DESCRIBE_TRAINING_PLAN = Action.of(PREFIX, "DescribeTrainingPlan");

  /** {@code sagemaker:DescribeTransformJob}: Read; on transform-job. */
  public static final Action DESCRIBE_TRANSFORM_JOB = Action.of(PREFIX, "DescribeTransformJob");

  /** {@code sagemaker:DescribeTrial}: Read; on experiment-trial. */
  public static final Action DESCRIBE_TRIAL = Action.of(PREFIX, "DescribeTrial");

  /** {@code sagemaker:DescribeTrialComponent}: Read; on experiment-trial-component. */
  public static final Action DESCRIBE_TRIAL_COMPONENT = Action.of(PREFIX, "DescribeTrialComponent");

  /** {@code sagemaker:DescribeUserProfile}: Read; on user-profile. */
  public static final Action DESCRIBE_USER_PROFILE = Action.of(PREFIX, "DescribeUserProfile");

  /** {@code sagemaker:DescribeWorkforce}: Read; on workforce. */
  public static final Action DESCRIBE_WORKFORCE = Action.of(PREFIX, "DescribeWorkforce");

  /** {@code sagemaker:DescribeWorkteam}: Read; on workteam. */
  public static final Action DESCRIBE_WORKTEAM = Action.of(PREFIX, "DescribeWorkteam");

  /** {@code sagemaker:DetachClusterNodeVolume}: Write; on cluster. */
  public static final Action DETACH_CLUSTER_NODE_VOLUME = Action.of(PREFIX, "DetachClusterNodeVolume");

  /** {@code sagemaker:DisableSagemakerServicecatalogPortfolio}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_SAGEMAKER_SERVICECATALOG_PORTFOLIO = Action.of(PREFIX, "DisableSagemakerServicecatalogPortfolio");

  /** {@code sagemaker:DisassociateTrialComponent}: Write; on experiment-trial, experiment-trial-component, processing-job. */
  public static final Action DISASSOCIATE_TRIAL_COMPONENT = Action.of(PREFIX, "DisassociateTrialComponent");

  /** {@code sagemaker:EnableSagemakerServicecatalogPortfolio}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_SAGEMAKER_SERVICECATALOG_PORTFOLIO = Action.of(PREFIX, "EnableSagemakerServicecatalogPortfolio");

  /** {@code sagemaker:GetDeployments}: Read; on device. */
  public static final Action GET_DEPLOYMENTS = Action.of(PREFIX, "GetDeployments");

  /** {@code sagemaker:GetDeviceFleetReport}: Read; on device-fleet. */
  public static final Action GET_DEVICE_FLEET_REPORT = Action.of(PREFIX, "GetDeviceFleetReport");

  /** {@code sagemaker:GetDeviceRegistration}: Read; on device. */
  public static final Action GET_DEVICE_REGISTRATION = Action.of(PREFIX, "GetDeviceRegistration");

  /** {@code sagemaker:GetLineageGroupPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LINEAGE_GROUP_POLICY = Action.of(PREFIX, "GetLineageGroupPolicy");

  /** {@code sagemaker:GetModelPackageGroupPolicy}: Read; on model-package-group. */
  public static final Action GET_MODEL_PACKAGE_GROUP_POLICY = Action.of(PREFIX, "GetModelPackageGroupPolicy");

  /** {@code sagemaker:GetRecord}: Read; on feature-group. */
  public static final Action GET_RECORD = Action.of(PREFIX, "GetRecord");

  /** {@code sagemaker:GetResourcePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code sagemaker:GetSagemakerServicecatalogPortfolioStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SAGEMAKER_SERVICECATALOG_PORTFOLIO_STATUS = Action.of(PREFIX, "GetSagemakerServicecatalogPortfolioStatus");

  /** {@code sagemaker:GetScalingConfigurationRecommendation}: Read; on inference-recommendations-job. */
  public static final Action GET_SCALING_CONFIGURATION_RECOMMENDATION = Action.of(PREFIX, "GetScalingConfigurationRecommendation");

  /** {@code sagemaker:GetSearchSuggestions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SEARCH_SUGGESTIONS = Action.of(PREFIX, "GetSearchSuggestions");

  /** {@code sagemaker:ImportHubContent}: Write; on hub, hub-content. */
  public static final Action IMPORT_HUB_CONTENT = Action.of(PREFIX, "ImportHubContent");

  /** {@code sagemaker:InvokeEndpoint}: Read; on endpoint, inference-component. */
  public static final Action INVOKE_ENDPOINT = Action.of(PREFIX, "InvokeEndpoint");

  /** {@code sagemaker:InvokeEndpointAsync}: Read; on endpoint. */
  public static final Action INVOKE_ENDPOINT_ASYNC = Action.of(PREFIX, "InvokeEndpointAsync");

  /** {@code sagemaker:InvokeEndpointWithResponseStream}: Read; on endpoint, inference-component. */
  public static final Action INVOKE_ENDPOINT_WITH_RESPONSE_STREAM = Action.of(PREFIX, "InvokeEndpointWithResponseStream");

  /** {@code sagemaker:ListActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACTIONS = Action.of(PREFIX, "ListActions");

  /** {@code sagemaker:ListAlgorithms}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALGORITHMS = Action.of(PREFIX, "ListAlgorithms");

  /** {@code sagemaker:ListAliases}: List; on image, image-version. */
  public static final Action LIST_ALIASES = Action.of(PREFIX, "ListAliases");

  /** {@code sagemaker:ListAppImageConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APP_IMAGE_CONFIGS = Action.of(PREFIX, "ListAppImageConfigs");

  /** {@code sagemaker:ListApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPS = Action.of(PREFIX, "ListApps");

  /** {@code sagemaker:ListArtifacts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ARTIFACTS = Action.of(PREFIX, "ListArtifacts");

  /** {@code sagemaker:ListAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSOCIATIONS = Action.of(PREFIX, "ListAssociations");

  /** {@code sagemaker:ListAutoMLJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTO_ML_JOBS = Action.of(PREFIX, "ListAutoMLJobs");

  /** {@code sagemaker:ListCandidatesForAutoMLJob}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CANDIDATES_FOR_AUTO_ML_JOB = Action.of(PREFIX, "ListCandidatesForAutoMLJob");

  /** {@code sagemaker:ListClusterEvents}: List; on cluster. */
  public static final Action LIST_CLUSTER_EVENTS = Action.of(PREFIX, "ListClusterEvents");

  /** {@code sagemaker:ListClusterNodes}: List; on cluster. */
  public static final Action LIST_CLUSTER_NODES = Action.of(PREFIX, "ListClusterNodes");

  /** {@code sagemaker:ListClusterSchedulerConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTER_SCHEDULER_CONFIGS = Action.of(PREFIX, "ListClusterSchedulerConfigs");

  /** {@code sagemaker:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code sagemaker:ListCodeRepositories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODE_REPOSITORIES = Action.of(PREFIX, "ListCodeRepositories");

  /** {@code sagemaker:ListCompilationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPILATION_JOBS = Action.of(PREFIX, "ListCompilationJobs");

  /** {@code sagemaker:ListComputeQuotas}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPUTE_QUOTAS = Action.of(PREFIX, "ListComputeQuotas");

  /** {@code sagemaker:ListContexts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTEXTS = Action.of(PREFIX, "ListContexts");

  /** {@code sagemaker:ListDataQualityJobDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_QUALITY_JOB_DEFINITIONS = Action.of(PREFIX, "ListDataQualityJobDefinitions");

  /** {@code sagemaker:ListDeviceFleets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_FLEETS = Action.of(PREFIX, "ListDeviceFleets");

  /** {@code sagemaker:ListDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICES = Action.of(PREFIX, "ListDevices");

  /** {@code sagemaker:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code sagemaker:ListEdgeDeploymentPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EDGE_DEPLOYMENT_PLANS = Action.of(PREFIX, "ListEdgeDeploymentPlans");

  /** {@code sagemaker:ListEdgePackagingJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EDGE_PACKAGING_JOBS = Action.of(PREFIX, "ListEdgePackagingJobs");

  /** {@code sagemaker:ListEndpointConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENDPOINT_CONFIGS = Action.of(PREFIX, "ListEndpointConfigs");

  /** {@code sagemaker:ListEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENDPOINTS = Action.of(PREFIX, "ListEndpoints");

  /** {@code sagemaker:ListExperiments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPERIMENTS = Action.of(PREFIX, "ListExperiments");

  /** {@code sagemaker:ListFeatureGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FEATURE_GROUPS = Action.of(PREFIX, "ListFeatureGroups");

  /** {@code sagemaker:ListFlowDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLOW_DEFINITIONS = Action.of(PREFIX, "ListFlowDefinitions");

  /** {@code sagemaker:ListHubContentVersions}: List; on hub, hub-content. */
  public static final Action LIST_HUB_CONTENT_VERSIONS = Action.of(PREFIX, "ListHubContentVersions");

  /** {@code sagemaker:ListHubContents}: List; on hub. */
  public static final Action LIST_HUB_CONTENTS = Action.of(PREFIX, "ListHubContents");

  /** {@code sagemaker:ListHubs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HUBS = Action.of(PREFIX, "ListHubs");

  /** {@code sagemaker:ListHumanLoops}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HUMAN_LOOPS = Action.of(PREFIX, "ListHumanLoops");

  /** {@code sagemaker:ListHumanTaskUis}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HUMAN_TASK_UIS = Action.of(PREFIX, "ListHumanTaskUis");

  /** {@code sagemaker:ListHyperParameterTuningJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HYPER_PARAMETER_TUNING_JOBS = Action.of(PREFIX, "ListHyperParameterTuningJobs");

  /** {@code sagemaker:ListImageVersions}: List; on image. */
  public static final Action LIST_IMAGE_VERSIONS = Action.of(PREFIX, "ListImageVersions");

  /** {@code sagemaker:ListImages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMAGES = Action.of(PREFIX, "ListImages");

  /** {@code sagemaker:ListInferenceComponents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INFERENCE_COMPONENTS = Action.of(PREFIX, "ListInferenceComponents");

  /** {@code sagemaker:ListInferenceExperiments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INFERENCE_EXPERIMENTS = Action.of(PREFIX, "ListInferenceExperiments");

  /** {@code sagemaker:ListInferenceRecommendationsJobSteps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INFERENCE_RECOMMENDATIONS_JOB_STEPS = Action.of(PREFIX, "ListInferenceRecommendationsJobSteps");

  /** {@code sagemaker:ListInferenceRecommendationsJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INFERENCE_RECOMMENDATIONS_JOBS = Action.of(PREFIX, "ListInferenceRecommendationsJobs");

  /** {@code sagemaker:ListLabelingJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LABELING_JOBS = Action.of(PREFIX, "ListLabelingJobs");

  /** {@code sagemaker:ListLabelingJobsForWorkteam}: List; on workteam. */
  public static final Action LIST_LABELING_JOBS_FOR_WORKTEAM = Action.of(PREFIX, "ListLabelingJobsForWorkteam");

  /** {@code sagemaker:ListLineageGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LINEAGE_GROUPS = Action.of(PREFIX, "ListLineageGroups");

  /** {@code sagemaker:ListMlflowApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MLFLOW_APPS = Action.of(PREFIX, "ListMlflowApps");

  /** {@code sagemaker:ListMlflowTrackingServers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MLFLOW_TRACKING_SERVERS = Action.of(PREFIX, "ListMlflowTrackingServers");

  /** {@code sagemaker:ListModelBiasJobDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_BIAS_JOB_DEFINITIONS = Action.of(PREFIX, "ListModelBiasJobDefinitions");

  /** {@code sagemaker:ListModelCardExportJobs}: List; on model-card. */
  public static final Action LIST_MODEL_CARD_EXPORT_JOBS = Action.of(PREFIX, "ListModelCardExportJobs");

  /** {@code sagemaker:ListModelCardVersions}: List; on model-card. */
  public static final Action LIST_MODEL_CARD_VERSIONS = Action.of(PREFIX, "ListModelCardVersions");

  /** {@code sagemaker:ListModelCards}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_CARDS = Action.of(PREFIX, "ListModelCards");

  /** {@code sagemaker:ListModelExplainabilityJobDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_EXPLAINABILITY_JOB_DEFINITIONS = Action.of(PREFIX, "ListModelExplainabilityJobDefinitions");

  /** {@code sagemaker:ListModelMetadata}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_METADATA = Action.of(PREFIX, "ListModelMetadata");

  /** {@code sagemaker:ListModelPackageGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_PACKAGE_GROUPS = Action.of(PREFIX, "ListModelPackageGroups");

  /** {@code sagemaker:ListModelPackages}: List; on model-package. */
  public static final Action LIST_MODEL_PACKAGES = Action.of(PREFIX, "ListModelPackages");

  /** {@code sagemaker:ListModelQualityJobDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_QUALITY_JOB_DEFINITIONS = Action.of(PREFIX, "ListModelQualityJobDefinitions");

  /** {@code sagemaker:ListModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODELS = Action.of(PREFIX, "ListModels");

  /** {@code sagemaker:ListMonitoringAlertHistory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORING_ALERT_HISTORY = Action.of(PREFIX, "ListMonitoringAlertHistory");

  /** {@code sagemaker:ListMonitoringAlerts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORING_ALERTS = Action.of(PREFIX, "ListMonitoringAlerts");

  /** {@code sagemaker:ListMonitoringExecutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORING_EXECUTIONS = Action.of(PREFIX, "ListMonitoringExecutions");

  /** {@code sagemaker:ListMonitoringSchedules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MONITORING_SCHEDULES = Action.of(PREFIX, "ListMonitoringSchedules");

  /** {@code sagemaker:ListNotebookInstanceLifecycleConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTEBOOK_INSTANCE_LIFECYCLE_CONFIGS = Action.of(PREFIX, "ListNotebookInstanceLifecycleConfigs");

  /** {@code sagemaker:ListNotebookInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTEBOOK_INSTANCES = Action.of(PREFIX, "ListNotebookInstances");

  /** {@code sagemaker:ListOptimizationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPTIMIZATION_JOBS = Action.of(PREFIX, "ListOptimizationJobs");

  /** {@code sagemaker:ListPartnerApps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PARTNER_APPS = Action.of(PREFIX, "ListPartnerApps");

  /** {@code sagemaker:ListPipelineExecutionSteps}: List; on pipeline-execution. */
  public static final Action LIST_PIPELINE_EXECUTION_STEPS = Action.of(PREFIX, "ListPipelineExecutionSteps");

  /** {@code sagemaker:ListPipelineExecutions}: List; on pipeline. */
  public static final Action LIST_PIPELINE_EXECUTIONS = Action.of(PREFIX, "ListPipelineExecutions");

  /** {@code sagemaker:ListPipelineParametersForExecution}: List; on pipeline-execution. */
  public static final Action LIST_PIPELINE_PARAMETERS_FOR_EXECUTION = Action.of(PREFIX, "ListPipelineParametersForExecution");

  /** {@code sagemaker:ListPipelineVersions}: List; on pipeline. */
  public static final Action LIST_PIPELINE_VERSIONS = Action.of(PREFIX, "ListPipelineVersions");

  /** {@code sagemaker:ListPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PIPELINES = Action.of(PREFIX, "ListPipelines");

  /** {@code sagemaker:ListProcessingJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROCESSING_JOBS = Action.of(PREFIX, "ListProcessingJobs");

  /** {@code sagemaker:ListProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code sagemaker:ListResourceCatalogs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_CATALOGS = Action.of(PREFIX, "ListResourceCatalogs");

  /** {@code sagemaker:ListSharedModelEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SHARED_MODEL_EVENTS = Action.of(PREFIX, "ListSharedModelEvents");

  /** {@code sagemaker:ListSharedModelVersions}: List; on shared-model. */
  public static final Action LIST_SHARED_MODEL_VERSIONS = Action.of(PREFIX, "ListSharedModelVersions");

  /** {@code sagemaker:ListSharedModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SHARED_MODELS = Action.of(PREFIX, "ListSharedModels");

  /** {@code sagemaker:ListSpaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SPACES = Action.of(PREFIX, "ListSpaces");

  /** {@code sagemaker:ListStageDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STAGE_DEVICES = Action.of(PREFIX, "ListStageDevices");

  /** {@code sagemaker:ListStudioLifecycleConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STUDIO_LIFECYCLE_CONFIGS = Action.of(PREFIX, "ListStudioLifecycleConfigs");

  /** {@code sagemaker:ListSubscribedWorkteams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIBED_WORKTEAMS = Action.of(PREFIX, "ListSubscribedWorkteams");

  /** {@code sagemaker:ListTags}: List; on action, algorithm, app, app-image-config, artifact, automl-job, cluster, cluster-scheduler-config, code-repository, compilation-job, compute-quota, context, data-quality-job-definition, device, device-fleet, domain, edge-deployment-plan, edge-packaging-job, endpoint, endpoint-config, experiment, experiment-trial, experiment-trial-component, feature-group, flow-definition, hub, hub-content, human-task-ui, hyper-parameter-tuning-job, image, inference-component, inference-recommendations-job, labeling-job, mlflow-app, mlflow-tracking-server, model, model-bias-job-definition, model-card, model-explainability-job-definition, model-package, model-package-group, model-quality-job-definition, monitoring-schedule, notebook-instance, notebook-instance-lifecycle-config, optimization-job, partner-app, pipeline, pipeline-execution, processing-job, project, reserved-capacity, space, studio-lifecycle-config, training-job, training-plan, transform-job, user-profile, workteam. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code sagemaker:ListTrainingJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAINING_JOBS = Action.of(PREFIX, "ListTrainingJobs");

  /** {@code sagemaker:ListTrainingJobsForHyperParameterTuningJob}: List; on hyper-parameter-tuning-job. */
  public static final Action LIST_TRAINING_JOBS_FOR_HYPER_PARAMETER_TUNING_JOB = Action.of(PREFIX, "ListTrainingJobsForHyperParameterTuningJob");

  /** {@code sagemaker:ListTrainingPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRAINING_PLANS = Action.of(PREFIX, "ListTrainingPlans");

  /** {@code sagemaker:ListTransformJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRANSFORM_JOBS = Action.of(PREFIX, "ListTransformJobs");

  /** {@code sagemaker:ListTrialComponents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRIAL_COMPONENTS = Action.of(PREFIX, "ListTrialComponents");

  /** {@code sagemaker:ListTrials}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRIALS = Action.of(PREFIX, "ListTrials");

  /** {@code sagemaker:ListUltraServersByReservedCapacity}: List; on reserved-capacity. */
  public static final Action LIST_ULTRA_SERVERS_BY_RESERVED_CAPACITY = Action.of(PREFIX, "ListUltraServersByReservedCapacity");

  /** {@code sagemaker:ListUserProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USER_PROFILES = Action.of(PREFIX, "ListUserProfiles");

  /** {@code sagemaker:ListWorkforces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFORCES = Action.of(PREFIX, "ListWorkforces");

  /** {@code sagemaker:ListWorkteams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKTEAMS = Action.of(PREFIX, "ListWorkteams");

  /** {@code sagemaker:PutLineageGroupPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_LINEAGE_GROUP_POLICY = Action.of(PREFIX, "PutLineageGroupPolicy");

  /** {@code sagemaker:PutModelPackageGroupPolicy}: Write; on model-package-group. */
  public static final Action PUT_MODEL_PACKAGE_GROUP_POLICY = Action.of(PREFIX, "PutModelPackageGroupPolicy");

  /** {@code sagemaker:PutRecord}: Write; on feature-group. */
  public static final Action PUT_RECORD = Action.of(PREFIX, "PutRecord");

  /** {@code sagemaker:PutResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code sagemaker:QueryLineage}: List; on no resource type (give {@code *}). */
  public static final Action QUERY_LINEAGE = Action.of(PREFIX, "QueryLineage");

  /** {@code sagemaker:RegisterDevices}: Write; on device. */
  public static final Action REGISTER_DEVICES = Action.of(PREFIX, "RegisterDevices");

  /** {@code sagemaker:RenderUiTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action RENDER_UI_TEMPLATE = Action.of(PREFIX, "RenderUiTemplate");

  /** {@code sagemaker:RetryPipelineExecution}: Write; on pipeline-execution. */
  public static final Action RETRY_PIPELINE_EXECUTION = Action.of(PREFIX, "RetryPipelineExecution");

  /** {@code sagemaker:Search}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH = Action.of(PREFIX, "Search");

  /** {@code sagemaker:SearchTrainingPlanOfferings}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_TRAINING_PLAN_OFFERINGS = Action.of(PREFIX, "SearchTrainingPlanOfferings");

  /** {@code sagemaker:SendHeartbeat}: Write; on device. */
  public static final Action SEND_HEARTBEAT = Action.of(PREFIX, "SendHeartbeat");

  /** {@code sagemaker:SendPipelineExecutionStepFailure}: Write; on pipeline-execution. */
  public static final Action SEND_PIPELINE_EXECUTION_STEP_FAILURE = Action.of(PREFIX, "SendPipelineExecutionStepFailure");

  /** {@code sagemaker:SendPipelineExecutionStepSuccess}: Write; on pipeline-execution. */
  public static final Action SEND_PIPELINE_EXECUTION_STEP_SUCCESS = Action.of(PREFIX, "SendPipelineExecutionStepSuccess");

  /** {@code sagemaker:SendSharedModelEvent}: Write; on shared-model-event. */
  public static final Action SEND_SHARED_MODEL_EVENT = Action.of(PREFIX, "SendSharedModelEvent");

  /** {@code sagemaker:StartClusterHealthCheck}: Write; on cluster. */
  public static final Action START_CLUSTER_HEALTH_CHECK = Action.of(PREFIX, "StartClusterHealthCheck");

  /** {@code sagemaker:StartEdgeDeploymentStage}: Write; on edge-deployment-plan. */
  public static final Action START_EDGE_DEPLOYMENT_STAGE = Action.of(PREFIX, "StartEdgeDeploymentStage");

  /** {@code sagemaker:StartHumanLoop}: Write; on flow-definition. */
  public static final Action START_HUMAN_LOOP = Action.of(PREFIX, "StartHumanLoop");

  /** {@code sagemaker:StartInferenceExperiment}: Write; on inference-experiment. */
  public static final Action START_INFERENCE_EXPERIMENT = Action.of(PREFIX, "StartInferenceExperiment");

  /** {@code sagemaker:StartMlflowTrackingServer}: Write; on mlflow-tracking-server. */
  public static final Action START_MLFLOW_TRACKING_SERVER = Action.of(PREFIX, "StartMlflowTrackingServer");

  /** {@code sagemaker:StartMonitoringSchedule}: Write; on monitoring-schedule. */
  public static final Action START_MONITORING_SCHEDULE = Action.of(PREFIX, "StartMonitoringSchedule");

  /** {@code sagemaker:StartNotebookInstance}: Write; on notebook-instance. */
  public static final Action START_NOTEBOOK_INSTANCE = Action.of(PREFIX, "StartNotebookInstance");

  /** {@code sagemaker:StartPipelineExecution}: Write; on pipeline. */
  public static final Action START_PIPELINE_EXECUTION = Action.of(PREFIX, "StartPipelineExecution");

  /** {@code sagemaker:StartSession}: Write; on space. */
  public static final Action START_SESSION = Action.of(PREFIX, "StartSession");

  /** {@code sagemaker:StopAutoMLJob}: Write; on automl-job. */
  public static final Action STOP_AUTO_ML_JOB = Action.of(PREFIX, "StopAutoMLJob");

  /** {@code sagemaker:StopCompilationJob}: Write; on compilation-job. */
  public static final Action STOP_COMPILATION_JOB = Action.of(PREFIX, "StopCompilationJob");

  /** {@code sagemaker:StopEdgeDeploymentStage}: Write; on edge-deployment-plan. */
  public static final Action STOP_EDGE_DEPLOYMENT_STAGE = Action.of(PREFIX, "StopEdgeDeploymentStage");

  /** {@code sagemaker:StopEdgePackagingJob}: Write; on edge-packaging-job. */
  public static final Action STOP_EDGE_PACKAGING_JOB = Action.of(PREFIX, "StopEdgePackagingJob");

  /** {@code sagemaker:StopHumanLoop}: Write; on human-loop. */
  public static final Action STOP_HUMAN_LOOP = Action.of(PREFIX, "StopHumanLoop");

  /** {@code sagemaker:StopHyperParameterTuningJob}: Write; on hyper-parameter-tuning-job. */
  public static final Action STOP_HYPER_PARAMETER_TUNING_JOB = Action.of(PREFIX, "StopHyperParameterTuningJob");

  /** {@code sagemaker:StopInferenceExperiment}: Write; on inference-experiment. */
  public static final Action STOP_INFERENCE_EXPERIMENT = Action.of(PREFIX, "StopInferenceExperiment");

  /** {@code sagemaker:StopInferenceRecommendationsJob}: Write; on inference-recommendations-job. */
  public static final Action STOP_INFERENCE_RECOMMENDATIONS_JOB = Action.of(PREFIX, "StopInferenceRecommendationsJob");

  /** {@code sagemaker:StopLabelingJob}: Write; on labeling-job. */
  public static final Action STOP_LABELING_JOB = Action.of(PREFIX, "StopLabelingJob");

  /** {@code sagemaker:StopMlflowTrackingServer}: Write; on mlflow-tracking-server. */
  public static final Action STOP_MLFLOW_TRACKING_SERVER = Action.of(PREFIX, "StopMlflowTrackingServer");

  /** {@code sagemaker:StopMonitoringSchedule}: Write; on monitoring-schedule. */
  public static final Action STOP_MONITORING_SCHEDULE = Action.of(PREFIX, "StopMonitoringSchedule");

  /** {@code sagemaker:StopNotebookInstance}: Write; on notebook-instance. */
  public static final Action STOP_NOTEBOOK_INSTANCE = Action.of(PREFIX, "StopNotebookInstance");

  /** {@code sagemaker:StopOptimizationJob}: Write; on optimization-job. */
  public static final Action STOP_OPTIMIZATION_JOB = Action.of(PREFIX, "StopOptimizationJob");

  /** {@code sagemaker:StopPipelineExecution}: Write; on pipeline-execution. */
  public static final Action STOP_PIPELINE_EXECUTION = Action.of(PREFIX, "StopPipelineExecution");

  /** {@code sagemaker:StopProcessingJob}: Write; on processing-job. */
  public static final Action STOP_PROCESSING_JOB = Action.of(PREFIX, "StopProcessingJob");

  /** {@code sagemaker:StopTrainingJob}: Write; on training-job. */
  public static final Action STOP_TRAINING_JOB = Action.of(PREFIX, "StopTrainingJob");

  /** {@code sagemaker:StopTransformJob}: Write; on transform-job. */
  public static final Action STOP_TRANSFORM_JOB = Action.of(PREFIX, "StopTransformJob");

  /** {@code sagemaker:TrainHubModel}: Write; on hub, hub-content. */
  public static final Action TRAIN_HUB_MODEL = Action.of(PREFIX, "TrainHubModel");

  /** {@code sagemaker:UpdateAction}: Write; on action. */
  public static final Action UPDATE_ACTION = Action.of(PREFIX, "UpdateAction");

  /** {@code sagemaker:UpdateAppImageConfig}: Write; on app-image-config. */
  public static final Action UPDATE_APP_IMAGE_CONFIG = Action.of(PREFIX, "UpdateAppImageConfig");

  /** {@code sagemaker:UpdateArtifact}: Write; on artifact. */
  public static final Action UPDATE_ARTIFACT = Action.of(PREFIX, "UpdateArtifact");

  /** {@code sagemaker:UpdateCluster}: Write; on cluster, reserved-capacity, training-plan. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code sagemaker:UpdateClusterInference}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER_INFERENCE = Action.of(PREFIX, "UpdateClusterInference");

  /** {@code sagemaker:UpdateClusterSchedulerConfig}: Write; on cluster-scheduler-config. */
  public static final Action UPDATE_CLUSTER_SCHEDULER_CONFIG = Action.of(PREFIX, "UpdateClusterSchedulerConfig");

  /** {@code sagemaker:UpdateClusterSoftware}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER_SOFTWARE = Action.of(PREFIX, "UpdateClusterSoftware");

  /** {@code sagemaker:UpdateCodeRepository}: Write; on code-repository. */
  public static final Action UPDATE_CODE_REPOSITORY = Action.of(PREFIX, "UpdateCodeRepository");

  /** {@code sagemaker:UpdateComputeQuota}: Write; on compute-quota. */
  public static final Action UPDATE_COMPUTE_QUOTA = Action.of(PREFIX, "UpdateComputeQuota");

  /** {@code sagemaker:UpdateContext}: Write; on context. */
  public static final Action UPDATE_CONTEXT = Action.of(PREFIX, "UpdateContext");

  /** {@code sagemaker:UpdateDeviceFleet}: Write; on device-fleet. */
  public static final Action UPDATE_DEVICE_FLEET = Action.of(PREFIX, "UpdateDeviceFleet");

  /** {@code sagemaker:UpdateDevices}: Write; on device. */
  public static final Action UPDATE_DEVICES = Action.of(PREFIX, "UpdateDevices");

  /** {@code sagemaker:UpdateDomain}: Write; on domain. */
  public static final Action UPDATE_DOMAIN = Action.of(PREFIX, "UpdateDomain");

  /** {@code sagemaker:UpdateEndpoint}: Write; on endpoint, endpoint-config. */
  public static final Action UPDATE_ENDPOINT = Action.of(PREFIX, "UpdateEndpoint");

  /** {@code sagemaker:UpdateEndpointWeightsAndCapacities}: Write; on endpoint. */
  public static final Action UPDATE_ENDPOINT_WEIGHTS_AND_CAPACITIES = Action.of(PREFIX, "UpdateEndpointWeightsAndCapacities");

  /** {@code sagemaker:UpdateExperiment}: Write; on experiment. */
  public static final Action UPDATE_EXPERIMENT = Action.of(PREFIX, "UpdateExperiment");

  /** {@code sagemaker:UpdateFeatureGroup}: Write; on feature-group. */
  public static final Action UPDATE_FEATURE_GROUP = Action.of(PREFIX, "UpdateFeatureGroup");

  /** {@code sagemaker:UpdateFeatureMetadata}: Write; on feature-group. */
  public static final Action UPDATE_FEATURE_METADATA = Action.of(PREFIX, "UpdateFeatureMetadata");

  /** {@code sagemaker:UpdateHub}: Write; on hub. */
  public static final Action UPDATE_HUB = Action.of(PREFIX, "UpdateHub");

  /** {@code sagemaker:UpdateHubContent}: Write; on hub, hub-content. */
  public static final Action UPDATE_HUB_CONTENT = Action.of(PREFIX, "UpdateHubContent");

  /** {@code sagemaker:UpdateHubContentReference}: Write; on hub, hub-content. */
  public static final Action UPDATE_HUB_CONTENT_REFERENCE = Action.of(PREFIX, "UpdateHubContentReference");

  /** {@code sagemaker:UpdateImage}: Write; on image. */
  public static final Action UPDATE_IMAGE = Action.of(PREFIX, "UpdateImage");

  /** {@code sagemaker:UpdateImageVersion}: Write; on image-version. */
  public static final Action UPDATE_IMAGE_VERSION = Action.of(PREFIX, "UpdateImageVersion");

  /** {@code sagemaker:UpdateInferenceComponent}: Write; on inference-component. */
  public static final Action UPDATE_INFERENCE_COMPONENT = Action.of(PREFIX, "UpdateInferenceComponent");

  /** {@code sagemaker:UpdateInferenceComponentRuntimeConfig}: Write; on inference-component. */
  public static final Action UPDATE_INFERENCE_COMPONENT_RUNTIME_CONFIG = Action.of(PREFIX, "UpdateInferenceComponentRuntimeConfig");

  /** {@code sagemaker:UpdateInferenceExperiment}: Write; on inference-experiment. */
  public static final Action UPDATE_INFERENCE_EXPERIMENT = Action.of(PREFIX, "UpdateInferenceExperiment");

  /** {@code sagemaker:UpdateMlflowApp}: Write; on mlflow-app. */
  public static final Action UPDATE_MLFLOW_APP = Action.of(PREFIX, "UpdateMlflowApp");

  /** {@code sagemaker:UpdateMlflowTrackingServer}: Write; on mlflow-tracking-server. */
  public static final Action UPDATE_MLFLOW_TRACKING_SERVER = Action.of(PREFIX, "UpdateMlflowTrackingServer");

  /** {@code sagemaker:UpdateModelCard}: Write; on model-card. */
  public static final Action UPDATE_MODEL_CARD = Action.of(PREFIX, "UpdateModelCard");

  /** {@code sagemaker:UpdateModelPackage}: Write; on model-package. */
  public static final Action UPDATE_MODEL_PACKAGE = Action.of(PREFIX, "UpdateModelPackage");

  /** {@code sagemaker:UpdateMonitoringAlert}: Write; on monitoring-schedule, monitoring-schedule-alert. */
  public static final Action UPDATE_MONITORING_ALERT = Action.of(PREFIX, "UpdateMonitoringAlert");

  /** {@code sagemaker:UpdateMonitoringSchedule}: Write; on monitoring-schedule. */
  public static final Action UPDATE_MONITORING_SCHEDULE = Action.of(PREFIX, "UpdateMonitoringSchedule");

  /** {@code sagemaker:UpdateNotebookInstance}: Write; on notebook-instance. */
  public static final Action UPDATE_NOTEBOOK_INSTANCE = Action.of(PREFIX, "UpdateNotebookInstance");

  /** {@code sagemaker:UpdateNotebookInstanceLifecycleConfig}: Write; on notebook-instance-lifecycle-config. */
  public static final Action UPDATE_NOTEBOOK_INSTANCE_LIFECYCLE_CONFIG = Action.of(PREFIX, "UpdateNotebookInstanceLifecycleConfig");

  /** {@code sagemaker:UpdatePartnerApp}: Write; on partner-app. */
  public static final Action UPDATE_PARTNER_APP = Action.of(PREFIX, "UpdatePartnerApp");

  /** {@code sagemaker:UpdatePipeline}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE = Action.of(PREFIX, "UpdatePipeline");

  /** {@code sagemaker:UpdatePipelineExecution}: Write; on pipeline-execution. */
  public static final Action UPDATE_PIPELINE_EXECUTION = Action.of(PREFIX, "UpdatePipelineExecution");

  /** {@code sagemaker:UpdatePipelineVersion}: Write; on pipeline. */
  public static final Action UPDATE_PIPELINE_VERSION = Action.of(PREFIX, "UpdatePipelineVersion");

  /** {@code sagemaker:UpdateProject}: Write; on project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  /** {@code sagemaker:UpdateSharedModel}: Write; on shared-model. */
  public static final Action UPDATE_SHARED_MODEL = Action.of(PREFIX, "UpdateSharedModel");

  /** {@code sagemaker:UpdateSpace}: Write; on space. */
  public static final Action UPDATE_SPACE = Action.of(PREFIX, "UpdateSpace");

  /** {@code sagemaker:UpdateTrainingJob}: Write; on training-job. */
  public static final Action UPDATE_TRAINING_JOB = Action.of(PREFIX, "UpdateTrainingJob");

  /** {@code sagemaker:UpdateTrial}: Write; on experiment-trial. */
  public static final Action UPDATE_TRIAL = Action.of(PREFIX, "UpdateTrial");

  /** {@code sagemaker:UpdateTrialComponent}: Write; on experiment-trial-component. */
  public static final Action UPDATE_TRIAL_COMPONENT = Action.of(PREFIX, "UpdateTrialComponent");

  /** {@code sagemaker:UpdateUserProfile}: Write; on user-profile. */
  public static final Action UPDATE_USER_PROFILE = Action.of(PREFIX, "UpdateUserProfile");

  /** {@code sagemaker:UpdateWorkforce}: Write; on workforce. */
  public static final Action UPDATE_WORKFORCE = Action.of(PREFIX, "UpdateWorkforce");

  /** {@code sagemaker:UpdateWorkteam}: Write; on workteam. */
  public static final Action UPDATE_WORKTEAM = Action.of(PREFIX, "UpdateWorkteam");

  private Sagemaker() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
