// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::CodeGuruReviewer}: {@link RepositoryAssociation}. */
package io.tropo4j.resources.codegurureviewer;
