// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ApplicationSignals}: {@link Discovery}, {@link
 * GroupingConfiguration}, {@link ServiceLevelObjective}.
 */
package io.tropo4j.resources.applicationsignals;
