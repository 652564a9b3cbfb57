// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Lambda (prefix {@code lambda}), as the service authorization reference lists them.
 */
public final class Lambda {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "lambda";

  /** {@code lambda:AddLayerVersionPermission}: Permissions management; on layerVersion. */
  public static final Action ADD_LAYER_VERSION_PERMISSION = Action.of(PREFIX, "AddLayerVersionPermission");

  /** {@code lambda:AddPermission}: Permissions management; on function. */
  public static final Action ADD_PERMISSION = Action.of(PREFIX, "AddPermission");

  /** {@code lambda:CheckpointDurableExecution}: Write; on durable execution. */
  public static final Action CHECKPOINT_DURABLE_EXECUTION = Action.of(PREFIX, "CheckpointDurableExecution");

  /** {@code lambda:CreateAlias}: Write; on function. */
  public static final Action CREATE_ALIAS = Action.of(PREFIX, "CreateAlias");

  /** {@code lambda:CreateCapacityProvider}: Write; on capacityProvider. */
  public static final Action CREATE_CAPACITY_PROVIDER = Action.of(PREFIX, "CreateCapacityProvider");

  /** {@code lambda:CreateCodeSigningConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CODE_SIGNING_CONFIG = Action.of(PREFIX, "CreateCodeSigningConfig");

  /** {@code lambda:CreateEventSourceMapping}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EVENT_SOURCE_MAPPING = Action.of(PREFIX, "CreateEventSourceMapping");

  /** {@code lambda:CreateFunction}: Write; on function. */
  public static final Action CREATE_FUNCTION = Action.of(PREFIX, "CreateFunction");

  /** {@code lambda:CreateFunctionUrlConfig}: Write; on function. */
  public static final Action CREATE_FUNCTION_URL_CONFIG = Action.of(PREFIX, "CreateFunctionUrlConfig");

  /** {@code lambda:DeleteAlias}: Write; on function. */
  public static final Action DELETE_ALIAS = Action.of(PREFIX, "DeleteAlias");

  /** {@code lambda:DeleteCapacityProvider}: Write; on capacityProvider. */
  public static final Action DELETE_CAPACITY_PROVIDER = Action.of(PREFIX, "DeleteCapacityProvider");

  /** {@code lambda:DeleteCodeSigningConfig}: Write; on code signing config. */
  public static final Action DELETE_CODE_SIGNING_CONFIG = Action.of(PREFIX, "DeleteCodeSigningConfig");

  /** {@code lambda:DeleteEventSourceMapping}: Write; on eventSourceMapping. */
  public static final Action DELETE_EVENT_SOURCE_MAPPING = Action.of(PREFIX, "DeleteEventSourceMapping");

  /** {@code lambda:DeleteFunction}: Write; on function. */
  public static final Action DELETE_FUNCTION = Action.of(PREFIX, "DeleteFunction");

  /** {@code lambda:DeleteFunctionCodeSigningConfig}: Write; on function. */
  public static final Action DELETE_FUNCTION_CODE_SIGNING_CONFIG = Action.of(PREFIX, "DeleteFunctionCodeSigningConfig");

  /** {@code lambda:DeleteFunctionConcurrency}: Write; on function. */
  public static final Action DELETE_FUNCTION_CONCURRENCY = Action.of(PREFIX, "DeleteFunctionConcurrency");

  /** {@code lambda:DeleteFunctionEventInvokeConfig}: Write; on function. */
  public static final Action DELETE_FUNCTION_EVENT_INVOKE_CONFIG = Action.of(PREFIX, "DeleteFunctionEventInvokeConfig");

  /** {@code lambda:DeleteFunctionUrlConfig}: Write; on function. */
  public static final Action DELETE_FUNCTION_URL_CONFIG = Action.of(PREFIX, "DeleteFunctionUrlConfig");

  /** {@code lambda:DeleteLayerVersion}: Write; on layerVersion. */
  public static final Action DELETE_LAYER_VERSION = Action.of(PREFIX, "DeleteLayerVersion");

  /** {@code lambda:DeleteProvisionedConcurrencyConfig}: Write; on function alias, function version. */
  public static final Action DELETE_PROVISIONED_CONCURRENCY_CONFIG = Action.of(PREFIX, "DeleteProvisionedConcurrencyConfig");

  /** {@code lambda:DisableReplication}: Permissions management; on function. */
  public static final Action DISABLE_REPLICATION = Action.of(PREFIX, "DisableReplication");

