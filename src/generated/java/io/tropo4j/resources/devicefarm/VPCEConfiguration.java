// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devicefarm;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a configuration record in Device Farm for your Amazon Virtual Private Cloud (VPC)
 * endpoint service.
 *
 * <p>CloudFormation type {@code AWS::DeviceFarm::VPCEConfiguration}.
 */
public final class VPCEConfiguration extends Resource<VPCEConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::VPCEConfiguration")
      .required("ServiceDnsName", "VpceConfigurationName", "VpceServiceName")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPCEConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The DNS name that Device Farm will use to map to the private service you want to access.
   *
   * <p>Required. CloudFormation property {@code ServiceDnsName}.
   */
  public VPCEConfiguration serviceDnsName(String value) {
    return set("ServiceDnsName", Value.of(value));
  }

  /** Sets {@code ServiceDnsName} to this value; see {@link #serviceDnsName(String)}. */
  public VPCEConfiguration serviceDnsName(Value<String> value) {
    return set("ServiceDnsName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPCEConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPCEConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPCEConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An optional description that provides details about your VPC endpoint configuration.
   *
   * <p>CloudFormation property {@code VpceConfigurationDescription}.
   */
  public VPCEConfiguration vpceConfigurationDescription(String value) {
    return set("VpceConfigurationDescription", Value.of(value));
  }

  /**
   * Sets {@code VpceConfigurationDescription} to this value; see {@link
   * #vpceConfigurationDescription(String)}.
   */
  public VPCEConfiguration vpceConfigurationDescription(Value<String> value) {
    return set("VpceConfigurationDescription", value);
  }

  /**
   * The friendly name you give to your VPC endpoint configuration to manage your configurations
   * more easily.
   *
   * <p>Required. CloudFormation property {@code VpceConfigurationName}.
   */
  public VPCEConfiguration vpceConfigurationName(String value) {
    return set("VpceConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code VpceConfigurationName} to this value; see {@link #vpceConfigurationName(String)}.
   */
  public VPCEConfiguration vpceConfigurationName(Value<String> value) {
    return set("VpceConfigurationName", value);
  }

  /**
   * The name of the VPC endpoint service that you want to access from Device Farm.
   *
   * <p>The name follows the format <code>com.amazonaws.vpce.us-west-2.vpce-svc-id</code> .
   *
   * <p>Required. CloudFormation property {@code VpceServiceName}.
   */
  public VPCEConfiguration vpceServiceName(String value) {
    return set("VpceServiceName", Value.of(value));
  }

  /** Sets {@code VpceServiceName} to this value; see {@link #vpceServiceName(String)}. */
  public VPCEConfiguration vpceServiceName(Value<String> value) {
    return set("VpceServiceName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the VPC endpoint. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * resource names</a> in the <em>General Reference guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
