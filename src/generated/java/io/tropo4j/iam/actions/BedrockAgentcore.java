// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Bedrock Agentcore (prefix {@code bedrock-agentcore}), as the service authorization reference lists them.
 */
public final class BedrockAgentcore {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bedrock-agentcore";

  /** {@code bedrock-agentcore:AllowVendedLogDeliveryForResource}: Permissions management; on memory. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code bedrock-agentcore:AuthorizeAction}: Permissions management; on gateway, policy-engine. */
  public static final Action AUTHORIZE_ACTION = Action.of(PREFIX, "AuthorizeAction");

  /** {@code bedrock-agentcore:BatchCreateMemoryRecords}: Write; on memory. */
  public static final Action BATCH_CREATE_MEMORY_RECORDS = Action.of(PREFIX, "BatchCreateMemoryRecords");

  /** {@code bedrock-agentcore:BatchDeleteMemoryRecords}: Write; on memory. */
  public static final Action BATCH_DELETE_MEMORY_RECORDS = Action.of(PREFIX, "BatchDeleteMemoryRecords");

  /** {@code bedrock-agentcore:BatchUpdateMemoryRecords}: Write; on memory. */
  public static final Action BATCH_UPDATE_MEMORY_RECORDS = Action.of(PREFIX, "BatchUpdateMemoryRecords");

  /** {@code bedrock-agentcore:CompleteResourceTokenAuth}: Read; on oauth2credentialprovider, token-vault, workload-identity, workload-identity-directory. */
  public static final Action COMPLETE_RESOURCE_TOKEN_AUTH = Action.of(PREFIX, "CompleteResourceTokenAuth");

  /** {@code bedrock-agentcore:ConnectBrowserAutomationStream}: Read; on no resource type (give {@code *}). */
  public static final Action CONNECT_BROWSER_AUTOMATION_STREAM = Action.of(PREFIX, "ConnectBrowserAutomationStream");

  /** {@code bedrock-agentcore:ConnectBrowserLiveViewStream}: Read; on no resource type (give {@code *}). */
  public static final Action CONNECT_BROWSER_LIVE_VIEW_STREAM = Action.of(PREFIX, "ConnectBrowserLiveViewStream");

  /** {@code bedrock-agentcore:CreateAgentRuntime}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AGENT_RUNTIME = Action.of(PREFIX, "CreateAgentRuntime");

  /** {@code bedrock-agentcore:CreateAgentRuntimeEndpoint}: Write; on runtime. */
  public static final Action CREATE_AGENT_RUNTIME_ENDPOINT = Action.of(PREFIX, "CreateAgentRuntimeEndpoint");

  /** {@code bedrock-agentcore:CreateApiKeyCredentialProvider}: Write; on apikeycredentialprovider, token-vault. */
  public static final Action CREATE_API_KEY_CREDENTIAL_PROVIDER = Action.of(PREFIX, "CreateApiKeyCredentialProvider");

  /** {@code bedrock-agentcore:CreateBrowser}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BROWSER = Action.of(PREFIX, "CreateBrowser");

  /** {@code bedrock-agentcore:CreateBrowserProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BROWSER_PROFILE = Action.of(PREFIX, "CreateBrowserProfile");

  /** {@code bedrock-agentcore:CreateCodeInterpreter}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CODE_INTERPRETER = Action.of(PREFIX, "CreateCodeInterpreter");

  /** {@code bedrock-agentcore:CreateEvaluator}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EVALUATOR = Action.of(PREFIX, "CreateEvaluator");

  /** {@code bedrock-agentcore:CreateEvent}: Write; on memory. */
  public static final Action CREATE_EVENT = Action.of(PREFIX, "CreateEvent");

  /** {@code bedrock-agentcore:CreateGateway}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GATEWAY = Action.of(PREFIX, "CreateGateway");

  /** {@code bedrock-agentcore:CreateGatewayTarget}: Write; on gateway. */
  public static final Action CREATE_GATEWAY_TARGET = Action.of(PREFIX, "CreateGatewayTarget");

