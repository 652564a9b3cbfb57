// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devicefarm;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a network profile.
 *
 * <p>CloudFormation type {@code AWS::DeviceFarm::NetworkProfile}.
 */
public final class NetworkProfile extends Resource<NetworkProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::NetworkProfile")
      .required("Name", "ProjectArn")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the network profile.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public NetworkProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public NetworkProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The data throughput rate in bits per second, as an integer from 0 to 104857600.
   *
   * <p>CloudFormation property {@code DownlinkBandwidthBits}.
   */
  public NetworkProfile downlinkBandwidthBits(int value) {
    return set("DownlinkBandwidthBits", Value.of(value));
  }

  /** Sets {@code DownlinkBandwidthBits} to this value; see {@link #downlinkBandwidthBits(int)}. */
  public NetworkProfile downlinkBandwidthBits(Value<Integer> value) {
    return set("DownlinkBandwidthBits", value);
  }

  /**
   * Delay time for all packets to destination in milliseconds as an integer from 0 to 2000.
   *
   * <p>CloudFormation property {@code DownlinkDelayMs}.
   */
  public NetworkProfile downlinkDelayMs(int value) {
    return set("DownlinkDelayMs", Value.of(value));
  }

  /** Sets {@code DownlinkDelayMs} to this value; see {@link #downlinkDelayMs(int)}. */
  public NetworkProfile downlinkDelayMs(Value<Integer> value) {
    return set("DownlinkDelayMs", value);
  }

  /**
   * Time variation in the delay of received packets in milliseconds as an integer from 0 to 2000.
   *
   * <p>CloudFormation property {@code DownlinkJitterMs}.
   */
  public NetworkProfile downlinkJitterMs(int value) {
    return set("DownlinkJitterMs", Value.of(value));
  }

  /** Sets {@code DownlinkJitterMs} to this value; see {@link #downlinkJitterMs(int)}. */
  public NetworkProfile downlinkJitterMs(Value<Integer> value) {
    return set("DownlinkJitterMs", value);
  }

  /**
   * Proportion of received packets that fail to arrive from 0 to 100 percent.
   *
   * <p>CloudFormation property {@code DownlinkLossPercent}.
   */
  public NetworkProfile downlinkLossPercent(int value) {
    return set("DownlinkLossPercent", Value.of(value));
  }

  /** Sets {@code DownlinkLossPercent} to this value; see {@link #downlinkLossPercent(int)}. */
  public NetworkProfile downlinkLossPercent(Value<Integer> value) {
    return set("DownlinkLossPercent", value);
  }

  /**
   * The name of the network profile.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public NetworkProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public NetworkProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the specified project.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ProjectArn}.
   */
  public NetworkProfile projectArn(String value) {
    return set("ProjectArn", Value.of(value));
  }

  /** Sets {@code ProjectArn} to this value; see {@link #projectArn(String)}. */
  public NetworkProfile projectArn(Value<String> value) {
    return set("ProjectArn", value);
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
  public NetworkProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The data throughput rate in bits per second, as an integer from 0 to 104857600.
   *
   * <p>CloudFormation property {@code UplinkBandwidthBits}.
   */
  public NetworkProfile uplinkBandwidthBits(int value) {
    return set("UplinkBandwidthBits", Value.of(value));
  }

  /** Sets {@code UplinkBandwidthBits} to this value; see {@link #uplinkBandwidthBits(int)}. */
  public NetworkProfile uplinkBandwidthBits(Value<Integer> value) {
    return set("UplinkBandwidthBits", value);
  }

  /**
   * Delay time for all packets to destination in milliseconds as an integer from 0 to 2000.
   *
   * <p>CloudFormation property {@code UplinkDelayMs}.
   */
  public NetworkProfile uplinkDelayMs(int value) {
    return set("UplinkDelayMs", Value.of(value));
  }

  /** Sets {@code UplinkDelayMs} to this value; see {@link #uplinkDelayMs(int)}. */
  public NetworkProfile uplinkDelayMs(Value<Integer> value) {
    return set("UplinkDelayMs", value);
  }

  /**
   * Time variation in the delay of received packets in milliseconds as an integer from 0 to 2000.
   *
   * <p>CloudFormation property {@code UplinkJitterMs}.
   */
  public NetworkProfile uplinkJitterMs(int value) {
    return set("UplinkJitterMs", Value.of(value));
  }

  /** Sets {@code UplinkJitterMs} to this value; see {@link #uplinkJitterMs(int)}. */
  public NetworkProfile uplinkJitterMs(Value<Integer> value) {
    return set("UplinkJitterMs", value);
  }

  /**
   * Proportion of transmitted packets that fail to arrive from 0 to 100 percent.
   *
   * <p>CloudFormation property {@code UplinkLossPercent}.
   */
  public NetworkProfile uplinkLossPercent(int value) {
    return set("UplinkLossPercent", Value.of(value));
  }

  /** Sets {@code UplinkLossPercent} to this value; see {@link #uplinkLossPercent(int)}. */
  public NetworkProfile uplinkLossPercent(Value<Integer> value) {
    return set("UplinkLossPercent", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the network profile. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * resource names</a> in the <em>General Reference guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
