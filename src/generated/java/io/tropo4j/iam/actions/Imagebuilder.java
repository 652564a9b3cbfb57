// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EC2 Image Builder (prefix {@code imagebuilder}), as the service authorization reference lists them.
 */
public final class Imagebuilder {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "imagebuilder";

  /** {@code imagebuilder:CancelImageCreation}: Write; on image. */
  public static final Action CANCEL_IMAGE_CREATION = Action.of(PREFIX, "CancelImageCreation");

  /** {@code imagebuilder:CancelLifecycleExecution}: Write; on lifecycleExecution. */
  public static final Action CANCEL_LIFECYCLE_EXECUTION = Action.of(PREFIX, "CancelLifecycleExecution");

  /** {@code imagebuilder:CreateComponent}: Write; on component. */
  public static final Action CREATE_COMPONENT = Action.of(PREFIX, "CreateComponent");

  /** {@code imagebuilder:CreateContainerRecipe}: Write; on containerRecipe. */
  public static final Action CREATE_CONTAINER_RECIPE = Action.of(PREFIX, "CreateContainerRecipe");

  /** {@code imagebuilder:CreateDistributionConfiguration}: Write; on distributionConfiguration. */
  public static final Action CREATE_DISTRIBUTION_CONFIGURATION = Action.of(PREFIX, "CreateDistributionConfiguration");

  /** {@code imagebuilder:CreateImage}: Write; on image. */
  public static final Action CREATE_IMAGE = Action.of(PREFIX, "CreateImage");

  /** {@code imagebuilder:CreateImagePipeline}: Write; on imagePipeline. */
  public static final Action CREATE_IMAGE_PIPELINE = Action.of(PREFIX, "CreateImagePipeline");

  /** {@code imagebuilder:CreateImageRecipe}: Write; on imageRecipe. */
  public static final Action CREATE_IMAGE_RECIPE = Action.of(PREFIX, "CreateImageRecipe");

  /** {@code imagebuilder:CreateInfrastructureConfiguration}: Write; on infrastructureConfiguration. */
  public static final Action CREATE_INFRASTRUCTURE_CONFIGURATION = Action.of(PREFIX, "CreateInfrastructureConfiguration");

  /** {@code imagebuilder:CreateLifecyclePolicy}: Write; on lifecyclePolicy. */
  public static final Action CREATE_LIFECYCLE_POLICY = Action.of(PREFIX, "CreateLifecyclePolicy");

  /** {@code imagebuilder:CreateWorkflow}: Write; on workflow. */
  public static final Action CREATE_WORKFLOW = Action.of(PREFIX, "CreateWorkflow");

  /** {@code imagebuilder:DeleteComponent}: Write; on component. */
  public static final Action DELETE_COMPONENT = Action.of(PREFIX, "DeleteComponent");

  /** {@code imagebuilder:DeleteContainerRecipe}: Write; on containerRecipe. */
  public static final Action DELETE_CONTAINER_RECIPE = Action.of(PREFIX, "DeleteContainerRecipe");

  /** {@code imagebuilder:DeleteDistributionConfiguration}: Write; on distributionConfiguration. */
  public static final Action DELETE_DISTRIBUTION_CONFIGURATION = Action.of(PREFIX, "DeleteDistributionConfiguration");

  /** {@code imagebuilder:DeleteImage}: Write; on image. */
  public static final Action DELETE_IMAGE = Action.of(PREFIX, "DeleteImage");

  /** {@code imagebuilder:DeleteImagePipeline}: Write; on imagePipeline. */
  public static final Action DELETE_IMAGE_PIPELINE = Action.of(PREFIX, "DeleteImagePipeline");

  /** {@code imagebuilder:DeleteImageRecipe}: Write; on imageRecipe. */
  public static final Action DELETE_IMAGE_RECIPE = Action.of(PREFIX, "DeleteImageRecipe");

  /** {@code imagebuilder:DeleteInfrastructureConfiguration}: Write; on infrastructureConfiguration. */
  public static final Action DELETE_INFRASTRUCTURE_CONFIGURATION = Action.of(PREFIX, "DeleteInfrastructureConfiguration");