  /** {@code bedrock-agentcore:CreateMemory}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEMORY = Action.of(PREFIX, "CreateMemory");

  /** {@code bedrock-agentcore:CreateOauth2CredentialProvider}: Write; on oauth2credentialprovider, token-vault. */
  public static final Action CREATE_OAUTH2_CREDENTIAL_PROVIDER = Action.of(PREFIX, "CreateOauth2CredentialProvider");

  /** {@code bedrock-agentcore:CreateOnlineEvaluationConfig}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ONLINE_EVALUATION_CONFIG = Action.of(PREFIX, "CreateOnlineEvaluationConfig");

  /** {@code bedrock-agentcore:CreatePolicy}: Write; on policy-engine. */
  public static final Action CREATE_POLICY = Action.of(PREFIX, "CreatePolicy");

  /** {@code bedrock-agentcore:CreatePolicyEngine}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_POLICY_ENGINE = Action.of(PREFIX, "CreatePolicyEngine");

  /** {@code bedrock-agentcore:CreateWorkloadIdentity}: Write; on workload-identity, workload-identity-directory. */
  public static final Action CREATE_WORKLOAD_IDENTITY = Action.of(PREFIX, "CreateWorkloadIdentity");

  /** {@code bedrock-agentcore:DeleteAgentRuntime}: Write; on runtime. */
  public static final Action DELETE_AGENT_RUNTIME = Action.of(PREFIX, "DeleteAgentRuntime");

  /** {@code bedrock-agentcore:DeleteAgentRuntimeEndpoint}: Write; on runtime, runtime-endpoint. */
  public static final Action DELETE_AGENT_RUNTIME_ENDPOINT = Action.of(PREFIX, "DeleteAgentRuntimeEndpoint");

  /** {@code bedrock-agentcore:DeleteApiKeyCredentialProvider}: Write; on apikeycredentialprovider, token-vault. */
  public static final Action DELETE_API_KEY_CREDENTIAL_PROVIDER = Action.of(PREFIX, "DeleteApiKeyCredentialProvider");

  /** {@code bedrock-agentcore:DeleteBrowser}: Write; on browser-custom. */
  public static final Action DELETE_BROWSER = Action.of(PREFIX, "DeleteBrowser");

  /** {@code bedrock-agentcore:DeleteBrowserProfile}: Write; on browser-profile. */
  public static final Action DELETE_BROWSER_PROFILE = Action.of(PREFIX, "DeleteBrowserProfile");

  /** {@code bedrock-agentcore:DeleteCodeInterpreter}: Write; on code-interpreter-custom. */
  public static final Action DELETE_CODE_INTERPRETER = Action.of(PREFIX, "DeleteCodeInterpreter");

  /** {@code bedrock-agentcore:DeleteEvaluator}: Write; on evaluator. */
  public static final Action DELETE_EVALUATOR = Action.of(PREFIX, "DeleteEvaluator");

  /** {@code bedrock-agentcore:DeleteEvent}: Write; on memory. */
  public static final Action DELETE_EVENT = Action.of(PREFIX, "DeleteEvent");

  /** {@code bedrock-agentcore:DeleteGateway}: Write; on gateway. */
  public static final Action DELETE_GATEWAY = Action.of(PREFIX, "DeleteGateway");

  /** {@code bedrock-agentcore:DeleteGatewayTarget}: Write; on gateway. */
  public static final Action DELETE_GATEWAY_TARGET = Action.of(PREFIX, "DeleteGatewayTarget");

  /** {@code bedrock-agentcore:DeleteMemory}: Write; on memory. */
  public static final Action DELETE_MEMORY = Action.of(PREFIX, "DeleteMemory");

  /** {@code bedrock-agentcore:DeleteMemoryRecord}: Write; on memory. */
  public static final Action DELETE_MEMORY_RECORD = Action.of(PREFIX, "DeleteMemoryRecord");

  /** {@code bedrock-agentcore:DeleteOauth2CredentialProvider}: Write; on oauth2credentialprovider, token-vault. */
  public static final Action DELETE_OAUTH2_CREDENTIAL_PROVIDER = Action.of(PREFIX, "DeleteOauth2CredentialProvider");

  /** {@code bedrock-agentcore:DeleteOnlineEvaluationConfig}: Write; on online-evaluation-config. */
  public static final Action DELETE_ONLINE_EVALUATION_CONFIG = Action.of(PREFIX, "DeleteOnlineEvaluationConfig");

