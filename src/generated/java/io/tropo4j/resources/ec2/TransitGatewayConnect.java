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
 * Creates a Connect attachment from a specified transit gateway attachment. A Connect attachment is
 * a GRE-based tunnel attachment that you can use to establish a connection between a transit
 * gateway and an appliance.
 *
 * <p>A Connect attachment uses an existing VPC or AWS Direct Connect attachment as the underlying
 * transport mechanism.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayConnect}.
 */
public final class TransitGatewayConnect extends Resource<TransitGatewayConnect> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayConnect")
      .required("Options", "TransportTransitGatewayAttachmentId")
      .references("TransportTransitGatewayAttachmentId",
          "AWS::EC2::TransitGatewayVpcAttachment.Ref")
      .refYields("TransitGatewayAttachmentId")
      .attributes("CreationTime", "State", "TransitGatewayAttachmentId", "TransitGatewayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayConnect(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Connect attachment options.
   *
   * <ul> <li>protocol (gre) </ul>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Options}.
   */
  public TransitGatewayConnect options(Value<TransitGatewayConnectOptions> value) {
    return set("Options", value);
  }

  /**
   * The tags for the attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayConnect tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayConnect tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayConnect tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the attachment from which the Connect attachment was created.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransportTransitGatewayAttachmentId}.
   */
  public TransitGatewayConnect transportTransitGatewayAttachmentId(String value) {
    return set("TransportTransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransportTransitGatewayAttachmentId} to this value; see {@link
   * #transportTransitGatewayAttachmentId(String)}.
   */
  public TransitGatewayConnect transportTransitGatewayAttachmentId(Value<String> value) {
    return set("TransportTransitGatewayAttachmentId", value);
  }

  /**
   * Sets {@code TransportTransitGatewayAttachmentId} to the Ref of {@code
   * AWS::EC2::TransitGatewayVpcAttachment}; see {@link
   * #transportTransitGatewayAttachmentId(String)}.
   */
  public TransitGatewayConnect transportTransitGatewayAttachmentId(TransitGatewayVpcAttachment resource) {
    return set("TransportTransitGatewayAttachmentId", resource.ref());
  }

  /**
   * The creation time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The state of the attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The ID of the transit gateway attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayAttachmentId}.
   */
  public Value<String> transitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  /**
   * The ID of the transit gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayId}.
   */
  public Value<String> transitGatewayId() {
    return getAtt("TransitGatewayId");
  }

  /**
   * Describes the Connect attachment options.
   *
   * <p>Property type {@code AWS::EC2::TransitGatewayConnect.TransitGatewayConnectOptions}.
   */
  public static final class TransitGatewayConnectOptions extends Struct<TransitGatewayConnectOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayConnect.TransitGatewayConnectOptions")
        .allowed("Protocol", "gre")
        .build();

    public TransitGatewayConnectOptions() {
      super(SCHEMA);
    }

    /**
     * The tunnel protocol.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code gre}. CloudFormation property
     * {@code Protocol}.
     */
    public TransitGatewayConnectOptions protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public TransitGatewayConnectOptions protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }
}