  /** {@code imagebuilder:DeleteLifecyclePolicy}: Write; on lifecyclePolicy. */
  public static final Action DELETE_LIFECYCLE_POLICY = Action.of(PREFIX, "DeleteLifecyclePolicy");

  /** {@code imagebuilder:DeleteWorkflow}: Write; on workflow. */
  public static final Action DELETE_WORKFLOW = Action.of(PREFIX, "DeleteWorkflow");

  /** {@code imagebuilder:DistributeImage}: Write; on image. */
  public static final Action DISTRIBUTE_IMAGE = Action.of(PREFIX, "DistributeImage");

  /** {@code imagebuilder:GetComponent}: Read; on component. */
  public static final Action GET_COMPONENT = Action.of(PREFIX, "GetComponent");

  /** {@code imagebuilder:GetComponentPolicy}: Read; on component. */
  public static final Action GET_COMPONENT_POLICY = Action.of(PREFIX, "GetComponentPolicy");

  /** {@code imagebuilder:GetContainerRecipe}: Read; on containerRecipe. */
  public static final Action GET_CONTAINER_RECIPE = Action.of(PREFIX, "GetContainerRecipe");

  /** {@code imagebuilder:GetContainerRecipePolicy}: Read; on containerRecipe. */
  public static final Action GET_CONTAINER_RECIPE_POLICY = Action.of(PREFIX, "GetContainerRecipePolicy");

  /** {@code imagebuilder:GetDistributionConfiguration}: Read; on distributionConfiguration. */
  public static final Action GET_DISTRIBUTION_CONFIGURATION = Action.of(PREFIX, "GetDistributionConfiguration");

  /** {@code imagebuilder:GetImage}: Read; on image. */
  public static final Action GET_IMAGE = Action.of(PREFIX, "GetImage");

  /** {@code imagebuilder:GetImagePipeline}: Read; on imagePipeline. */
  public static final Action GET_IMAGE_PIPELINE = Action.of(PREFIX, "GetImagePipeline");

  /** {@code imagebuilder:GetImagePolicy}: Read; on image. */
  public static final Action GET_IMAGE_POLICY = Action.of(PREFIX, "GetImagePolicy");

  /** {@code imagebuilder:GetImageRecipe}: Read; on imageRecipe. */
  public static final Action GET_IMAGE_RECIPE = Action.of(PREFIX, "GetImageRecipe");

  /** {@code imagebuilder:GetImageRecipePolicy}: Read; on imageRecipe. */
  public static final Action GET_IMAGE_RECIPE_POLICY = Action.of(PREFIX, "GetImageRecipePolicy");

  /** {@code imagebuilder:GetInfrastructureConfiguration}: Read; on infrastructureConfiguration. */
  public static final Action GET_INFRASTRUCTURE_CONFIGURATION = Action.of(PREFIX, "GetInfrastructureConfiguration");

  /** {@code imagebuilder:GetLifecycleExecution}: Read; on lifecycleExecution. */
  public static final Action GET_LIFECYCLE_EXECUTION = Action.of(PREFIX, "GetLifecycleExecution");

  /** {@code imagebuilder:GetLifecyclePolicy}: Read; on lifecyclePolicy. */
  public static final Action GET_LIFECYCLE_POLICY = Action.of(PREFIX, "GetLifecyclePolicy");

  /** {@code imagebuilder:GetMarketplaceResource}: Read; on component. */
  public static final Action GET_MARKETPLACE_RESOURCE = Action.of(PREFIX, "GetMarketplaceResource");

  /** {@code imagebuilder:GetWorkflow}: Read; on workflow. */
  public static final Action GET_WORKFLOW = Action.of(PREFIX, "GetWorkflow");

  /** {@code imagebuilder:GetWorkflowExecution}: Read; on workflowExecution. */
  public static final Action GET_WORKFLOW_EXECUTION = Action.of(PREFIX, "GetWorkflowExecution");

