// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a multicast domain using the specified transit gateway.
 *
 * <p>The transit gateway must be in the available state before you create a domain.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayMulticastDomain}.
 */
public final class TransitGatewayMulticastDomain extends Resource<TransitGatewayMulticastDomain> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayMulticastDomain")
      .required("TransitGatewayId")
      .refYields("TransitGatewayMulticastDomainId")
      .attributes("CreationTime", "State", "TransitGatewayMulticastDomainArn",
          "TransitGatewayMulticastDomainId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayMulticastDomain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The options for the transit gateway multicast domain.
   *
   * <ul> <li>AutoAcceptSharedAssociations (enable | disable) <li>Igmpv2Support (enable | disable)
   * <li>StaticSourcesSupport (enable | disable) </ul>
   *
   * <p>CloudFormation property {@code Options}.
   */
  public TransitGatewayMulticastDomain options(Value<Options> value) {
    return set("Options", value);
  }

  /**
   * The tags for the transit gateway multicast domain.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayMulticastDomain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayMulticastDomain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayMulticastDomain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transit gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayId}.
   */
  public TransitGatewayMulticastDomain transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public TransitGatewayMulticastDomain transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * The time the multicast domain was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The state of the multicast domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The Amazon Resource Name (ARN) of the multicast domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayMulticastDomainArn}.
   */
  public Value<String> transitGatewayMulticastDomainArn() {
    return getAtt("TransitGatewayMulticastDomainArn");
  }

  /**
   * The ID of the multicast domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayMulticastDomainId}.
   */
  public Value<String> transitGatewayMulticastDomainId() {
    return getAtt("TransitGatewayMulticastDomainId");
  }

  /**
   * The options for the transit gateway multicast domain.
   *
   * <p>Property type {@code AWS::EC2::TransitGatewayMulticastDomain.Options}.
   */
  public static final class Options extends Struct<Options> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayMulticastDomain.Options")
        .allowed("AutoAcceptSharedAssociations", "disable", "enable")
        .allowed("Igmpv2Support", "disable", "enable")
        .allowed("StaticSourcesSupport", "disable", "enable")
        .build();

    public Options() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to automatically accept cross-account subnet associations that are
     * associated with the transit gateway multicast domain.
     *
     * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
     * AutoAcceptSharedAssociations}.
     */
    public Options autoAcceptSharedAssociations(String value) {
      return set("AutoAcceptSharedAssociations", Value.of(value));
    }

    /**
     * Sets {@code AutoAcceptSharedAssociations} to this value; see {@link
     * #autoAcceptSharedAssociations(String)}.
     */
    public Options autoAcceptSharedAssociations(Value<String> value) {
      return set("AutoAcceptSharedAssociations", value);
    }

    /**
     * Specify whether to enable Internet Group Management Protocol (IGMP) version 2 for the transit
     * gateway multicast domain.
     *
     * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
     * Igmpv2Support}.
     */
    public Options igmpv2Support(String value) {
      return set("Igmpv2Support", Value.of(value));
    }

    /** Sets {@code Igmpv2Support} to this value; see {@link #igmpv2Support(String)}. */
    public Options igmpv2Support(Value<String> value) {
      return set("Igmpv2Support", value);
    }

    /**
     * Specify whether to enable support for statically configuring multicast group sources for a
     * domain.
     *
     * <p>Allowed values: {@code disable}, {@code enable}. CloudFormation property {@code
     * StaticSourcesSupport}.
     */
    public Options staticSourcesSupport(String value) {
      return set("StaticSourcesSupport", Value.of(value));
    }

    /**
     * Sets {@code StaticSourcesSupport} to this value; see {@link #staticSourcesSupport(String)}.
     */
    public Options staticSourcesSupport(Value<String> value) {
      return set("StaticSourcesSupport", value);
    }
  }
}