  /** {@code bedrock-agentcore:DeletePolicy}: Write; on policy, policy-engine. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code bedrock-agentcore:DeletePolicyEngine}: Write; on policy-engine. */
  public static final Action DELETE_POLICY_ENGINE = Action.of(PREFIX, "DeletePolicyEngine");

  /** {@code bedrock-agentcore:DeleteResourcePolicy}: Write; on gateway, runtime, runtime-endpoint. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code bedrock-agentcore:DeleteWorkloadIdentity}: Write; on workload-identity, workload-identity-directory. */
  public static final Action DELETE_WORKLOAD_IDENTITY = Action.of(PREFIX, "DeleteWorkloadIdentity");

  /** {@code bedrock-agentcore:Evaluate}: Write; on evaluator. */
  public static final Action EVALUATE = Action.of(PREFIX, "Evaluate");

  /** {@code bedrock-agentcore:GetAgentCard}: Read; on runtime, runtime-endpoint. */
  public static final Action GET_AGENT_CARD = Action.of(PREFIX, "GetAgentCard");

  /** {@code bedrock-agentcore:GetAgentRuntime}: Read; on runtime. */
  public static final Action GET_AGENT_RUNTIME = Action.of(PREFIX, "GetAgentRuntime");

  /** {@code bedrock-agentcore:GetAgentRuntimeEndpoint}: Read; on runtime, runtime-endpoint. */
  public static final Action GET_AGENT_RUNTIME_ENDPOINT = Action.of(PREFIX, "GetAgentRuntimeEndpoint");

  /** {@code bedrock-agentcore:GetApiKeyCredentialProvider}: Read; on apikeycredentialprovider, token-vault. */
  public static final Action GET_API_KEY_CREDENTIAL_PROVIDER = Action.of(PREFIX, "GetApiKeyCredentialProvider");

  /** {@code bedrock-agentcore:GetBrowser}: Read; on browser-custom. */
  public static final Action GET_BROWSER = Action.of(PREFIX, "GetBrowser");

  /** {@code bedrock-agentcore:GetBrowserProfile}: Read; on browser-profile. */
  public static final Action GET_BROWSER_PROFILE = Action.of(PREFIX, "GetBrowserProfile");

  /** {@code bedrock-agentcore:GetBrowserSession}: Read; on browser, browser-custom. */
  public static final Action GET_BROWSER_SESSION = Action.of(PREFIX, "GetBrowserSession");

  /** {@code bedrock-agentcore:GetCodeInterpreter}: Read; on code-interpreter-custom. */
  public static final Action GET_CODE_INTERPRETER = Action.of(PREFIX, "GetCodeInterpreter");

  /** {@code bedrock-agentcore:GetCodeInterpreterSession}: Read; on code-interpreter, code-interpreter-custom. */
  public static final Action GET_CODE_INTERPRETER_SESSION = Action.of(PREFIX, "GetCodeInterpreterSession");

  /** {@code bedrock-agentcore:GetEvaluator}: Read; on evaluator. */
  public static final Action GET_EVALUATOR = Action.of(PREFIX, "GetEvaluator");

  /** {@code bedrock-agentcore:GetEvent}: Read; on memory. */
  public static final Action GET_EVENT = Action.of(PREFIX, "GetEvent");

  /** {@code bedrock-agentcore:GetGateway}: Read; on gateway. */
  public static final Action GET_GATEWAY = Action.of(PREFIX, "GetGateway");

  /** {@code bedrock-agentcore:GetGatewayTarget}: Read; on gateway. */
  public static final Action GET_GATEWAY_TARGET = Action.of(PREFIX, "GetGatewayTarget");

  /** {@code bedrock-agentcore:GetMemory}: Read; on memory. */
  public static final Action GET_MEMORY = Action.of(PREFIX, "GetMemory");

  /** {@code bedrock-agentcore:GetMemoryRecord}: Read; on memory. */
  public static final Action GET_MEMORY_RECORD = Action.of(PREFIX, "GetMemoryRecord");

  /** {@code bedrock-agentcore:GetOauth2CredentialProvider}: Read; on oauth2credentialprovider, token-vault. */
  public static final Action GET_OAUTH2_CREDENTIAL_PROVIDER = Action.of(PREFIX, "GetOauth2CredentialProvider");

