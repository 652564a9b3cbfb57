// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.drs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A Source Network resource represents a VPC that is protected by AWS Elastic Disaster Recovery.
 *
 * <p>CloudFormation type {@code AWS::DRS::SourceNetwork}.
 */
public final class SourceNetwork extends Resource<SourceNetwork> {
  private static final Schema SCHEMA = Schema.builder("AWS::DRS::SourceNetwork")
      .required("OriginAccountID", "OriginRegion", "VpcID")
      .constrain("OriginAccountID", Constraint.of().pattern("[0-9]{12,}").minLength(12).maxLength(12))
      .constrain("OriginRegion", Constraint.of().pattern("^(us(-gov)?|ap|ca|cn|eu|eusc|sa|af|me|il)-([a-z]{2}-)?(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-[0-9]$").minLength(0).maxLength(255))
      .constrain("VpcID", Constraint.of().pattern("^vpc-[0-9a-fA-F]{8,}$").minLength(12).maxLength(21))
      .refYields("Arn")
      .attributes("Arn", "SourceNetworkID")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SourceNetwork(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The account ID containing the VPC to protect.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * [0-9]{12,}}. CloudFormation property {@code OriginAccountID}.
   */
  public SourceNetwork originAccountID(String value) {
    return set("OriginAccountID", Value.of(value));
  }

  /** Sets {@code OriginAccountID} to this value; see {@link #originAccountID(String)}. */
  public SourceNetwork originAccountID(Value<String> value) {
    return set("OriginAccountID", value);
  }

  /**
   * The region containing the VPC to protect.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^(us(-gov)?|ap|ca|cn|eu|eusc|sa|af|me|il)-([a-z]{2}-)?(central|north|(north(?:east|west))|south|south(?:east|west)|east|west)-[0-9]$}.
   * CloudFormation property {@code OriginRegion}.
   */
  public SourceNetwork originRegion(String value) {
    return set("OriginRegion", Value.of(value));
  }

  /** Sets {@code OriginRegion} to this value; see {@link #originRegion(String)}. */
  public SourceNetwork originRegion(Value<String> value) {
    return set("OriginRegion", value);
  }

  /**
   * A set of tags associated with the Source Network.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SourceNetwork tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SourceNetwork tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SourceNetwork tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC ID to protect.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 21 characters. Pattern: {@code
   * ^vpc-[0-9a-fA-F]{8,}$}. CloudFormation property {@code VpcID}.
   */
  public SourceNetwork vpcID(String value) {
    return set("VpcID", Value.of(value));
  }

  /** Sets {@code VpcID} to this value; see {@link #vpcID(String)}. */
  public SourceNetwork vpcID(Value<String> value) {
    return set("VpcID", value);
  }

  /**
   * The ARN of the Source Network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the Source Network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceNetworkID}.
   */
  public Value<String> sourceNetworkID() {
    return getAtt("SourceNetworkID");
  }
}
