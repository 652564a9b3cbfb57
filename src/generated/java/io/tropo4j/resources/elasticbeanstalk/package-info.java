// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ElasticBeanstalk}: {@link Application}, {@link
 * ApplicationVersion}, {@link ConfigurationTemplate}, {@link Environment}.
 */
package io.tropo4j.resources.elasticbeanstalk;