  /** {@code lambda:EnableReplication}: Permissions management; on function. */
  public static final Action ENABLE_REPLICATION = Action.of(PREFIX, "EnableReplication");

  /** {@code lambda:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code lambda:GetAlias}: Read; on function. */
  public static final Action GET_ALIAS = Action.of(PREFIX, "GetAlias");

  /** {@code lambda:GetCapacityProvider}: Read; on capacityProvider. */
  public static final Action GET_CAPACITY_PROVIDER = Action.of(PREFIX, "GetCapacityProvider");

  /** {@code lambda:GetCodeSigningConfig}: Read; on code signing config. */
  public static final Action GET_CODE_SIGNING_CONFIG = Action.of(PREFIX, "GetCodeSigningConfig");

  /** {@code lambda:GetDurableExecution}: Read; on durable execution. */
  public static final Action GET_DURABLE_EXECUTION = Action.of(PREFIX, "GetDurableExecution");

  /** {@code lambda:GetDurableExecutionHistory}: Read; on durable execution. */
  public static final Action GET_DURABLE_EXECUTION_HISTORY = Action.of(PREFIX, "GetDurableExecutionHistory");

  /** {@code lambda:GetDurableExecutionState}: Read; on durable execution. */
  public static final Action GET_DURABLE_EXECUTION_STATE = Action.of(PREFIX, "GetDurableExecutionState");

  /** {@code lambda:GetEventSourceMapping}: Read; on eventSourceMapping. */
  public static final Action GET_EVENT_SOURCE_MAPPING = Action.of(PREFIX, "GetEventSourceMapping");

  /** {@code lambda:GetFunction}: Read; on function. */
  public static final Action GET_FUNCTION = Action.of(PREFIX, "GetFunction");

  /** {@code lambda:GetFunctionCodeSigningConfig}: Read; on function. */
  public static final Action GET_FUNCTION_CODE_SIGNING_CONFIG = Action.of(PREFIX, "GetFunctionCodeSigningConfig");

  /** {@code lambda:GetFunctionConcurrency}: Read; on function. */
  public static final Action GET_FUNCTION_CONCURRENCY = Action.of(PREFIX, "GetFunctionConcurrency");

  /** {@code lambda:GetFunctionConfiguration}: Read; on function. */
  public static final Action GET_FUNCTION_CONFIGURATION = Action.of(PREFIX, "GetFunctionConfiguration");

  /** {@code lambda:GetFunctionEventInvokeConfig}: Read; on function. */
  public static final Action GET_FUNCTION_EVENT_INVOKE_CONFIG = Action.of(PREFIX, "GetFunctionEventInvokeConfig");

  /** {@code lambda:GetFunctionRecursionConfig}: Read; on function. */
  public static final Action GET_FUNCTION_RECURSION_CONFIG = Action.of(PREFIX, "GetFunctionRecursionConfig");

  /** {@code lambda:GetFunctionScalingConfig}: Read; on function. */
  public static final Action GET_FUNCTION_SCALING_CONFIG = Action.of(PREFIX, "GetFunctionScalingConfig");

  /** {@code lambda:GetFunctionUrlConfig}: Read; on function. */
  public static final Action GET_FUNCTION_URL_CONFIG = Action.of(PREFIX, "GetFunctionUrlConfig");

  /** {@code lambda:GetLayerVersion}: Read; on layerVersion. */
  public static final Action GET_LAYER_VERSION = Action.of(PREFIX, "GetLayerVersion");

  /** {@code lambda:GetLayerVersionPolicy}: Read; on layerVersion. */
  public static final Action GET_LAYER_VERSION_POLICY = Action.of(PREFIX, "GetLayerVersionPolicy");

  /** {@code lambda:GetPolicy}: Read; on function. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code lambda:GetProvisionedConcurrencyConfig}: Read; on function alias, function version. */
  public static final Action GET_PROVISIONED_CONCURRENCY_CONFIG = Action.of(PREFIX, "GetProvisionedConcurrencyConfig");

  /** {@code lambda:GetRuntimeManagementConfig}: Read; on function. */
  public static final Action GET_RUNTIME_MANAGEMENT_CONFIG = Action.of(PREFIX, "GetRuntimeManagementConfig");

  /** {@code lambda:InvokeAsync}: Write; on function. */
  public static final Action INVOKE_ASYNC = Action.of(PREFIX, "InvokeAsync");

