// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CodeBuild}: {@link Fleet}, {@link Project}, {@link
 * ReportGroup}, {@link SourceCredential}.
 */
package io.tropo4j.resources.codebuild;
