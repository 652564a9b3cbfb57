// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::RDS::DBSecurityGroup</code> resource creates or updates an Amazon RDS DB security
 * group.
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
 * <p>CloudFormation type {@code AWS::RDS::DBSecurityGroup}.
 */
public final class DBSecurityGroup extends Resource<DBSecurityGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBSecurityGroup")
      .required("DBSecurityGroupIngress", "GroupDescription")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBSecurityGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Ingress rules to be applied to the DB security group.
   *
   * <p>Required. CloudFormation property {@code DBSecurityGroupIngress}.
   */
  public DBSecurityGroup dbSecurityGroupIngress(List<Ingress> value) {
    return set("DBSecurityGroupIngress", Value.listOf(value));
  }

  /**
   * Sets {@code DBSecurityGroupIngress} to this value; see {@link #dbSecurityGroupIngress(List)}.
   */
  public DBSecurityGroup dbSecurityGroupIngress(Value<List<Ingress>> value) {
    return set("DBSecurityGroupIngress", value);
  }

  /**
   * Sets {@code DBSecurityGroupIngress} to a list of these; see {@link
   * #dbSecurityGroupIngress(List)}.
   */
  public DBSecurityGroup dbSecurityGroupIngress(Ingress... values) {
    return set("DBSecurityGroupIngress", Value.list(values));
  }

  /**
   * The identifier of an Amazon virtual private cloud (VPC). This property indicates the VPC that
   * this DB security group belongs to.
   *
   * <p>This property is included for backwards compatibility and is no longer recommended for
   * providing security information to an RDS DB instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EC2VpcId}.
   */
  public DBSecurityGroup ec2VpcId(String value) {
    return set("EC2VpcId", Value.of(value));
  }

  /** Sets {@code EC2VpcId} to this value; see {@link #ec2VpcId(String)}. */
  public DBSecurityGroup ec2VpcId(Value<String> value) {
    return set("EC2VpcId", value);
  }

  /**
   * Provides the description of the DB security group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * GroupDescription}.
   */
  public DBSecurityGroup groupDescription(String value) {
    return set("GroupDescription", Value.of(value));
  }

  /** Sets {@code GroupDescription} to this value; see {@link #groupDescription(String)}. */
  public DBSecurityGroup groupDescription(Value<String> value) {
    return set("GroupDescription", value);
  }

  /**
   * Metadata assigned to an Amazon RDS resource consisting of a key-value pair.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html">Tagging Amazon
   * RDS resources</a> in the <em>Amazon RDS User Guide</em> or <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html">Tagging
   * Amazon Aurora and Amazon RDS resources</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBSecurityGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBSecurityGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBSecurityGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The <code>Ingress</code> property type specifies an individual ingress rule within an
   * <code>AWS::RDS::DBSecurityGroup</code> resource.
   *
   * <p>EC2-Classic was retired on August 15, 2022. If you haven't migrated from EC2-Classic to a
   * VPC, we recommend that you migrate as soon as possible. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/vpc-migrate.html">Migrate from
   * EC2-Classic to a VPC</a> in the <em>Amazon EC2 User Guide</em> , the blog <a
   * href="https://docs.aws.amazon.com/aws/ec2-classic-is-retiring-heres-how-to-prepare/">EC2-Classic
   * Networking is Retiring – Here’s How to Prepare</a> , and <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Non-VPC2VPC.html">Moving
   * a DB instance not in a VPC into a VPC</a> in the <em>Amazon RDS User Guide</em> .
   *
   * <p>Property type {@code AWS::RDS::DBSecurityGroup.Ingress}.
   */
  public static final class Ingress extends Struct<Ingress> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBSecurityGroup.Ingress")
        .constrain("CIDRIP", Constraint.of().format("ipv4-network"))
        .constrain("EC2SecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("EC2SecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
        .build();

    public Ingress() {
      super(SCHEMA);
    }

    /**
     * The IP range to authorize.
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code CIDRIP}.
     */
    public Ingress cidrip(String value) {
      return set("CIDRIP", Value.of(value));
    }

    /** Sets {@code CIDRIP} to this value; see {@link #cidrip(String)}. */
    public Ingress cidrip(Value<String> value) {
      return set("CIDRIP", value);
    }

    /**
     * Id of the EC2 security group to authorize. For VPC DB security groups,
     * <code>EC2SecurityGroupId</code> must be provided. Otherwise,
     * <code>EC2SecurityGroupOwnerId</code> and either <code>EC2SecurityGroupName</code> or
     * <code>EC2SecurityGroupId</code> must be provided.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code EC2SecurityGroupId}.
     */
    public Ingress ec2SecurityGroupId(String value) {
      return set("EC2SecurityGroupId", Value.of(value));
    }

    /** Sets {@code EC2SecurityGroupId} to this value; see {@link #ec2SecurityGroupId(String)}. */
    public Ingress ec2SecurityGroupId(Value<String> value) {
      return set("EC2SecurityGroupId", value);
    }

    /**
     * Name of the EC2 security group to authorize. For VPC DB security groups,
     * <code>EC2SecurityGroupId</code> must be provided. Otherwise,
     * <code>EC2SecurityGroupOwnerId</code> and either <code>EC2SecurityGroupName</code> or
     * <code>EC2SecurityGroupId</code> must be provided.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Name}.
     * CloudFormation property {@code EC2SecurityGroupName}.
     */
    public Ingress ec2SecurityGroupName(String value) {
      return set("EC2SecurityGroupName", Value.of(value));
    }

    /**
     * Sets {@code EC2SecurityGroupName} to this value; see {@link #ec2SecurityGroupName(String)}.
     */
    public Ingress ec2SecurityGroupName(Value<String> value) {
      return set("EC2SecurityGroupName", value);
    }

    /**
     * AWS account number of the owner of the EC2 security group specified in the
     * <code>EC2SecurityGroupName</code> parameter. The AWS access key ID isn't an acceptable value.
     * For VPC DB security groups, <code>EC2SecurityGroupId</code> must be provided. Otherwise,
     * <code>EC2SecurityGroupOwnerId</code> and either <code>EC2SecurityGroupName</code> or
     * <code>EC2SecurityGroupId</code> must be provided.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * EC2SecurityGroupOwnerId}.
     */
    public Ingress ec2SecurityGroupOwnerId(String value) {
      return set("EC2SecurityGroupOwnerId", Value.of(value));
    }

    /**
     * Sets {@code EC2SecurityGroupOwnerId} to this value; see {@link
     * #ec2SecurityGroupOwnerId(String)}.
     */
    public Ingress ec2SecurityGroupOwnerId(Value<String> value) {
      return set("EC2SecurityGroupOwnerId", value);
    }
  }
}
