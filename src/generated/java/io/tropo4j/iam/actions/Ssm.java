// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Systems Manager (prefix {@code ssm}), as the service authorization reference lists them.
 */
public final class Ssm {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ssm";

  /** {@code ssm:AddTagsToResource}: Tagging; on association, automation-execution, document, instance, maintenancewindow, managed-instance, opsitem, opsmetadata, parameter, patchbaseline, task. */
  public static final Action ADD_TAGS_TO_RESOURCE = Action.of(PREFIX, "AddTagsToResource");

  /** {@code ssm:AssociateOpsItemRelatedItem}: Write; on opsitem. */
  public static final Action ASSOCIATE_OPS_ITEM_RELATED_ITEM = Action.of(PREFIX, "AssociateOpsItemRelatedItem");

  /** {@code ssm:CancelCommand}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_COMMAND = Action.of(PREFIX, "CancelCommand");

  /** {@code ssm:CancelMaintenanceWindowExecution}: Write; on maintenancewindow. */
  public static final Action CANCEL_MAINTENANCE_WINDOW_EXECUTION = Action.of(PREFIX, "CancelMaintenanceWindowExecution");

  /** {@code ssm:CreateActivation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACTIVATION = Action.of(PREFIX, "CreateActivation");

  /** {@code ssm:CreateAssociation}: Write; on association, document, instance, managed-instance. */
  public static final Action CREATE_ASSOCIATION = Action.of(PREFIX, "CreateAssociation");

  /** {@code ssm:CreateAssociationBatch}: Write; on document, instance, managed-instance. */
  public static final Action CREATE_ASSOCIATION_BATCH = Action.of(PREFIX, "CreateAssociationBatch");

  /** {@code ssm:CreateDocument}: Write; on document. */
  public static final Action CREATE_DOCUMENT = Action.of(PREFIX, "CreateDocument");

  /** {@code ssm:CreateMaintenanceWindow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MAINTENANCE_WINDOW = Action.of(PREFIX, "CreateMaintenanceWindow");

  /** {@code ssm:CreateOpsItem}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_OPS_ITEM = Action.of(PREFIX, "CreateOpsItem");

  /** {@code ssm:CreateOpsMetadata}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_OPS_METADATA = Action.of(PREFIX, "CreateOpsMetadata");

  /** {@code ssm:CreatePatchBaseline}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PATCH_BASELINE = Action.of(PREFIX, "CreatePatchBaseline");

  /** {@code ssm:CreateResourceDataSync}: Write; on resourcedatasync. */
  public static final Action CREATE_RESOURCE_DATA_SYNC = Action.of(PREFIX, "CreateResourceDataSync");

  /** {@code ssm:DeleteActivation}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACTIVATION = Action.of(PREFIX, "DeleteActivation");

  /** {@code ssm:DeleteAssociation}: Write; on association, document, instance, managed-instance. */
  public static final Action DELETE_ASSOCIATION = Action.of(PREFIX, "DeleteAssociation");

  /** {@code ssm:DeleteDocument}: Write; on document. */
  public static final Action DELETE_DOCUMENT = Action.of(PREFIX, "DeleteDocument");

  /** {@code ssm:DeleteInventory}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INVENTORY = Action.of(PREFIX, "DeleteInventory");

  /** {@code ssm:DeleteMaintenanceWindow}: Write; on maintenancewindow. */
  public static final Action DELETE_MAINTENANCE_WINDOW = Action.of(PREFIX, "DeleteMaintenanceWindow");

  /** {@code ssm:DeleteOpsItem}: Write; on opsitem. */
  public static final Action DELETE_OPS_ITEM = Action.of(PREFIX, "DeleteOpsItem");

  /** {@code ssm:DeleteOpsMetadata}: Write; on opsmetadata. */
  public static final Action DELETE_OPS_METADATA = Action.of(PREFIX, "DeleteOpsMetadata");

  /** {@code ssm:DeleteParameter}: Write; on parameter. */
  public static final Action DELETE_PARAMETER = Action.of(PREFIX, "DeleteParameter");

  /** {@code ssm:DeleteParameters}: Write; on parameter. */
  public static final Action DELETE_PARAMETERS = Action.of(PREFIX, "DeleteParameters");

  /** {@code ssm:DeletePatchBaseline}: Write; on patchbaseline. */
  public static final Action DELETE_PATCH_BASELINE = Action.of(PREFIX, "DeletePatchBaseline");

