// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ResourceExplorer2}: {@link DefaultViewAssociation}, {@link
 * Index}, {@link View}.
 */
package io.tropo4j.resources.resourceexplorer2;
