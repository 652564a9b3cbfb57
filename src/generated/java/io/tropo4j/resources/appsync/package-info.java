// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AppSync}: {@link Api}, {@link ApiCache}, {@link ApiKey}, {@link
 * ChannelNamespace}, {@link DataSource}, {@link DomainName}, {@link DomainNameApiAssociation},
 * {@link FunctionConfiguration}, {@link GraphQLApi}, {@link GraphQLSchema}, {@link Resolver},
 * {@link SourceApiAssociation}, {@link Type}.
 */
package io.tropo4j.resources.appsync;
