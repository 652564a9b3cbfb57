// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::StepFunctions}: {@link Activity}, {@link StateMachine}, {@link
 * StateMachineAlias}, {@link StateMachineVersion}.
 */
package io.tropo4j.resources.stepfunctions;
