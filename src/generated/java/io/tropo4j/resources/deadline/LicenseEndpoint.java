// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a license endpoint to integrate your various licensed software used for rendering on
 * Deadline Cloud.
 *
 * <p>CloudFormation type {@code AWS::Deadline::LicenseEndpoint}.
 */
public final class LicenseEndpoint extends Resource<LicenseEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::LicenseEndpoint")
      .required("SecurityGroupIds", "SubnetIds", "VpcId")
      .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[\\w]{1,120}$").format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-[\\w]{1,120}$").minLength(1).maxLength(32))
      .constrain("VpcId", Constraint.of().pattern("^vpc-[\\w]{1,120}$").minLength(1).maxLength(32).format("AWS::EC2::VPC.Id"))
      .refYields("Arn")
      .attributes("Arn", "DnsName", "LicenseEndpointId", "Status", "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LicenseEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon EC2 security group that controls access to the license endpoint.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^sg-[&#92;w]{1,120}$}. Format:
   * {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public LicenseEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public LicenseEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Identifies the VPC subnets that can connect to a license endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^subnet-[&#92;w]{1,120}$}. CloudFormation property {@code SubnetIds}.
   */
  public LicenseEndpoint subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public LicenseEndpoint subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * The tags to add to your license endpoint. Each tag consists of a tag key and a tag value. Tag
   * keys and values are both required, but tag values can be empty strings.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LicenseEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LicenseEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LicenseEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC (virtual private cloud) ID associated with the license endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^vpc-[&#92;w]{1,120}$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code
   * VpcId}.
   */
  public LicenseEndpoint vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public LicenseEndpoint vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the license endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The DNS name of the license server endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsName}.
   */
  public Value<String> dnsName() {
    return getAtt("DnsName");
  }

  /**
   * The license endpoint ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LicenseEndpointId}.
   */
  public Value<String> licenseEndpointId() {
    return getAtt("LicenseEndpointId");
  }

  /**
   * The status of the license endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The status message of the license endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }
}
