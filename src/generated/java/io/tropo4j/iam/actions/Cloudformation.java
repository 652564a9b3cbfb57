// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Cloud Control API (prefix {@code cloudformation}), as the service authorization reference lists them.
 */
public final class Cloudformation {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudformation";

  /** {@code cloudformation:ActivateOrganizationsAccess}: Write; on no resource type (give {@code *}). */
  public static final Action ACTIVATE_ORGANIZATIONS_ACCESS = Action.of(PREFIX, "ActivateOrganizationsAccess");

  /** {@code cloudformation:ActivateType}: Write; on no resource type (give {@code *}). */
  public static final Action ACTIVATE_TYPE = Action.of(PREFIX, "ActivateType");

  /** {@code cloudformation:BatchDescribeTypeConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_DESCRIBE_TYPE_CONFIGURATIONS = Action.of(PREFIX, "BatchDescribeTypeConfigurations");

  /** {@code cloudformation:CancelResourceRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_RESOURCE_REQUEST = Action.of(PREFIX, "CancelResourceRequest");

  /** {@code cloudformation:CancelUpdateStack}: Write; on stack. */
  public static final Action CANCEL_UPDATE_STACK = Action.of(PREFIX, "CancelUpdateStack");

  /** {@code cloudformation:ContinueUpdateRollback}: Write; on stack. */
  public static final Action CONTINUE_UPDATE_ROLLBACK = Action.of(PREFIX, "ContinueUpdateRollback");

  /** {@code cloudformation:CreateChangeSet}: Write; on stack. */
  public static final Action CREATE_CHANGE_SET = Action.of(PREFIX, "CreateChangeSet");

  /** {@code cloudformation:CreateGeneratedTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GENERATED_TEMPLATE = Action.of(PREFIX, "CreateGeneratedTemplate");

  /** {@code cloudformation:CreateResource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESOURCE = Action.of(PREFIX, "CreateResource");

  /** {@code cloudformation:CreateStack}: Write; on stack. */
  public static final Action CREATE_STACK = Action.of(PREFIX, "CreateStack");

  /** {@code cloudformation:CreateStackInstances}: Write; on stackset, stackset-target, type. */
  public static final Action CREATE_STACK_INSTANCES = Action.of(PREFIX, "CreateStackInstances");

  /** {@code cloudformation:CreateStackRefactor}: Write; on stack. */
  public static final Action CREATE_STACK_REFACTOR = Action.of(PREFIX, "CreateStackRefactor");

  /** {@code cloudformation:CreateStackSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STACK_SET = Action.of(PREFIX, "CreateStackSet");

  /** {@code cloudformation:CreateUploadBucket}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_UPLOAD_BUCKET = Action.of(PREFIX, "CreateUploadBucket");

  /** {@code cloudformation:DeactivateOrganizationsAccess}: Write; on no resource type (give {@code *}). */
  public static final Action DEACTIVATE_ORGANIZATIONS_ACCESS = Action.of(PREFIX, "DeactivateOrganizationsAccess");

  /** {@code cloudformation:DeactivateType}: Write; on no resource type (give {@code *}). */
  public static final Action DEACTIVATE_TYPE = Action.of(PREFIX, "DeactivateType");

  /** {@code cloudformation:DeleteChangeSet}: Write; on stack. */
  public static final Action DELETE_CHANGE_SET = Action.of(PREFIX, "DeleteChangeSet");

  /** {@code cloudformation:DeleteGeneratedTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GENERATED_TEMPLATE = Action.of(PREFIX, "DeleteGeneratedTemplate");

  /** {@code cloudformation:DeleteResource}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE = Action.of(PREFIX, "DeleteResource");

  /** {@code cloudformation:DeleteStack}: Write; on stack. */
  public static final Action DELETE_STACK = Action.of(PREFIX, "DeleteStack");

  /** {@code cloudformation:DeleteStackInstances}: Write; on stackset, stackset-target, type. */
  public static final Action DELETE_STACK_INSTANCES = Action.of(PREFIX, "DeleteStackInstances");

  /** {@code cloudformation:DeleteStackSet}: Write; on stackset. */
  public static final Action DELETE_STACK_SET = Action.of(PREFIX, "DeleteStackSet");

  /** {@code cloudformation:DeregisterType}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_TYPE = Action.of(PREFIX, "DeregisterType");

  /** {@code cloudformation:DescribeAccountLimits}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_LIMITS = Action.of(PREFIX, "DescribeAccountLimits");

  /** {@code cloudformation:DescribeChangeSet}: Read; on stack. */
  public static final Action DESCRIBE_CHANGE_SET = Action.of(PREFIX, "DescribeChangeSet");

