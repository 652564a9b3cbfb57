// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SSMQuickSetup}: {@link ConfigurationManager}, {@link
 * LifecycleAutomation}.
 */
package io.tropo4j.resources.ssmquicksetup;