  /** {@code ssm:DeleteResourceDataSync}: Write; on resourcedatasync. */
  public static final Action DELETE_RESOURCE_DATA_SYNC = Action.of(PREFIX, "DeleteResourceDataSync");

  /** {@code ssm:DeleteResourcePolicy}: Permissions management; on document, opsitemgroup, parameter. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code ssm:DeregisterManagedInstance}: Write; on managed-instance. */
  public static final Action DEREGISTER_MANAGED_INSTANCE = Action.of(PREFIX, "DeregisterManagedInstance");

  /** {@code ssm:DeregisterPatchBaselineForPatchGroup}: Write; on patchbaseline. */
  public static final Action DEREGISTER_PATCH_BASELINE_FOR_PATCH_GROUP = Action.of(PREFIX, "DeregisterPatchBaselineForPatchGroup");

  /** {@code ssm:DeregisterTargetFromMaintenanceWindow}: Write; on maintenancewindow, windowtarget. */
  public static final Action DEREGISTER_TARGET_FROM_MAINTENANCE_WINDOW = Action.of(PREFIX, "DeregisterTargetFromMaintenanceWindow");

  /** {@code ssm:DeregisterTaskFromMaintenanceWindow}: Write; on maintenancewindow, windowtask. */
  public static final Action DEREGISTER_TASK_FROM_MAINTENANCE_WINDOW = Action.of(PREFIX, "DeregisterTaskFromMaintenanceWindow");

  /** {@code ssm:DescribeActivations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACTIVATIONS = Action.of(PREFIX, "DescribeActivations");

  /** {@code ssm:DescribeAssociation}: Read; on association, document, instance, managed-instance. */
  public static final Action DESCRIBE_ASSOCIATION = Action.of(PREFIX, "DescribeAssociation");

  /** {@code ssm:DescribeAssociationExecutionTargets}: Read; on association. */
  public static final Action DESCRIBE_ASSOCIATION_EXECUTION_TARGETS = Action.of(PREFIX, "DescribeAssociationExecutionTargets");

  /** {@code ssm:DescribeAssociationExecutions}: Read; on association. */
  public static final Action DESCRIBE_ASSOCIATION_EXECUTIONS = Action.of(PREFIX, "DescribeAssociationExecutions");

  /** {@code ssm:DescribeAutomationExecutions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUTOMATION_EXECUTIONS = Action.of(PREFIX, "DescribeAutomationExecutions");

  /** {@code ssm:DescribeAutomationStepExecutions}: Read; on automation-execution. */
  public static final Action DESCRIBE_AUTOMATION_STEP_EXECUTIONS = Action.of(PREFIX, "DescribeAutomationStepExecutions");

  /** {@code ssm:DescribeAvailablePatches}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AVAILABLE_PATCHES = Action.of(PREFIX, "DescribeAvailablePatches");

  /** {@code ssm:DescribeDocument}: Read; on document. */
  public static final Action DESCRIBE_DOCUMENT = Action.of(PREFIX, "DescribeDocument");

  /** {@code ssm:DescribeDocumentParameters}: Read; on document. */
  public static final Action DESCRIBE_DOCUMENT_PARAMETERS = Action.of(PREFIX, "DescribeDocumentParameters");

  /** {@code ssm:DescribeDocumentPermission}: Read; on document. */
  public static final Action DESCRIBE_DOCUMENT_PERMISSION = Action.of(PREFIX, "DescribeDocumentPermission");

  /** {@code ssm:DescribeEffectiveInstanceAssociations}: Read; on instance, managed-instance. */
  public static final Action DESCRIBE_EFFECTIVE_INSTANCE_ASSOCIATIONS = Action.of(PREFIX, "DescribeEffectiveInstanceAssociations");

  /** {@code ssm:DescribeEffectivePatchesForPatchBaseline}: Read; on patchbaseline. */
  public static final Action DESCRIBE_EFFECTIVE_PATCHES_FOR_PATCH_BASELINE = Action.of(PREFIX, "DescribeEffectivePatchesForPatchBaseline");

  /** {@code ssm:DescribeInstanceAssociationsStatus}: Read; on instance, managed-instance. */
  public static final Action DESCRIBE_INSTANCE_ASSOCIATIONS_STATUS = Action.of(PREFIX, "DescribeInstanceAssociationsStatus");

