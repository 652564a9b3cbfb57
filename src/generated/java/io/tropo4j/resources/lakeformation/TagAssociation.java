// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lakeformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::LakeFormation::TagAssociation</code> resource represents an assignment of an
 * LF-tag to a Data Catalog resource (database, table, or column). During a stack operation,
 * CloudFormation calls AWS Lake Formation <code>AddLFTagsToResource</code> API to create a
 * <code>TagAssociation</code> resource and calls the <code>RemoveLFTagsToResource</code> API to
 * delete it.
 *
 * <p>CloudFormation type {@code AWS::LakeFormation::TagAssociation}.
 */
public final class TagAssociation extends io.tropo4j.core.Resource<TagAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::TagAssociation")
      .required("LFTags", "Resource")
      .attributes("ResourceIdentifier", "TagsIdentifier")
      .build();

  public TagAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A structure containing an LF-tag key-value pair.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LFTags}.
   */
  public TagAssociation lfTags(List<LFTagPair> value) {
    return set("LFTags", Value.listOf(value));
  }

  /** Sets {@code LFTags} to this value; see {@link #lfTags(List)}. */
  public TagAssociation lfTags(Value<List<LFTagPair>> value) {
    return set("LFTags", value);
  }

  /** Sets {@code LFTags} to a list of these; see {@link #lfTags(List)}. */
  public TagAssociation lfTags(LFTagPair... values) {
    return set("LFTags", Value.list(values));
  }

  /**
   * UTF-8 string (valid values: <code>DATABASE | TABLE</code> ).
   *
   * <p>The resource for which the LF-tag policy applies.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Resource}.
   */
  public TagAssociation resource(Value<Resource> value) {
    return set("Resource", value);
  }

  /**
   * Json encoding of the input resource.
   *
   * <p><b>Examples</b> - Database:
   * <code>{"Catalog":null,"Database":{"CatalogId":"123456789012","Name":"ExampleDbName"},"Table":null,"TableWithColumns":null}</code>
   *
   * <ul> <li>Table:
   * <code>{"Catalog":null,"Database":null,"Table":{"CatalogId":"123456789012","DatabaseName":"ExampleDbName","Name":"ExampleTableName","TableWildcard":null},"TableWithColumns":null}</code>
   * <li>Columns:
   * <code>{"Catalog":null,"Database":null,"Table":null,"TableWithColumns":{"CatalogId":"123456789012","DatabaseName":"ExampleDbName","Name":"ExampleTableName","ColumnNames":["ExampleColName1","ExampleColName2"]}}</code>
   * </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceIdentifier}.
   */
  public Value<String> resourceIdentifier() {
    return getAtt("ResourceIdentifier");
  }

  /**
   * Json encoding of the input LFTags list.
   *
   * <p>For example:
   * <code>[{"CatalogId":null,"TagKey":"tagKey1","TagValues":null},{"CatalogId":null,"TagKey":"tagKey2","TagValues":null}]</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code TagsIdentifier}.
   */
  public Value<String> tagsIdentifier() {
    return getAtt("TagsIdentifier");
  }

  /**
   * A structure for the database object.
   *
   * <p>Property type {@code AWS::LakeFormation::TagAssociation.DatabaseResource}.
   */
  public static final class DatabaseResource extends Struct<DatabaseResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::TagAssociation.DatabaseResource")
        .required("CatalogId", "Name")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(12))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DatabaseResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . By default, it should be the account ID of the caller.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. CloudFormation
     * property {@code CatalogId}.
     */
    public DatabaseResource catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public DatabaseResource catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The name of the database resource. Unique to the Data Catalog.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code Name}.
     */
    public DatabaseResource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DatabaseResource name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A structure containing the catalog ID, tag key, and tag values of an LF-tag key-value pair.
   *
   * <p>Property type {@code AWS::LakeFormation::TagAssociation.LFTagPair}.
   */
  public static final class LFTagPair extends Struct<LFTagPair> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::TagAssociation.LFTagPair")
        .required("CatalogId", "TagKey", "TagValues")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(12))
        .constrain("TagKey", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*)$").minLength(1).maxLength(128))
        .constrain("TagValues", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:\\*\\/=+\\-@%]*)$").minLength(0).maxLength(256))
        .build();

    public LFTagPair() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . By default, it is the account ID of the caller.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. CloudFormation
     * property {@code CatalogId}.
     */
    public LFTagPair catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public LFTagPair catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The key-name for the LF-tag.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;/=+&#92;-&#64;%]*)$}. CloudFormation property {@code
     * TagKey}.
     */
    public LFTagPair tagKey(String value) {
      return set("TagKey", Value.of(value));
    }

    /** Sets {@code TagKey} to this value; see {@link #tagKey(String)}. */
    public LFTagPair tagKey(Value<String> value) {
      return set("TagKey", value);
    }

    /**
     * A list of possible values of the corresponding <code>TagKey</code> of an LF-tag key-value
     * pair.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;*&#92;/=+&#92;-&#64;%]*)$}. CloudFormation property
     * {@code TagValues}.
     */
    public LFTagPair tagValues(List<String> value) {
      return set("TagValues", Value.listOf(value));
    }

    /** Sets {@code TagValues} to this value; see {@link #tagValues(List)}. */
    public LFTagPair tagValues(Value<List<String>> value) {
      return set("TagValues", value);
    }
  }

  /**
   * A structure for the resource.
   *
   * <p>Property type {@code AWS::LakeFormation::TagAssociation.Resource}.
   */
  public static final class Resource extends Struct<Resource> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::TagAssociation.Resource");

    public Resource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog. By default, the account ID. The Data Catalog is the
     * persistent metadata store. It contains database definitions, table definitions, and other
     * control information to manage your AWS Lake Formation environment.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Catalog}.
     */
    public Resource catalog(Value<Json> value) {
      return set("Catalog", value);
    }

    /**
     * The database for the resource. Unique to the Data Catalog. A database is a set of associated
     * table definitions organized into a logical group. You can Grant and Revoke database
     * permissions to a principal.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Database}.
     */
    public Resource database(Value<DatabaseResource> value) {
      return set("Database", value);
    }

    /**
     * The table for the resource. A table is a metadata definition that represents your data. You
     * can Grant and Revoke table privileges to a principal.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Table}.
     */
    public Resource table(Value<TableResource> value) {
      return set("Table", value);
    }

    /**
     * The table with columns for the resource. A principal with permissions to this resource can
     * select metadata from the columns of a table in the Data Catalog and the underlying data in
     * Amazon S3.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TableWithColumns}.
     */
    public Resource tableWithColumns(Value<TableWithColumnsResource> value) {
      return set("TableWithColumns", value);
    }
  }

  /**
   * A structure for the table object. A table is a metadata definition that represents your data.
   * You can Grant and Revoke table privileges to a principal.
   *
   * <p>Property type {@code AWS::LakeFormation::TagAssociation.TableResource}.
   */
  public static final class TableResource extends Struct<TableResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::TagAssociation.TableResource")
        .required("CatalogId", "DatabaseName")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(12))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("TableWildcard", Constraint.of().format("json"))
        .build();

    public TableResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . By default, it is the account ID of the caller.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. CloudFormation
     * property {@code CatalogId}.
     */
    public TableResource catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public TableResource catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The name of the database for the table. Unique to a Data Catalog. A database is a set of
     * associated table definitions organized into a logical group. You can Grant and Revoke
     * database privileges to a principal.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code DatabaseName}.
     */
    public TableResource databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public TableResource databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The name of the table.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public TableResource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TableResource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A wildcard object representing every table under a database.This is an object with no
     * properties that effectively behaves as a true or false depending on whether not it is passed
     * as a parameter. The valid inputs for a property with this type in either yaml or json is null
     * or {}.
     *
     * <p>At least one of <code>TableResource$Name</code> or
     * <code>TableResource$TableWildcard</code> is required.
     *
     * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
     * TableWildcard}.
     */
    public TableResource tableWildcard(Value<Json> value) {
      return set("TableWildcard", value);
    }
  }

  /**
   * A structure for a table with columns object. This object is only used when granting a SELECT
   * permission.
   *
   * <p>This object must take a value for at least one of <code>ColumnsNames</code> ,
   * <code>ColumnsIndexes</code> , or <code>ColumnsWildcard</code> .
   *
   * <p>Property type {@code AWS::LakeFormation::TagAssociation.TableWithColumnsResource}.
   */
  public static final class TableWithColumnsResource extends Struct<TableWithColumnsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::TagAssociation.TableWithColumnsResource")
        .required("CatalogId", "ColumnNames", "DatabaseName", "Name")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(12))
        .constrain("ColumnNames", Constraint.of().minLength(1).maxLength(255))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public TableWithColumnsResource() {
      super(SCHEMA);
    }

    /**
     * A wildcard object representing every table under a database.
     *
     * <p>At least one of TableResource$Name or TableResource$TableWildcard is required.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. CloudFormation
     * property {@code CatalogId}.
     */
    public TableWithColumnsResource catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public TableWithColumnsResource catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The list of column names for the table. At least one of <code>ColumnNames</code> or
     * <code>ColumnWildcard</code> is required.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code ColumnNames}.
     */
    public TableWithColumnsResource columnNames(List<String> value) {
      return set("ColumnNames", Value.listOf(value));
    }

    /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
    public TableWithColumnsResource columnNames(Value<List<String>> value) {
      return set("ColumnNames", value);
    }

    /**
     * The name of the database for the table with columns resource. Unique to the Data Catalog. A
     * database is a set of associated table definitions organized into a logical group. You can
     * Grant and Revoke database privileges to a principal.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code DatabaseName}.
     */
    public TableWithColumnsResource databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public TableWithColumnsResource databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The name of the table resource. A table is a metadata definition that represents your data.
     * You can Grant and Revoke table privileges to a principal.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code Name}.
     */
    public TableWithColumnsResource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TableWithColumnsResource name(Value<String> value) {
      return set("Name", value);
    }
  }
}
