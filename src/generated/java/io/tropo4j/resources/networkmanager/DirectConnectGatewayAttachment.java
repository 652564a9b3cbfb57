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
 * Creates an AWS Direct Connect gateway attachment
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::DirectConnectGatewayAttachment}.
 */
public final class DirectConnectGatewayAttachment extends Resource<DirectConnectGatewayAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::DirectConnectGatewayAttachment")
      .required("CoreNetworkId", "DirectConnectGatewayArn", "EdgeLocations")
      .constrain("CoreNetworkId", Constraint.of().pattern("^core-network-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("DirectConnectGatewayArn", Constraint.of().pattern("^arn:[^:]{1,63}:directconnect::[^:]{0,63}:dx-gateway\\/[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$").minLength(0).maxLength(500))
      .constrain("EdgeLocations", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(63))
      .constrain("RoutingPolicyLabel", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .refYields("AttachmentId")
      .attributes("AttachmentId", "AttachmentPolicyRuleNumber", "AttachmentType", "CoreNetworkArn",
          "CreatedAt", "LastModificationErrors", "NetworkFunctionGroupName", "OwnerAccountId",
          "ProposedNetworkFunctionGroupChange", "ProposedSegmentChange", "ResourceArn",
          "SegmentName", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DirectConnectGatewayAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of a core network for the Direct Connect Gateway attachment.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^core-network-([0-9a-f]{8,17})$}. CloudFormation property {@code CoreNetworkId}.
   */
  public DirectConnectGatewayAttachment coreNetworkId(String value) {
    return set("CoreNetworkId", Value.of(value));
  }

  /** Sets {@code CoreNetworkId} to this value; see {@link #coreNetworkId(String)}. */
  public DirectConnectGatewayAttachment coreNetworkId(Value<String> value) {
    return set("CoreNetworkId", value);
  }

  /**
   * The Direct Connect gateway attachment ARN.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^arn:[^:]{1,63}:directconnect::[^:]{0,63}:dx-gateway&#92;/[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$}.
   * CloudFormation property {@code DirectConnectGatewayArn}.
   */
  public DirectConnectGatewayAttachment directConnectGatewayArn(String value) {
    return set("DirectConnectGatewayArn", Value.of(value));
  }

  /**
   * Sets {@code DirectConnectGatewayArn} to this value; see {@link
   * #directConnectGatewayArn(String)}.
   */
  public DirectConnectGatewayAttachment directConnectGatewayArn(Value<String> value) {
    return set("DirectConnectGatewayArn", value);
  }

  /**
   * The Regions where the edges are located.
   *
   * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation
   * property {@code EdgeLocations}.
   */
  public DirectConnectGatewayAttachment edgeLocations(List<String> value) {
    return set("EdgeLocations", Value.listOf(value));
  }

  /** Sets {@code EdgeLocations} to this value; see {@link #edgeLocations(List)}. */
  public DirectConnectGatewayAttachment edgeLocations(Value<List<String>> value) {
    return set("EdgeLocations", value);
  }

  /**
   * Routing policy label
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code RoutingPolicyLabel}.
   */
  public DirectConnectGatewayAttachment routingPolicyLabel(String value) {
    return set("RoutingPolicyLabel", Value.of(value));
  }

  /** Sets {@code RoutingPolicyLabel} to this value; see {@link #routingPolicyLabel(String)}. */
  public DirectConnectGatewayAttachment routingPolicyLabel(Value<String> value) {
    return set("RoutingPolicyLabel", value);
  }

  /**
   * Tags for the attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DirectConnectGatewayAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DirectConnectGatewayAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DirectConnectGatewayAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Id of the attachment.
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
   * Attachment type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentType}.
   */
  public Value<String> attachmentType() {
    return getAtt("AttachmentType");
  }

  /**
   * The ARN of a core network for the Direct Connect Gateway attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CoreNetworkArn}.
   */
  public Value<String> coreNetworkArn() {
    return getAtt("CoreNetworkArn");
  }

  /**
   * Creation time of the attachment.
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
   * The name of the network function group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkFunctionGroupName}.
   */
  public Value<String> networkFunctionGroupName() {
    return getAtt("NetworkFunctionGroupName");
  }

  /**
   * Owner account of the attachment.
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
   * The ARN of the Resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The name of the segment attachment..
   *
   * <p>{@code Fn::GetAtt} attribute {@code SegmentName}.
   */
  public Value<String> segmentName() {
    return getAtt("SegmentName");
  }

  /**
   * State of the attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Last update time of the attachment.
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
   * AWS::NetworkManager::DirectConnectGatewayAttachment.ProposedNetworkFunctionGroupChange}.
   */
  public static final class ProposedNetworkFunctionGroupChange extends Struct<ProposedNetworkFunctionGroupChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::DirectConnectGatewayAttachment.ProposedNetworkFunctionGroupChange");

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
   * AWS::NetworkManager::DirectConnectGatewayAttachment.ProposedSegmentChange}.
   */
  public static final class ProposedSegmentChange extends Struct<ProposedSegmentChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::DirectConnectGatewayAttachment.ProposedSegmentChange");

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