  /** {@code ssm:DescribeInstanceInformation}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_INFORMATION = Action.of(PREFIX, "DescribeInstanceInformation");

  /** {@code ssm:DescribeInstancePatchStates}: Read; on instance, managed-instance. */
  public static final Action DESCRIBE_INSTANCE_PATCH_STATES = Action.of(PREFIX, "DescribeInstancePatchStates");

  /** {@code ssm:DescribeInstancePatchStatesForPatchGroup}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_PATCH_STATES_FOR_PATCH_GROUP = Action.of(PREFIX, "DescribeInstancePatchStatesForPatchGroup");

  /** {@code ssm:DescribeInstancePatches}: Read; on instance, managed-instance. */
  public static final Action DESCRIBE_INSTANCE_PATCHES = Action.of(PREFIX, "DescribeInstancePatches");

  /** {@code ssm:DescribeInstanceProperties}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_PROPERTIES = Action.of(PREFIX, "DescribeInstanceProperties");

  /** {@code ssm:DescribeInventoryDeletions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INVENTORY_DELETIONS = Action.of(PREFIX, "DescribeInventoryDeletions");

  /** {@code ssm:DescribeMaintenanceWindowExecutionTaskInvocations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MAINTENANCE_WINDOW_EXECUTION_TASK_INVOCATIONS = Action.of(PREFIX, "DescribeMaintenanceWindowExecutionTaskInvocations");

  /** {@code ssm:DescribeMaintenanceWindowExecutionTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MAINTENANCE_WINDOW_EXECUTION_TASKS = Action.of(PREFIX, "DescribeMaintenanceWindowExecutionTasks");

  /** {@code ssm:DescribeMaintenanceWindowExecutions}: List; on maintenancewindow. */
  public static final Action DESCRIBE_MAINTENANCE_WINDOW_EXECUTIONS = Action.of(PREFIX, "DescribeMaintenanceWindowExecutions");

  /** {@code ssm:DescribeMaintenanceWindowSchedule}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MAINTENANCE_WINDOW_SCHEDULE = Action.of(PREFIX, "DescribeMaintenanceWindowSchedule");

  /** {@code ssm:DescribeMaintenanceWindowTargets}: List; on maintenancewindow. */
  public static final Action DESCRIBE_MAINTENANCE_WINDOW_TARGETS = Action.of(PREFIX, "DescribeMaintenanceWindowTargets");

  /** {@code ssm:DescribeMaintenanceWindowTasks}: List; on maintenancewindow. */
  public static final Action DESCRIBE_MAINTENANCE_WINDOW_TASKS = Action.of(PREFIX, "DescribeMaintenanceWindowTasks");

  /** {@code ssm:DescribeMaintenanceWindows}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MAINTENANCE_WINDOWS = Action.of(PREFIX, "DescribeMaintenanceWindows");

  /** {@code ssm:DescribeMaintenanceWindowsForTarget}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MAINTENANCE_WINDOWS_FOR_TARGET = Action.of(PREFIX, "DescribeMaintenanceWindowsForTarget");

  /** {@code ssm:DescribeOpsItems}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_OPS_ITEMS = Action.of(PREFIX, "DescribeOpsItems");

  /** {@code ssm:DescribeParameters}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PARAMETERS = Action.of(PREFIX, "DescribeParameters");

  /** {@code ssm:DescribePatchBaselines}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PATCH_BASELINES = Action.of(PREFIX, "DescribePatchBaselines");

  /** {@code ssm:DescribePatchGroupState}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PATCH_GROUP_STATE = Action.of(PREFIX, "DescribePatchGroupState");

  /** {@code ssm:DescribePatchGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PATCH_GROUPS = Action.of(PREFIX, "DescribePatchGroups");

  /** {@code ssm:DescribePatchProperties}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PATCH_PROPERTIES = Action.of(PREFIX, "DescribePatchProperties");

  /** {@code ssm:DescribeSessions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SESSIONS = Action.of(PREFIX, "DescribeSessions");

  /** {@code ssm:DisassociateOpsItemRelatedItem}: Write; on opsitem. */
  public static final Action DISASSOCIATE_OPS_ITEM_RELATED_ITEM = Action.of(PREFIX, "DisassociateOpsItemRelatedItem");

  /** {@code ssm:ExecuteAPI}: Read; on no resource type (give {@code *}). */
  public static final Action EXECUTE_API = Action.of(PREFIX, "ExecuteAPI");

