// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CloudFormation}: {@link ChangeSet}, {@link CustomResource},
 * {@link GeneratedTemplate}, {@link GuardHook}, {@link HookDefaultVersion}, {@link HookTypeConfig},
 * {@link HookVersion}, {@link LambdaHook}, {@link Macro}, {@link ModuleDefaultVersion}, {@link
 * ModuleVersion}, {@link PublicTypeVersion}, {@link Publisher}, {@link ResourceDefaultVersion},
 * {@link ResourceVersion}, {@link Stack}, {@link StackSet}, {@link TypeActivation}, {@link
 * WaitCondition}, {@link WaitConditionHandle}.
 */
package io.tropo4j.resources.cloudformation;
