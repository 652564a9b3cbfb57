// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a transit gateway route table attachment.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::TransitGatewayRouteTableAttachment}.
 */
public final class TransitGatewayRouteTableAttachment extends Resource<TransitGatewayRouteTableAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::TransitGatewayRouteTableAttachment")
      .required("PeeringId", "TransitGatewayRouteTableArn")
      .constrain("PeeringId", Constraint.of().pattern("^peering-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("RoutingPolicyLabel", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("TransitGatewayRouteTableArn", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(500))
      .refYields("AttachmentId")
      .attributes("AttachmentId", "AttachmentPolicyRuleNumber", "AttachmentType", "CoreNetworkArn",
          "CoreNetworkId", "CreatedAt", "EdgeLocation", "LastModificationErrors", "OwnerAccountId",
          "ProposedNetworkFunctionGroupChange", "ProposedSegmentChange", "ResourceArn",
          "SegmentName", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayRouteTableAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the network function group.
   *
   * <p>CloudFormation property {@code NetworkFunctionGroupName}.
   */
  public TransitGatewayRouteTableAttachment networkFunctionGroupName(String value) {
    return set("NetworkFunctionGroupName", Value.of(value));
  }

  /**
   * Sets {@code NetworkFunctionGroupName} to this value; see {@link
   * #networkFunctionGroupName(String)}.
   */
  public TransitGatewayRouteTableAttachment networkFunctionGroupName(Value<String> value) {
    return set("NetworkFunctionGroupName", value);
  }

  /**
   * The ID of the transit gateway peering.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^peering-([0-9a-f]{8,17})$}. CloudFormation property {@code PeeringId}.
   */
  public TransitGatewayRouteTableAttachment peeringId(String value) {
    return set("PeeringId", Value.of(value));
  }

  /** Sets {@code PeeringId} to this value; see {@link #peeringId(String)}. */
  public TransitGatewayRouteTableAttachment peeringId(Value<String> value) {
    return set("PeeringId", value);
  }

  /**
   * This property is read-only. Values can't be assigned to it.
   *
   * <p>CloudFormation property {@code ProposedSegmentChange}.
   */
  public TransitGatewayRouteTableAttachment proposedSegmentChange(Value<ProposedSegmentChange> value) {
    return set("ProposedSegmentChange", value);
  }

  /**
   * Routing policy label
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code RoutingPolicyLabel}.
   */
  public TransitGatewayRouteTableAttachment routingPolicyLabel(String value) {
    return set("RoutingPolicyLabel", Value.of(value));
  }

  /** Sets {@code RoutingPolicyLabel} to this value; see {@link #routingPolicyLabel(String)}. */
  public TransitGatewayRouteTableAttachment routingPolicyLabel(Value<String> value) {
    return set("RoutingPolicyLabel", value);
  }

  /**
   * The list of key-value pairs associated with the transit gateway route table attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayRouteTableAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayRouteTableAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayRouteTableAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the transit gateway attachment route table. For example,
   * <code>"TransitGatewayRouteTableArn":
   * "arn:aws:ec2:us-west-2:123456789012:transit-gateway-route-table/tgw-rtb-9876543210123456"</code>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code TransitGatewayRouteTableArn}.
   */
  public TransitGatewayRouteTableAttachment transitGatewayRouteTableArn(String value) {
    return set("TransitGatewayRouteTableArn", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayRouteTableArn} to this value; see {@link
   * #transitGatewayRouteTableArn(String)}.
   */
  public TransitGatewayRouteTableAttachment transitGatewayRouteTableArn(Value<String> value) {
    return set("TransitGatewayRouteTableArn", value);
  }

  /**
   * The ID of the transit gateway route table attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentId}.
   */
  public Value<String> attachmentId() {
    return getAtt("AttachmentId");
  }

  /**
   * The policy rule number associated with the attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentPolicyRuleNumber}.
   */
  public Value<Integer> attachmentPolicyRuleNumber() {
    return getAtt("AttachmentPolicyRuleNumber");
  }

  /**
   * The type of attachment. This will be <code>TRANSIT_GATEWAY_ROUTE_TABLE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentType}.
   */
  public Value<String> attachmentType() {
    return getAtt("AttachmentType");
  }

  /**
   * The ARN of the core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CoreNetworkArn}.
   */
  public Value<String> coreNetworkArn() {
    return getAtt("CoreNetworkArn");
  }

  /**
   * The ID of the core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CoreNetworkId}.
   */
  public Value<String> coreNetworkId() {
    return getAtt("CoreNetworkId");
  }

  /**
   * The timestamp when the transit gateway route table attachment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Region where the core network edge is located.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EdgeLocation}.
   */
  public Value<String> edgeLocation() {
    return getAtt("EdgeLocation");
  }

  /**
   * Errors from the last modification of the attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationErrors}.
   */
  public Value<List<String>> lastModificationErrors() {
    return getAtt("LastModificationErrors");
  }

  /**
   * The ID of the transit gateway route table attachment owner.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccountId}.
   */
  public Value<String> ownerAccountId() {
    return getAtt("OwnerAccountId");
  }

  /**
   * The attachment to move from one network function group to another.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProposedNetworkFunctionGroupChange}.
   */
  public Value<ProposedNetworkFunctionGroupChange> proposedNetworkFunctionGroupChange() {
    return getAtt("ProposedNetworkFunctionGroupChange");
  }

  /**
   * The attachment to move from one segment to another.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProposedSegmentChange}.
   */
  public Value<ProposedSegmentChange> proposedSegmentChange() {
    return getAtt("ProposedSegmentChange");
  }

  /**
   * The resource ARN for the transit gateway route table attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The name of the attachment's segment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SegmentName}.
   */
  public Value<String> segmentName() {
    return getAtt("SegmentName");
  }

  /**
   * The state of the attachment. This can be: <code>REJECTED</code> |
   * <code>PENDING_ATTACHMENT_ACCEPTANCE</code> | <code>CREATING</code> | <code>FAILED</code> |
   * <code>AVAILABLE</code> | <code>UPDATING</code> | <code>PENDING_NETWORK_UPDATE</code> |
   * <code>PENDING_TAG_ACCEPTANCE</code> | <code>DELETING</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The timestamp when the transit gateway route table attachment was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Describes proposed changes to a network function group.
   *
   * <p>Property type {@code
   * AWS::NetworkManager::TransitGatewayRouteTableAttachment.ProposedNetworkFunctionGroupChange}.
   */
  public static final class ProposedNetworkFunctionGroupChange extends Struct<ProposedNetworkFunctionGroupChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::TransitGatewayRouteTableAttachment.ProposedNetworkFunctionGroupChange");

    public ProposedNetworkFunctionGroupChange() {
      super(SCHEMA);
    }

    /**
     * The proposed new attachment policy rule number for the network function group.
     *
     * <p>CloudFormation property {@code AttachmentPolicyRuleNumber}.
     */
    public ProposedNetworkFunctionGroupChange attachmentPolicyRuleNumber(int value) {
      return set("AttachmentPolicyRuleNumber", Value.of(value));
    }

    /**
     * Sets {@code AttachmentPolicyRuleNumber} to this value; see {@link
     * #attachmentPolicyRuleNumber(int)}.
     */
    public ProposedNetworkFunctionGroupChange attachmentPolicyRuleNumber(Value<Integer> value) {
      return set("AttachmentPolicyRuleNumber", value);
    }

    /**
     * The proposed name change for the network function group name.
     *
     * <p>CloudFormation property {@code NetworkFunctionGroupName}.
     */
    public ProposedNetworkFunctionGroupChange networkFunctionGroupName(String value) {
      return set("NetworkFunctionGroupName", Value.of(value));
    }

    /**
     * Sets {@code NetworkFunctionGroupName} to this value; see {@link
     * #networkFunctionGroupName(String)}.
     */
    public ProposedNetworkFunctionGroupChange networkFunctionGroupName(Value<String> value) {
      return set("NetworkFunctionGroupName", value);
    }

    /**
     * The list of proposed changes to the key-value tags associated with the network function
     * group.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public ProposedNetworkFunctionGroupChange tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public ProposedNetworkFunctionGroupChange tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * Describes a proposed segment change. In some cases, the segment change must first be evaluated
   * and accepted.
   *
   * <p>Property type {@code
   * AWS::NetworkManager::TransitGatewayRouteTableAttachment.ProposedSegmentChange}.
   */
  public static final class ProposedSegmentChange extends Struct<ProposedSegmentChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::TransitGatewayRouteTableAttachment.ProposedSegmentChange");

    public ProposedSegmentChange() {
      super(SCHEMA);
    }

    /**
     * The rule number in the policy document that applies to this change.
     *
     * <p>CloudFormation property {@code AttachmentPolicyRuleNumber}.
     */
    public ProposedSegmentChange attachmentPolicyRuleNumber(int value) {
      return set("AttachmentPolicyRuleNumber", Value.of(value));
    }

    /**
     * Sets {@code AttachmentPolicyRuleNumber} to this value; see {@link
     * #attachmentPolicyRuleNumber(int)}.
     */
    public ProposedSegmentChange attachmentPolicyRuleNumber(Value<Integer> value) {
      return set("AttachmentPolicyRuleNumber", value);
    }

    /**
     * The name of the segment to change.
     *
     * <p>CloudFormation property {@code SegmentName}.
     */
    public ProposedSegmentChange segmentName(String value) {
      return set("SegmentName", Value.of(value));
    }

    /** Sets {@code SegmentName} to this value; see {@link #segmentName(String)}. */
    public ProposedSegmentChange segmentName(Value<String> value) {
      return set("SegmentName", value);
    }

    /**
     * The list of key-value tags that changed for the segment.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public ProposedSegmentChange tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public ProposedSegmentChange tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }
}