  /** {@code ssm:GetAccessToken}: Read; on opsitem. */
  public static final Action GET_ACCESS_TOKEN = Action.of(PREFIX, "GetAccessToken");

  /** {@code ssm:GetAutomationExecution}: Read; on automation-execution. */
  public static final Action GET_AUTOMATION_EXECUTION = Action.of(PREFIX, "GetAutomationExecution");

  /** {@code ssm:GetCalendar}: Read; on document. */
  public static final Action GET_CALENDAR = Action.of(PREFIX, "GetCalendar");

  /** {@code ssm:GetCalendarState}: Read; on document. */
  public static final Action GET_CALENDAR_STATE = Action.of(PREFIX, "GetCalendarState");

  /** {@code ssm:GetCommandInvocation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COMMAND_INVOCATION = Action.of(PREFIX, "GetCommandInvocation");

  /** {@code ssm:GetConnectionStatus}: Read; on instance, managed-instance, task. */
  public static final Action GET_CONNECTION_STATUS = Action.of(PREFIX, "GetConnectionStatus");

  /** {@code ssm:GetDefaultPatchBaseline}: Read; on patchbaseline. */
  public static final Action GET_DEFAULT_PATCH_BASELINE = Action.of(PREFIX, "GetDefaultPatchBaseline");

  /** {@code ssm:GetDeployablePatchSnapshotForInstance}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEPLOYABLE_PATCH_SNAPSHOT_FOR_INSTANCE = Action.of(PREFIX, "GetDeployablePatchSnapshotForInstance");

  /** {@code ssm:GetDocument}: Read; on document. */
  public static final Action GET_DOCUMENT = Action.of(PREFIX, "GetDocument");

  /** {@code ssm:GetExecutionPreview}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXECUTION_PREVIEW = Action.of(PREFIX, "GetExecutionPreview");

  /** {@code ssm:GetInventory}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVENTORY = Action.of(PREFIX, "GetInventory");

  /** {@code ssm:GetInventorySchema}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVENTORY_SCHEMA = Action.of(PREFIX, "GetInventorySchema");

  /** {@code ssm:GetMaintenanceWindow}: Read; on maintenancewindow. */
  public static final Action GET_MAINTENANCE_WINDOW = Action.of(PREFIX, "GetMaintenanceWindow");

  /** {@code ssm:GetMaintenanceWindowExecution}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MAINTENANCE_WINDOW_EXECUTION = Action.of(PREFIX, "GetMaintenanceWindowExecution");

  /** {@code ssm:GetMaintenanceWindowExecutionTask}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MAINTENANCE_WINDOW_EXECUTION_TASK = Action.of(PREFIX, "GetMaintenanceWindowExecutionTask");

  /** {@code ssm:GetMaintenanceWindowExecutionTaskInvocation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MAINTENANCE_WINDOW_EXECUTION_TASK_INVOCATION = Action.of(PREFIX, "GetMaintenanceWindowExecutionTaskInvocation");

  /** {@code ssm:GetMaintenanceWindowTask}: Read; on maintenancewindow. */
  public static final Action GET_MAINTENANCE_WINDOW_TASK = Action.of(PREFIX, "GetMaintenanceWindowTask");

  /** {@code ssm:GetManifest}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MANIFEST = Action.of(PREFIX, "GetManifest");

  /** {@code ssm:GetOpsItem}: Read; on opsitem. */
  public static final Action GET_OPS_ITEM = Action.of(PREFIX, "GetOpsItem");

  /** {@code ssm:GetOpsMetadata}: Read; on opsmetadata. */
  public static final Action GET_OPS_METADATA = Action.of(PREFIX, "GetOpsMetadata");

  /** {@code ssm:GetOpsSummary}: Read; on resourcedatasync. */
  public static final Action GET_OPS_SUMMARY = Action.of(PREFIX, "GetOpsSummary");

  /** {@code ssm:GetParameter}: Read; on parameter. */
  public static final Action GET_PARAMETER = Action.of(PREFIX, "GetParameter");

  /** {@code ssm:GetParameterHistory}: Read; on parameter. */
  public static final Action GET_PARAMETER_HISTORY = Action.of(PREFIX, "GetParameterHistory");

  /** {@code ssm:GetParameters}: Read; on parameter. */
  public static final Action GET_PARAMETERS = Action.of(PREFIX, "GetParameters");

