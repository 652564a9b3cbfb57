// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import java.util.List;

/**
 * Creates an OpenSearch Serverless-managed interface VPC endpoint. For more information, see <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-vpc.html">Access
 * Amazon OpenSearch Serverless using an interface endpoint</a> .
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::VpcEndpoint}.
 */
public final class VpcEndpoint extends Resource<VpcEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::VpcEndpoint")
      .required("Name", "SubnetIds", "VpcId")
      .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9-]{2,31}$").minLength(3).maxLength(32))
      .constrain("SecurityGroupIds", Constraint.of().pattern("^[\\w+\\-]+$").minLength(1).maxLength(128).format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$").minLength(1).maxLength(32))
      .constrain("VpcId", Constraint.of().pattern("^vpc-[0-9a-z]*$").minLength(1).maxLength(255).format("AWS::EC2::VPC.Id"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public VpcEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 32 characters. Pattern: {@code
   * ^[a-z][a-z0-9-]{2,31}$}. CloudFormation property {@code Name}.
   */
  public VpcEndpoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public VpcEndpoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The unique identifiers of the security groups that define the ports, protocols, and sources for
   * inbound traffic that you are authorizing into your endpoint.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;w+&#92;-]+$}. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public VpcEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public VpcEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public VpcEndpoint securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The ID of the subnets from which you access OpenSearch Serverless.
   *
   * <p>Required. Length: 1 to 32 characters. Pattern: {@code ^subnet-([0-9a-f]{8}|[0-9a-f]{17})$}.
   * CloudFormation property {@code SubnetIds}.
   */
  public VpcEndpoint subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public VpcEndpoint subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * The ID of the VPC from which you access OpenSearch Serverless.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^vpc-[0-9a-z]*$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public VpcEndpoint vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public VpcEndpoint vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * The unique identifier of the endpoint. For example, <code>vpce-050f79086ee71ac05</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
