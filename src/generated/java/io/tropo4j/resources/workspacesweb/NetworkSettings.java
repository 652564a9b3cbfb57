// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This resource specifies network settings that can be associated with a web portal. Once
 * associated with a web portal, network settings define how streaming instances will connect with
 * your specified VPC.
 *
 * <p>The VPC must have default tenancy. VPCs with dedicated tenancy are not supported.
 *
 * <p>For availability consideration, you must have at least two subnets created in two different
 * Availability Zones. WorkSpaces Secure Browser is available in a subset of the Availability Zones
 * for each supported Region. For more information, see <a
 * href="https://docs.aws.amazon.com/workspaces-web/latest/adminguide/availability-zones.html">Supported
 * Availability Zones</a> .
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::NetworkSettings}.
 */
public final class NetworkSettings extends Resource<NetworkSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::NetworkSettings")
      .required("SecurityGroupIds", "SubnetIds", "VpcId")
      .constrain("SecurityGroupIds", Constraint.of().pattern("^[\\w+\\-]+$").minLength(1).maxLength(128).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$").minLength(1).maxLength(32))
      .constrain("VpcId", Constraint.of().pattern("^vpc-[0-9a-z]*$").minLength(1).maxLength(255).format("AWS::EC2::VPC.Id"))
      .refYields("NetworkSettingsArn")
      .attributes("AssociatedPortalArns", "NetworkSettingsArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * One or more security groups used to control access from streaming instances to your VPC.
   *
   * <p><em>Pattern</em> : <code>^[&#92;w+&#92;-]+$</code>
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w+&#92;-]+$}. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public NetworkSettings securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public NetworkSettings securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The subnets in which network interfaces are created to connect streaming instances to your VPC.
   * At least two of these subnets must be in different availability zones.
   *
   * <p><em>Pattern</em> : <code>^subnet-([0-9a-f]{8}|[0-9a-f]{17})$</code>
   *
   * <p>Required. Length: 1 to 32 characters. Pattern: {@code ^subnet-([0-9a-f]{8}|[0-9a-f]{17})$}.
   * CloudFormation property {@code SubnetIds}.
   */
  public NetworkSettings subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public NetworkSettings subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * The tags to add to the network settings resource. A tag is a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkSettings tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkSettings tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkSettings tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC that streaming instances will connect to.
   *
   * <p><em>Pattern</em> : <code>^vpc-[0-9a-z]*$</code>
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^vpc-[0-9a-z]*$}. Format: {@code
   * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public NetworkSettings vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public NetworkSettings vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * A list of web portal ARNs that this network settings is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * The ARN of the network settings.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkSettingsArn}.
   */
  public Value<String> networkSettingsArn() {
    return getAtt("NetworkSettingsArn");
  }
}
