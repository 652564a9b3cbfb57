// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a data source for an Amazon OpenSearch Service domain.
 *
 * <p>CloudFormation type {@code AWS::OpenSearch::DataSource}.
 */
public final class DataSource extends Resource<DataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearch::DataSource")
      .required("DataSourceType", "DomainName", "Name")
      .constrain("Description", Constraint.of().pattern("^([a-zA-Z0-9_])*[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]*$").minLength(0).maxLength(1000))
      .constrain("DomainName", Constraint.of().pattern("^[a-z][a-z0-9\\-]+$").minLength(3).maxLength(28))
      .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9_]+$").minLength(3).maxLength(80))
      .refYields("Arn")
      .attributes("Arn", "Status")
      .build();

  public DataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of data source.
   *
   * <p>Required. CloudFormation property {@code DataSourceType}.
   */
  public DataSource dataSourceType(Value<DataSourceType> value) {
    return set("DataSourceType", value);
  }

  /**
   * A description of the data source.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code
   * ^([a-zA-Z0-9_])*[&#92;&#92;a-zA-Z0-9_&#64;#%*+=:?./!&#92;s-]*$}. CloudFormation property {@code
   * Description}.
   */
  public DataSource description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataSource description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the OpenSearch Service domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 28 characters. Pattern: {@code
   * ^[a-z][a-z0-9&#92;-]+$}. CloudFormation property {@code DomainName}.
   */
  public DataSource domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DataSource domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The name of the data source.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 80 characters. Pattern: {@code
   * ^[a-z][a-z0-9_]+$}. CloudFormation property {@code Name}.
   */
  public DataSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The status of the data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The type of data source.
   *
   * <p>Property type {@code AWS::OpenSearch::DataSource.DataSourceType}.
   */
  public static final class DataSourceType extends Struct<DataSourceType> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearch::DataSource.DataSourceType");

    public DataSourceType() {
      super(SCHEMA);
    }

    /**
     * Configuration for an S3 Glue Data Catalog data source.
     *
     * <p>CloudFormation property {@code S3GlueDataCatalog}.
     */
    public DataSourceType s3GlueDataCatalog(Value<S3GlueDataCatalog> value) {
      return set("S3GlueDataCatalog", value);
    }
  }

  /**
   * Configuration for an S3 Glue Data Catalog data source.
   *
   * <p>Property type {@code AWS::OpenSearch::DataSource.S3GlueDataCatalog}.
   */
  public static final class S3GlueDataCatalog extends Struct<S3GlueDataCatalog> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearch::DataSource.S3GlueDataCatalog")
        .required("RoleArn")
        .constrain("RoleArn", Constraint.of().pattern("^arn:.*:iam::\\d{12}:role/.+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public S3GlueDataCatalog() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role that grants OpenSearch Service permission to access the Glue Data
     * Catalog.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:.*:iam::&#92;d{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code RoleArn}.
     */
    public S3GlueDataCatalog roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3GlueDataCatalog roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