  /** {@code bedrock-agentcore:GetOnlineEvaluationConfig}: Read; on online-evaluation-config. */
  public static final Action GET_ONLINE_EVALUATION_CONFIG = Action.of(PREFIX, "GetOnlineEvaluationConfig");

  /** {@code bedrock-agentcore:GetPolicy}: Read; on policy, policy-engine. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code bedrock-agentcore:GetPolicyEngine}: Read; on policy-engine. */
  public static final Action GET_POLICY_ENGINE = Action.of(PREFIX, "GetPolicyEngine");

  /** {@code bedrock-agentcore:GetPolicyGeneration}: Read; on policy-engine, policy-generation. */
  public static final Action GET_POLICY_GENERATION = Action.of(PREFIX, "GetPolicyGeneration");

  /** {@code bedrock-agentcore:GetResourceApiKey}: Read; on apikeycredentialprovider, token-vault, workload-identity, workload-identity-directory. */
  public static final Action GET_RESOURCE_API_KEY = Action.of(PREFIX, "GetResourceApiKey");

  /** {@code bedrock-agentcore:GetResourceOauth2Token}: Read; on oauth2credentialprovider, token-vault, workload-identity, workload-identity-directory. */
  public static final Action GET_RESOURCE_OAUTH2_TOKEN = Action.of(PREFIX, "GetResourceOauth2Token");

  /** {@code bedrock-agentcore:GetResourcePolicy}: Read; on gateway, runtime, runtime-endpoint. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code bedrock-agentcore:GetTokenVault}: Read; on token-vault. */
  public static final Action GET_TOKEN_VAULT = Action.of(PREFIX, "GetTokenVault");

  /** {@code bedrock-agentcore:GetWorkloadAccessToken}: Write; on workload-identity, workload-identity-directory. */
  public static final Action GET_WORKLOAD_ACCESS_TOKEN = Action.of(PREFIX, "GetWorkloadAccessToken");

  /** {@code bedrock-agentcore:GetWorkloadAccessTokenForJWT}: Write; on workload-identity, workload-identity-directory. */
  public static final Action GET_WORKLOAD_ACCESS_TOKEN_FOR_JWT = Action.of(PREFIX, "GetWorkloadAccessTokenForJWT");

  /** {@code bedrock-agentcore:GetWorkloadAccessTokenForUserId}: Write; on workload-identity, workload-identity-directory. */
  public static final Action GET_WORKLOAD_ACCESS_TOKEN_FOR_USER_ID = Action.of(PREFIX, "GetWorkloadAccessTokenForUserId");

  /** {@code bedrock-agentcore:GetWorkloadIdentity}: Read; on workload-identity, workload-identity-directory. */
  public static final Action GET_WORKLOAD_IDENTITY = Action.of(PREFIX, "GetWorkloadIdentity");

  /** {@code bedrock-agentcore:InvokeAgentRuntime}: Write; on runtime, runtime-endpoint. */
  public static final Action INVOKE_AGENT_RUNTIME = Action.of(PREFIX, "InvokeAgentRuntime");

  /** {@code bedrock-agentcore:InvokeAgentRuntimeCommand}: Write; on runtime, runtime-endpoint. */
  public static final Action INVOKE_AGENT_RUNTIME_COMMAND = Action.of(PREFIX, "InvokeAgentRuntimeCommand");

  /** {@code bedrock-agentcore:InvokeAgentRuntimeForUser}: Write; on runtime, runtime-endpoint. */
  public static final Action INVOKE_AGENT_RUNTIME_FOR_USER = Action.of(PREFIX, "InvokeAgentRuntimeForUser");

  /** {@code bedrock-agentcore:InvokeAgentRuntimeWithWebSocketStream}: Write; on runtime, runtime-endpoint. */
  public static final Action INVOKE_AGENT_RUNTIME_WITH_WEB_SOCKET_STREAM = Action.of(PREFIX, "InvokeAgentRuntimeWithWebSocketStream");

