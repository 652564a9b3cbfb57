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
 * Creates an Amazon Web Services site-to-site VPN attachment on an edge location of a core network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::SiteToSiteVpnAttachment}.
 */
public final class SiteToSiteVpnAttachment extends Resource<SiteToSiteVpnAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::SiteToSiteVpnAttachment")
      .required("CoreNetworkId", "VpnConnectionArn")
      .constrain("CoreNetworkId", Constraint.of().pattern("^core-network-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("RoutingPolicyLabel", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("VpnConnectionArn", Constraint.of().pattern("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:vpn-connection\\/vpn-[0-9a-f]{8,17}$").minLength(0).maxLength(500))
      .refYields("AttachmentId")
      .attributes("AttachmentId", "AttachmentPolicyRuleNumber", "AttachmentType", "CoreNetworkArn",
          "CreatedAt", "EdgeLocation", "LastModificationErrors", "OwnerAccountId",
          "ProposedNetworkFunctionGroupChange", "ProposedSegmentChange", "ResourceArn",
          "SegmentName", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SiteToSiteVpnAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of a core network where you're creating a site-to-site VPN attachment.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^core-network-([0-9a-f]{8,17})$}. CloudFormation property {@code CoreNetworkId}.
   */
  public SiteToSiteVpnAttachment coreNetworkId(String value) {
    return set("CoreNetworkId", Value.of(value));
  }

  /** Sets {@code CoreNetworkId} to this value; see {@link #coreNetworkId(String)}. */
  public SiteToSiteVpnAttachment coreNetworkId(Value<String> value) {
    return set("CoreNetworkId", value);
  }

  /**
   * The name of the network function group.
   *
   * <p>CloudFormation property {@code NetworkFunctionGroupName}.
   */
  public SiteToSiteVpnAttachment networkFunctionGroupName(String value) {
    return set("NetworkFunctionGroupName", Value.of(value));
  }

  /**
   * Sets {@code NetworkFunctionGroupName} to this value; see {@link
   * #networkFunctionGroupName(String)}.
   */
  public SiteToSiteVpnAttachment networkFunctionGroupName(Value<String> value) {
    return set("NetworkFunctionGroupName", value);
  }

  /**
   * Describes a proposed segment change. In some cases, the segment change must first be evaluated
   * and accepted.
   *
   * <p>CloudFormation property {@code ProposedSegmentChange}.
   */
  public SiteToSiteVpnAttachment proposedSegmentChange(Value<ProposedSegmentChange> value) {
    return set("ProposedSegmentChange", value);
  }

  /**
   * Routing policy label
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code RoutingPolicyLabel}.
   */
  public SiteToSiteVpnAttachment routingPolicyLabel(String value) {
    return set("RoutingPolicyLabel", Value.of(value));
  }

  /** Sets {@code RoutingPolicyLabel} to this value; see {@link #routingPolicyLabel(String)}. */
  public SiteToSiteVpnAttachment routingPolicyLabel(Value<String> value) {
    return set("RoutingPolicyLabel", value);
  }

  /**
   * The tags associated with the Site-to-Site VPN attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SiteToSiteVpnAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SiteToSiteVpnAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SiteToSiteVpnAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the site-to-site VPN attachment.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:vpn-connection&#92;/vpn-[0-9a-f]{8,17}$}.
   * CloudFormation property {@code VpnConnectionArn}.
   */
  public SiteToSiteVpnAttachment vpnConnectionArn(String value) {
    return set("VpnConnectionArn", Value.of(value));
  }

  /** Sets {@code VpnConnectionArn} to this value; see {@link #vpnConnectionArn(String)}. */
  public SiteToSiteVpnAttachment vpnConnectionArn(Value<String> value) {
    return set("VpnConnectionArn", value);
  }

  /**
   * The ID of the site-to-site VPN attachment.
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
   * The type of attachment. This will be <code>SITE_TO_SITE_VPN</code> .
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
   * The timestamp when the site-to-site VPN attachment was created.
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
   * The ID of the site-to-site VPN attachment owner.
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
   * The resource ARN for the site-to-site VPN attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The name of the site-to-site VPN attachment's segment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SegmentName}.
   */
  public Value<String> segmentName() {
    return getAtt("SegmentName");
  }

  /**
   * The state of the site-to-site VPN attachment. This can be: <code>REJECTED</code> |
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
   * The timestamp when the site-to-site VPN attachment was last updated.
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
   * AWS::NetworkManager::SiteToSiteVpnAttachment.ProposedNetworkFunctionGroupChange}.
   */
  public static final class ProposedNetworkFunctionGroupChange extends Struct<ProposedNetworkFunctionGroupChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::SiteToSiteVpnAttachment.ProposedNetworkFunctionGroupChange");

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
   * <p>Property type {@code AWS::NetworkManager::SiteToSiteVpnAttachment.ProposedSegmentChange}.
   */
  public static final class ProposedSegmentChange extends Struct<ProposedSegmentChange> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::SiteToSiteVpnAttachment.ProposedSegmentChange");

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
