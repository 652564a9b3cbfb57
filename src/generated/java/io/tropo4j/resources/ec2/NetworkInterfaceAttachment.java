// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Attaches an elastic network interface (ENI) to an Amazon EC2 instance. You can use this resource
 * type to attach additional network interfaces to an instance without interruption.
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkInterfaceAttachment}.
 */
public final class NetworkInterfaceAttachment extends Resource<NetworkInterfaceAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInterfaceAttachment")
      .required("DeviceIndex", "InstanceId", "NetworkInterfaceId")
      .refYields("AttachmentId")
      .attributes("AttachmentId")
      .build();

  public NetworkInterfaceAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to delete the network interface when the instance terminates. By default, this value is
   * set to <code>true</code> .
   *
   * <p>Default: {@code true}. CloudFormation property {@code DeleteOnTermination}.
   */
  public NetworkInterfaceAttachment deleteOnTermination(boolean value) {
    return set("DeleteOnTermination", Value.of(value));
  }

  /** Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}. */
  public NetworkInterfaceAttachment deleteOnTermination(Value<Boolean> value) {
    return set("DeleteOnTermination", value);
  }

  /**
   * The network interface's position in the attachment order. For example, the first attached
   * network interface has a <code>DeviceIndex</code> of 0.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DeviceIndex}.
   */
  public NetworkInterfaceAttachment deviceIndex(String value) {
    return set("DeviceIndex", Value.of(value));
  }

  /** Sets {@code DeviceIndex} to this value; see {@link #deviceIndex(String)}. */
  public NetworkInterfaceAttachment deviceIndex(Value<String> value) {
    return set("DeviceIndex", value);
  }

  /**
   * The number of ENA queues created with the instance.
   *
   * <p>CloudFormation property {@code EnaQueueCount}.
   */
  public NetworkInterfaceAttachment enaQueueCount(int value) {
    return set("EnaQueueCount", Value.of(value));
  }

  /** Sets {@code EnaQueueCount} to this value; see {@link #enaQueueCount(int)}. */
  public NetworkInterfaceAttachment enaQueueCount(Value<Integer> value) {
    return set("EnaQueueCount", value);
  }

  /**
   * Configures ENA Express for the network interface that this action attaches to the instance.
   *
   * <p>CloudFormation property {@code EnaSrdSpecification}.
   */
  public NetworkInterfaceAttachment enaSrdSpecification(Value<EnaSrdSpecification> value) {
    return set("EnaSrdSpecification", value);
  }

  /**
   * The ID of the instance to which you will attach the ENI.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceId}.
   */
  public NetworkInterfaceAttachment instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public NetworkInterfaceAttachment instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The ID of the ENI that you want to attach.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkInterfaceId}.
   */
  public NetworkInterfaceAttachment networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public NetworkInterfaceAttachment networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The ID of the network interface attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentId}.
   */
  public Value<String> attachmentId() {
    return getAtt("AttachmentId");
  }

  /**
   * ENA Express uses AWS Scalable Reliable Datagram (SRD) technology to increase the maximum
   * bandwidth used per stream and minimize tail latency of network traffic between EC2 instances.
   * With ENA Express, you can communicate between two EC2 instances in the same subnet within the
   * same account, or in different accounts. Both sending and receiving instances must have ENA
   * Express enabled.
   *
   * <p>To improve the reliability of network packet delivery, ENA Express reorders network packets
   * on the receiving end by default. However, some UDP-based applications are designed to handle
   * network packets that are out of order to reduce the overhead for packet delivery at the network
   * layer. When ENA Express is enabled, you can specify whether UDP network traffic uses it.
   *
   * <p>Property type {@code AWS::EC2::NetworkInterfaceAttachment.EnaSrdSpecification}.
   */
  public static final class EnaSrdSpecification extends Struct<EnaSrdSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInterfaceAttachment.EnaSrdSpecification");

    public EnaSrdSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether ENA Express is enabled for the network interface.
     *
     * <p>CloudFormation property {@code EnaSrdEnabled}.
     */
    public EnaSrdSpecification enaSrdEnabled(boolean value) {
      return set("EnaSrdEnabled", Value.of(value));
    }

    /** Sets {@code EnaSrdEnabled} to this value; see {@link #enaSrdEnabled(boolean)}. */
    public EnaSrdSpecification enaSrdEnabled(Value<Boolean> value) {
      return set("EnaSrdEnabled", value);
    }

    /**
     * Configures ENA Express for UDP network traffic.
     *
     * <p>CloudFormation property {@code EnaSrdUdpSpecification}.
     */
    public EnaSrdSpecification enaSrdUdpSpecification(Value<EnaSrdUdpSpecification> value) {
      return set("EnaSrdUdpSpecification", value);
    }
  }

  /**
   * ENA Express is compatible with both TCP and UDP transport protocols. When it's enabled, TCP
   * traffic automatically uses it. However, some UDP-based applications are designed to handle
   * network packets that are out of order, without a need for retransmission, such as live video
   * broadcasting or other near-real-time applications. For UDP traffic, you can specify whether to
   * use ENA Express, based on your application environment needs.
   *
   * <p>Property type {@code AWS::EC2::NetworkInterfaceAttachment.EnaSrdUdpSpecification}.
   */
  public static final class EnaSrdUdpSpecification extends Struct<EnaSrdUdpSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInterfaceAttachment.EnaSrdUdpSpecification");

    public EnaSrdUdpSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this
     * setting, you must first enable ENA Express.
     *
     * <p>CloudFormation property {@code EnaSrdUdpEnabled}.
     */
    public EnaSrdUdpSpecification enaSrdUdpEnabled(boolean value) {
      return set("EnaSrdUdpEnabled", Value.of(value));
    }

    /** Sets {@code EnaSrdUdpEnabled} to this value; see {@link #enaSrdUdpEnabled(boolean)}. */
    public EnaSrdUdpSpecification enaSrdUdpEnabled(Value<Boolean> value) {
      return set("EnaSrdUdpEnabled", value);
    }
  }
}
