// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::RDS::DBSecurityGroupIngress</code> resource enables ingress to a DB security group
 * using one of two forms of authorization. First, you can add EC2 or VPC security groups to the DB
 * security group if the application using the database is running on EC2 or VPC instances. Second,
 * IP ranges are available if the application accessing your database is running on the Internet.
 *
 * <p>This type supports updates. For more information about updating stacks, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks.html">AWS
 * CloudFormation Stacks Updates</a> .
 *
 * <p>For details about the settings for DB security group ingress, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_AuthorizeDBSecurityGroupIngress.html">AuthorizeDBSecurityGroupIngress</a>
 * .
 *
 * <p>EC2-Classic was retired on August 15, 2022. If you haven't migrated from EC2-Classic to a VPC,
 * we recommend that you migrate as soon as possible. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/vpc-migrate.html">Migrate from
 * EC2-Classic to a VPC</a> in the <em>Amazon EC2 User Guide</em> , the blog <a
 * href="https://docs.aws.amazon.com/aws/ec2-classic-is-retiring-heres-how-to-prepare/">EC2-Classic
 * Networking is Retiring – Here’s How to Prepare</a> , and <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Non-VPC2VPC.html">Moving a
 * DB instance not in a VPC into a VPC</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RDS::DBSecurityGroupIngress}.
 */
public final class DBSecurityGroupIngress extends Resource<DBSecurityGroupIngress> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBSecurityGroupIngress")
      .required("DBSecurityGroupName")
      .constrain("CIDRIP", Constraint.of().format("ipv4-network"))
      .constrain("EC2SecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("EC2SecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public DBSecurityGroupIngress(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IP range to authorize.
   *
   * <p>Format: {@code ipv4-network}. CloudFormation property {@code CIDRIP}.
   */
  public DBSecurityGroupIngress cidrip(String value) {
    return set("CIDRIP", Value.of(value));
  }

  /** Sets {@code CIDRIP} to this value; see {@link #cidrip(String)}. */
  public DBSecurityGroupIngress cidrip(Value<String> value) {
    return set("CIDRIP", value);
  }

  /**
   * The name of the DB security group to add authorization to.
   *
   * <p>Required. CloudFormation property {@code DBSecurityGroupName}.
   */
  public DBSecurityGroupIngress dbSecurityGroupName(String value) {
    return set("DBSecurityGroupName", Value.of(value));
  }

  /** Sets {@code DBSecurityGroupName} to this value; see {@link #dbSecurityGroupName(String)}. */
  public DBSecurityGroupIngress dbSecurityGroupName(Value<String> value) {
    return set("DBSecurityGroupName", value);
  }

  /**
   * Id of the EC2 security group to authorize. For VPC DB security groups,
   * <code>EC2SecurityGroupId</code> must be provided. Otherwise,
   * <code>EC2SecurityGroupOwnerId</code> and either <code>EC2SecurityGroupName</code> or
   * <code>EC2SecurityGroupId</code> must be provided.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * EC2SecurityGroupId}.
   */
  public DBSecurityGroupIngress ec2SecurityGroupId(String value) {
    return set("EC2SecurityGroupId", Value.of(value));
  }

  /** Sets {@code EC2SecurityGroupId} to this value; see {@link #ec2SecurityGroupId(String)}. */
  public DBSecurityGroupIngress ec2SecurityGroupId(Value<String> value) {
    return set("EC2SecurityGroupId", value);
  }

  /**
   * Name of the EC2 security group to authorize. For VPC DB security groups,
   * <code>EC2SecurityGroupId</code> must be provided. Otherwise,
   * <code>EC2SecurityGroupOwnerId</code> and either <code>EC2SecurityGroupName</code> or
   * <code>EC2SecurityGroupId</code> must be provided.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Name}. CloudFormation property {@code
   * EC2SecurityGroupName}.
   */
  public DBSecurityGroupIngress ec2SecurityGroupName(String value) {
    return set("EC2SecurityGroupName", Value.of(value));
  }

  /** Sets {@code EC2SecurityGroupName} to this value; see {@link #ec2SecurityGroupName(String)}. */
  public DBSecurityGroupIngress ec2SecurityGroupName(Value<String> value) {
    return set("EC2SecurityGroupName", value);
  }

  /**
   * AWS account number of the owner of the EC2 security group specified in the
   * <code>EC2SecurityGroupName</code> parameter. The AWS access key ID isn't an acceptable value.
   * For VPC DB security groups, <code>EC2SecurityGroupId</code> must be provided. Otherwise,
   * <code>EC2SecurityGroupOwnerId</code> and either <code>EC2SecurityGroupName</code> or
   * <code>EC2SecurityGroupId</code> must be provided.
   *
   * <p>CloudFormation property {@code EC2SecurityGroupOwnerId}.
   */
  public DBSecurityGroupIngress ec2SecurityGroupOwnerId(String value) {
    return set("EC2SecurityGroupOwnerId", Value.of(value));
  }

  /**
   * Sets {@code EC2SecurityGroupOwnerId} to this value; see {@link
   * #ec2SecurityGroupOwnerId(String)}.
   */
  public DBSecurityGroupIngress ec2SecurityGroupOwnerId(Value<String> value) {
    return set("EC2SecurityGroupOwnerId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