  /** {@code bedrock-agentcore:InvokeAgentRuntimeWithWebSocketStreamForUser}: Write; on runtime, runtime-endpoint. */
  public static final Action INVOKE_AGENT_RUNTIME_WITH_WEB_SOCKET_STREAM_FOR_USER = Action.of(PREFIX, "InvokeAgentRuntimeWithWebSocketStreamForUser");

  /** {@code bedrock-agentcore:InvokeCodeInterpreter}: Write; on code-interpreter, code-interpreter-custom. */
  public static final Action INVOKE_CODE_INTERPRETER = Action.of(PREFIX, "InvokeCodeInterpreter");

  /** {@code bedrock-agentcore:InvokeGateway}: Permissions management; on gateway. */
  public static final Action INVOKE_GATEWAY = Action.of(PREFIX, "InvokeGateway");

  /** {@code bedrock-agentcore:ListActors}: List; on memory. */
  public static final Action LIST_ACTORS = Action.of(PREFIX, "ListActors");

  /** {@code bedrock-agentcore:ListAgentRuntimeEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGENT_RUNTIME_ENDPOINTS = Action.of(PREFIX, "ListAgentRuntimeEndpoints");

  /** {@code bedrock-agentcore:ListAgentRuntimeVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGENT_RUNTIME_VERSIONS = Action.of(PREFIX, "ListAgentRuntimeVersions");

  /** {@code bedrock-agentcore:ListAgentRuntimes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGENT_RUNTIMES = Action.of(PREFIX, "ListAgentRuntimes");

  /** {@code bedrock-agentcore:ListApiKeyCredentialProviders}: Read; on apikeycredentialprovider, token-vault. */
  public static final Action LIST_API_KEY_CREDENTIAL_PROVIDERS = Action.of(PREFIX, "ListApiKeyCredentialProviders");

  /** {@code bedrock-agentcore:ListBrowserProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BROWSER_PROFILES = Action.of(PREFIX, "ListBrowserProfiles");

  /** {@code bedrock-agentcore:ListBrowserSessions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BROWSER_SESSIONS = Action.of(PREFIX, "ListBrowserSessions");

  /** {@code bedrock-agentcore:ListBrowsers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BROWSERS = Action.of(PREFIX, "ListBrowsers");

  /** {@code bedrock-agentcore:ListCodeInterpreterSessions}: List; on code-interpreter, code-interpreter-custom. */
  public static final Action LIST_CODE_INTERPRETER_SESSIONS = Action.of(PREFIX, "ListCodeInterpreterSessions");

  /** {@code bedrock-agentcore:ListCodeInterpreters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODE_INTERPRETERS = Action.of(PREFIX, "ListCodeInterpreters");

  /** {@code bedrock-agentcore:ListEvaluators}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVALUATORS = Action.of(PREFIX, "ListEvaluators");

  /** {@code bedrock-agentcore:ListEvents}: List; on memory. */
  public static final Action LIST_EVENTS = Action.of(PREFIX, "ListEvents");

  /** {@code bedrock-agentcore:ListGatewayTargets}: List; on gateway. */
  public static final Action LIST_GATEWAY_TARGETS = Action.of(PREFIX, "ListGatewayTargets");

  /** {@code bedrock-agentcore:ListGateways}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GATEWAYS = Action.of(PREFIX, "ListGateways");

  /** {@code bedrock-agentcore:ListMemories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEMORIES = Action.of(PREFIX, "ListMemories");

  /** {@code bedrock-agentcore:ListMemoryExtractionJobs}: List; on memory. */
  public static final Action LIST_MEMORY_EXTRACTION_JOBS = Action.of(PREFIX, "ListMemoryExtractionJobs");

  /** {@code bedrock-agentcore:ListMemoryRecords}: List; on memory. */
  public static final Action LIST_MEMORY_RECORDS = Action.of(PREFIX, "ListMemoryRecords");

  /** {@code bedrock-agentcore:ListOauth2CredentialProviders}: Read; on oauth2credentialprovider, token-vault. */
  public static final Action LIST_OAUTH2_CREDENTIAL_PROVIDERS = Action.of(PREFIX, "ListOauth2CredentialProviders");

  /** {@code bedrock-agentcore:ListOnlineEvaluationConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ONLINE_EVALUATION_CONFIGS = Action.of(PREFIX, "ListOnlineEvaluationConfigs");

  /** {@code bedrock-agentcore:ListPolicies}: List; on policy-engine. */
  public static final Action LIST_POLICIES = Action.of(PREFIX, "ListPolicies");

