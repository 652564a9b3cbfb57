// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Bedrock (prefix {@code bedrock}), as the service authorization reference lists them.
 */
public final class Bedrock {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bedrock";

  /** {@code bedrock:AllowVendedLogDeliveryForResource}: Permissions management; on knowledge-base. */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code bedrock:ApplyGuardrail}: Read; on guardrail, guardrail-profile. */
  public static final Action APPLY_GUARDRAIL = Action.of(PREFIX, "ApplyGuardrail");

  /** {@code bedrock:AssociateAgentCollaborator}: Write; on agent. */
  public static final Action ASSOCIATE_AGENT_COLLABORATOR = Action.of(PREFIX, "AssociateAgentCollaborator");

  /** {@code bedrock:AssociateAgentKnowledgeBase}: Write; on agent, knowledge-base. */
  public static final Action ASSOCIATE_AGENT_KNOWLEDGE_BASE = Action.of(PREFIX, "AssociateAgentKnowledgeBase");

  /** {@code bedrock:AssociateThirdPartyKnowledgeBase}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_THIRD_PARTY_KNOWLEDGE_BASE = Action.of(PREFIX, "AssociateThirdPartyKnowledgeBase");

  /** {@code bedrock:BatchDeleteEvaluationJob}: Write; on evaluation-job. */
  public static final Action BATCH_DELETE_EVALUATION_JOB = Action.of(PREFIX, "BatchDeleteEvaluationJob");

  /** {@code bedrock:CallWithBearerToken}: Read; on no resource type (give {@code *}). */
  public static final Action CALL_WITH_BEARER_TOKEN = Action.of(PREFIX, "CallWithBearerToken");

  /** {@code bedrock:CancelAutomatedReasoningPolicyBuildWorkflow}: Write; on automated-reasoning-policy. */
  public static final Action CANCEL_AUTOMATED_REASONING_POLICY_BUILD_WORKFLOW = Action.of(PREFIX, "CancelAutomatedReasoningPolicyBuildWorkflow");

  /** {@code bedrock:CopyBlueprintStage}: Write; on blueprint. */
  public static final Action COPY_BLUEPRINT_STAGE = Action.of(PREFIX, "CopyBlueprintStage");

  /** {@code bedrock:CountTokens}: Read; on foundation-model. */
  public static final Action COUNT_TOKENS = Action.of(PREFIX, "CountTokens");

  /** {@code bedrock:CreateAgent}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AGENT = Action.of(PREFIX, "CreateAgent");

  /** {@code bedrock:CreateAgentActionGroup}: Write; on agent. */
  public static final Action CREATE_AGENT_ACTION_GROUP = Action.of(PREFIX, "CreateAgentActionGroup");

  /** {@code bedrock:CreateAgentAlias}: Write; on agent. */
  public static final Action CREATE_AGENT_ALIAS = Action.of(PREFIX, "CreateAgentAlias");

  /** {@code bedrock:CreateAutomatedReasoningPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUTOMATED_REASONING_POLICY = Action.of(PREFIX, "CreateAutomatedReasoningPolicy");

  /** {@code bedrock:CreateAutomatedReasoningPolicyTestCase}: Write; on automated-reasoning-policy. */
  public static final Action CREATE_AUTOMATED_REASONING_POLICY_TEST_CASE = Action.of(PREFIX, "CreateAutomatedReasoningPolicyTestCase");

  /** {@code bedrock:CreateAutomatedReasoningPolicyVersion}: Write; on automated-reasoning-policy. */
  public static final Action CREATE_AUTOMATED_REASONING_POLICY_VERSION = Action.of(PREFIX, "CreateAutomatedReasoningPolicyVersion");

  /** {@code bedrock:CreateBlueprint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BLUEPRINT = Action.of(PREFIX, "CreateBlueprint");

  /** {@code bedrock:CreateBlueprintVersion}: Write; on blueprint. */
  public static final Action CREATE_BLUEPRINT_VERSION = Action.of(PREFIX, "CreateBlueprintVersion");

  /** {@code bedrock:CreateCustomModel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOM_MODEL = Action.of(PREFIX, "CreateCustomModel");

  /** {@code bedrock:CreateCustomModelDeployment}: Write; on custom-model. */
  public static final Action CREATE_CUSTOM_MODEL_DEPLOYMENT = Action.of(PREFIX, "CreateCustomModelDeployment");

  /** {@code bedrock:CreateDataAutomationProject}: Write; on blueprint. */
  public static final Action CREATE_DATA_AUTOMATION_PROJECT = Action.of(PREFIX, "CreateDataAutomationProject");

  /** {@code bedrock:CreateDataSource}: Write; on knowledge-base. */
  public static final Action CREATE_DATA_SOURCE = Action.of(PREFIX, "CreateDataSource");

  /** {@code bedrock:CreateEvaluationJob}: Write; on custom-model, default-prompt-router, foundation-model, prompt-router. */
  public static final Action CREATE_EVALUATION_JOB = Action.of(PREFIX, "CreateEvaluationJob");

  /** {@code bedrock:CreateFlow}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FLOW = Action.of(PREFIX, "CreateFlow");

  /** {@code bedrock:CreateFlowAlias}: Write; on flow. */
  public static final Action CREATE_FLOW_ALIAS = Action.of(PREFIX, "CreateFlowAlias");

  /** {@code bedrock:CreateFlowVersion}: Write; on flow. */
  public static final Action CREATE_FLOW_VERSION = Action.of(PREFIX, "CreateFlowVersion");

  /** {@code bedrock:CreateFoundationModelAgreement}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FOUNDATION_MODEL_AGREEMENT = Action.of(PREFIX, "CreateFoundationModelAgreement");

  /** {@code bedrock:CreateGuardrail}: Write; on automated-reasoning-policy, automated-reasoning-policy-version, guardrail-profile. */
  public static final Action CREATE_GUARDRAIL = Action.of(PREFIX, "CreateGuardrail");

  /** {@code bedrock:CreateGuardrailVersion}: Write; on guardrail. */
  public static final Action CREATE_GUARDRAIL_VERSION = Action.of(PREFIX, "CreateGuardrailVersion");

  /** {@code bedrock:CreateInferenceProfile}: Write; on application-inference-profile, foundation-model, inference-profile. */
  public static final Action CREATE_INFERENCE_PROFILE = Action.of(PREFIX, "CreateInferenceProfile");

  /** {@code bedrock:CreateInvocation}: Write; on session. */
  public static final Action CREATE_INVOCATION = Action.of(PREFIX, "CreateInvocation");

  /** {@code bedrock:CreateKnowledgeBase}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KNOWLEDGE_BASE = Action.of(PREFIX, "CreateKnowledgeBase");

  /** {@code bedrock:CreateMarketplaceModelEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MARKETPLACE_MODEL_ENDPOINT = Action.of(PREFIX, "CreateMarketplaceModelEndpoint");

  /** {@code bedrock:CreateModelCopyJob}: Write; on custom-model. */
  public static final Action CREATE_MODEL_COPY_JOB = Action.of(PREFIX, "CreateModelCopyJob");

  /** {@code bedrock:CreateModelCustomizationJob}: Write; on custom-model, foundation-model. */
  public static final Action CREATE_MODEL_CUSTOMIZATION_JOB = Action.of(PREFIX, "CreateModelCustomizationJob");

  /** {@code bedrock:CreateModelEvaluationJob}: Write; on custom-model, foundation-model. */
  public static final Action CREATE_MODEL_EVALUATION_JOB = Action.of(PREFIX, "CreateModelEvaluationJob");

  /** {@code bedrock:CreateModelImportJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MODEL_IMPORT_JOB = Action.of(PREFIX, "CreateModelImportJob");

  /** {@code bedrock:CreateModelInvocationJob}: Write; on custom-model, foundation-model, model-invocation-job. */
  public static final Action CREATE_MODEL_INVOCATION_JOB = Action.of(PREFIX, "CreateModelInvocationJob");

  /** {@code bedrock:CreatePrompt}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROMPT = Action.of(PREFIX, "CreatePrompt");

  /** {@code bedrock:CreatePromptRouter}: Write; on application-inference-profile, foundation-model, inference-profile. */
  public static final Action CREATE_PROMPT_ROUTER = Action.of(PREFIX, "CreatePromptRouter");

  /** {@code bedrock:CreatePromptVersion}: Write; on prompt. */
  public static final Action CREATE_PROMPT_VERSION = Action.of(PREFIX, "CreatePromptVersion");

  /** {@code bedrock:CreateProvisionedModelThroughput}: Write; on custom-model, foundation-model. */
  public static final Action CREATE_PROVISIONED_MODEL_THROUGHPUT = Action.of(PREFIX, "CreateProvisionedModelThroughput");

  /** {@code bedrock:CreateSession}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SESSION = Action.of(PREFIX, "CreateSession");

  /** {@code bedrock:DeleteAgent}: Write; on agent. */
  public static final Action DELETE_AGENT = Action.of(PREFIX, "DeleteAgent");

  /** {@code bedrock:DeleteAgentActionGroup}: Write; on agent. */
  public static final Action DELETE_AGENT_ACTION_GROUP = Action.of(PREFIX, "DeleteAgentActionGroup");

  /** {@code bedrock:DeleteAgentAlias}: Write; on agent-alias. */
  public static final Action DELETE_AGENT_ALIAS = Action.of(PREFIX, "DeleteAgentAlias");

  /** {@code bedrock:DeleteAgentMemory}: Write; on agent-alias. */
  public static final Action DELETE_AGENT_MEMORY = Action.of(PREFIX, "DeleteAgentMemory");

  /** {@code bedrock:DeleteAgentVersion}: Write; on agent. */
  public static final Action DELETE_AGENT_VERSION = Action.of(PREFIX, "DeleteAgentVersion");

  /** {@code bedrock:DeleteAutomatedReasoningPolicy}: Write; on automated-reasoning-policy, automated-reasoning-policy-version. */
  public static final Action DELETE_AUTOMATED_REASONING_POLICY = Action.of(PREFIX, "DeleteAutomatedReasoningPolicy");

  /** {@code bedrock:DeleteAutomatedReasoningPolicyBuildWorkflow}: Write; on automated-reasoning-policy. */
  public static final Action DELETE_AUTOMATED_REASONING_POLICY_BUILD_WORKFLOW = Action.of(PREFIX, "DeleteAutomatedReasoningPolicyBuildWorkflow");

  /** {@code bedrock:DeleteAutomatedReasoningPolicyTestCase}: Write; on automated-reasoning-policy. */
  public static final Action DELETE_AUTOMATED_REASONING_POLICY_TEST_CASE = Action.of(PREFIX, "DeleteAutomatedReasoningPolicyTestCase");

  /** {@code bedrock:DeleteBlueprint}: Write; on blueprint. */
  public static final Action DELETE_BLUEPRINT = Action.of(PREFIX, "DeleteBlueprint");

  /** {@code bedrock:DeleteCustomModel}: Write; on custom-model. */
  public static final Action DELETE_CUSTOM_MODEL = Action.of(PREFIX, "DeleteCustomModel");

  /** {@code bedrock:DeleteCustomModelDeployment}: Write; on custom-model-deployment. */
  public static final Action DELETE_CUSTOM_MODEL_DEPLOYMENT = Action.of(PREFIX, "DeleteCustomModelDeployment");

  /** {@code bedrock:DeleteDataAutomationProject}: Write; on data-automation-project. */
  public static final Action DELETE_DATA_AUTOMATION_PROJECT = Action.of(PREFIX, "DeleteDataAutomationProject");

  /** {@code bedrock:DeleteDataSource}: Write; on knowledge-base. */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code bedrock:DeleteEnforcedGuardrailConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENFORCED_GUARDRAIL_CONFIGURATION = Action.of(PREFIX, "DeleteEnforcedGuardrailConfiguration");

  /** {@code bedrock:DeleteFlow}: Write; on flow. */
  public static final Action DELETE_FLOW = Action.of(PREFIX, "DeleteFlow");

  /** {@code bedrock:DeleteFlowAlias}: Write; on flow-alias. */
  public static final Action DELETE_FLOW_ALIAS = Action.of(PREFIX, "DeleteFlowAlias");

  /** {@code bedrock:DeleteFlowVersion}: Write; on flow. */
  public static final Action DELETE_FLOW_VERSION = Action.of(PREFIX, "DeleteFlowVersion");

  /** {@code bedrock:DeleteFoundationModelAgreement}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FOUNDATION_MODEL_AGREEMENT = Action.of(PREFIX, "DeleteFoundationModelAgreement");

  /** {@code bedrock:DeleteGuardrail}: Write; on guardrail. */
  public static final Action DELETE_GUARDRAIL = Action.of(PREFIX, "DeleteGuardrail");

  /** {@code bedrock:DeleteImportedModel}: Write; on imported-model. */
  public static final Action DELETE_IMPORTED_MODEL = Action.of(PREFIX, "DeleteImportedModel");

  /** {@code bedrock:DeleteInferenceProfile}: Write; on application-inference-profile. */
  public static final Action DELETE_INFERENCE_PROFILE = Action.of(PREFIX, "DeleteInferenceProfile");

  /** {@code bedrock:DeleteKnowledgeBase}: Write; on knowledge-base. */
  public static final Action DELETE_KNOWLEDGE_BASE = Action.of(PREFIX, "DeleteKnowledgeBase");

  /** {@code bedrock:DeleteKnowledgeBaseDocuments}: Write; on knowledge-base. */
  public static final Action DELETE_KNOWLEDGE_BASE_DOCUMENTS = Action.of(PREFIX, "DeleteKnowledgeBaseDocuments");

  /** {@code bedrock:DeleteMarketplaceModelAgreement}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MARKETPLACE_MODEL_AGREEMENT = Action.of(PREFIX, "DeleteMarketplaceModelAgreement");

  /** {@code bedrock:DeleteMarketplaceModelEndpoint}: Write; on bedrock-marketplace-model-endpoint. */
  public static final Action DELETE_MARKETPLACE_MODEL_ENDPOINT = Action.of(PREFIX, "DeleteMarketplaceModelEndpoint");

  /** {@code bedrock:DeleteModelInvocationLoggingConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MODEL_INVOCATION_LOGGING_CONFIGURATION = Action.of(PREFIX, "DeleteModelInvocationLoggingConfiguration");

  /** {@code bedrock:DeletePrompt}: Write; on prompt, prompt-version. */
  public static final Action DELETE_PROMPT = Action.of(PREFIX, "DeletePrompt");

  /** {@code bedrock:DeletePromptRouter}: Write; on prompt-router. */
  public static final Action DELETE_PROMPT_ROUTER = Action.of(PREFIX, "DeletePromptRouter");

  /** {@code bedrock:DeleteProvisionedModelThroughput}: Write; on provisioned-model. */
  public static final Action DELETE_PROVISIONED_MODEL_THROUGHPUT = Action.of(PREFIX, "DeleteProvisionedModelThroughput");

  /** {@code bedrock:DeleteResourcePolicy}: Write; on custom-model, guardrail, guardrail-profile. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code bedrock:DeleteSession}: Write; on session. */
  public static final Action DELETE_SESSION = Action.of(PREFIX, "DeleteSession");

  /** {@code bedrock:DeregisterMarketplaceModelEndpoint}: Write; on bedrock-marketplace-model-endpoint. */
  public static final Action DEREGISTER_MARKETPLACE_MODEL_ENDPOINT = Action.of(PREFIX, "DeregisterMarketplaceModelEndpoint");

  /** {@code bedrock:DetectGeneratedContent}: Read; on foundation-model. */
  public static final Action DETECT_GENERATED_CONTENT = Action.of(PREFIX, "DetectGeneratedContent");

  /** {@code bedrock:DisassociateAgentCollaborator}: Write; on agent. */
  public static final Action DISASSOCIATE_AGENT_COLLABORATOR = Action.of(PREFIX, "DisassociateAgentCollaborator");

  /** {@code bedrock:DisassociateAgentKnowledgeBase}: Write; on agent, knowledge-base. */
  public static final Action DISASSOCIATE_AGENT_KNOWLEDGE_BASE = Action.of(PREFIX, "DisassociateAgentKnowledgeBase");

  /** {@code bedrock:EndSession}: Write; on session. */
  public static final Action END_SESSION = Action.of(PREFIX, "EndSession");

  /** {@code bedrock:ExportAutomatedReasoningPolicyVersion}: Read; on automated-reasoning-policy, automated-reasoning-policy-version. */
  public static final Action EXPORT_AUTOMATED_REASONING_POLICY_VERSION = Action.of(PREFIX, "ExportAutomatedReasoningPolicyVersion");

  /** {@code bedrock:GenerateQuery}: Read; on no resource type (give {@code *}). */
  public static final Action GENERATE_QUERY = Action.of(PREFIX, "GenerateQuery");

  /** {@code bedrock:GetAgent}: Read; on agent. */
  public static final Action GET_AGENT = Action.of(PREFIX, "GetAgent");

  /** {@code bedrock:GetAgentActionGroup}: Read; on agent. */
  public static final Action GET_AGENT_ACTION_GROUP = Action.of(PREFIX, "GetAgentActionGroup");

  /** {@code bedrock:GetAgentAlias}: Read; on agent-alias. */
  public static final Action GET_AGENT_ALIAS = Action.of(PREFIX, "GetAgentAlias");

  /** {@code bedrock:GetAgentCollaborator}: Read; on agent. */
  public static final Action GET_AGENT_COLLABORATOR = Action.of(PREFIX, "GetAgentCollaborator");

  /** {@code bedrock:GetAgentKnowledgeBase}: Read; on agent, knowledge-base. */
  public static final Action GET_AGENT_KNOWLEDGE_BASE = Action.of(PREFIX, "GetAgentKnowledgeBase");

  /** {@code bedrock:GetAgentMemory}: Read; on agent-alias. */
  public static final Action GET_AGENT_MEMORY = Action.of(PREFIX, "GetAgentMemory");

  /** {@code bedrock:GetAgentVersion}: Read; on agent. */
  public static final Action GET_AGENT_VERSION = Action.of(PREFIX, "GetAgentVersion");

  /** {@code bedrock:GetAsyncInvoke}: Read; on async-invoke. */
  public static final Action GET_ASYNC_INVOKE = Action.of(PREFIX, "GetAsyncInvoke");

  /** {@code bedrock:GetAutomatedReasoningPolicy}: Read; on automated-reasoning-policy, automated-reasoning-policy-version. */
  public static final Action GET_AUTOMATED_REASONING_POLICY = Action.of(PREFIX, "GetAutomatedReasoningPolicy");

  /** {@code bedrock:GetAutomatedReasoningPolicyAnnotations}: Read; on automated-reasoning-policy. */
  public static final Action GET_AUTOMATED_REASONING_POLICY_ANNOTATIONS = Action.of(PREFIX, "GetAutomatedReasoningPolicyAnnotations");

  /** {@code bedrock:GetAutomatedReasoningPolicyBuildWorkflow}: Read; on automated-reasoning-policy. */
  public static final Action GET_AUTOMATED_REASONING_POLICY_BUILD_WORKFLOW = Action.of(PREFIX, "GetAutomatedReasoningPolicyBuildWorkflow");

  /** {@code bedrock:GetAutomatedReasoningPolicyBuildWorkflowResultAssets}: Read; on automated-reasoning-policy. */
  public static final Action GET_AUTOMATED_REASONING_POLICY_BUILD_WORKFLOW_RESULT_ASSETS = Action.of(PREFIX, "GetAutomatedReasoningPolicyBuildWorkflowResultAssets");

  /** {@code bedrock:GetAutomatedReasoningPolicyNextScenario}: Read; on automated-reasoning-policy. */
  public static final Action GET_AUTOMATED_REASONING_POLICY_NEXT_SCENARIO = Action.of(PREFIX, "GetAutomatedReasoningPolicyNextScenario");

  /** {@code bedrock:GetAutomatedReasoningPolicyTestCase}: Read; on automated-reasoning-policy. */
  public static final Action GET_AUTOMATED_REASONING_POLICY_TEST_CASE = Action.of(PREFIX, "GetAutomatedReasoningPolicyTestCase");

  /** {@code bedrock:GetAutomatedReasoningPolicyTestResult}: Read; on automated-reasoning-policy. */
  public static final Action GET_AUTOMATED_REASONING_POLICY_TEST_RESULT = Action.of(PREFIX, "GetAutomatedReasoningPolicyTestResult");

  /** {@code bedrock:GetBlueprint}: Read; on blueprint. */
  public static final Action GET_BLUEPRINT = Action.of(PREFIX, "GetBlueprint");

  /** {@code bedrock:GetBlueprintOptimizationStatus}: Read; on blueprint-optimization-invocation. */
  public static final Action GET_BLUEPRINT_OPTIMIZATION_STATUS = Action.of(PREFIX, "GetBlueprintOptimizationStatus");

  /** {@code bedrock:GetBlueprintRecommendation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BLUEPRINT_RECOMMENDATION = Action.of(PREFIX, "GetBlueprintRecommendation");

  /** {@code bedrock:GetCustomModel}: Read; on custom-model. */
  public static final Action GET_CUSTOM_MODEL = Action.of(PREFIX, "GetCustomModel");

  /** {@code bedrock:GetCustomModelDeployment}: Read; on custom-model-deployment. */
  public static final Action GET_CUSTOM_MODEL_DEPLOYMENT = Action.of(PREFIX, "GetCustomModelDeployment");

  /** {@code bedrock:GetDataAutomationProject}: Read; on data-automation-project. */
  public static final Action GET_DATA_AUTOMATION_PROJECT = Action.of(PREFIX, "GetDataAutomationProject");

  /** {@code bedrock:GetDataAutomationStatus}: Read; on data-automation-invocation-job. */
  public static final Action GET_DATA_AUTOMATION_STATUS = Action.of(PREFIX, "GetDataAutomationStatus");

  /** {@code bedrock:GetDataSource}: Read; on knowledge-base. */
  public static final Action GET_DATA_SOURCE = Action.of(PREFIX, "GetDataSource");

  /** {@code bedrock:GetEvaluationJob}: Read; on evaluation-job. */
  public static final Action GET_EVALUATION_JOB = Action.of(PREFIX, "GetEvaluationJob");

  /** {@code bedrock:GetExecutionFlowSnapshot}: Read; on flow, flow-alias, flow-execution. */
  public static final Action GET_EXECUTION_FLOW_SNAPSHOT = Action.of(PREFIX, "GetExecutionFlowSnapshot");

  /** {@code bedrock:GetFlow}: Read; on flow. */
  public static final Action GET_FLOW = Action.of(PREFIX, "GetFlow");

  /** {@code bedrock:GetFlowAlias}: Read; on flow-alias. */
  public static final Action GET_FLOW_ALIAS = Action.of(PREFIX, "GetFlowAlias");

  /** {@code bedrock:GetFlowExecution}: Read; on flow, flow-alias, flow-execution. */
  public static final Action GET_FLOW_EXECUTION = Action.of(PREFIX, "GetFlowExecution");

  /** {@code bedrock:GetFlowVersion}: Read; on flow. */
  public static final Action GET_FLOW_VERSION = Action.of(PREFIX, "GetFlowVersion");

  /** {@code bedrock:GetFoundationModel}: Read; on foundation-model. */
  public static final Action GET_FOUNDATION_MODEL = Action.of(PREFIX, "GetFoundationModel");

  /** {@code bedrock:GetFoundationModelAvailability}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FOUNDATION_MODEL_AVAILABILITY = Action.of(PREFIX, "GetFoundationModelAvailability");

  /** {@code bedrock:GetGuardrail}: Read; on guardrail. */
  public static final Action GET_GUARDRAIL = Action.of(PREFIX, "GetGuardrail");

  /** {@code bedrock:GetImportedModel}: Read; on imported-model. */
  public static final Action GET_IMPORTED_MODEL = Action.of(PREFIX, "GetImportedModel");

  /** {@code bedrock:GetInferenceProfile}: Read; on application-inference-profile, inference-profile. */
  public static final Action GET_INFERENCE_PROFILE = Action.of(PREFIX, "GetInferenceProfile");

  /** {@code bedrock:GetIngestionJob}: Read; on knowledge-base. */
  public static final Action GET_INGESTION_JOB = Action.of(PREFIX, "GetIngestionJob");

  /** {@code bedrock:GetInvocationStep}: Read; on session. */
  public static final Action GET_INVOCATION_STEP = Action.of(PREFIX, "GetInvocationStep");

  /** {@code bedrock:GetKnowledgeBase}: Read; on knowledge-base. */
  public static final Action GET_KNOWLEDGE_BASE = Action.of(PREFIX, "GetKnowledgeBase");

  /** {@code bedrock:GetKnowledgeBaseDocuments}: Read; on knowledge-base. */
  public static final Action GET_KNOWLEDGE_BASE_DOCUMENTS = Action.of(PREFIX, "GetKnowledgeBaseDocuments");

  /** {@code bedrock:GetMarketplaceModelEndpoint}: Read; on bedrock-marketplace-model-endpoint. */
  public static final Action GET_MARKETPLACE_MODEL_ENDPOINT = Action.of(PREFIX, "GetMarketplaceModelEndpoint");

  /** {@code bedrock:GetModelCopyJob}: Read; on model-copy-job. */
  public static final Action GET_MODEL_COPY_JOB = Action.of(PREFIX, "GetModelCopyJob");

  /** {@code bedrock:GetModelCustomizationJob}: Read; on model-customization-job. */
  public static final Action GET_MODEL_CUSTOMIZATION_JOB = Action.of(PREFIX, "GetModelCustomizationJob");

  /** {@code bedrock:GetModelEvaluationJob}: Read; on model-evaluation-job. */
  public static final Action GET_MODEL_EVALUATION_JOB = Action.of(PREFIX, "GetModelEvaluationJob");

  /** {@code bedrock:GetModelImportJob}: Read; on model-import-job. */
  public static final Action GET_MODEL_IMPORT_JOB = Action.of(PREFIX, "GetModelImportJob");

  /** {@code bedrock:GetModelInvocationJob}: Read; on model-invocation-job. */
  public static final Action GET_MODEL_INVOCATION_JOB = Action.of(PREFIX, "GetModelInvocationJob");

  /** {@code bedrock:GetModelInvocationLoggingConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MODEL_INVOCATION_LOGGING_CONFIGURATION = Action.of(PREFIX, "GetModelInvocationLoggingConfiguration");

  /** {@code bedrock:GetPrompt}: Read; on prompt, prompt-version. */
  public static final Action GET_PROMPT = Action.of(PREFIX, "GetPrompt");

  /** {@code bedrock:GetPromptRouter}: Read; on default-prompt-router, prompt-router. */
  public static final Action GET_PROMPT_ROUTER = Action.of(PREFIX, "GetPromptRouter");

  /** {@code bedrock:GetProvisionedModelThroughput}: Read; on provisioned-model. */
  public static final Action GET_PROVISIONED_MODEL_THROUGHPUT = Action.of(PREFIX, "GetProvisionedModelThroughput");

  /** {@code bedrock:GetResourcePolicy}: Read; on custom-model, guardrail, guardrail-profile. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code bedrock:GetSession}: Read; on session. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code bedrock:GetUseCaseForModelAccess}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USE_CASE_FOR_MODEL_ACCESS = Action.of(PREFIX, "GetUseCaseForModelAccess");

  /** {@code bedrock:IngestKnowledgeBaseDocuments}: Write; on knowledge-base. */
  public static final Action INGEST_KNOWLEDGE_BASE_DOCUMENTS = Action.of(PREFIX, "IngestKnowledgeBaseDocuments");

  /** {@code bedrock:InvokeAgent}: Read; on agent-alias. */
  public static final Action INVOKE_AGENT = Action.of(PREFIX, "InvokeAgent");

  /** {@code bedrock:InvokeAutomatedReasoningPolicy}: Read; on automated-reasoning-policy, automated-reasoning-policy-version. */
  public static final Action INVOKE_AUTOMATED_REASONING_POLICY = Action.of(PREFIX, "InvokeAutomatedReasoningPolicy");

  /** {@code bedrock:InvokeBlueprintOptimizationAsync}: Write; on blueprint, data-automation-profile. */
  public static final Action INVOKE_BLUEPRINT_OPTIMIZATION_ASYNC = Action.of(PREFIX, "InvokeBlueprintOptimizationAsync");

  /** {@code bedrock:InvokeBlueprintRecommendationAsync}: Write; on data-automation-profile. */
  public static final Action INVOKE_BLUEPRINT_RECOMMENDATION_ASYNC = Action.of(PREFIX, "InvokeBlueprintRecommendationAsync");

  /** {@code bedrock:InvokeBuilder}: Write; on no resource type (give {@code *}). */
  public static final Action INVOKE_BUILDER = Action.of(PREFIX, "InvokeBuilder");

  /** {@code bedrock:InvokeDataAutomation}: Write; on blueprint, data-automation-profile, data-automation-project. */
  public static final Action INVOKE_DATA_AUTOMATION = Action.of(PREFIX, "InvokeDataAutomation");

  /** {@code bedrock:InvokeDataAutomationAsync}: Write; on blueprint, data-automation-profile, data-automation-project. */
  public static final Action INVOKE_DATA_AUTOMATION_ASYNC = Action.of(PREFIX, "InvokeDataAutomationAsync");

  /** {@code bedrock:InvokeFlow}: Read; on flow-alias. */
  public static final Action INVOKE_FLOW = Action.of(PREFIX, "InvokeFlow");

  /** {@code bedrock:InvokeInlineAgent}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_INLINE_AGENT = Action.of(PREFIX, "InvokeInlineAgent");

  /** {@code bedrock:InvokeModel}: Read; on application-inference-profile, async-invoke, bedrock-marketplace-model-endpoint, custom-model-deployment, default-prompt-router, foundation-model, imported-model, inference-profile, prompt-router, provisioned-model. */
  public static final Action INVOKE_MODEL = Action.of(PREFIX, "InvokeModel");

  /** {@code bedrock:InvokeModelWithResponseStream}: Read; on application-inference-profile, bedrock-marketplace-model-endpoint, custom-model-deployment, default-prompt-router, foundation-model, imported-model, inference-profile, prompt-router, provisioned-model. */
  public static final Action INVOKE_MODEL_WITH_RESPONSE_STREAM = Action.of(PREFIX, "InvokeModelWithResponseStream");

  /** {@code bedrock:InvokeTool}: Read; on system-tool. */
  public static final Action INVOKE_TOOL = Action.of(PREFIX, "InvokeTool");

  /** {@code bedrock:ListAgentActionGroups}: List; on agent. */
  public static final Action LIST_AGENT_ACTION_GROUPS = Action.of(PREFIX, "ListAgentActionGroups");

  /** {@code bedrock:ListAgentAliases}: List; on agent. */
  public static final Action LIST_AGENT_ALIASES = Action.of(PREFIX, "ListAgentAliases");

  /** {@code bedrock:ListAgentCollaborators}: List; on agent. */
  public static final Action LIST_AGENT_COLLABORATORS = Action.of(PREFIX, "ListAgentCollaborators");

  /** {@code bedrock:ListAgentKnowledgeBases}: List; on agent. */
  public static final Action LIST_AGENT_KNOWLEDGE_BASES = Action.of(PREFIX, "ListAgentKnowledgeBases");

  /** {@code bedrock:ListAgentVersions}: List; on agent. */
  public static final Action LIST_AGENT_VERSIONS = Action.of(PREFIX, "ListAgentVersions");

  /** {@code bedrock:ListAgents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGENTS = Action.of(PREFIX, "ListAgents");

  /** {@code bedrock:ListAsyncInvokes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASYNC_INVOKES = Action.of(PREFIX, "ListAsyncInvokes");

  /** {@code bedrock:ListAutomatedReasoningPolicies}: List; on automated-reasoning-policy. */
  public static final Action LIST_AUTOMATED_REASONING_POLICIES = Action.of(PREFIX, "ListAutomatedReasoningPolicies");

  /** {@code bedrock:ListAutomatedReasoningPolicyBuildWorkflows}: List; on automated-reasoning-policy. */
  public static final Action LIST_AUTOMATED_REASONING_POLICY_BUILD_WORKFLOWS = Action.of(PREFIX, "ListAutomatedReasoningPolicyBuildWorkflows");

  /** {@code bedrock:ListAutomatedReasoningPolicyTestCases}: List; on automated-reasoning-policy. */
  public static final Action LIST_AUTOMATED_REASONING_POLICY_TEST_CASES = Action.of(PREFIX, "ListAutomatedReasoningPolicyTestCases");

  /** {@code bedrock:ListAutomatedReasoningPolicyTestResults}: List; on automated-reasoning-policy. */
  public static final Action LIST_AUTOMATED_REASONING_POLICY_TEST_RESULTS = Action.of(PREFIX, "ListAutomatedReasoningPolicyTestResults");

  /** {@code bedrock:ListBlueprints}: List; on data-automation-project. */
  public static final Action LIST_BLUEPRINTS = Action.of(PREFIX, "ListBlueprints");

  /** {@code bedrock:ListCustomModelDeployments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_MODEL_DEPLOYMENTS = Action.of(PREFIX, "ListCustomModelDeployments");

  /** {@code bedrock:ListCustomModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_MODELS = Action.of(PREFIX, "ListCustomModels");

  /** {@code bedrock:ListDataAutomationProjects}: List; on blueprint. */
  public static final Action LIST_DATA_AUTOMATION_PROJECTS = Action.of(PREFIX, "ListDataAutomationProjects");

  /** {@code bedrock:ListDataSources}: List; on knowledge-base. */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code bedrock:ListEnforcedGuardrailsConfiguration}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENFORCED_GUARDRAILS_CONFIGURATION = Action.of(PREFIX, "ListEnforcedGuardrailsConfiguration");

  /** {@code bedrock:ListEvaluationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVALUATION_JOBS = Action.of(PREFIX, "ListEvaluationJobs");

  /** {@code bedrock:ListFlowAliases}: List; on flow. */
  public static final Action LIST_FLOW_ALIASES = Action.of(PREFIX, "ListFlowAliases");

  /** {@code bedrock:ListFlowExecutionEvents}: List; on flow, flow-alias, flow-execution. */
  public static final Action LIST_FLOW_EXECUTION_EVENTS = Action.of(PREFIX, "ListFlowExecutionEvents");

  /** {@code bedrock:ListFlowExecutions}: List; on flow, flow-alias. */
  public static final Action LIST_FLOW_EXECUTIONS = Action.of(PREFIX, "ListFlowExecutions");

  /** {@code bedrock:ListFlowVersions}: List; on flow. */
  public static final Action LIST_FLOW_VERSIONS = Action.of(PREFIX, "ListFlowVersions");

  /** {@code bedrock:ListFlows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLOWS = Action.of(PREFIX, "ListFlows");

  /** {@code bedrock:ListFoundationModelAgreementOffers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FOUNDATION_MODEL_AGREEMENT_OFFERS = Action.of(PREFIX, "ListFoundationModelAgreementOffers");

  /** {@code bedrock:ListFoundationModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FOUNDATION_MODELS = Action.of(PREFIX, "ListFoundationModels");

  /** {@code bedrock:ListGuardrails}: List; on guardrail. */
  public static final Action LIST_GUARDRAILS = Action.of(PREFIX, "ListGuardrails");

  /** {@code bedrock:ListImportedModels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORTED_MODELS = Action.of(PREFIX, "ListImportedModels");

  /** {@code bedrock:ListInferenceProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INFERENCE_PROFILES = Action.of(PREFIX, "ListInferenceProfiles");

  /** {@code bedrock:ListIngestionJobs}: List; on knowledge-base. */
  public static final Action LIST_INGESTION_JOBS = Action.of(PREFIX, "ListIngestionJobs");

  /** {@code bedrock:ListInvocationSteps}: List; on session. */
  public static final Action LIST_INVOCATION_STEPS = Action.of(PREFIX, "ListInvocationSteps");

  /** {@code bedrock:ListInvocations}: List; on session. */
  public static final Action LIST_INVOCATIONS = Action.of(PREFIX, "ListInvocations");

  /** {@code bedrock:ListKnowledgeBaseDocuments}: List; on knowledge-base. */
  public static final Action LIST_KNOWLEDGE_BASE_DOCUMENTS = Action.of(PREFIX, "ListKnowledgeBaseDocuments");

  /** {@code bedrock:ListKnowledgeBases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KNOWLEDGE_BASES = Action.of(PREFIX, "ListKnowledgeBases");

  /** {@code bedrock:ListMarketplaceModelEndpoints}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_MARKETPLACE_MODEL_ENDPOINTS = Action.of(PREFIX, "ListMarketplaceModelEndpoints");

  /** {@code bedrock:ListModelCopyJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_COPY_JOBS = Action.of(PREFIX, "ListModelCopyJobs");

  /** {@code bedrock:ListModelCustomizationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_CUSTOMIZATION_JOBS = Action.of(PREFIX, "ListModelCustomizationJobs");

  /** {@code bedrock:ListModelEvaluationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_EVALUATION_JOBS = Action.of(PREFIX, "ListModelEvaluationJobs");

  /** {@code bedrock:ListModelImportJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_IMPORT_JOBS = Action.of(PREFIX, "ListModelImportJobs");

  /** {@code bedrock:ListModelInvocationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MODEL_INVOCATION_JOBS = Action.of(PREFIX, "ListModelInvocationJobs");

  /** {@code bedrock:ListPromptRouters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROMPT_ROUTERS = Action.of(PREFIX, "ListPromptRouters");

  /** {@code bedrock:ListPrompts}: List; on prompt. */
  public static final Action LIST_PROMPTS = Action.of(PREFIX, "ListPrompts");

  /** {@code bedrock:ListProvisionedModelThroughputs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONED_MODEL_THROUGHPUTS = Action.of(PREFIX, "ListProvisionedModelThroughputs");

  /** {@code bedrock:ListSessions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code bedrock:ListTagsForResource}: Read; on agent, agent-alias, application-inference-profile, async-invoke, automated-reasoning-policy, automated-reasoning-policy-version, blueprint, blueprint-optimization-invocation, custom-model, custom-model-deployment, data-automation-invocation-job, data-automation-project, evaluation-job, flow, flow-alias, guardrail, imported-model, knowledge-base, model-copy-job, model-customization-job, model-evaluation-job, model-import-job, model-invocation-job, prompt, prompt-router, prompt-version, provisioned-model, session. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code bedrock:OptimizePrompt}: Read; on no resource type (give {@code *}). */
  public static final Action OPTIMIZE_PROMPT = Action.of(PREFIX, "OptimizePrompt");

  /** {@code bedrock:PrepareAgent}: Write; on agent. */
  public static final Action PREPARE_AGENT = Action.of(PREFIX, "PrepareAgent");

  /** {@code bedrock:PrepareFlow}: Write; on flow. */
  public static final Action PREPARE_FLOW = Action.of(PREFIX, "PrepareFlow");

  /** {@code bedrock:PutEnforcedGuardrailConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ENFORCED_GUARDRAIL_CONFIGURATION = Action.of(PREFIX, "PutEnforcedGuardrailConfiguration");

  /** {@code bedrock:PutFoundationModelEntitlement}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_FOUNDATION_MODEL_ENTITLEMENT = Action.of(PREFIX, "PutFoundationModelEntitlement");

  /** {@code bedrock:PutInvocationStep}: Write; on session. */
  public static final Action PUT_INVOCATION_STEP = Action.of(PREFIX, "PutInvocationStep");

  /** {@code bedrock:PutModelInvocationLoggingConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_MODEL_INVOCATION_LOGGING_CONFIGURATION = Action.of(PREFIX, "PutModelInvocationLoggingConfiguration");

  /** {@code bedrock:PutResourcePolicy}: Write; on custom-model, guardrail, guardrail-profile. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code bedrock:PutUseCaseForModelAccess}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_USE_CASE_FOR_MODEL_ACCESS = Action.of(PREFIX, "PutUseCaseForModelAccess");

  /** {@code bedrock:RegisterMarketplaceModelEndpoint}: Write; on bedrock-marketplace-model-endpoint. */
  public static final Action REGISTER_MARKETPLACE_MODEL_ENDPOINT = Action.of(PREFIX, "RegisterMarketplaceModelEndpoint");

  /** {@code bedrock:RenderPrompt}: Read; on prompt, prompt-version. */
  public static final Action RENDER_PROMPT = Action.of(PREFIX, "RenderPrompt");

  /** {@code bedrock:Rerank}: Write; on no resource type (give {@code *}). */
  public static final Action RERANK = Action.of(PREFIX, "Rerank");

  /** {@code bedrock:Retrieve}: Read; on knowledge-base. */
  public static final Action RETRIEVE = Action.of(PREFIX, "Retrieve");

  /** {@code bedrock:RetrieveAndGenerate}: Write; on no resource type (give {@code *}). */
  public static final Action RETRIEVE_AND_GENERATE = Action.of(PREFIX, "RetrieveAndGenerate");

  /** {@code bedrock:StartAutomatedReasoningPolicyBuildWorkflow}: Write; on automated-reasoning-policy. */
  public static final Action START_AUTOMATED_REASONING_POLICY_BUILD_WORKFLOW = Action.of(PREFIX, "StartAutomatedReasoningPolicyBuildWorkflow");

  /** {@code bedrock:StartAutomatedReasoningPolicyTestWorkflow}: Write; on automated-reasoning-policy. */
  public static final Action START_AUTOMATED_REASONING_POLICY_TEST_WORKFLOW = Action.of(PREFIX, "StartAutomatedReasoningPolicyTestWorkflow");

  /** {@code bedrock:StartFlowExecution}: Write; on flow, flow-alias. */
  public static final Action START_FLOW_EXECUTION = Action.of(PREFIX, "StartFlowExecution");

  /** {@code bedrock:StartIngestionJob}: Write; on knowledge-base. */
  public static final Action START_INGESTION_JOB = Action.of(PREFIX, "StartIngestionJob");

  /** {@code bedrock:StopEvaluationJob}: Write; on evaluation-job. */
  public static final Action STOP_EVALUATION_JOB = Action.of(PREFIX, "StopEvaluationJob");

  /** {@code bedrock:StopFlowExecution}: Write; on flow, flow-alias, flow-execution. */
  public static final Action STOP_FLOW_EXECUTION = Action.of(PREFIX, "StopFlowExecution");

  /** {@code bedrock:StopIngestionJob}: Write; on knowledge-base. */
  public static final Action STOP_INGESTION_JOB = Action.of(PREFIX, "StopIngestionJob");

  /** {@code bedrock:StopModelCustomizationJob}: Write; on model-customization-job. */
  public static final Action STOP_MODEL_CUSTOMIZATION_JOB = Action.of(PREFIX, "StopModelCustomizationJob");

  /** {@code bedrock:StopModelInvocationJob}: Write; on model-invocation-job. */
  public static final Action STOP_MODEL_INVOCATION_JOB = Action.of(PREFIX, "StopModelInvocationJob");

  /** {@code bedrock:TagResource}: Tagging; on agent, agent-alias, application-inference-profile, async-invoke, automated-reasoning-policy, automated-reasoning-policy-version, blueprint, blueprint-optimization-invocation, custom-model, custom-model-deployment, data-automation-invocation-job, data-automation-project, evaluation-job, flow, flow-alias, guardrail, imported-model, knowledge-base, model-copy-job, model-customization-job, model-evaluation-job, model-import-job, model-invocation-job, prompt, prompt-router, prompt-version, provisioned-model, session. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code bedrock:UntagResource}: Tagging; on agent, agent-alias, application-inference-profile, async-invoke, automated-reasoning-policy, automated-reasoning-policy-version, blueprint, blueprint-optimization-invocation, custom-model, custom-model-deployment, data-automation-invocation-job, data-automation-project, evaluation-job, flow, flow-alias, guardrail, imported-model, knowledge-base, model-copy-job, model-customization-job, model-evaluation-job, model-import-job, model-invocation-job, prompt, prompt-router, prompt-version, provisioned-model, session. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code bedrock:UpdateAgent}: Write; on agent. */
  public static final Action UPDATE_AGENT = Action.of(PREFIX, "UpdateAgent");

  /** {@code bedrock:UpdateAgentActionGroup}: Write; on agent. */
  public static final Action UPDATE_AGENT_ACTION_GROUP = Action.of(PREFIX, "UpdateAgentActionGroup");

  /** {@code bedrock:UpdateAgentAlias}: Write; on agent-alias. */
  public static final Action UPDATE_AGENT_ALIAS = Action.of(PREFIX, "UpdateAgentAlias");

  /** {@code bedrock:UpdateAgentCollaborator}: Write; on agent. */
  public static final Action UPDATE_AGENT_COLLABORATOR = Action.of(PREFIX, "UpdateAgentCollaborator");

  /** {@code bedrock:UpdateAgentKnowledgeBase}: Write; on agent, knowledge-base. */
  public static final Action UPDATE_AGENT_KNOWLEDGE_BASE = Action.of(PREFIX, "UpdateAgentKnowledgeBase");

  /** {@code bedrock:UpdateAutomatedReasoningPolicy}: Write; on automated-reasoning-policy. */
  public static final Action UPDATE_AUTOMATED_REASONING_POLICY = Action.of(PREFIX, "UpdateAutomatedReasoningPolicy");

  /** {@code bedrock:UpdateAutomatedReasoningPolicyAnnotations}: Write; on automated-reasoning-policy. */
  public static final Action UPDATE_AUTOMATED_REASONING_POLICY_ANNOTATIONS = Action.of(PREFIX, "UpdateAutomatedReasoningPolicyAnnotations");

  /** {@code bedrock:UpdateAutomatedReasoningPolicyTestCase}: Write; on automated-reasoning-policy. */
  public static final Action UPDATE_AUTOMATED_REASONING_POLICY_TEST_CASE = Action.of(PREFIX, "UpdateAutomatedReasoningPolicyTestCase");

  /** {@code bedrock:UpdateBlueprint}: Write; on blueprint. */
  public static final Action UPDATE_BLUEPRINT = Action.of(PREFIX, "UpdateBlueprint");

  /** {@code bedrock:UpdateCustomModelDeployment}: Write; on custom-model, custom-model-deployment. */
  public static final Action UPDATE_CUSTOM_MODEL_DEPLOYMENT = Action.of(PREFIX, "UpdateCustomModelDeployment");

  /** {@code bedrock:UpdateDataAutomationProject}: Write; on blueprint, data-automation-project. */
  public static final Action UPDATE_DATA_AUTOMATION_PROJECT = Action.of(PREFIX, "UpdateDataAutomationProject");

  /** {@code bedrock:UpdateDataSource}: Write; on knowledge-base. */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code bedrock:UpdateFlow}: Write; on flow. */
  public static final Action UPDATE_FLOW = Action.of(PREFIX, "UpdateFlow");

  /** {@code bedrock:UpdateFlowAlias}: Write; on flow-alias. */
  public static final Action UPDATE_FLOW_ALIAS = Action.of(PREFIX, "UpdateFlowAlias");

  /** {@code bedrock:UpdateGuardrail}: Write; on automated-reasoning-policy, automated-reasoning-policy-version, guardrail, guardrail-profile. */
  public static final Action UPDATE_GUARDRAIL = Action.of(PREFIX, "UpdateGuardrail");

  /** {@code bedrock:UpdateKnowledgeBase}: Write; on knowledge-base. */
  public static final Action UPDATE_KNOWLEDGE_BASE = Action.of(PREFIX, "UpdateKnowledgeBase");

  /** {@code bedrock:UpdateMarketplaceModelEndpoint}: Write; on bedrock-marketplace-model-endpoint. */
  public static final Action UPDATE_MARKETPLACE_MODEL_ENDPOINT = Action.of(PREFIX, "UpdateMarketplaceModelEndpoint");

  /** {@code bedrock:UpdatePrompt}: Write; on prompt. */
  public static final Action UPDATE_PROMPT = Action.of(PREFIX, "UpdatePrompt");

  /** {@code bedrock:UpdateProvisionedModelThroughput}: Write; on custom-model, foundation-model, provisioned-model. */
  public static final Action UPDATE_PROVISIONED_MODEL_THROUGHPUT = Action.of(PREFIX, "UpdateProvisionedModelThroughput");

  /** {@code bedrock:UpdateSession}: Write; on session. */
  public static final Action UPDATE_SESSION = Action.of(PREFIX, "UpdateSession");

  /** {@code bedrock:ValidateFlowDefinition}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_FLOW_DEFINITION = Action.of(PREFIX, "ValidateFlowDefinition");

  private Bedrock() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
