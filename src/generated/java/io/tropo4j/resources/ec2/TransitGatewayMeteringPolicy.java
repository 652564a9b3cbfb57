// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a transit gateway metering policy.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayMeteringPolicy}.
 */
public final class TransitGatewayMeteringPolicy extends Resource<TransitGatewayMeteringPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayMeteringPolicy")
      .required("TransitGatewayId")
      .refYields("TransitGatewayMeteringPolicyId")
      .attributes("State", "TransitGatewayMeteringPolicyId", "UpdateEffectiveAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayMeteringPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IDs of the middlebox attachments associated with the metering policy.
   *
   * <p>CloudFormation property {@code MiddleboxAttachmentIds}.
   */
  public TransitGatewayMeteringPolicy middleboxAttachmentIds(List<String> value) {
    return set("MiddleboxAttachmentIds", Value.listOf(value));
  }

  /**
   * Sets {@code MiddleboxAttachmentIds} to this value; see {@link #middleboxAttachmentIds(List)}.
   */
  public TransitGatewayMeteringPolicy middleboxAttachmentIds(Value<List<String>> value) {
    return set("MiddleboxAttachmentIds", value);
  }

  /**
   * The tags assigned to the transit gateway metering policy.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayMeteringPolicy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayMeteringPolicy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayMeteringPolicy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transit gateway associated with the metering policy.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayId}.
   */
  public TransitGatewayMeteringPolicy transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public TransitGatewayMeteringPolicy transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * The state of the transit gateway metering policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The ID of the transit gateway metering policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayMeteringPolicyId}.
   */
  public Value<String> transitGatewayMeteringPolicyId() {
    return getAtt("TransitGatewayMeteringPolicyId");
  }

  /**
   * The date and time when the metering policy update becomes effective.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateEffectiveAt}.
   */
  public Value<String> updateEffectiveAt() {
    return getAtt("UpdateEffectiveAt");
  }
}
