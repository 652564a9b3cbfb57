// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dataexchange;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::DataExchange::DataSet Resource Type
 *
 * <p>CloudFormation type {@code AWS::DataExchange::DataSet}.
 */
public final class DataSet extends Resource<DataSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataExchange::DataSet")
      .required("AssetType", "Description", "Name")
      .allowed("AssetType", "S3_SNAPSHOT", "REDSHIFT_DATA_SHARE", "API_GATEWAY_API",
          "S3_DATA_ACCESS", "LAKE_FORMATION_DATA_PERMISSION")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "Origin", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of asset that is added to a data set.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code S3_SNAPSHOT}, {@code
   * REDSHIFT_DATA_SHARE}, {@code API_GATEWAY_API}, {@code S3_DATA_ACCESS}, {@code
   * LAKE_FORMATION_DATA_PERMISSION}. CloudFormation property {@code AssetType}.
   */
  public DataSet assetType(String value) {
    return set("AssetType", Value.of(value));
  }

  /** Sets {@code AssetType} to this value; see {@link #assetType(String)}. */
  public DataSet assetType(Value<String> value) {
    return set("AssetType", value);
  }

  /**
   * A description for the data set.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public DataSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the data set.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public DataSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags for the data set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN for the data set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the data set was created, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier for the data set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A property that defines the data set as OWNED by the account (for providers) or ENTITLED to the
   * account (for subscribers).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Origin}.
   */
  public Value<String> origin() {
    return getAtt("Origin");
  }

  /**
   * The date and time that the data set was last updated, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
