// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dax;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new subnet group.
 *
 * <p>CloudFormation type {@code AWS::DAX::SubnetGroup}.
 */
public final class SubnetGroup extends Resource<SubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::DAX::SubnetGroup")
      .required("SubnetIds")
      .refYields("SubnetGroupName")
      .attributes("Id")
      .build();

  public SubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the subnet group.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public SubnetGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SubnetGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the subnet group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubnetGroupName}.
   */
  public SubnetGroup subnetGroupName(String value) {
    return set("SubnetGroupName", Value.of(value));
  }

  /** Sets {@code SubnetGroupName} to this value; see {@link #subnetGroupName(String)}. */
  public SubnetGroup subnetGroupName(Value<String> value) {
    return set("SubnetGroupName", value);
  }

  /**
   * A list of VPC subnet IDs for the subnet group.
   *
   * <p>Required. CloudFormation property {@code SubnetIds}.
   */
  public SubnetGroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public SubnetGroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
