// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.VPC;

/**
 * The AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation resource is a configuration for
 * DNS query logging. After you create a query logging configuration, Amazon Route 53 begins to
 * publish log data to an Amazon CloudWatch Logs log group.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation}.
 */
public final class ResolverQueryLoggingConfigAssociation extends Resource<ResolverQueryLoggingConfigAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation")
      .constrain("ResolverQueryLogConfigId", Constraint.of().minLength(1).maxLength(64))
      .references("ResolverQueryLogConfigId",
          "AWS::Route53Resolver::ResolverQueryLoggingConfig.Ref")
      .constrain("ResourceId", Constraint.of().minLength(1).maxLength(64))
      .references("ResourceId", "AWS::EC2::VPC.Ref")
      .refYields("Id")
      .attributes("CreationTime", "Error", "ErrorMessage", "Id", "Status")
      .build();

  public ResolverQueryLoggingConfigAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the query logging configuration that a VPC is associated with.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code ResolverQueryLogConfigId}.
   */
  public ResolverQueryLoggingConfigAssociation resolverQueryLogConfigId(String value) {
    return set("ResolverQueryLogConfigId", Value.of(value));
  }

  /**
   * Sets {@code ResolverQueryLogConfigId} to this value; see {@link
   * #resolverQueryLogConfigId(String)}.
   */
  public ResolverQueryLoggingConfigAssociation resolverQueryLogConfigId(Value<String> value) {
    return set("ResolverQueryLogConfigId", value);
  }

  /**
   * Sets {@code ResolverQueryLogConfigId} to the Ref of {@code
   * AWS::Route53Resolver::ResolverQueryLoggingConfig}; see {@link
   * #resolverQueryLogConfigId(String)}.
   */
  public ResolverQueryLoggingConfigAssociation resolverQueryLogConfigId(ResolverQueryLoggingConfig resource) {
    return set("ResolverQueryLogConfigId", resource.ref());
  }

  /**
   * The ID of the Amazon VPC that is associated with the query logging configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code ResourceId}.
   */
  public ResolverQueryLoggingConfigAssociation resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public ResolverQueryLoggingConfigAssociation resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * Sets {@code ResourceId} to the Ref of {@code AWS::EC2::VPC}; see {@link #resourceId(String)}.
   */
  public ResolverQueryLoggingConfigAssociation resourceId(VPC resource) {
    return set("ResourceId", resource.ref());
  }

  /**
   * The date and time that the VPC was associated with the query logging configuration, in Unix
   * time format and Coordinated Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * If the value of <code>Status</code> is <code>FAILED</code> , the value of <code>Error</code>
   * indicates the cause:
   *
   * <ul> <li><code>DESTINATION_NOT_FOUND</code> : The specified destination (for example, an Amazon
   * S3 bucket) was deleted. <li><code>ACCESS_DENIED</code> : Permissions don't allow sending logs
   * to the destination. </ul>
   *
   * <p>If the value of <code>Status</code> is a value other than <code>FAILED</code> ,
   * <code>Error</code> is null.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Error}.
   */
  public Value<String> error() {
    return getAtt("Error");
  }

  /**
   * Contains additional information about the error. If the value or <code>Error</code> is null,
   * the value of <code>ErrorMessage</code> is also null.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorMessage}.
   */
  public Value<String> errorMessage() {
    return getAtt("ErrorMessage");
  }

  /**
   * The ID of the query logging association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The status of the specified query logging association. Valid values include the following:
   *
   * <ul> <li><code>CREATING</code> : Resolver is creating an association between an Amazon Virtual
   * Private Cloud (Amazon VPC) and a query logging configuration. <li><code>CREATED</code> : The
   * association between an Amazon VPC and a query logging configuration was successfully created.
   * Resolver is logging queries that originate in the specified VPC. <li><code>DELETING</code> :
   * Resolver is deleting this query logging association. <li><code>FAILED</code> : Resolver either
   * couldn't create or couldn't delete the query logging association. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
