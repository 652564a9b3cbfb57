// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Bedrock}: {@link Agent}, {@link AgentAlias}, {@link
 * ApplicationInferenceProfile}, {@link AutomatedReasoningPolicy}, {@link
 * AutomatedReasoningPolicyVersion}, {@link Blueprint}, {@link DataAutomationLibrary}, {@link
 * DataAutomationProject}, {@link DataSource}, {@link EnforcedGuardrailConfiguration}, {@link Flow},
 * {@link FlowAlias}, {@link FlowVersion}, {@link Guardrail}, {@link GuardrailVersion}, {@link
 * IntelligentPromptRouter}, {@link KnowledgeBase}, {@link KnowledgeBasePolicy}, {@link Prompt},
 * {@link PromptVersion}, {@link ResourcePolicy}, {@link Session}.
 */
package io.tropo4j.resources.bedrock;
