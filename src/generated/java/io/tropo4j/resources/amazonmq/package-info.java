// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AmazonMQ}: {@link Broker}, {@link Configuration}, {@link
 * ConfigurationAssociation}.
 */
package io.tropo4j.resources.amazonmq;
