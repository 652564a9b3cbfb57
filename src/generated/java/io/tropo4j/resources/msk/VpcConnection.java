// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Create remote VPC connection.
 *
 * <p>CloudFormation type {@code AWS::MSK::VpcConnection}.
 */
public final class VpcConnection extends Resource<VpcConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::VpcConnection")
      .required("Authentication", "ClientSubnets", "SecurityGroups", "TargetClusterArn", "VpcId")
      .allowed("Authentication", "SASL_IAM", "SASL_SCRAM", "TLS")
      .constrain("Authentication", Constraint.of().minLength(3).maxLength(10))
      .constrain("ClientSubnets", Constraint.of().pattern("^(subnet-)([a-z0-9]+)\\Z"))
      .constrain("SecurityGroups", Constraint.of().pattern("^(sg-)([a-z0-9]+)\\Z").format("AWS::EC2::SecurityGroup.Id"))
      .constrain("TargetClusterArn", Constraint.of().pattern("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:cluster.*\\Z"))
      .constrain("VpcId", Constraint.of().pattern("^(vpc-)([a-z0-9]+)\\Z").format("AWS::EC2::VPC.Id"))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public VpcConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of private link authentication.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SASL_IAM}, {@code
   * SASL_SCRAM}, {@code TLS}. Length: 3 to 10 characters. CloudFormation property {@code
   * Authentication}.
   */
  public VpcConnection authentication(String value) {
    return set("Authentication", Value.of(value));
  }

  /** Sets {@code Authentication} to this value; see {@link #authentication(String)}. */
  public VpcConnection authentication(Value<String> value) {
    return set("Authentication", value);
  }

  /**
   * The list of subnets in the client VPC to connect to.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^(subnet-)([a-z0-9]+)&#92;Z}.
   * CloudFormation property {@code ClientSubnets}.
   */
  public VpcConnection clientSubnets(List<String> value) {
    return set("ClientSubnets", Value.listOf(value));
  }

  /** Sets {@code ClientSubnets} to this value; see {@link #clientSubnets(List)}. */
  public VpcConnection clientSubnets(Value<List<String>> value) {
    return set("ClientSubnets", value);
  }

  /**
   * The security groups to attach to the ENIs for the broker nodes.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^(sg-)([a-z0-9]+)&#92;Z}.
   * Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
   */
  public VpcConnection securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public VpcConnection securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) you specify while creating the VPC connection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VpcConnection tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public VpcConnection tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public VpcConnection tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[&#92;w-]+:kafka:[&#92;w-]+:&#92;d+:cluster.*&#92;Z}. CloudFormation property {@code
   * TargetClusterArn}.
   */
  public VpcConnection targetClusterArn(String value) {
    return set("TargetClusterArn", Value.of(value));
  }

  /** Sets {@code TargetClusterArn} to this value; see {@link #targetClusterArn(String)}. */
  public VpcConnection targetClusterArn(Value<String> value) {
    return set("TargetClusterArn", value);
  }

  /**
   * The VPC ID of the remote client.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^(vpc-)([a-z0-9]+)&#92;Z}.
   * Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public VpcConnection vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VpcConnection vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * The ARN of the VPC connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
