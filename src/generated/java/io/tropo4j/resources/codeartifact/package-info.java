// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CodeArtifact}: {@link Domain}, {@link PackageGroup}, {@link
 * Repository}.
 */
package io.tropo4j.resources.codeartifact;
