// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::OpenSearchServerless}: {@link AccessPolicy}, {@link
 * Collection}, {@link CollectionGroup}, {@link CollectionIndex}, {@link Index}, {@link
 * LifecyclePolicy}, {@link SecurityConfig}, {@link SecurityPolicy}, {@link VpcEndpoint}.
 */
package io.tropo4j.resources.opensearchserverless;
