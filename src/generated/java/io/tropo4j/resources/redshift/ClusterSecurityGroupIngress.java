// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Adds an inbound (ingress) rule to an Amazon Redshift security group. Depending on whether the
 * application accessing your cluster is running on the Internet or an Amazon EC2 instance, you can
 * authorize inbound access to either a Classless Interdomain Routing (CIDR)/Internet Protocol (IP)
 * range or to an Amazon EC2 security group. You can add as many as 20 ingress rules to an Amazon
 * Redshift security group.
 *
 * <p>If you authorize access to an Amazon EC2 security group, specify <em>EC2SecurityGroupName</em>
 * and <em>EC2SecurityGroupOwnerId</em> . The Amazon EC2 security group and Amazon Redshift cluster
 * must be in the same AWS Region .
 *
 * <p>If you authorize access to a CIDR/IP address range, specify <em>CIDRIP</em> . For an overview
 * of CIDR blocks, see the Wikipedia article on <a
 * href="https://docs.aws.amazon.com/http://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
 * Inter-Domain Routing</a> .
 *
 * <p>You must also associate the security group with a cluster so that clients running on these IP
 * addresses or the EC2 instance are authorized to connect to the cluster. For information about
 * managing security groups, go to <a
 * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-security-groups.html">Working
 * with Security Groups</a> in the <em>Amazon Redshift Cluster Management Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Redshift::ClusterSecurityGroupIngress}.
 */
public final class ClusterSecurityGroupIngress extends Resource<ClusterSecurityGroupIngress> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ClusterSecurityGroupIngress")
      .required("ClusterSecurityGroupName")
      .constrain("CIDRIP", Constraint.of().format("ipv4-network"))
      .constrain("ClusterSecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .constrain("EC2SecurityGroupName", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public ClusterSecurityGroupIngress(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IP range to be added the Amazon Redshift security group.
   *
   * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
   * {@code CIDRIP}.
   */
  public ClusterSecurityGroupIngress cidrip(String value) {
    return set("CIDRIP", Value.of(value));
  }

  /** Sets {@code CIDRIP} to this value; see {@link #cidrip(String)}. */
  public ClusterSecurityGroupIngress cidrip(Value<String> value) {
    return set("CIDRIP", value);
  }

  /**
   * The name of the security group to which the ingress rule is added.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Name}.
   * CloudFormation property {@code ClusterSecurityGroupName}.
   */
  public ClusterSecurityGroupIngress clusterSecurityGroupName(String value) {
    return set("ClusterSecurityGroupName", Value.of(value));
  }

  /**
   * Sets {@code ClusterSecurityGroupName} to this value; see {@link
   * #clusterSecurityGroupName(String)}.
   */
  public ClusterSecurityGroupIngress clusterSecurityGroupName(Value<String> value) {
    return set("ClusterSecurityGroupName", value);
  }

  /**
   * The EC2 security group to be added the Amazon Redshift security group.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Name}.
   * CloudFormation property {@code EC2SecurityGroupName}.
   */
  public ClusterSecurityGroupIngress ec2SecurityGroupName(String value) {
    return set("EC2SecurityGroupName", Value.of(value));
  }

  /** Sets {@code EC2SecurityGroupName} to this value; see {@link #ec2SecurityGroupName(String)}. */
  public ClusterSecurityGroupIngress ec2SecurityGroupName(Value<String> value) {
    return set("EC2SecurityGroupName", value);
  }

  /**
   * The AWS account number of the owner of the security group specified by the
   * <em>EC2SecurityGroupName</em> parameter. The AWS Access Key ID is not an acceptable value.
   *
   * <p>Example: <code>111122223333</code>
   *
   * <p>Conditional. If you specify the <code>EC2SecurityGroupName</code> property, you must specify
   * this property.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EC2SecurityGroupOwnerId}.
   */
  public ClusterSecurityGroupIngress ec2SecurityGroupOwnerId(String value) {
    return set("EC2SecurityGroupOwnerId", Value.of(value));
  }

  /**
   * Sets {@code EC2SecurityGroupOwnerId} to this value; see {@link
   * #ec2SecurityGroupOwnerId(String)}.
   */
  public ClusterSecurityGroupIngress ec2SecurityGroupOwnerId(Value<String> value) {
    return set("EC2SecurityGroupOwnerId", value);
  }

  /**
   * Specifies an inbound (ingress) rule for an Amazon Redshift security group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