  /** {@code ssm:GetParametersByPath}: Read; on parameter. */
  public static final Action GET_PARAMETERS_BY_PATH = Action.of(PREFIX, "GetParametersByPath");

  /** {@code ssm:GetPatchBaseline}: Read; on patchbaseline. */
  public static final Action GET_PATCH_BASELINE = Action.of(PREFIX, "GetPatchBaseline");

  /** {@code ssm:GetPatchBaselineForPatchGroup}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PATCH_BASELINE_FOR_PATCH_GROUP = Action.of(PREFIX, "GetPatchBaselineForPatchGroup");

  /** {@code ssm:GetResourcePolicies}: List; on document, opsitemgroup, parameter. */
  public static final Action GET_RESOURCE_POLICIES = Action.of(PREFIX, "GetResourcePolicies");

  /** {@code ssm:GetServiceSetting}: Read; on servicesetting. */
  public static final Action GET_SERVICE_SETTING = Action.of(PREFIX, "GetServiceSetting");

  /** {@code ssm:LabelParameterVersion}: Write; on parameter. */
  public static final Action LABEL_PARAMETER_VERSION = Action.of(PREFIX, "LabelParameterVersion");

  /** {@code ssm:ListAssociationVersions}: List; on association. */
  public static final Action LIST_ASSOCIATION_VERSIONS = Action.of(PREFIX, "ListAssociationVersions");

  /** {@code ssm:ListAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSOCIATIONS = Action.of(PREFIX, "ListAssociations");

  /** {@code ssm:ListCommandInvocations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMMAND_INVOCATIONS = Action.of(PREFIX, "ListCommandInvocations");

  /** {@code ssm:ListCommands}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMMANDS = Action.of(PREFIX, "ListCommands");

  /** {@code ssm:ListComplianceItems}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPLIANCE_ITEMS = Action.of(PREFIX, "ListComplianceItems");

  /** {@code ssm:ListComplianceSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPLIANCE_SUMMARIES = Action.of(PREFIX, "ListComplianceSummaries");

  /** {@code ssm:ListDocumentMetadataHistory}: List; on document. */
  public static final Action LIST_DOCUMENT_METADATA_HISTORY = Action.of(PREFIX, "ListDocumentMetadataHistory");

  /** {@code ssm:ListDocumentVersions}: List; on document. */
  public static final Action LIST_DOCUMENT_VERSIONS = Action.of(PREFIX, "ListDocumentVersions");

  /** {@code ssm:ListDocuments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOCUMENTS = Action.of(PREFIX, "ListDocuments");

  /** {@code ssm:ListInstanceAssociations}: List; on instance, managed-instance. */
  public static final Action LIST_INSTANCE_ASSOCIATIONS = Action.of(PREFIX, "ListInstanceAssociations");

  /** {@code ssm:ListInventoryEntries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVENTORY_ENTRIES = Action.of(PREFIX, "ListInventoryEntries");

  /** {@code ssm:ListNodes}: List; on resourcedatasync. */
  public static final Action LIST_NODES = Action.of(PREFIX, "ListNodes");

  /** {@code ssm:ListNodesSummary}: List; on resourcedatasync. */
  public static final Action LIST_NODES_SUMMARY = Action.of(PREFIX, "ListNodesSummary");

  /** {@code ssm:ListOpsItemEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPS_ITEM_EVENTS = Action.of(PREFIX, "ListOpsItemEvents");

  /** {@code ssm:ListOpsItemRelatedItems}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPS_ITEM_RELATED_ITEMS = Action.of(PREFIX, "ListOpsItemRelatedItems");

  /** {@code ssm:ListOpsMetadata}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPS_METADATA = Action.of(PREFIX, "ListOpsMetadata");

  /** {@code ssm:ListResourceComplianceSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_COMPLIANCE_SUMMARIES = Action.of(PREFIX, "ListResourceComplianceSummaries");

  /** {@code ssm:ListResourceDataSync}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_DATA_SYNC = Action.of(PREFIX, "ListResourceDataSync");

  /** {@code ssm:ListTagsForResource}: List; on association, automation-execution, document, maintenancewindow, managed-instance, opsitem, opsmetadata, parameter, patchbaseline. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ssm:ModifyDocumentPermission}: Permissions management; on document. */
  public static final Action MODIFY_DOCUMENT_PERMISSION = Action.of(PREFIX, "ModifyDocumentPermission");

