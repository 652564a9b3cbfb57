// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Wisdom}: {@link AIAgent}, {@link AIAgentVersion}, {@link
 * AIGuardrail}, {@link AIGuardrailVersion}, {@link AIPrompt}, {@link AIPromptVersion}, {@link
 * Assistant}, {@link AssistantAssociation}, {@link KnowledgeBase}, {@link MessageTemplate}, {@link
 * MessageTemplateVersion}, {@link QuickResponse}.
 */
package io.tropo4j.resources.wisdom;