  /** {@code bedrock-agentcore:ListPolicyEngines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICY_ENGINES = Action.of(PREFIX, "ListPolicyEngines");

  /** {@code bedrock-agentcore:ListPolicyGenerationAssets}: List; on policy-engine, policy-generation. */
  public static final Action LIST_POLICY_GENERATION_ASSETS = Action.of(PREFIX, "ListPolicyGenerationAssets");

  /** {@code bedrock-agentcore:ListPolicyGenerations}: List; on policy-engine. */
  public static final Action LIST_POLICY_GENERATIONS = Action.of(PREFIX, "ListPolicyGenerations");

  /** {@code bedrock-agentcore:ListSessions}: List; on memory. */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code bedrock-agentcore:ListTagsForResource}: List; on apikeycredentialprovider, browser-custom, browser-profile, code-interpreter-custom, evaluator, gateway, memory, oauth2credentialprovider, online-evaluation-config, runtime, runtime-endpoint, token-vault, workload-identity, workload-identity-directory. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code bedrock-agentcore:ListWorkloadIdentities}: Read; on workload-identity, workload-identity-directory. */
  public static final Action LIST_WORKLOAD_IDENTITIES = Action.of(PREFIX, "ListWorkloadIdentities");

  /** {@code bedrock-agentcore:ManageAdminPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action MANAGE_ADMIN_POLICY = Action.of(PREFIX, "ManageAdminPolicy");

  /** {@code bedrock-agentcore:ManageResourceScopedPolicy}: Permissions management; on gateway. */
  public static final Action MANAGE_RESOURCE_SCOPED_POLICY = Action.of(PREFIX, "ManageResourceScopedPolicy");

  /** {@code bedrock-agentcore:PartiallyAuthorizeActions}: Permissions management; on gateway, policy-engine. */
  public static final Action PARTIALLY_AUTHORIZE_ACTIONS = Action.of(PREFIX, "PartiallyAuthorizeActions");

  /** {@code bedrock-agentcore:PutResourcePolicy}: Write; on gateway, runtime, runtime-endpoint. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code bedrock-agentcore:RetrieveMemoryRecords}: List; on memory. */
  public static final Action RETRIEVE_MEMORY_RECORDS = Action.of(PREFIX, "RetrieveMemoryRecords");

  /** {@code bedrock-agentcore:SaveBrowserSessionProfile}: Write; on browser, browser-custom, browser-profile. */
  public static final Action SAVE_BROWSER_SESSION_PROFILE = Action.of(PREFIX, "SaveBrowserSessionProfile");

  /** {@code bedrock-agentcore:SetTokenVaultCMK}: Read; on token-vault. */
  public static final Action SET_TOKEN_VAULT_CMK = Action.of(PREFIX, "SetTokenVaultCMK");

  /** {@code bedrock-agentcore:StartBrowserSession}: Write; on browser, browser-custom, browser-profile. */
  public static final Action START_BROWSER_SESSION = Action.of(PREFIX, "StartBrowserSession");

  /** {@code bedrock-agentcore:StartCodeInterpreterSession}: Write; on code-interpreter, code-interpreter-custom. */
  public static final Action START_CODE_INTERPRETER_SESSION = Action.of(PREFIX, "StartCodeInterpreterSession");

  /** {@code bedrock-agentcore:StartMemoryExtractionJob}: Write; on memory. */
  public static final Action START_MEMORY_EXTRACTION_JOB = Action.of(PREFIX, "StartMemoryExtractionJob");

  /** {@code bedrock-agentcore:StartPolicyGeneration}: Write; on policy-engine. */
  public static final Action START_POLICY_GENERATION = Action.of(PREFIX, "StartPolicyGeneration");

  /** {@code bedrock-agentcore:StopBrowserSession}: Write; on browser, browser-custom. */
  public static final Action STOP_BROWSER_SESSION = Action.of(PREFIX, "StopBrowserSession");

  /** {@code bedrock-agentcore:StopCodeInterpreterSession}: Write; on code-interpreter, code-interpreter-custom. */
  public static final Action STOP_CODE_INTERPRETER_SESSION = Action.of(PREFIX, "StopCodeInterpreterSession");

  /** {@code bedrock-agentcore:StopRuntimeSession}: Write; on runtime, runtime-endpoint. */
  public static final Action STOP_RUNTIME_SESSION = Action.of(PREFIX, "StopRuntimeSession");

  /** {@code bedrock-agentcore:SynchronizeGatewayTargets}: Permissions management; on gateway. */
  public static final Action SYNCHRONIZE_GATEWAY_TARGETS = Action.of(PREFIX, "SynchronizeGatewayTargets");

  /** {@code bedrock-agentcore:TagResource}: Tagging; on apikeycredentialprovider, browser-custom, browser-profile, code-interpreter-custom, evaluator, gateway, memory, oauth2credentialprovider, online-evaluation-config, runtime, runtime-endpoint, token-vault, workload-identity, workload-identity-directory. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code bedrock-agentcore:UntagResource}: Tagging; on apikeycredentialprovider, browser-custom, browser-profile, code-interpreter-custom, evaluator, gateway, memory, oauth2credentialprovider, online-evaluation-config, runtime, runtime-endpoint, token-vault, workload-identity, workload-identity-directory. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code bedrock-agentcore:UpdateAgentRuntime}: Write; on runtime. */
  public static final Action UPDATE_AGENT_RUNTIME = Action.of(PREFIX, "UpdateAgentRuntime");

  /** {@code bedrock-agentcore:UpdateAgentRuntimeEndpoint}: Write; on runtime, runtime-endpoint. */
  public static final Action UPDATE_AGENT_RUNTIME_ENDPOINT = Action.of(PREFIX, "UpdateAgentRuntimeEndpoint");

  /** {@code bedrock-agentcore:UpdateApiKeyCredentialProvider}: Write; on apikeycredentialprovider, token-vault. */
  public static final Action UPDATE_API_KEY_CREDENTIAL_PROVIDER = Action.of(PREFIX, "UpdateApiKeyCredentialProvider");

  /** {@code bedrock-agentcore:UpdateBrowserStream}: Write; on browser, browser-custom. */
  public static final Action UPDATE_BROWSER_STREAM = Action.of(PREFIX, "UpdateBrowserStream");

  /** {@code bedrock-agentcore:UpdateEvaluator}: Write; on evaluator. */
  public static final Action UPDATE_EVALUATOR = Action.of(PREFIX, "UpdateEvaluator");

  /** {@code bedrock-agentcore:UpdateGateway}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY = Action.of(PREFIX, "UpdateGateway");

  /** {@code bedrock-agentcore:UpdateGatewayTarget}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY_TARGET = Action.of(PREFIX, "UpdateGatewayTarget");

  /** {@code bedrock-agentcore:UpdateMemory}: Write; on memory. */
  public static final Action UPDATE_MEMORY = Action.of(PREFIX, "UpdateMemory");

  /** {@code bedrock-agentcore:UpdateOauth2CredentialProvider}: Write; on oauth2credentialprovider, token-vault. */
  public static final Action UPDATE_OAUTH2_CREDENTIAL_PROVIDER = Action.of(PREFIX, "UpdateOauth2CredentialProvider");

  /** {@code bedrock-agentcore:UpdateOnlineEvaluationConfig}: Write; on online-evaluation-config. */
  public static final Action UPDATE_ONLINE_EVALUATION_CONFIG = Action.of(PREFIX, "UpdateOnlineEvaluationConfig");

  /** {@code bedrock-agentcore:UpdatePolicy}: Write; on policy, policy-engine. */
  public static final Action UPDATE_POLICY = Action.of(PREFIX, "UpdatePolicy");

  /** {@code bedrock-agentcore:UpdatePolicyEngine}: Write; on policy-engine. */
  public static final Action UPDATE_POLICY_ENGINE = Action.of(PREFIX, "UpdatePolicyEngine");

  /** {@code bedrock-agentcore:UpdateWorkloadIdentity}: Write; on workload-identity, workload-identity-directory. */
  public static final Action UPDATE_WORKLOAD_IDENTITY = Action.of(PREFIX, "UpdateWorkloadIdentity");

  private BedrockAgentcore() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
