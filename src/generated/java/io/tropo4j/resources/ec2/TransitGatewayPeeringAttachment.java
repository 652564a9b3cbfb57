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
 * Requests a transit gateway peering attachment between the specified transit gateway (requester)
 * and a peer transit gateway (accepter). The peer transit gateway can be in your account or a
 * different AWS account .
 *
 * <p>After you create the peering attachment, the owner of the accepter transit gateway must accept
 * the attachment request.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayPeeringAttachment}.
 */
public final class TransitGatewayPeeringAttachment extends Resource<TransitGatewayPeeringAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayPeeringAttachment")
      .required("PeerAccountId", "PeerRegion", "PeerTransitGatewayId", "TransitGatewayId")
      .references("TransitGatewayId", "AWS::EC2::TransitGateway.Ref")
      .refYields("TransitGatewayAttachmentId")
      .attributes("CreationTime", "State", "Status", "Status.Code", "Status.Message",
          "TransitGatewayAttachmentId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayPeeringAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the AWS account that owns the transit gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PeerAccountId}.
   */
  public TransitGatewayPeeringAttachment peerAccountId(String value) {
    return set("PeerAccountId", Value.of(value));
  }

  /** Sets {@code PeerAccountId} to this value; see {@link #peerAccountId(String)}. */
  public TransitGatewayPeeringAttachment peerAccountId(Value<String> value) {
    return set("PeerAccountId", value);
  }

  /**
   * The Region where the transit gateway that you want to create the peer for is located.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PeerRegion}.
   */
  public TransitGatewayPeeringAttachment peerRegion(String value) {
    return set("PeerRegion", Value.of(value));
  }

  /** Sets {@code PeerRegion} to this value; see {@link #peerRegion(String)}. */
  public TransitGatewayPeeringAttachment peerRegion(Value<String> value) {
    return set("PeerRegion", value);
  }

  /**
   * The ID of the transit gateway in the PeerRegion.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PeerTransitGatewayId}.
   */
  public TransitGatewayPeeringAttachment peerTransitGatewayId(String value) {
    return set("PeerTransitGatewayId", Value.of(value));
  }

  /** Sets {@code PeerTransitGatewayId} to this value; see {@link #peerTransitGatewayId(String)}. */
  public TransitGatewayPeeringAttachment peerTransitGatewayId(Value<String> value) {
    return set("PeerTransitGatewayId", value);
  }

  /**
   * The tags for the transit gateway peering attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayPeeringAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayPeeringAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayPeeringAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transit gateway peering attachment.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayId}.
   */
  public TransitGatewayPeeringAttachment transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public TransitGatewayPeeringAttachment transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * Sets {@code TransitGatewayId} to the Ref of {@code AWS::EC2::TransitGateway}; see {@link
   * #transitGatewayId(String)}.
   */
  public TransitGatewayPeeringAttachment transitGatewayId(TransitGateway resource) {
    return set("TransitGatewayId", resource.ref());
  }

  /**
   * The time the transit gateway peering attachment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The state of the transit gateway peering attachment. Note that the <code>initiating</code>
   * state has been deprecated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<PeeringAttachmentStatus> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code Status.Code}. */
  public Value<String> statusCode() {
    return getAtt("Status.Code");
  }

  /** {@code Fn::GetAtt} attribute {@code Status.Message}. */
  public Value<String> statusMessage() {
    return getAtt("Status.Message");
  }

  /**
   * The ID of the transit gateway peering attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayAttachmentId}.
   */
  public Value<String> transitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  /**
   * The status of the transit gateway peering attachment.
   *
   * <p>Property type {@code AWS::EC2::TransitGatewayPeeringAttachment.PeeringAttachmentStatus}.
   */
  public static final class PeeringAttachmentStatus extends Struct<PeeringAttachmentStatus> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::TransitGatewayPeeringAttachment.PeeringAttachmentStatus");

    public PeeringAttachmentStatus() {
      super(SCHEMA);
    }

    /**
     * The status code.
     *
     * <p>CloudFormation property {@code Code}.
     */
    public PeeringAttachmentStatus code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public PeeringAttachmentStatus code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The status message, if applicable.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public PeeringAttachmentStatus message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public PeeringAttachmentStatus message(Value<String> value) {
      return set("Message", value);
    }
  }
}