  /** {@code cloudformation:DescribeChangeSetHooks}: Read; on stack. */
  public static final Action DESCRIBE_CHANGE_SET_HOOKS = Action.of(PREFIX, "DescribeChangeSetHooks");

  /** {@code cloudformation:DescribeEvents}: Read; on changeset, stack. */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code cloudformation:DescribeGeneratedTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_GENERATED_TEMPLATE = Action.of(PREFIX, "DescribeGeneratedTemplate");

  /** {@code cloudformation:DescribeOrganizationsAccess}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATIONS_ACCESS = Action.of(PREFIX, "DescribeOrganizationsAccess");

  /** {@code cloudformation:DescribePublisher}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PUBLISHER = Action.of(PREFIX, "DescribePublisher");

  /** {@code cloudformation:DescribeResourceScan}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESOURCE_SCAN = Action.of(PREFIX, "DescribeResourceScan");

  /** {@code cloudformation:DescribeStackDriftDetectionStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STACK_DRIFT_DETECTION_STATUS = Action.of(PREFIX, "DescribeStackDriftDetectionStatus");

  /** {@code cloudformation:DescribeStackEvents}: Read; on stack. */
  public static final Action DESCRIBE_STACK_EVENTS = Action.of(PREFIX, "DescribeStackEvents");

  /** {@code cloudformation:DescribeStackInstance}: Read; on stackset. */
  public static final Action DESCRIBE_STACK_INSTANCE = Action.of(PREFIX, "DescribeStackInstance");

  /** {@code cloudformation:DescribeStackRefactor}: Read; on stack. */
  public static final Action DESCRIBE_STACK_REFACTOR = Action.of(PREFIX, "DescribeStackRefactor");

  /** {@code cloudformation:DescribeStackResource}: Read; on stack. */
  public static final Action DESCRIBE_STACK_RESOURCE = Action.of(PREFIX, "DescribeStackResource");

  /** {@code cloudformation:DescribeStackResourceDrifts}: Read; on stack. */
  public static final Action DESCRIBE_STACK_RESOURCE_DRIFTS = Action.of(PREFIX, "DescribeStackResourceDrifts");

  /** {@code cloudformation:DescribeStackResources}: Read; on stack. */
  public static final Action DESCRIBE_STACK_RESOURCES = Action.of(PREFIX, "DescribeStackResources");

  /** {@code cloudformation:DescribeStackSet}: Read; on stackset. */
  public static final Action DESCRIBE_STACK_SET = Action.of(PREFIX, "DescribeStackSet");

  /** {@code cloudformation:DescribeStackSetOperation}: Read; on stackset. */
  public static final Action DESCRIBE_STACK_SET_OPERATION = Action.of(PREFIX, "DescribeStackSetOperation");

  /** {@code cloudformation:DescribeStacks}: List; on stack. */
  public static final Action DESCRIBE_STACKS = Action.of(PREFIX, "DescribeStacks");

  /** {@code cloudformation:DescribeType}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TYPE = Action.of(PREFIX, "DescribeType");

  /** {@code cloudformation:DescribeTypeRegistration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TYPE_REGISTRATION = Action.of(PREFIX, "DescribeTypeRegistration");

  /** {@code cloudformation:DetectStackDrift}: Read; on stack. */
  public static final Action DETECT_STACK_DRIFT = Action.of(PREFIX, "DetectStackDrift");

  /** {@code cloudformation:DetectStackResourceDrift}: Read; on stack. */
  public static final Action DETECT_STACK_RESOURCE_DRIFT = Action.of(PREFIX, "DetectStackResourceDrift");

  /** {@code cloudformation:DetectStackSetDrift}: Read; on stackset. */
  public static final Action DETECT_STACK_SET_DRIFT = Action.of(PREFIX, "DetectStackSetDrift");

  /** {@code cloudformation:EstimateTemplateCost}: Read; on no resource type (give {@code *}). */
  public static final Action ESTIMATE_TEMPLATE_COST = Action.of(PREFIX, "EstimateTemplateCost");

  /** {@code cloudformation:ExecuteChangeSet}: Write; on stack. */
  public static final Action EXECUTE_CHANGE_SET = Action.of(PREFIX, "ExecuteChangeSet");

