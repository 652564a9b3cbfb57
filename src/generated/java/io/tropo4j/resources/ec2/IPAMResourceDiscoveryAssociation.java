// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An IPAM resource discovery association. An associated resource discovery is a resource discovery
 * that has been associated with an IPAM. IPAM aggregates the resource CIDRs discovered by the
 * associated resource discovery.
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMResourceDiscoveryAssociation}.
 */
public final class IPAMResourceDiscoveryAssociation extends Resource<IPAMResourceDiscoveryAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMResourceDiscoveryAssociation")
      .required("IpamId", "IpamResourceDiscoveryId")
      .refYields("IpamResourceDiscoveryAssociationId")
      .attributes("IpamArn", "IpamRegion", "IpamResourceDiscoveryAssociationArn",
          "IpamResourceDiscoveryAssociationId", "IsDefault", "OwnerId", "ResourceDiscoveryStatus",
          "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPAMResourceDiscoveryAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IPAM ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpamId}.
   */
  public IPAMResourceDiscoveryAssociation ipamId(String value) {
    return set("IpamId", Value.of(value));
  }

  /** Sets {@code IpamId} to this value; see {@link #ipamId(String)}. */
  public IPAMResourceDiscoveryAssociation ipamId(Value<String> value) {
    return set("IpamId", value);
  }

  /**
   * The resource discovery ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * IpamResourceDiscoveryId}.
   */
  public IPAMResourceDiscoveryAssociation ipamResourceDiscoveryId(String value) {
    return set("IpamResourceDiscoveryId", Value.of(value));
  }

  /**
   * Sets {@code IpamResourceDiscoveryId} to this value; see {@link
   * #ipamResourceDiscoveryId(String)}.
   */
  public IPAMResourceDiscoveryAssociation ipamResourceDiscoveryId(Value<String> value) {
    return set("IpamResourceDiscoveryId", value);
  }

  /**
   * A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional
   * value. You can use tags to search and filter your resources or track your AWS costs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPAMResourceDiscoveryAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPAMResourceDiscoveryAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPAMResourceDiscoveryAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The IPAM ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamArn}.
   */
  public Value<String> ipamArn() {
    return getAtt("IpamArn");
  }

  /**
   * The IPAM home Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamRegion}.
   */
  public Value<String> ipamRegion() {
    return getAtt("IpamRegion");
  }

  /**
   * The resource discovery association ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamResourceDiscoveryAssociationArn}.
   */
  public Value<String> ipamResourceDiscoveryAssociationArn() {
    return getAtt("IpamResourceDiscoveryAssociationArn");
  }

  /**
   * The resource discovery association ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamResourceDiscoveryAssociationId}.
   */
  public Value<String> ipamResourceDiscoveryAssociationId() {
    return getAtt("IpamResourceDiscoveryAssociationId");
  }

  /**
   * Defines if the resource discovery is the default. When you create an IPAM, a default resource
   * discovery is created for your IPAM and it's associated with your IPAM.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefault}.
   */
  public Value<Boolean> isDefault() {
    return getAtt("IsDefault");
  }

  /**
   * The owner ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The resource discovery status.
   *
   * <ul> <li><code>active</code> - Connection or permissions required to read the results of the
   * resource discovery are intact. <li><code>not-found</code> - Connection or permissions required
   * to read the results of the resource discovery are broken. This may happen if the owner of the
   * resource discovery stopped sharing it or deleted the resource discovery. Verify the resource
   * discovery still exists and the AWS RAM resource share is still intact. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceDiscoveryStatus}.
   */
  public Value<String> resourceDiscoveryStatus() {
    return getAtt("ResourceDiscoveryStatus");
  }

  /**
   * The lifecycle state of the association when you associate or disassociate a resource discovery.
   *
   * <ul> <li><code>associate-in-progress</code> - Resource discovery is being associated.
   * <li><code>associate-complete</code> - Resource discovery association is complete.
   * <li><code>associate-failed</code> - Resource discovery association has failed.
   * <li><code>disassociate-in-progress</code> - Resource discovery is being disassociated.
   * <li><code>disassociate-complete</code> - Resource discovery disassociation is complete.
   * <li><code>disassociate-failed</code> - Resource discovery disassociation has failed.
   * <li><code>isolate-in-progress</code> - AWS account that created the resource discovery
   * association has been removed and the resource discovery associatation is being isolated.
   * <li><code>isolate-complete</code> - Resource discovery isolation is complete..
   * <li><code>restore-in-progress</code> - Resource discovery is being restored. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
