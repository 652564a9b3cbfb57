// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The AWS::ElastiCache::SecurityGroupIngress type authorizes ingress to a cache security group from
 * hosts in specified Amazon EC2 security groups. For more information about ElastiCache security
 * group ingress, go to <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_AuthorizeCacheSecurityGroupIngress.html">AuthorizeCacheSecurityGroupIngress</a>
 * in the <em>Amazon ElastiCache API Reference Guide</em> .
 *
 * <p>Updates are not supported.
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::SecurityGroupIngress}.
 */
public final class SecurityGroupIngress extends Resource<SecurityGroupIngress> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::SecurityGroupIngress")
      .required("CacheSecurityGroupName", "EC2SecurityGroupName")
      .constrain("CacheSecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .constrain("EC2SecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public SecurityGroupIngress(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Cache Security Group to authorize.
   *
   * <p>Required. Format: {@code AWS::EC2::SecurityGroup.Name}. CloudFormation property {@code
   * CacheSecurityGroupName}.
   */
  public SecurityGroupIngress cacheSecurityGroupName(String value) {
    return set("CacheSecurityGroupName", Value.of(value));
  }

  /**
   * Sets {@code CacheSecurityGroupName} to this value; see {@link #cacheSecurityGroupName(String)}.
   */
  public SecurityGroupIngress cacheSecurityGroupName(Value<String> value) {
    return set("CacheSecurityGroupName", value);
  }

  /**
   * Name of the EC2 Security Group to include in the authorization.
   *
   * <p>Required. Format: {@code AWS::EC2::SecurityGroup.Name}. CloudFormation property {@code
   * EC2SecurityGroupName}.
   */
  public SecurityGroupIngress ec2SecurityGroupName(String value) {
    return set("EC2SecurityGroupName", Value.of(value));
  }

  /** Sets {@code EC2SecurityGroupName} to this value; see {@link #ec2SecurityGroupName(String)}. */
  public SecurityGroupIngress ec2SecurityGroupName(Value<String> value) {
    return set("EC2SecurityGroupName", value);
  }

  /**
   * Specifies the Amazon Account ID of the owner of the EC2 security group specified in the
   * EC2SecurityGroupName property. The Amazon access key ID is not an acceptable value.
   *
   * <p>CloudFormation property {@code EC2SecurityGroupOwnerId}.
   */
  public SecurityGroupIngress ec2SecurityGroupOwnerId(String value) {
    return set("EC2SecurityGroupOwnerId", Value.of(value));
  }

  /**
   * Sets {@code EC2SecurityGroupOwnerId} to this value; see {@link
   * #ec2SecurityGroupOwnerId(String)}.
   */
  public SecurityGroupIngress ec2SecurityGroupOwnerId(Value<String> value) {
    return set("EC2SecurityGroupOwnerId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
