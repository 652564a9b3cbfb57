// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.globalaccelerator;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::GlobalAccelerator::Listener</code> resource is a Global Accelerator resource type
 * that contains information about how you create a listener to process inbound connections from
 * clients to an accelerator. Connections arrive to assigned static IP addresses on a port, port
 * range, or list of port ranges that you specify.
 *
 * <p>CloudFormation type {@code AWS::GlobalAccelerator::Listener}.
 */
public final class Listener extends Resource<Listener> {
  private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::Listener")
      .required("AcceleratorArn", "PortRanges", "Protocol")
      .constrain("AcceleratorArn", Constraint.of().minLength(0).maxLength(255))
      .references("AcceleratorArn", "AWS::GlobalAccelerator::Accelerator.Ref")
      .allowed("ClientAffinity", "NONE", "SOURCE_IP")
      .allowed("Protocol", "TCP", "UDP")
      .refYields("ListenerArn")
      .attributes("ListenerArn")
      .build();

  public Listener(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of your accelerator.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation
   * property {@code AcceleratorArn}.
   */
  public Listener acceleratorArn(String value) {
    return set("AcceleratorArn", Value.of(value));
  }

  /** Sets {@code AcceleratorArn} to this value; see {@link #acceleratorArn(String)}. */
  public Listener acceleratorArn(Value<String> value) {
    return set("AcceleratorArn", value);
  }

  /**
   * Sets {@code AcceleratorArn} to the Ref of {@code AWS::GlobalAccelerator::Accelerator}; see
   * {@link #acceleratorArn(String)}.
   */
  public Listener acceleratorArn(Accelerator resource) {
    return set("AcceleratorArn", resource.ref());
  }

  /**
   * Client affinity lets you direct all requests from a user to the same endpoint, if you have
   * stateful applications, regardless of the port and protocol of the client request. Client
   * affinity gives you control over whether to always route each client to the same specific
   * endpoint.
   *
   * <p>AWS Global Accelerator uses a consistent-flow hashing algorithm to choose the optimal
   * endpoint for a connection. If client affinity is <code>NONE</code> , Global Accelerator uses
   * the "five-tuple" (5-tuple) properties—source IP address, source port, destination IP address,
   * destination port, and protocol—to select the hash value, and then chooses the best endpoint.
   * However, with this setting, if someone uses different ports to connect to Global Accelerator,
   * their connections might not be always routed to the same endpoint because the hash value
   * changes.
   *
   * <p>If you want a given client to always be routed to the same endpoint, set client affinity to
   * <code>SOURCE_IP</code> instead. When you use the <code>SOURCE_IP</code> setting, Global
   * Accelerator uses the "two-tuple" (2-tuple) properties— source (client) IP address and
   * destination IP address—to select the hash value.
   *
   * <p>The default value is <code>NONE</code> .
   *
   * <p>Allowed values: {@code NONE}, {@code SOURCE_IP}. Default: {@code "NONE"}. CloudFormation
   * property {@code ClientAffinity}.
   */
  public Listener clientAffinity(String value) {
    return set("ClientAffinity", Value.of(value));
  }

  /** Sets {@code ClientAffinity} to this value; see {@link #clientAffinity(String)}. */
  public Listener clientAffinity(Value<String> value) {
    return set("ClientAffinity", value);
  }

  /**
   * The list of port ranges for the connections from clients to the accelerator.
   *
   * <p>Required. CloudFormation property {@code PortRanges}.
   */
  public Listener portRanges(List<PortRange> value) {
    return set("PortRanges", Value.listOf(value));
  }

  /** Sets {@code PortRanges} to this value; see {@link #portRanges(List)}. */
  public Listener portRanges(Value<List<PortRange>> value) {
    return set("PortRanges", value);
  }

  /** Sets {@code PortRanges} to a list of these; see {@link #portRanges(List)}. */
  public Listener portRanges(PortRange... values) {
    return set("PortRanges", Value.list(values));
  }

  /**
   * The protocol for the connections from clients to the accelerator.
   *
   * <p>Required. Allowed values: {@code TCP}, {@code UDP}. Default: {@code "TCP"}. CloudFormation
   * property {@code Protocol}.
   */
  public Listener protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public Listener protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The ARN of the listener, such as
   * <code>arn:aws:globalaccelerator::012345678901:accelerator/1234abcd-abcd-1234-abcd-1234abcdefgh/listener/0123vxyz</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListenerArn}.
   */
  public Value<String> listenerArn() {
    return getAtt("ListenerArn");
  }

  /**
   * A complex type for a range of ports for a listener.
   *
   * <p>Property type {@code AWS::GlobalAccelerator::Listener.PortRange}.
   */
  public static final class PortRange extends Struct<PortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::Listener.PortRange")
        .required("FromPort", "ToPort")
        .constrain("FromPort", Constraint.of().minimum(0).maximum(65535))
        .constrain("ToPort", Constraint.of().minimum(0).maximum(65535))
        .build();

    public PortRange() {
      super(SCHEMA);
    }

    /**
     * The first port in the range of ports, inclusive.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code FromPort}.
     */
    public PortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public PortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The last port in the range of ports, inclusive.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code ToPort}.
     */
    public PortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public PortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }
}