  /** {@code imagebuilder:GetWorkflowStepExecution}: Read; on workflowStepExecution. */
  public static final Action GET_WORKFLOW_STEP_EXECUTION = Action.of(PREFIX, "GetWorkflowStepExecution");

  /** {@code imagebuilder:ImportComponent}: Write; on component. */
  public static final Action IMPORT_COMPONENT = Action.of(PREFIX, "ImportComponent");

  /** {@code imagebuilder:ImportDiskImage}: Write; on imageVersion. */
  public static final Action IMPORT_DISK_IMAGE = Action.of(PREFIX, "ImportDiskImage");

  /** {@code imagebuilder:ImportVmImage}: Write; on imageVersion. */
  public static final Action IMPORT_VM_IMAGE = Action.of(PREFIX, "ImportVmImage");

  /** {@code imagebuilder:ListComponentBuildVersions}: List; on allComponentBuildVersions. */
  public static final Action LIST_COMPONENT_BUILD_VERSIONS = Action.of(PREFIX, "ListComponentBuildVersions");

  /** {@code imagebuilder:ListComponents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPONENTS = Action.of(PREFIX, "ListComponents");

  /** {@code imagebuilder:ListContainerRecipes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTAINER_RECIPES = Action.of(PREFIX, "ListContainerRecipes");

  /** {@code imagebuilder:ListDistributionConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISTRIBUTION_CONFIGURATIONS = Action.of(PREFIX, "ListDistributionConfigurations");

  /** {@code imagebuilder:ListImageBuildVersions}: List; on allImageBuildVersions. */
  public static final Action LIST_IMAGE_BUILD_VERSIONS = Action.of(PREFIX, "ListImageBuildVersions");

  /** {@code imagebuilder:ListImagePackages}: List; on image. */
  public static final Action LIST_IMAGE_PACKAGES = Action.of(PREFIX, "ListImagePackages");

  /** {@code imagebuilder:ListImagePipelineImages}: List; on imagePipeline. */
  public static final Action LIST_IMAGE_PIPELINE_IMAGES = Action.of(PREFIX, "ListImagePipelineImages");

  /** {@code imagebuilder:ListImagePipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMAGE_PIPELINES = Action.of(PREFIX, "ListImagePipelines");

  /** {@code imagebuilder:ListImageRecipes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMAGE_RECIPES = Action.of(PREFIX, "ListImageRecipes");

  /** {@code imagebuilder:ListImageScanFindingAggregations}: List; on image, imagePipeline. */
  public static final Action LIST_IMAGE_SCAN_FINDING_AGGREGATIONS = Action.of(PREFIX, "ListImageScanFindingAggregations");

  /** {@code imagebuilder:ListImageScanFindings}: List; on image, imagePipeline. */
  public static final Action LIST_IMAGE_SCAN_FINDINGS = Action.of(PREFIX, "ListImageScanFindings");

  /** {@code imagebuilder:ListImages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMAGES = Action.of(PREFIX, "ListImages");

  /** {@code imagebuilder:ListInfrastructureConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INFRASTRUCTURE_CONFIGURATIONS = Action.of(PREFIX, "ListInfrastructureConfigurations");

  /** {@code imagebuilder:ListLifecycleExecutionResources}: List; on lifecycleExecution. */
  public static final Action LIST_LIFECYCLE_EXECUTION_RESOURCES = Action.of(PREFIX, "ListLifecycleExecutionResources");

  /** {@code imagebuilder:ListLifecycleExecutions}: List; on image, lifecyclePolicy. */
  public static final Action LIST_LIFECYCLE_EXECUTIONS = Action.of(PREFIX, "ListLifecycleExecutions");

  /** {@code imagebuilder:ListLifecyclePolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LIFECYCLE_POLICIES = Action.of(PREFIX, "ListLifecyclePolicies");

  /** {@code imagebuilder:ListTagsForResource}: Read; on component, containerRecipe, distributionConfiguration, image, imagePipeline, imageRecipe, infrastructureConfiguration, lifecyclePolicy, workflow. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code imagebuilder:ListWaitingWorkflowSteps}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WAITING_WORKFLOW_STEPS = Action.of(PREFIX, "ListWaitingWorkflowSteps");

  /** {@code imagebuilder:ListWorkflowBuildVersions}: List; on allWorkflowBuildVersions. */
  public static final Action LIST_WORKFLOW_BUILD_VERSIONS = Action.of(PREFIX, "ListWorkflowBuildVersions");