  /** {@code lambda:InvokeFunction}: Write; on function. */
  public static final Action INVOKE_FUNCTION = Action.of(PREFIX, "InvokeFunction");

  /** {@code lambda:InvokeFunctionUrl}: Write; on function. */
  public static final Action INVOKE_FUNCTION_URL = Action.of(PREFIX, "InvokeFunctionUrl");

  /** {@code lambda:ListAliases}: List; on function. */
  public static final Action LIST_ALIASES = Action.of(PREFIX, "ListAliases");

  /** {@code lambda:ListCapacityProviders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CAPACITY_PROVIDERS = Action.of(PREFIX, "ListCapacityProviders");

  /** {@code lambda:ListCodeSigningConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODE_SIGNING_CONFIGS = Action.of(PREFIX, "ListCodeSigningConfigs");

  /** {@code lambda:ListDurableExecutionsByFunction}: List; on function. */
  public static final Action LIST_DURABLE_EXECUTIONS_BY_FUNCTION = Action.of(PREFIX, "ListDurableExecutionsByFunction");

  /** {@code lambda:ListEventSourceMappings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_SOURCE_MAPPINGS = Action.of(PREFIX, "ListEventSourceMappings");

  /** {@code lambda:ListFunctionEventInvokeConfigs}: List; on function. */
  public static final Action LIST_FUNCTION_EVENT_INVOKE_CONFIGS = Action.of(PREFIX, "ListFunctionEventInvokeConfigs");

  /** {@code lambda:ListFunctionUrlConfigs}: List; on function. */
  public static final Action LIST_FUNCTION_URL_CONFIGS = Action.of(PREFIX, "ListFunctionUrlConfigs");

  /** {@code lambda:ListFunctionVersionsByCapacityProvider}: List; on capacityProvider. */
  public static final Action LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER = Action.of(PREFIX, "ListFunctionVersionsByCapacityProvider");

  /** {@code lambda:ListFunctions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FUNCTIONS = Action.of(PREFIX, "ListFunctions");

  /** {@code lambda:ListFunctionsByCodeSigningConfig}: List; on code signing config. */
  public static final Action LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG = Action.of(PREFIX, "ListFunctionsByCodeSigningConfig");

  /** {@code lambda:ListLayerVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LAYER_VERSIONS = Action.of(PREFIX, "ListLayerVersions");

  /** {@code lambda:ListLayers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LAYERS = Action.of(PREFIX, "ListLayers");

  /** {@code lambda:ListProvisionedConcurrencyConfigs}: List; on function. */
  public static final Action LIST_PROVISIONED_CONCURRENCY_CONFIGS = Action.of(PREFIX, "ListProvisionedConcurrencyConfigs");

  /** {@code lambda:ListTags}: Read; on capacityProvider, code signing config, eventSourceMapping, function. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code lambda:ListVersionsByFunction}: List; on function. */
  public static final Action LIST_VERSIONS_BY_FUNCTION = Action.of(PREFIX, "ListVersionsByFunction");

  /** {@code lambda:PassCapacityProvider}: Write; on capacityProvider. */
  public static final Action PASS_CAPACITY_PROVIDER = Action.of(PREFIX, "PassCapacityProvider");

  /** {@code lambda:PublishLayerVersion}: Write; on layer. */
  public static final Action PUBLISH_LAYER_VERSION = Action.of(PREFIX, "PublishLayerVersion");

  /** {@code lambda:PublishVersion}: Write; on function. */
  public static final Action PUBLISH_VERSION = Action.of(PREFIX, "PublishVersion");

  /** {@code lambda:PutFunctionCodeSigningConfig}: Write; on code signing config, function. */
  public static final Action PUT_FUNCTION_CODE_SIGNING_CONFIG = Action.of(PREFIX, "PutFunctionCodeSigningConfig");

  /** {@code lambda:PutFunctionConcurrency}: Write; on function. */
  public static final Action PUT_FUNCTION_CONCURRENCY = Action.of(PREFIX, "PutFunctionConcurrency");

  /** {@code lambda:PutFunctionEventInvokeConfig}: Write; on function. */
  public static final Action PUT_FUNCTION_EVENT_INVOKE_CONFIG = Action.of(PREFIX, "PutFunctionEventInvokeConfig");

