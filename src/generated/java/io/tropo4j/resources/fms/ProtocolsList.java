// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an AWS Firewall Manager protocols list.
 *
 * <p>CloudFormation type {@code AWS::FMS::ProtocolsList}.
 */
public final class ProtocolsList extends Resource<ProtocolsList> {
  private static final Schema SCHEMA = Schema.builder("AWS::FMS::ProtocolsList")
      .required("ListName", "ProtocolsList")
      .constrain("ListName", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
      .constrain("ProtocolsList", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(20))
      .refYields("Arn")
      .attributes("Arn", "CreateTime", "LastUpdateTime", "ListId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProtocolsList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Firewall Manager protocols list.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code ListName}.
   */
  public ProtocolsList listName(String value) {
    return set("ListName", Value.of(value));
  }

  /** Sets {@code ListName} to this value; see {@link #listName(String)}. */
  public ProtocolsList listName(Value<String> value) {
    return set("ListName", value);
  }

  /**
   * An array of protocols in the Firewall Manager protocols list.
   *
   * <p>Required. Length: 1 to 20 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code
   * ProtocolsList}.
   */
  public ProtocolsList protocolsList(List<String> value) {
    return set("ProtocolsList", Value.listOf(value));
  }

  /** Sets {@code ProtocolsList} to this value; see {@link #protocolsList(List)}. */
  public ProtocolsList protocolsList(Value<List<String>> value) {
    return set("ProtocolsList", value);
  }

  /**
   * An array of key-value pairs to apply to the protocols list.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ProtocolsList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProtocolsList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProtocolsList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the protocols list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time that the Firewall Manager protocols list was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The time that the Firewall Manager protocols list was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateTime}.
   */
  public Value<String> lastUpdateTime() {
    return getAtt("LastUpdateTime");
  }

  /**
   * The ID of the Firewall Manager protocols list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListId}.
   */
  public Value<String> listId() {
    return getAtt("ListId");
  }
}