  /** {@code imagebuilder:ListWorkflowExecutions}: List; on image. */
  public static final Action LIST_WORKFLOW_EXECUTIONS = Action.of(PREFIX, "ListWorkflowExecutions");

  /** {@code imagebuilder:ListWorkflowStepExecutions}: List; on workflowExecution. */
  public static final Action LIST_WORKFLOW_STEP_EXECUTIONS = Action.of(PREFIX, "ListWorkflowStepExecutions");

  /** {@code imagebuilder:ListWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFLOWS = Action.of(PREFIX, "ListWorkflows");

  /** {@code imagebuilder:PutComponentPolicy}: Permissions management; on component. */
  public static final Action PUT_COMPONENT_POLICY = Action.of(PREFIX, "PutComponentPolicy");

  /** {@code imagebuilder:PutContainerRecipePolicy}: Permissions management; on containerRecipe. */
  public static final Action PUT_CONTAINER_RECIPE_POLICY = Action.of(PREFIX, "PutContainerRecipePolicy");

  /** {@code imagebuilder:PutImagePolicy}: Permissions management; on image. */
  public static final Action PUT_IMAGE_POLICY = Action.of(PREFIX, "PutImagePolicy");

  /** {@code imagebuilder:PutImageRecipePolicy}: Permissions management; on imageRecipe. */
  public static final Action PUT_IMAGE_RECIPE_POLICY = Action.of(PREFIX, "PutImageRecipePolicy");

  /** {@code imagebuilder:RetryImage}: Write; on image. */
  public static final Action RETRY_IMAGE = Action.of(PREFIX, "RetryImage");

  /** {@code imagebuilder:SendWorkflowStepAction}: Write; on image, workflowStepExecution. */
  public static final Action SEND_WORKFLOW_STEP_ACTION = Action.of(PREFIX, "SendWorkflowStepAction");

  /** {@code imagebuilder:StartImagePipelineExecution}: Write; on imagePipeline. */
  public static final Action START_IMAGE_PIPELINE_EXECUTION = Action.of(PREFIX, "StartImagePipelineExecution");

  /** {@code imagebuilder:StartResourceStateUpdate}: Write; on image. */
  public static final Action START_RESOURCE_STATE_UPDATE = Action.of(PREFIX, "StartResourceStateUpdate");

  /** {@code imagebuilder:TagResource}: Tagging; on component, containerRecipe, distributionConfiguration, image, imagePipeline, imageRecipe, infrastructureConfiguration, lifecyclePolicy, workflow. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code imagebuilder:UntagResource}: Tagging; on component, containerRecipe, distributionConfiguration, image, imagePipeline, imageRecipe, infrastructureConfiguration, lifecyclePolicy, workflow. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code imagebuilder:UpdateDistributionConfiguration}: Write; on distributionConfiguration. */
  public static final Action UPDATE_DISTRIBUTION_CONFIGURATION = Action.of(PREFIX, "UpdateDistributionConfiguration");

  /** {@code imagebuilder:UpdateImagePipeline}: Write; on imagePipeline. */
  public static final Action UPDATE_IMAGE_PIPELINE = Action.of(PREFIX, "UpdateImagePipeline");

  /** {@code imagebuilder:UpdateInfrastructureConfiguration}: Write; on infrastructureConfiguration. */
  public static final Action UPDATE_INFRASTRUCTURE_CONFIGURATION = Action.of(PREFIX, "UpdateInfrastructureConfiguration");

  /** {@code imagebuilder:UpdateLifecyclePolicy}: Write; on lifecyclePolicy. */
  public static final Action UPDATE_LIFECYCLE_POLICY = Action.of(PREFIX, "UpdateLifecyclePolicy");

  private Imagebuilder() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