  /** {@code lambda:PutFunctionRecursionConfig}: Write; on function. */
  public static final Action PUT_FUNCTION_RECURSION_CONFIG = Action.of(PREFIX, "PutFunctionRecursionConfig");

  /** {@code lambda:PutFunctionScalingConfig}: Write; on function. */
  public static final Action PUT_FUNCTION_SCALING_CONFIG = Action.of(PREFIX, "PutFunctionScalingConfig");

  /** {@code lambda:PutProvisionedConcurrencyConfig}: Write; on function alias, function version. */
  public static final Action PUT_PROVISIONED_CONCURRENCY_CONFIG = Action.of(PREFIX, "PutProvisionedConcurrencyConfig");

  /** {@code lambda:PutRuntimeManagementConfig}: Write; on function. */
  public static final Action PUT_RUNTIME_MANAGEMENT_CONFIG = Action.of(PREFIX, "PutRuntimeManagementConfig");

  /** {@code lambda:RemoveLayerVersionPermission}: Permissions management; on layerVersion. */
  public static final Action REMOVE_LAYER_VERSION_PERMISSION = Action.of(PREFIX, "RemoveLayerVersionPermission");

  /** {@code lambda:RemovePermission}: Permissions management; on function. */
  public static final Action REMOVE_PERMISSION = Action.of(PREFIX, "RemovePermission");

  /** {@code lambda:SendDurableExecutionCallbackFailure}: Write; on durable execution. */
  public static final Action SEND_DURABLE_EXECUTION_CALLBACK_FAILURE = Action.of(PREFIX, "SendDurableExecutionCallbackFailure");

  /** {@code lambda:SendDurableExecutionCallbackHeartbeat}: Write; on durable execution. */
  public static final Action SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT = Action.of(PREFIX, "SendDurableExecutionCallbackHeartbeat");

  /** {@code lambda:SendDurableExecutionCallbackSuccess}: Write; on durable execution. */
  public static final Action SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS = Action.of(PREFIX, "SendDurableExecutionCallbackSuccess");

  /** {@code lambda:StopDurableExecution}: Write; on durable execution. */
  public static final Action STOP_DURABLE_EXECUTION = Action.of(PREFIX, "StopDurableExecution");

  /** {@code lambda:TagResource}: Tagging; on capacityProvider, code signing config, eventSourceMapping, function. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code lambda:UntagResource}: Tagging; on capacityProvider, code signing config, eventSourceMapping, function. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code lambda:UpdateAlias}: Write; on function. */
  public static final Action UPDATE_ALIAS = Action.of(PREFIX, "UpdateAlias");

  /** {@code lambda:UpdateCapacityProvider}: Write; on capacityProvider. */
  public static final Action UPDATE_CAPACITY_PROVIDER = Action.of(PREFIX, "UpdateCapacityProvider");

  /** {@code lambda:UpdateCodeSigningConfig}: Write; on code signing config. */
  public static final Action UPDATE_CODE_SIGNING_CONFIG = Action.of(PREFIX, "UpdateCodeSigningConfig");

  /** {@code lambda:UpdateEventSourceMapping}: Write; on eventSourceMapping. */
  public static final Action UPDATE_EVENT_SOURCE_MAPPING = Action.of(PREFIX, "UpdateEventSourceMapping");

  /** {@code lambda:UpdateFunctionCode}: Write; on function. */
  public static final Action UPDATE_FUNCTION_CODE = Action.of(PREFIX, "UpdateFunctionCode");

  /** {@code lambda:UpdateFunctionCodeSigningConfig}: Write; on code signing config, function. */
  public static final Action UPDATE_FUNCTION_CODE_SIGNING_CONFIG = Action.of(PREFIX, "UpdateFunctionCodeSigningConfig");

  /** {@code lambda:UpdateFunctionConfiguration}: Write; on function. */
  public static final Action UPDATE_FUNCTION_CONFIGURATION = Action.of(PREFIX, "UpdateFunctionConfiguration");

  /** {@code lambda:UpdateFunctionEventInvokeConfig}: Write; on function. */
  public static final Action UPDATE_FUNCTION_EVENT_INVOKE_CONFIG = Action.of(PREFIX, "UpdateFunctionEventInvokeConfig");

  /** {@code lambda:UpdateFunctionUrlConfig}: Write; on function. */
  public static final Action UPDATE_FUNCTION_URL_CONFIG = Action.of(PREFIX, "UpdateFunctionUrlConfig");

  private Lambda() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
