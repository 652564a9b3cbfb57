// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Proton}: {@link EnvironmentAccountConnection}, {@link
 * EnvironmentTemplate}, {@link ServiceTemplate}.
 */
package io.tropo4j.resources.proton;