  /** {@code ssm:PutCalendar}: Write; on document. */
  public static final Action PUT_CALENDAR = Action.of(PREFIX, "PutCalendar");

  /** {@code ssm:PutComplianceItems}: Write; on instance, managed-instance. */
  public static final Action PUT_COMPLIANCE_ITEMS = Action.of(PREFIX, "PutComplianceItems");

  /** {@code ssm:PutConfigurePackageResult}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CONFIGURE_PACKAGE_RESULT = Action.of(PREFIX, "PutConfigurePackageResult");

  /** {@code ssm:PutInventory}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_INVENTORY = Action.of(PREFIX, "PutInventory");

  /** {@code ssm:PutParameter}: Write; on parameter. */
  public static final Action PUT_PARAMETER = Action.of(PREFIX, "PutParameter");

  /** {@code ssm:PutResourcePolicy}: Permissions management; on document, opsitemgroup, parameter. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code ssm:RegisterDefaultPatchBaseline}: Write; on patchbaseline. */
  public static final Action REGISTER_DEFAULT_PATCH_BASELINE = Action.of(PREFIX, "RegisterDefaultPatchBaseline");

  /** {@code ssm:RegisterManagedInstance}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_MANAGED_INSTANCE = Action.of(PREFIX, "RegisterManagedInstance");

  /** {@code ssm:RegisterPatchBaselineForPatchGroup}: Write; on patchbaseline. */
  public static final Action REGISTER_PATCH_BASELINE_FOR_PATCH_GROUP = Action.of(PREFIX, "RegisterPatchBaselineForPatchGroup");

  /** {@code ssm:RegisterTargetWithMaintenanceWindow}: Write; on maintenancewindow. */
  public static final Action REGISTER_TARGET_WITH_MAINTENANCE_WINDOW = Action.of(PREFIX, "RegisterTargetWithMaintenanceWindow");

  /** {@code ssm:RegisterTaskWithMaintenanceWindow}: Write; on maintenancewindow. */
  public static final Action REGISTER_TASK_WITH_MAINTENANCE_WINDOW = Action.of(PREFIX, "RegisterTaskWithMaintenanceWindow");

  /** {@code ssm:RemoveTagsFromResource}: Tagging; on association, automation-execution, document, instance, maintenancewindow, managed-instance, opsitem, opsmetadata, parameter, patchbaseline, task. */
  public static final Action REMOVE_TAGS_FROM_RESOURCE = Action.of(PREFIX, "RemoveTagsFromResource");

  /** {@code ssm:ResetServiceSetting}: Write; on servicesetting. */
  public static final Action RESET_SERVICE_SETTING = Action.of(PREFIX, "ResetServiceSetting");

  /** {@code ssm:ResumeSession}: Write; on session. */
  public static final Action RESUME_SESSION = Action.of(PREFIX, "ResumeSession");

  /** {@code ssm:SendAutomationSignal}: Write; on automation-execution. */
  public static final Action SEND_AUTOMATION_SIGNAL = Action.of(PREFIX, "SendAutomationSignal");

  /** {@code ssm:SendCommand}: Write; on bucket, document, instance, managed-instance. */
  public static final Action SEND_COMMAND = Action.of(PREFIX, "SendCommand");

  /** {@code ssm:StartAccessRequest}: Write; on instance, managed-instance. */
  public static final Action START_ACCESS_REQUEST = Action.of(PREFIX, "StartAccessRequest");

  /** {@code ssm:StartAssociationsOnce}: Write; on association. */
  public static final Action START_ASSOCIATIONS_ONCE = Action.of(PREFIX, "StartAssociationsOnce");

  /** {@code ssm:StartAutomationExecution}: Write; on automation-definition, automation-execution, document. */
  public static final Action START_AUTOMATION_EXECUTION = Action.of(PREFIX, "StartAutomationExecution");

  /** {@code ssm:StartChangeRequestExecution}: Write; on automation-definition, automation-execution, document. */
  public static final Action START_CHANGE_REQUEST_EXECUTION = Action.of(PREFIX, "StartChangeRequestExecution");

  /** {@code ssm:StartExecutionPreview}: Read; on no resource type (give {@code *}). */
  public static final Action START_EXECUTION_PREVIEW = Action.of(PREFIX, "StartExecutionPreview");

