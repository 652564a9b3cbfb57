// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apprunner;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import java.util.List;

/**
 * Specify an AWS App Runner VPC connector by using the <code>AWS::AppRunner::VpcConnector</code>
 * resource in an AWS CloudFormation template.
 *
 * <p>The <code>AWS::AppRunner::VpcConnector</code> resource is an AWS App Runner resource type that
 * specifies an App Runner VPC connector.
 *
 * <p>App Runner requires this resource when you want to associate your App Runner service to a
 * custom Amazon Virtual Private Cloud ( Amazon VPC ).
 *
 * <p>CloudFormation type {@code AWS::AppRunner::VpcConnector}.
 */
public final class VpcConnector extends Resource<VpcConnector> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::VpcConnector")
      .required("Subnets")
      .constrain("SecurityGroups", Constraint.of().minLength(0).maxLength(51200).format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroups", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("Subnets", Constraint.of().minLength(0).maxLength(51200).format("AWS::EC2::Subnet.Id"))
      .constrain("VpcConnectorName", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9-\\\\_]{3,39}$").minLength(4).maxLength(40))
      .refYields("VpcConnectorArn")
      .attributes("VpcConnectorArn", "VpcConnectorRevision")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VpcConnector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of IDs of security groups that App Runner should use for access to AWS resources under
   * the specified subnets. If not specified, App Runner uses the default security group of the
   * Amazon VPC. The default security group allows all outbound traffic.
   *
   * <p>Changing it replaces the resource. Length: 0 to 51200 characters. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
   */
  public VpcConnector securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public VpcConnector securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * Sets {@code SecurityGroups} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see {@link
   * #securityGroups(List)}.
   */
  public VpcConnector securityGroups(SecurityGroup... resources) {
    return set("SecurityGroups", Value.attributes("GroupId", resources));
  }

  /**
   * A list of IDs of subnets that App Runner should use when it associates your service with a
   * custom Amazon VPC. Specify IDs of subnets of a single Amazon VPC. App Runner determines the
   * Amazon VPC from the subnets you specify.
   *
   * <p>App Runner only supports subnets of IP address type <em>IPv4</em> and <em>dual stack</em>
   * (IPv4 and IPv6).
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 51200 characters. Format: {@code
   * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
   */
  public VpcConnector subnets(List<String> value) {
    return set("Subnets", Value.listOf(value));
  }

  /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
  public VpcConnector subnets(Value<List<String>> value) {
    return set("Subnets", value);
  }

  /**
   * A list of metadata items that you can associate with your VPC connector resource. A tag is a
   * key-value pair.
   *
   * <p>A <code>VpcConnector</code> is immutable, so you cannot update its tags. To change the tags,
   * replace the resource. To replace a <code>VpcConnector</code> , you must provide a new
   * combination of security groups.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public VpcConnector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VpcConnector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VpcConnector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A name for the VPC connector.
   *
   * <p>If you don't specify a name, CloudFormation generates a name for your VPC connector.
   *
   * <p>Changing it replaces the resource. Length: 4 to 40 characters. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9-&#92;&#92;_]{3,39}$}. CloudFormation property {@code VpcConnectorName}.
   */
  public VpcConnector vpcConnectorName(String value) {
    return set("VpcConnectorName", Value.of(value));
  }

  /** Sets {@code VpcConnectorName} to this value; see {@link #vpcConnectorName(String)}. */
  public VpcConnector vpcConnectorName(Value<String> value) {
    return set("VpcConnectorName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of this VPC connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcConnectorArn}.
   */
  public Value<String> vpcConnectorArn() {
    return getAtt("VpcConnectorArn");
  }

  /**
   * The revision of this VPC connector. It's unique among all the active connectors (
   * <code>"Status": "ACTIVE"</code> ) that share the same <code>Name</code> .
   *
   * <p>At this time, App Runner supports only one revision per name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcConnectorRevision}.
   */
  public Value<Integer> vpcConnectorRevision() {
    return getAtt("VpcConnectorRevision");
  }
}