  /** {@code cloudformation:ExecuteStackRefactor}: Write; on stack. */
  public static final Action EXECUTE_STACK_REFACTOR = Action.of(PREFIX, "ExecuteStackRefactor");

  /** {@code cloudformation:GetGeneratedTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GENERATED_TEMPLATE = Action.of(PREFIX, "GetGeneratedTemplate");

  /** {@code cloudformation:GetHookResult}: Read; on no resource type (give {@code *}). */
  public static final Action GET_HOOK_RESULT = Action.of(PREFIX, "GetHookResult");

  /** {@code cloudformation:GetResource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE = Action.of(PREFIX, "GetResource");

  /** {@code cloudformation:GetResourceRequestStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_REQUEST_STATUS = Action.of(PREFIX, "GetResourceRequestStatus");

  /** {@code cloudformation:GetStackPolicy}: Read; on stack. */
  public static final Action GET_STACK_POLICY = Action.of(PREFIX, "GetStackPolicy");

  /** {@code cloudformation:GetTemplate}: Read; on stack. */
  public static final Action GET_TEMPLATE = Action.of(PREFIX, "GetTemplate");

  /** {@code cloudformation:GetTemplateSummary}: Read; on stack, stackset. */
  public static final Action GET_TEMPLATE_SUMMARY = Action.of(PREFIX, "GetTemplateSummary");

  /** {@code cloudformation:ImportStacksToStackSet}: Write; on stackset. */
  public static final Action IMPORT_STACKS_TO_STACK_SET = Action.of(PREFIX, "ImportStacksToStackSet");

  /** {@code cloudformation:ListAllHookResults}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALL_HOOK_RESULTS = Action.of(PREFIX, "ListAllHookResults");

  /** {@code cloudformation:ListChangeSets}: List; on stack. */
  public static final Action LIST_CHANGE_SETS = Action.of(PREFIX, "ListChangeSets");

  /** {@code cloudformation:ListExports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPORTS = Action.of(PREFIX, "ListExports");

  /** {@code cloudformation:ListGeneratedTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GENERATED_TEMPLATES = Action.of(PREFIX, "ListGeneratedTemplates");

  /** {@code cloudformation:ListHookResults}: List; on stack. */
  public static final Action LIST_HOOK_RESULTS = Action.of(PREFIX, "ListHookResults");

  /** {@code cloudformation:ListImports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORTS = Action.of(PREFIX, "ListImports");

  /** {@code cloudformation:ListResourceRequests}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_REQUESTS = Action.of(PREFIX, "ListResourceRequests");

  /** {@code cloudformation:ListResourceScanRelatedResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_SCAN_RELATED_RESOURCES = Action.of(PREFIX, "ListResourceScanRelatedResources");

  /** {@code cloudformation:ListResourceScanResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_SCAN_RESOURCES = Action.of(PREFIX, "ListResourceScanResources");

  /** {@code cloudformation:ListResourceScans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_SCANS = Action.of(PREFIX, "ListResourceScans");

  /** {@code cloudformation:ListResources}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES = Action.of(PREFIX, "ListResources");

  /** {@code cloudformation:ListStackInstanceResourceDrifts}: List; on stackset. */
  public static final Action LIST_STACK_INSTANCE_RESOURCE_DRIFTS = Action.of(PREFIX, "ListStackInstanceResourceDrifts");

  /** {@code cloudformation:ListStackInstances}: List; on stackset. */
  public static final Action LIST_STACK_INSTANCES = Action.of(PREFIX, "ListStackInstances");

  /** {@code cloudformation:ListStackRefactorActions}: List; on stack. */
  public static final Action LIST_STACK_REFACTOR_ACTIONS = Action.of(PREFIX, "ListStackRefactorActions");

  /** {@code cloudformation:ListStackRefactors}: List; on stack. */
  public static final Action LIST_STACK_REFACTORS = Action.of(PREFIX, "ListStackRefactors");

  /** {@code cloudformation:ListStackResources}: List; on stack. */
  public static final Action LIST_STACK_RESOURCES = Action.of(PREFIX, "ListStackResources");

  /** {@code cloudformation:ListStackSetAutoDeploymentTargets}: List; on stackset. */
  public static final Action LIST_STACK_SET_AUTO_DEPLOYMENT_TARGETS = Action.of(PREFIX, "ListStackSetAutoDeploymentTargets");

