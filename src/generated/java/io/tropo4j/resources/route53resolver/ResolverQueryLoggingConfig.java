// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The AWS::Route53Resolver::ResolverQueryLoggingConfig resource is a complex type that contains
 * settings for one query logging configuration.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::ResolverQueryLoggingConfig}.
 */
public final class ResolverQueryLoggingConfig extends Resource<ResolverQueryLoggingConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverQueryLoggingConfig")
      .constrain("DestinationArn", Constraint.of().minLength(1).maxLength(600))
      .references("DestinationArn", "AWS::Logs::LogGroup.Arn", "AWS::S3::Bucket.Arn")
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Arn", "AssociationCount", "CreationTime", "CreatorRequestId", "Id", "OwnerId",
          "ShareStatus", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResolverQueryLoggingConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the resource that you want Resolver to send query logs: an Amazon S3 bucket, a
   * CloudWatch Logs log group, or a Kinesis Data Firehose delivery stream.
   *
   * <p>Changing it replaces the resource. Length: 1 to 600 characters. CloudFormation property
   * {@code DestinationArn}.
   */
  public ResolverQueryLoggingConfig destinationArn(String value) {
    return set("DestinationArn", Value.of(value));
  }

  /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
  public ResolverQueryLoggingConfig destinationArn(Value<String> value) {
    return set("DestinationArn", value);
  }

  /**
   * Sets {@code DestinationArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
   * #destinationArn(String)}.
   */
  public ResolverQueryLoggingConfig destinationArn(LogGroup resource) {
    return set("DestinationArn", resource.arn());
  }

  /**
   * Sets {@code DestinationArn} to the Arn of {@code AWS::S3::Bucket}; see {@link
   * #destinationArn(String)}.
   */
  public ResolverQueryLoggingConfig destinationArn(Bucket resource) {
    return set("DestinationArn", resource.arn());
  }

  /**
   * The name of the query logging configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * (?!^[0-9]+$)([a-zA-Z0-9&#92;-_' ']+)}. CloudFormation property {@code Name}.
   */
  public ResolverQueryLoggingConfig name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResolverQueryLoggingConfig name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ResolverQueryLoggingConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResolverQueryLoggingConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResolverQueryLoggingConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the query logging configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The number of VPCs that are associated with the query logging configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationCount}.
   */
  public Value<Integer> associationCount() {
    return getAtt("AssociationCount");
  }

  /**
   * The date and time that the query logging configuration was created, in Unix time format and
   * Coordinated Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A unique string that identifies the request that created the query logging configuration. The
   * <code>CreatorRequestId</code> allows failed requests to be retried without the risk of running
   * the operation twice.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatorRequestId}.
   */
  public Value<String> creatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /**
   * The ID for the query logging configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The AWS account ID for the account that created the query logging configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * An indication of whether the query logging configuration is shared with other AWS account s, or
   * was shared with the current account by another AWS account . Sharing is configured through AWS
   * Resource Access Manager ( AWS RAM ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ShareStatus}.
   */
  public Value<String> shareStatus() {
    return getAtt("ShareStatus");
  }

  /**
   * The status of the specified query logging configuration. Valid values include the following:
   *
   * <ul> <li><code>CREATING</code> : Resolver is creating the query logging configuration.
   * <li><code>CREATED</code> : The query logging configuration was successfully created. Resolver
   * is logging queries that originate in the specified VPC. <li><code>DELETING</code> : Resolver is
   * deleting this query logging configuration. <li><code>FAILED</code> : Resolver can't deliver
   * logs to the location that is specified in the query logging configuration. Here are two common
   * causes: </ul>
   *
   * <ul> <li>The specified destination (for example, an Amazon S3 bucket) was deleted.
   * <li>Permissions don't allow sending logs to the destination. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
