// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Serverless}: {@link Api}, {@link Application}, {@link
 * Function}, {@link HttpApi}, {@link LayerVersion}, {@link SimpleTable}, {@link StateMachine}.
 */
package io.tropo4j.resources.sam;
