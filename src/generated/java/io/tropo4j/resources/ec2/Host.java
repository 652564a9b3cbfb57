// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Allocates a fully dedicated physical server for launching EC2 instances. Because the host is
 * fully dedicated for your use, it can help you address compliance requirements and reduce costs by
 * allowing you to use your existing server-bound software licenses. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-overview.html">Dedicated
 * Hosts</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::Host}.
 */
public final class Host extends Resource<Host> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::Host")
      .required("AvailabilityZone")
      .allowed("AutoPlacement", "on", "off")
      .allowed("HostMaintenance", "on", "off")
      .allowed("HostRecovery", "on", "off")
      .refYields("HostId")
      .attributes("HostId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Host(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Outpost hardware asset on which the Dedicated Host is allocated.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AssetId}.
   */
  public Host assetId(String value) {
    return set("AssetId", Value.of(value));
  }

  /** Sets {@code AssetId} to this value; see {@link #assetId(String)}. */
  public Host assetId(Value<String> value) {
    return set("AssetId", value);
  }

  /**
   * Indicates whether the host accepts any untargeted instance launches that match its instance
   * type configuration, or if it only accepts Host tenancy instance launches that specify its
   * unique host ID. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/how-dedicated-hosts-work.html#dedicated-hosts-understanding">Understanding
   * auto-placement and affinity</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Default: <code>off</code>
   *
   * <p>Allowed values: {@code on}, {@code off}. Default: {@code "on"}. CloudFormation property
   * {@code AutoPlacement}.
   */
  public Host autoPlacement(String value) {
    return set("AutoPlacement", Value.of(value));
  }

  /** Sets {@code AutoPlacement} to this value; see {@link #autoPlacement(String)}. */
  public Host autoPlacement(Value<String> value) {
    return set("AutoPlacement", value);
  }

  /**
   * The Availability Zone in which to allocate the Dedicated Host.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AvailabilityZone}.
   */
  public Host availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Host availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * Indicates whether host maintenance is enabled or disabled for the Dedicated Host.
   *
   * <p>Allowed values: {@code on}, {@code off}. Default: {@code "off"}. CloudFormation property
   * {@code HostMaintenance}.
   */
  public Host hostMaintenance(String value) {
    return set("HostMaintenance", Value.of(value));
  }

  /** Sets {@code HostMaintenance} to this value; see {@link #hostMaintenance(String)}. */
  public Host hostMaintenance(Value<String> value) {
    return set("HostMaintenance", value);
  }

  /**
   * Indicates whether to enable or disable host recovery for the Dedicated Host. Host recovery is
   * disabled by default. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-recovery.html">Host
   * recovery</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Default: <code>off</code>
   *
   * <p>Allowed values: {@code on}, {@code off}. Default: {@code "off"}. CloudFormation property
   * {@code HostRecovery}.
   */
  public Host hostRecovery(String value) {
    return set("HostRecovery", Value.of(value));
  }

  /** Sets {@code HostRecovery} to this value; see {@link #hostRecovery(String)}. */
  public Host hostRecovery(Value<String> value) {
    return set("HostRecovery", value);
  }

  /**
   * The instance family supported by the Dedicated Host. For example, <code>m5</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InstanceFamily}.
   */
  public Host instanceFamily(String value) {
    return set("InstanceFamily", Value.of(value));
  }

  /** Sets {@code InstanceFamily} to this value; see {@link #instanceFamily(String)}. */
  public Host instanceFamily(Value<String> value) {
    return set("InstanceFamily", value);
  }

  /**
   * Specifies the instance type to be supported by the Dedicated Hosts. If you specify an instance
   * type, the Dedicated Hosts support instances of the specified instance type only.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InstanceType}.
   */
  public Host instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public Host instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Outpost on which the Dedicated Host is allocated.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OutpostArn}.
   */
  public Host outpostArn(String value) {
    return set("OutpostArn", Value.of(value));
  }

  /** Sets {@code OutpostArn} to this value; see {@link #outpostArn(String)}. */
  public Host outpostArn(Value<String> value) {
    return set("OutpostArn", value);
  }

  /**
   * Any tags assigned to the Dedicated Host.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Host tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Host tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Host tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the host.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostId}.
   */
  public Value<String> hostId() {
    return getAtt("HostId");
  }
}