  /** {@code cloudformation:ListStackSetOperationResults}: List; on stackset. */
  public static final Action LIST_STACK_SET_OPERATION_RESULTS = Action.of(PREFIX, "ListStackSetOperationResults");

  /** {@code cloudformation:ListStackSetOperations}: List; on stackset. */
  public static final Action LIST_STACK_SET_OPERATIONS = Action.of(PREFIX, "ListStackSetOperations");

  /** {@code cloudformation:ListStackSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STACK_SETS = Action.of(PREFIX, "ListStackSets");

  /** {@code cloudformation:ListStacks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STACKS = Action.of(PREFIX, "ListStacks");

  /** {@code cloudformation:ListTypeRegistrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TYPE_REGISTRATIONS = Action.of(PREFIX, "ListTypeRegistrations");

  /** {@code cloudformation:ListTypeVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TYPE_VERSIONS = Action.of(PREFIX, "ListTypeVersions");

  /** {@code cloudformation:ListTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TYPES = Action.of(PREFIX, "ListTypes");

  /** {@code cloudformation:PublishType}: Write; on no resource type (give {@code *}). */
  public static final Action PUBLISH_TYPE = Action.of(PREFIX, "PublishType");

  /** {@code cloudformation:RecordHandlerProgress}: Write; on stack. */
  public static final Action RECORD_HANDLER_PROGRESS = Action.of(PREFIX, "RecordHandlerProgress");

  /** {@code cloudformation:RegisterPublisher}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_PUBLISHER = Action.of(PREFIX, "RegisterPublisher");

  /** {@code cloudformation:RegisterType}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_TYPE = Action.of(PREFIX, "RegisterType");

  /** {@code cloudformation:RollbackStack}: Write; on stack. */
  public static final Action ROLLBACK_STACK = Action.of(PREFIX, "RollbackStack");

  /** {@code cloudformation:SetStackPolicy}: Permissions management; on stack. */
  public static final Action SET_STACK_POLICY = Action.of(PREFIX, "SetStackPolicy");

  /** {@code cloudformation:SetTypeConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action SET_TYPE_CONFIGURATION = Action.of(PREFIX, "SetTypeConfiguration");

  /** {@code cloudformation:SetTypeDefaultVersion}: Write; on no resource type (give {@code *}). */
  public static final Action SET_TYPE_DEFAULT_VERSION = Action.of(PREFIX, "SetTypeDefaultVersion");

  /** {@code cloudformation:SignalResource}: Write; on stack. */
  public static final Action SIGNAL_RESOURCE = Action.of(PREFIX, "SignalResource");

  /** {@code cloudformation:StartResourceScan}: Write; on no resource type (give {@code *}). */
  public static final Action START_RESOURCE_SCAN = Action.of(PREFIX, "StartResourceScan");

  /** {@code cloudformation:StopStackSetOperation}: Write; on stackset. */
  public static final Action STOP_STACK_SET_OPERATION = Action.of(PREFIX, "StopStackSetOperation");

  /** {@code cloudformation:TagResource}: Tagging; on changeset, stack, stackset. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code cloudformation:TestType}: Write; on no resource type (give {@code *}). */
  public static final Action TEST_TYPE = Action.of(PREFIX, "TestType");

  /** {@code cloudformation:UntagResource}: Tagging; on changeset, stack, stackset. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code cloudformation:UpdateGeneratedTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GENERATED_TEMPLATE = Action.of(PREFIX, "UpdateGeneratedTemplate");

  /** {@code cloudformation:UpdateResource}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RESOURCE = Action.of(PREFIX, "UpdateResource");

  /** {@code cloudformation:UpdateStack}: Write; on stack. */
  public static final Action UPDATE_STACK = Action.of(PREFIX, "UpdateStack");

  /** {@code cloudformation:UpdateStackInstances}: Write; on stackset, stackset-target, type. */
  public static final Action UPDATE_STACK_INSTANCES = Action.of(PREFIX, "UpdateStackInstances");

  /** {@code cloudformation:UpdateStackSet}: Write; on stackset, stackset-target, type. */
  public static final Action UPDATE_STACK_SET = Action.of(PREFIX, "UpdateStackSet");

  /** {@code cloudformation:UpdateTerminationProtection}: Write; on stack. */
  public static final Action UPDATE_TERMINATION_PROTECTION = Action.of(PREFIX, "UpdateTerminationProtection");

  /** {@code cloudformation:ValidateTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_TEMPLATE = Action.of(PREFIX, "ValidateTemplate");

  private Cloudformation() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