  /** {@code ssm:StartSession}: Write; on document, instance, managed-instance, task. */
  public static final Action START_SESSION = Action.of(PREFIX, "StartSession");

  /** {@code ssm:StopAutomationExecution}: Write; on automation-execution. */
  public static final Action STOP_AUTOMATION_EXECUTION = Action.of(PREFIX, "StopAutomationExecution");

  /** {@code ssm:TerminateSession}: Write; on session. */
  public static final Action TERMINATE_SESSION = Action.of(PREFIX, "TerminateSession");

  /** {@code ssm:UnlabelParameterVersion}: Write; on parameter. */
  public static final Action UNLABEL_PARAMETER_VERSION = Action.of(PREFIX, "UnlabelParameterVersion");

  /** {@code ssm:UpdateAssociation}: Write; on association, document, instance, managed-instance. */
  public static final Action UPDATE_ASSOCIATION = Action.of(PREFIX, "UpdateAssociation");

  /** {@code ssm:UpdateAssociationStatus}: Write; on document, instance, managed-instance. */
  public static final Action UPDATE_ASSOCIATION_STATUS = Action.of(PREFIX, "UpdateAssociationStatus");

  /** {@code ssm:UpdateDocument}: Write; on document. */
  public static final Action UPDATE_DOCUMENT = Action.of(PREFIX, "UpdateDocument");

  /** {@code ssm:UpdateDocumentDefaultVersion}: Write; on document. */
  public static final Action UPDATE_DOCUMENT_DEFAULT_VERSION = Action.of(PREFIX, "UpdateDocumentDefaultVersion");

  /** {@code ssm:UpdateDocumentMetadata}: Write; on document. */
  public static final Action UPDATE_DOCUMENT_METADATA = Action.of(PREFIX, "UpdateDocumentMetadata");

  /** {@code ssm:UpdateInstanceAssociationStatus}: Write; on association, instance, managed-instance. */
  public static final Action UPDATE_INSTANCE_ASSOCIATION_STATUS = Action.of(PREFIX, "UpdateInstanceAssociationStatus");

  /** {@code ssm:UpdateInstanceInformation}: Write; on instance, managed-instance. */
  public static final Action UPDATE_INSTANCE_INFORMATION = Action.of(PREFIX, "UpdateInstanceInformation");

  /** {@code ssm:UpdateMaintenanceWindow}: Write; on maintenancewindow. */
  public static final Action UPDATE_MAINTENANCE_WINDOW = Action.of(PREFIX, "UpdateMaintenanceWindow");

  /** {@code ssm:UpdateMaintenanceWindowTarget}: Write; on maintenancewindow, windowtarget. */
  public static final Action UPDATE_MAINTENANCE_WINDOW_TARGET = Action.of(PREFIX, "UpdateMaintenanceWindowTarget");

  /** {@code ssm:UpdateMaintenanceWindowTask}: Write; on maintenancewindow, windowtask. */
  public static final Action UPDATE_MAINTENANCE_WINDOW_TASK = Action.of(PREFIX, "UpdateMaintenanceWindowTask");

  /** {@code ssm:UpdateManagedInstanceRole}: Write; on iam-role, managed-instance. */
  public static final Action UPDATE_MANAGED_INSTANCE_ROLE = Action.of(PREFIX, "UpdateManagedInstanceRole");

  /** {@code ssm:UpdateOpsItem}: Write; on opsitem. */
  public static final Action UPDATE_OPS_ITEM = Action.of(PREFIX, "UpdateOpsItem");

  /** {@code ssm:UpdateOpsMetadata}: Write; on opsmetadata. */
  public static final Action UPDATE_OPS_METADATA = Action.of(PREFIX, "UpdateOpsMetadata");

  /** {@code ssm:UpdatePatchBaseline}: Write; on patchbaseline. */
  public static final Action UPDATE_PATCH_BASELINE = Action.of(PREFIX, "UpdatePatchBaseline");

  /** {@code ssm:UpdateResourceDataSync}: Write; on resourcedatasync. */
  public static final Action UPDATE_RESOURCE_DATA_SYNC = Action.of(PREFIX, "UpdateResourceDataSync");

  /** {@code ssm:UpdateServiceSetting}: Write; on servicesetting. */
  public static final Action UPDATE_SERVICE_SETTING = Action.of(PREFIX, "UpdateServiceSetting");

  private Ssm() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
