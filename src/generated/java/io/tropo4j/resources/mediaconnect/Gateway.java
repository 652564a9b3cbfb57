// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::MediaConnect::Gateway</code> resource is used to create a new gateway. AWS
 * Elemental MediaConnect Gateway is a feature of MediaConnect that allows the deployment of
 * on-premises resources for transporting live video to and from the AWS Cloud. MediaConnect Gateway
 * allows you to contribute live video to the AWS Cloud from on-premises hardware, as well as
 * distribute live video from the AWS Cloud to your local data center.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::Gateway}.
 */
public final class Gateway extends Resource<Gateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Gateway")
      .required("EgressCidrBlocks", "Name", "Networks")
      .refYields("GatewayArn")
      .attributes("GatewayArn", "GatewayState")
      .build();

  public Gateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The range of IP addresses that are allowed to contribute content or initiate output requests
   * for flows communicating with this gateway. These IP addresses should be in the form of a
   * Classless Inter-Domain Routing (CIDR) block; for example, 10.0.0.0/16.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * EgressCidrBlocks}.
   */
  public Gateway egressCidrBlocks(List<String> value) {
    return set("EgressCidrBlocks", Value.listOf(value));
  }

  /** Sets {@code EgressCidrBlocks} to this value; see {@link #egressCidrBlocks(List)}. */
  public Gateway egressCidrBlocks(Value<List<String>> value) {
    return set("EgressCidrBlocks", value);
  }

  /**
   * The name of the gateway. This name can not be modified after the gateway is created.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Gateway name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Gateway name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The list of networks in the gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Networks}.
   */
  public Gateway networks(List<GatewayNetwork> value) {
    return set("Networks", Value.listOf(value));
  }

  /** Sets {@code Networks} to this value; see {@link #networks(List)}. */
  public Gateway networks(Value<List<GatewayNetwork>> value) {
    return set("Networks", value);
  }

  /** Sets {@code Networks} to a list of these; see {@link #networks(List)}. */
  public Gateway networks(GatewayNetwork... values) {
    return set("Networks", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GatewayArn}.
   */
  public Value<String> gatewayArn() {
    return getAtt("GatewayArn");
  }

  /**
   * The current state of the gateway. Possible values are: CREATING, ACTIVE, UPDATING, ERROR,
   * DELETING, DELETED.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GatewayState}.
   */
  public Value<String> gatewayState() {
    return getAtt("GatewayState");
  }

  /**
   * The network settings for a gateway.
   *
   * <p>Property type {@code AWS::MediaConnect::Gateway.GatewayNetwork}.
   */
  public static final class GatewayNetwork extends Struct<GatewayNetwork> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Gateway.GatewayNetwork")
        .required("CidrBlock", "Name")
        .constrain("CidrBlock", Constraint.of().format("ipv4-network"))
        .build();

    public GatewayNetwork() {
      super(SCHEMA);
    }

    /**
     * A unique IP address range to use for this network. These IP addresses should be in the form
     * of a Classless Inter-Domain Routing (CIDR) block; for example, 10.0.0.0/16.
     *
     * <p>Required. Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation
     * property {@code CidrBlock}.
     */
    public GatewayNetwork cidrBlock(String value) {
      return set("CidrBlock", Value.of(value));
    }

    /** Sets {@code CidrBlock} to this value; see {@link #cidrBlock(String)}. */
    public GatewayNetwork cidrBlock(Value<String> value) {
      return set("CidrBlock", value);
    }

    /**
     * The name of the network. This name is used to reference the network and must be unique among
     * networks in this gateway.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public GatewayNetwork name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GatewayNetwork name(Value<String> value) {
      return set("Name", value);
    }
  }
}
