// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lakeformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A structure that represents a data cell filter with column-level, row-level, and/or cell-level
 * security. Data cell filters belong to a specific table in a Data Catalog . During a stack
 * operation, AWS CloudFormation calls the AWS Lake Formation <code>CreateDataCellsFilter</code> API
 * operation to create a <code>DataCellsFilter</code> resource, and calls the
 * <code>DeleteDataCellsFilter</code> API operation to delete it.
 *
 * <p>CloudFormation type {@code AWS::LakeFormation::DataCellsFilter}.
 */
public final class DataCellsFilter extends Resource<DataCellsFilter> {
  private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::DataCellsFilter")
      .required("DatabaseName", "Name", "TableCatalogId", "TableName")
      .constrain("ColumnNames", Constraint.of().minLength(1).maxLength(255))
      .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("TableCatalogId", Constraint.of().minLength(12).maxLength(12))
      .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
      .build();

  public DataCellsFilter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of UTF-8 strings. A list of column names.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code ColumnNames}.
   */
  public DataCellsFilter columnNames(List<String> value) {
    return set("ColumnNames", Value.listOf(value));
  }

  /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
  public DataCellsFilter columnNames(Value<List<String>> value) {
    return set("ColumnNames", value);
  }

  /**
   * A wildcard with exclusions. You must specify either a <code>ColumnNames</code> list or the
   * <code>ColumnWildCard</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ColumnWildcard}.
   */
  public DataCellsFilter columnWildcard(Value<ColumnWildcard> value) {
    return set("ColumnWildcard", value);
  }

  /**
   * UTF-8 string, not less than 1 or more than 255 bytes long, matching the <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-aws-lake-formation-api-common.html">single-line
   * string pattern</a> .
   *
   * <p>A database in the Data Catalog .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code DatabaseName}.
   */
  public DataCellsFilter databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public DataCellsFilter databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * UTF-8 string, not less than 1 or more than 255 bytes long, matching the <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-aws-lake-formation-api-common.html">single-line
   * string pattern</a> .
   *
   * <p>The name given by the user to the data filter cell.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public DataCellsFilter name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataCellsFilter name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A PartiQL predicate.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RowFilter}.
   */
  public DataCellsFilter rowFilter(Value<RowFilter> value) {
    return set("RowFilter", value);
  }

  /**
   * Catalog id string, not less than 1 or more than 255 bytes long, matching the <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-aws-lake-formation-api-common.html">single-line
   * string pattern</a> .
   *
   * <p>The ID of the catalog to which the table belongs.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. CloudFormation
   * property {@code TableCatalogId}.
   */
  public DataCellsFilter tableCatalogId(String value) {
    return set("TableCatalogId", Value.of(value));
  }

  /** Sets {@code TableCatalogId} to this value; see {@link #tableCatalogId(String)}. */
  public DataCellsFilter tableCatalogId(Value<String> value) {
    return set("TableCatalogId", value);
  }

  /**
   * UTF-8 string, not less than 1 or more than 255 bytes long, matching the <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-aws-lake-formation-api-common.html">single-line
   * string pattern</a> .
   *
   * <p>A table in the database.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code TableName}.
   */
  public DataCellsFilter tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public DataCellsFilter tableName(Value<String> value) {
    return set("TableName", value);
  }

  /**
   * A wildcard object, consisting of an optional list of excluded column names or indexes.
   *
   * <p>Property type {@code AWS::LakeFormation::DataCellsFilter.ColumnWildcard}.
   */
  public static final class ColumnWildcard extends Struct<ColumnWildcard> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::DataCellsFilter.ColumnWildcard")
        .constrain("ExcludedColumnNames", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ColumnWildcard() {
      super(SCHEMA);
    }

    /**
     * Excludes column names. Any column with this name will be excluded.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code ExcludedColumnNames}.
     */
    public ColumnWildcard excludedColumnNames(List<String> value) {
      return set("ExcludedColumnNames", Value.listOf(value));
    }

    /** Sets {@code ExcludedColumnNames} to this value; see {@link #excludedColumnNames(List)}. */
    public ColumnWildcard excludedColumnNames(Value<List<String>> value) {
      return set("ExcludedColumnNames", value);
    }
  }

  /**
   * A PartiQL predicate.
   *
   * <p>Property type {@code AWS::LakeFormation::DataCellsFilter.RowFilter}.
   */
  public static final class RowFilter extends Struct<RowFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::DataCellsFilter.RowFilter");

    public RowFilter() {
      super(SCHEMA);
    }

    /**
     * A wildcard for all rows.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AllRowsWildcard}.
     */
    public RowFilter allRowsWildcard(Value<Json> value) {
      return set("AllRowsWildcard", value);
    }

    /**
     * A filter expression.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code FilterExpression}.
     */
    public RowFilter filterExpression(String value) {
      return set("FilterExpression", Value.of(value));
    }

    /** Sets {@code FilterExpression} to this value; see {@link #filterExpression(String)}. */
    public RowFilter filterExpression(Value<String> value) {
      return set("FilterExpression", value);
    }
  }
}
