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
 * Creates a core network Connect attachment from a specified core network attachment.
 *
 * <p>A core network Connect attachment is a GRE-based tunnel attachment that you can use to
 * establish a connection between a core network and an appliance. A core network Connect attachment
 * uses an existing VPC attachment as the underlying transport mechanism.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::ConnectAttachment}.
 */
public final class ConnectAttachment extends Resource<ConnectAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::ConnectAttachment")
      .required("CoreNetworkId", "EdgeLocation", "Options", "TransportAttachmentId")
      .constrain("CoreNetworkId", Constraint.of().pattern("^core-network-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("EdgeLocation", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(63))
      .constrain("RoutingPolicyLabel", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("TransportAttachmentId", Constraint.of().pattern("^attachment-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .refYields("AttachmentId")
      .attributes("AttachmentId", "AttachmentPolicyRuleNumber", "AttachmentType", "CoreNetworkArn",
          "CreatedAt", "LastModificationErrors", "OwnerAccountId",
          "ProposedNetworkFunctionGroupChange", "ProposedSegmentChange", "ResourceArn",
          "SegmentName", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConnectAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the core network where the Connect attachment is located.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^core-network-([0-9a-f]{8,17})$}. CloudFormation property {@code CoreNetworkId}.
   */
  public ConnectAttachment coreNetworkId(String value) {
    return set("CoreNetworkId", Value.of(value));
  }

  /** Sets {@code CoreNetworkId} to this value; see {@link #coreNetworkId(String)}. */
  public ConnectAttachment coreNetworkId(Value<String> value) {
    return set("CoreNetworkId", value);
  }

  /**
   * The Region where the edge is located.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code EdgeLocation}.
   */
  public ConnectAttachment edgeLocation(String value) {
    return set("EdgeLocation", Value.of(value));
  }

  /** Sets {@code EdgeLocation} to this value; see {@link #edgeLocation(String)}. */
  public ConnectAttachment edgeLocation(Value<String> value) {
    return set("EdgeLocation", value);
  }

  /**
   * The name of the network function group.
   *
   * <p>CloudFormation property {@code NetworkFunctionGroupName}.
   */
  public ConnectAttachment networkFunctionGroupName(String value) {
    return set("NetworkFunctionGroupName", Value.of(value));
  }

  /**
   * Sets {@code NetworkFunctionGroupName} to this value; see {@link
   * #networkFunctionGroupName(String)}.
   */
  public ConnectAttachment networkFunctionGroupName(Value<String> value) {
    return set("NetworkFunctionGroupName", value);
  }

  /**
   * Options for connecting an attachment.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Options}.
   */
  public ConnectAttachment options(Value<ConnectAttachmentOptions> value) {
    return set("Options", value);
  }

  /**
   * Describes a proposed segment change. In some cases, the segment change must first be evaluated
   * and accepted.
   *
   * <p>CloudFormation property {@code ProposedSegmentChange}.
   */
  public ConnectAttachment proposedSegmentChange(Value<ProposedSegmentChange> value) {
    return set("ProposedSegmentChange", value);
  }

  /**
   * Routing policy label
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code RoutingPolicyLabel}.
   */
  public ConnectAttachment routingPolicyLabel(String value) {
    return set("RoutingPolicyLabel", Value.of(value));
  }

  /** Sets {@code RoutingPolicyLabel} to this value; see {@link #routingPolicyLabel(String)}. */
  public ConnectAttachment routingPolicyLabel(Value<String> value) {
    return set("RoutingPolicyLabel", value);
  }

  /**
   * The tags associated with the Connect attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConnectAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConnectAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConnectAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transport attachment.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^attachment-([0-9a-f]{8,17})$}. CloudFormation property {@code TransportAttachmentId}.
   */
  public ConnectAttachment transportAttachmentId(String value) {
    return set("TransportAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransportAttachmentId} to this value; see {@link #transportAttachmentId(String)}.
   */
  public ConnectAttachment transportAttachmentId(Value<String> value) {
    return set("TransportAttachmentId", value);
  }

  /**
   * The ID of the Connect attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentId}.
   */
  public Value<String> attachmentId() {
    return getAtt("AttachmentId");
  }

  /**
   * The rule number associated with the attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentPolicyRuleNumber}.
   */
  public Value<Integer> attachmentPolicyRuleNumber() {
    return getAtt("AttachmentPolicyRuleNumber");
  }

  /**
   * The type of attachment. This will be <code>CONNECT</code> .
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
   * The timestamp when the Connect attachment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
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
   * The ID of the Connect attachment owner.
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
   * The resource ARN for the Connect attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The name of the Connect attachment's segment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SegmentName}.
   */
  public Value<String> segmentName() {
    return getAtt("SegmentName");
  }

  /**
   * The state of the Connect attachment. This can be: <code>REJECTED</code> |
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
   * The timestamp when the Connect attachment was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Describes a core network Connect attachment options.
   *
   * <p>Property type {@code AWS::NetworkManager::ConnectAttachment.ConnectAttachmentOptions}.
   */
  public static final class ConnectAttachmentOptions extends Struct<ConnectAttachmentOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::ConnectAttachment.ConnectAttachmentOptions")
        .allowed("Protocol", "GRE", "NO_ENCAP")
        .build();

    public ConnectAttachmentOptions() {
      super(SCHEMA);
    }

    /**
     * The protocol used for the attachment connection.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code GRE}, {@code NO_ENCAP}.
     * CloudFormation property {@code Protocol}.
     */
    public ConnectAttachmentOptions protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public ConnectAttachmentOptions protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * Describes proposed changes to a network function group.
   *
   * <p>Property type {@code
   * AWS::NetworkManager::ConnectAttachment.ProposedNetworkFunctionGroupChange}.
   */
  public static final class ProposedNetworkFunctionGroupChange extends Struct<ProposedNetworkFunctionGroupChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::ConnectAttachment.ProposedNetworkFunctionGroupChange");

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
   * <p>Property type {@code AWS::NetworkManager::ConnectAttachment.ProposedSegmentChange}.
   */
  public static final class ProposedSegmentChange extends Struct<ProposedSegmentChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::ConnectAttachment.ProposedSegmentChange");

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
