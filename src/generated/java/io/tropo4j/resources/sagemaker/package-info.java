// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SageMaker}: {@link AIWorkloadConfig}, {@link Action}, {@link
 * Algorithm}, {@link App}, {@link AppImageConfig}, {@link Artifact}, {@link Cluster}, {@link
 * ClusterSchedulerConfig}, {@link CodeRepository}, {@link Context}, {@link
 * DataQualityJobDefinition}, {@link Device}, {@link DeviceFleet}, {@link Domain}, {@link Endpoint},
 * {@link EndpointConfig}, {@link Experiment}, {@link ExperimentTrialComponent}, {@link
 * FeatureGroup}, {@link Hub}, {@link HumanTaskUi}, {@link Image}, {@link ImageVersion}, {@link
 * InferenceComponent}, {@link InferenceExperiment}, {@link MlflowApp}, {@link
 * MlflowTrackingServer}, {@link Model}, {@link ModelBiasJobDefinition}, {@link ModelCard}, {@link
 * ModelExplainabilityJobDefinition}, {@link ModelPackage}, {@link ModelPackageGroup}, {@link
 * ModelQualityJobDefinition}, {@link MonitoringSchedule}, {@link NotebookInstance}, {@link
 * NotebookInstanceLifecycleConfig}, {@link PartnerApp}, {@link Pipeline}, {@link ProcessingJob},
 * {@link Project}, {@link Space}, {@link StudioLifecycleConfig}, {@link TrialComponent}, {@link
 * UserProfile}, {@link Workforce}, {@link Workteam}.
 */
package io.tropo4j.resources.sagemaker;
