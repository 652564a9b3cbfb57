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
 * Creates a VPC attachment on an edge location of a core network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::VpcAttachment}.
 */
public final class VpcAttachment extends Resource<VpcAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::VpcAttachment")
      .required("CoreNetworkId", "SubnetArns", "VpcArn")
      .constrain("CoreNetworkId", Constraint.of().pattern("^core-network-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("RoutingPolicyLabel", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("SubnetArns", Constraint.of().pattern("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet\\/subnet-[0-9a-f]{8,17}$|^$").minLength(0).maxLength(500))
      .constrain("VpcArn", Constraint.of().pattern("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:vpc\\/vpc-[0-9a-f]{8,17}$").minLength(0).maxLength(500))
      .refYields("AttachmentId")
      .attributes("AttachmentId", "AttachmentPolicyRuleNumber", "AttachmentType", "CoreNetworkArn",
          "CreatedAt", "EdgeLocation", "LastModificationErrors", "NetworkFunctionGroupName",
          "OwnerAccountId", "ProposedNetworkFunctionGroupChange", "ProposedSegmentChange",
          "ResourceArn", "SegmentName", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VpcAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The core network ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^core-network-([0-9a-f]{8,17})$}. CloudFormation property {@code CoreNetworkId}.
   */
  public VpcAttachment coreNetworkId(String value) {
    return set("CoreNetworkId", Value.of(value));
  }

  /** Sets {@code CoreNetworkId} to this value; see {@link #coreNetworkId(String)}. */
  public VpcAttachment coreNetworkId(Value<String> value) {
    return set("CoreNetworkId", value);
  }

  /**
   * Options for creating the VPC attachment.
   *
   * <p>CloudFormation property {@code Options}.
   */
  public VpcAttachment options(Value<VpcOptions> value) {
    return set("Options", value);
  }

  /**
   * Describes a proposed segment change. In some cases, the segment change must first be evaluated
   * and accepted.
   *
   * <p>CloudFormation property {@code ProposedSegmentChange}.
   */
  public VpcAttachment proposedSegmentChange(Value<ProposedSegmentChange> value) {
    return set("ProposedSegmentChange", value);
  }

  /**
   * Routing policy label
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code RoutingPolicyLabel}.
   */
  public VpcAttachment routingPolicyLabel(String value) {
    return set("RoutingPolicyLabel", Value.of(value));
  }

  /** Sets {@code RoutingPolicyLabel} to this value; see {@link #routingPolicyLabel(String)}. */
  public VpcAttachment routingPolicyLabel(Value<String> value) {
    return set("RoutingPolicyLabel", value);
  }

  /**
   * The subnet ARNs.
   *
   * <p>Required. Length: 0 to 500 characters. Pattern: {@code
   * ^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet&#92;/subnet-[0-9a-f]{8,17}$|^$}.
   * CloudFormation property {@code SubnetArns}.
   */
  public VpcAttachment subnetArns(List<String> value) {
    return set("SubnetArns", Value.listOf(value));
  }

  /** Sets {@code SubnetArns} to this value; see {@link #subnetArns(List)}. */
  public VpcAttachment subnetArns(Value<List<String>> value) {
    return set("SubnetArns", value);
  }

  /**
   * The tags associated with the VPC attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VpcAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VpcAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VpcAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the VPC attachment.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:vpc&#92;/vpc-[0-9a-f]{8,17}$}. CloudFormation
   * property {@code VpcArn}.
   */
  public VpcAttachment vpcArn(String value) {
    return set("VpcArn", Value.of(value));
  }

  /** Sets {@code VpcArn} to this value; see {@link #vpcArn(String)}. */
  public VpcAttachment vpcArn(Value<String> value) {
    return set("VpcArn", value);
  }

  /**
   * The ID of the VPC attachment.
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
   * The type of attachment. This will be <code>VPC</code> .
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
   * The timestamp when the VPC attachment was created.
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
   * The name of the network function group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkFunctionGroupName}.
   */
  public Value<String> networkFunctionGroupName() {
    return getAtt("NetworkFunctionGroupName");
  }

  /**
   * The ID of the VPC attachment owner.
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
   * The resource ARN for the VPC attachment.
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
   * The timestamp when the VPC attachment was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Describes proposed changes to a network function group.
   *
   * <p>Property type {@code AWS::NetworkManager::VpcAttachment.ProposedNetworkFunctionGroupChange}.
   */
  public static final class ProposedNetworkFunctionGroupChange extends Struct<ProposedNetworkFunctionGroupChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::VpcAttachment.ProposedNetworkFunctionGroupChange");

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
   * <p>Property type {@code AWS::NetworkManager::VpcAttachment.ProposedSegmentChange}.
   */
  public static final class ProposedSegmentChange extends Struct<ProposedSegmentChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::VpcAttachment.ProposedSegmentChange");

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

  /**
   * Describes the VPC options.
   *
   * <p>Property type {@code AWS::NetworkManager::VpcAttachment.VpcOptions}.
   */
  public static final class VpcOptions extends Struct<VpcOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::VpcAttachment.VpcOptions");

    public VpcOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether appliance mode is supported. If enabled, traffic flow between a source and
     * destination use the same Availability Zone for the VPC attachment for the lifetime of that
     * flow. The default value is <code>false</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code ApplianceModeSupport}.
     */
    public VpcOptions applianceModeSupport(boolean value) {
      return set("ApplianceModeSupport", Value.of(value));
    }

    /**
     * Sets {@code ApplianceModeSupport} to this value; see {@link #applianceModeSupport(boolean)}.
     */
    public VpcOptions applianceModeSupport(Value<Boolean> value) {
      return set("ApplianceModeSupport", value);
    }

    /**
     * Indicates whether DNS is supported.
     *
     * <p>Default: {@code true}. CloudFormation property {@code DnsSupport}.
     */
    public VpcOptions dnsSupport(boolean value) {
      return set("DnsSupport", Value.of(value));
    }

    /** Sets {@code DnsSupport} to this value; see {@link #dnsSupport(boolean)}. */
    public VpcOptions dnsSupport(Value<Boolean> value) {
      return set("DnsSupport", value);
    }

    /**
     * Indicates whether IPv6 is supported.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Ipv6Support}.
     */
    public VpcOptions ipv6Support(boolean value) {
      return set("Ipv6Support", Value.of(value));
    }

    /** Sets {@code Ipv6Support} to this value; see {@link #ipv6Support(boolean)}. */
    public VpcOptions ipv6Support(Value<Boolean> value) {
      return set("Ipv6Support", value);
    }

    /**
     * Indicates whether security group referencing is enabled for this VPC attachment. The default
     * is <code>true</code> . However, at the core network policy-level the default is set to
     * <code>false</code> .
     *
     * <p>Default: {@code true}. CloudFormation property {@code SecurityGroupReferencingSupport}.
     */
    public VpcOptions securityGroupReferencingSupport(boolean value) {
      return set("SecurityGroupReferencingSupport", Value.of(value));
    }

    /**
     * Sets {@code SecurityGroupReferencingSupport} to this value; see {@link
     * #securityGroupReferencingSupport(boolean)}.
     */
    public VpcOptions securityGroupReferencingSupport(Value<Boolean> value) {
      return set("SecurityGroupReferencingSupport", value);
    }
  }
}
