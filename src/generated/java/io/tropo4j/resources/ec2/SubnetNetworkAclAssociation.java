// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a subnet with a network ACL. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/ApiReference-query-ReplaceNetworkAclAssociation.html">ReplaceNetworkAclAssociation</a>
 * in the <em>Amazon EC2 API Reference</em> .
 *
 * <p>When <code>AWS::EC2::SubnetNetworkAclAssociation</code> resources are created during create or
 * update operations, AWS CloudFormation adopts existing resources that share the same key
 * properties (the properties that contribute to uniquely identify the resource). However, if the
 * operation fails and rolls back, AWS CloudFormation deletes the previously out-of-band resources.
 * You can protect against this behavior by using <code>Retain</code> deletion policies. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * Attribute</a> .
 *
 * <p>CloudFormation type {@code AWS::EC2::SubnetNetworkAclAssociation}.
 */
public final class SubnetNetworkAclAssociation extends Resource<SubnetNetworkAclAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SubnetNetworkAclAssociation")
      .required("NetworkAclId", "SubnetId")
      .references("NetworkAclId", "AWS::EC2::NetworkAcl.Ref")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("SubnetId", "AWS::EC2::Subnet.Ref")
      .refYields("AssociationId")
      .attributes("AssociationId")
      .build();

  public SubnetNetworkAclAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the network ACL.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code NetworkAclId}.
   */
  public SubnetNetworkAclAssociation networkAclId(String value) {
    return set("NetworkAclId", Value.of(value));
  }

  /** Sets {@code NetworkAclId} to this value; see {@link #networkAclId(String)}. */
  public SubnetNetworkAclAssociation networkAclId(Value<String> value) {
    return set("NetworkAclId", value);
  }

  /**
   * Sets {@code NetworkAclId} to the Ref of {@code AWS::EC2::NetworkAcl}; see {@link
   * #networkAclId(String)}.
   */
  public SubnetNetworkAclAssociation networkAclId(NetworkAcl resource) {
    return set("NetworkAclId", resource.ref());
  }

  /**
   * The ID of the subnet.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public SubnetNetworkAclAssociation subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public SubnetNetworkAclAssociation subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
   */
  public SubnetNetworkAclAssociation subnetId(Subnet resource) {
    return set("SubnetId", resource.ref());
  }

  /**
   * Returns the value of this object's AssociationId property.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }
}
