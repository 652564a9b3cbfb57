// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource schema for AWS::Connect::DataLakeAssociation
 *
 * <p>CloudFormation type {@code AWS::Connect::DataLakeAssociation}.
 */
public final class DataLakeAssociation extends Resource<DataLakeAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::DataLakeAssociation")
      .required("DataSetId", "InstanceId")
      .constrain("DataSetId", Constraint.of().minLength(1).maxLength(255))
      .constrain("InstanceId", Constraint.of().pattern("^[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .constrain("TargetAccountId", Constraint.of().pattern("^\\d+$").minLength(12).maxLength(12))
      .attributes("ResourceShareArn", "ResourceShareId")
      .build();

  public DataLakeAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the analytics data set.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code DataSetId}.
   */
  public DataLakeAssociation dataSetId(String value) {
    return set("DataSetId", Value.of(value));
  }

  /** Sets {@code DataSetId} to this value; see {@link #dataSetId(String)}. */
  public DataLakeAssociation dataSetId(Value<String> value) {
    return set("DataSetId", value);
  }

  /**
   * The identifier of the Amazon Connect instance
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[-a-zA-Z0-9]*$}. CloudFormation property {@code InstanceId}.
   */
  public DataLakeAssociation instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public DataLakeAssociation instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The identifier of the target account
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code ^&#92;d+$}.
   * CloudFormation property {@code TargetAccountId}.
   */
  public DataLakeAssociation targetAccountId(String value) {
    return set("TargetAccountId", Value.of(value));
  }

  /** Sets {@code TargetAccountId} to this value; see {@link #targetAccountId(String)}. */
  public DataLakeAssociation targetAccountId(Value<String> value) {
    return set("TargetAccountId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Resource Access Manager share
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceShareArn}.
   */
  public Value<String> resourceShareArn() {
    return getAtt("ResourceShareArn");
  }

  /**
   * The AWS Resource Access Manager share ID
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceShareId}.
   */
  public Value<String> resourceShareId() {
    return getAtt("ResourceShareId");
  }
}
