// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lakeformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::LakeFormation::Permissions</code> resource represents the permissions that a
 * principal has on an AWS Glue Data Catalog resource (such as AWS Glue database or AWS Glue
 * tables). When you upload a permissions stack, the permissions are granted to the principal and
 * when you remove the stack, the permissions are revoked from the principal. If you remove a stack,
 * and the principal does not have the permissions referenced in the stack then AWS Lake Formation
 * will throw an error because you can’t call revoke on non-existing permissions. To successfully
 * remove the stack, you’ll need to regrant those permissions and then remove the stack.
 *
 * <p>New versions of AWS Lake Formation permission resources are now available. For more
 * information, see: <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lakeformation-principalpermissions.html">AWS:LakeFormation::PrincipalPermissions</a>
 *
 * <p>CloudFormation type {@code AWS::LakeFormation::Permissions}.
 */
public final class Permissions extends io.tropo4j.core.Resource<Permissions> {
  private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::Permissions")
      .required("DataLakePrincipal", "Resource")
      .refYields("Id")
      .attributes("Id")
      .build();

  public Permissions(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS Lake Formation principal.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DataLakePrincipal}.
   */
  public Permissions dataLakePrincipal(Value<DataLakePrincipal> value) {
    return set("DataLakePrincipal", value);
  }

  /**
   * The permissions granted or revoked.
   *
   * <p>CloudFormation property {@code Permissions}.
   */
  public Permissions permissions(List<String> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public Permissions permissions(Value<List<String>> value) {
    return set("Permissions", value);
  }

  /**
   * Indicates the ability to grant permissions (as a subset of permissions granted).
   *
   * <p>CloudFormation property {@code PermissionsWithGrantOption}.
   */
  public Permissions permissionsWithGrantOption(List<String> value) {
    return set("PermissionsWithGrantOption", Value.listOf(value));
  }

  /**
   * Sets {@code PermissionsWithGrantOption} to this value; see {@link
   * #permissionsWithGrantOption(List)}.
   */
  public Permissions permissionsWithGrantOption(Value<List<String>> value) {
    return set("PermissionsWithGrantOption", value);
  }

  /**
   * A structure for the resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Resource}.
   */
  public Permissions resource(Value<Resource> value) {
    return set("Resource", value);
  }

  /**
   * A unique identifier for the batch permissions request entry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A wildcard object, consisting of an optional list of excluded column names or indexes.
   *
   * <p>Property type {@code AWS::LakeFormation::Permissions.ColumnWildcard}.
   */
  public static final class ColumnWildcard extends Struct<ColumnWildcard> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::Permissions.ColumnWildcard");

    public ColumnWildcard() {
      super(SCHEMA);
    }

    /**
     * Excludes column names. Any column with this name will be excluded.
     *
     * <p>CloudFormation property {@code ExcludedColumnNames}.
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
   * The Lake Formation principal.
   *
   * <p>Property type {@code AWS::LakeFormation::Permissions.DataLakePrincipal}.
   */
  public static final class DataLakePrincipal extends Struct<DataLakePrincipal> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::Permissions.DataLakePrincipal");

    public DataLakePrincipal() {
      super(SCHEMA);
    }

    /**
     * An identifier for the Lake Formation principal.
     *
     * <p>CloudFormation property {@code DataLakePrincipalIdentifier}.
     */
    public DataLakePrincipal dataLakePrincipalIdentifier(String value) {
      return set("DataLakePrincipalIdentifier", Value.of(value));
    }

    /**
     * Sets {@code DataLakePrincipalIdentifier} to this value; see {@link
     * #dataLakePrincipalIdentifier(String)}.
     */
    public DataLakePrincipal dataLakePrincipalIdentifier(Value<String> value) {
      return set("DataLakePrincipalIdentifier", value);
    }
  }

  /**
   * A structure for a data location object where permissions are granted or revoked.
   *
   * <p>Property type {@code AWS::LakeFormation::Permissions.DataLocationResource}.
   */
  public static final class DataLocationResource extends Struct<DataLocationResource> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::Permissions.DataLocationResource");

    public DataLocationResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . By default, it is the account ID of the caller.
     *
     * <p>CloudFormation property {@code CatalogId}.
     */
    public DataLocationResource catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public DataLocationResource catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The Amazon Resource Name (ARN) that uniquely identifies the data location resource.
     *
     * <p>CloudFormation property {@code S3Resource}.
     */
    public DataLocationResource s3Resource(String value) {
      return set("S3Resource", Value.of(value));
    }

    /** Sets {@code S3Resource} to this value; see {@link #s3Resource(String)}. */
    public DataLocationResource s3Resource(Value<String> value) {
      return set("S3Resource", value);
    }
  }

  /**
   * A structure for the database object.
   *
   * <p>Property type {@code AWS::LakeFormation::Permissions.DatabaseResource}.
   */
  public static final class DatabaseResource extends Struct<DatabaseResource> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::Permissions.DatabaseResource");

    public DatabaseResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . By default, it is the account ID of the caller.
     *
     * <p>CloudFormation property {@code CatalogId}.
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
     * <p>CloudFormation property {@code Name}.
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
   * A structure for the resource.
   *
   * <p>Property type {@code AWS::LakeFormation::Permissions.Resource}.
   */
  public static final class Resource extends Struct<Resource> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::Permissions.Resource");

    public Resource() {
      super(SCHEMA);
    }

    /**
     * A structure for a data location object where permissions are granted or revoked.
     *
     * <p>CloudFormation property {@code DataLocationResource}.
     */
    public Resource dataLocationResource(Value<DataLocationResource> value) {
      return set("DataLocationResource", value);
    }

    /**
     * A structure for the database object.
     *
     * <p>CloudFormation property {@code DatabaseResource}.
     */
    public Resource databaseResource(Value<DatabaseResource> value) {
      return set("DatabaseResource", value);
    }

    /**
     * A structure for the table object. A table is a metadata definition that represents your data.
     * You can Grant and Revoke table privileges to a principal.
     *
     * <p>CloudFormation property {@code TableResource}.
     */
    public Resource tableResource(Value<TableResource> value) {
      return set("TableResource", value);
    }

    /**
     * A structure for a table with columns object. This object is only used when granting a SELECT
     * permission.
     *
     * <p>CloudFormation property {@code TableWithColumnsResource}.
     */
    public Resource tableWithColumnsResource(Value<TableWithColumnsResource> value) {
      return set("TableWithColumnsResource", value);
    }
  }

  /**
   * A structure for the table object. A table is a metadata definition that represents your data.
   * You can Grant and Revoke table privileges to a principal.
   *
   * <p>Property type {@code AWS::LakeFormation::Permissions.TableResource}.
   */
  public static final class TableResource extends Struct<TableResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::Permissions.TableResource")
        .constrain("TableWildcard", Constraint.of().format("json"))
        .build();

    public TableResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . By default, it is the account ID of the caller.
     *
     * <p>CloudFormation property {@code CatalogId}.
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
     * <p>CloudFormation property {@code DatabaseName}.
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
     * <p>CloudFormation property {@code Name}.
     */
    public TableResource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TableResource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * An empty object representing all tables under a database. If this field is specified instead
     * of the <code>Name</code> field, all tables under <code>DatabaseName</code> will have
     * permission changes applied.
     *
     * <p>Format: {@code json}. CloudFormation property {@code TableWildcard}.
     */
    public TableResource tableWildcard(Value<Json> value) {
      return set("TableWildcard", value);
    }
  }

  /** Property type {@code AWS::LakeFormation::Permissions.TableWildcard}. */
  public static final class TableWildcard extends Struct<TableWildcard> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::Permissions.TableWildcard");

    public TableWildcard() {
      super(SCHEMA);
    }
  }

  /**
   * A structure for a table with columns object. This object is only used when granting a SELECT
   * permission.
   *
   * <p>This object must take a value for at least one of <code>ColumnsNames</code> ,
   * <code>ColumnsIndexes</code> , or <code>ColumnsWildcard</code> .
   *
   * <p>Property type {@code AWS::LakeFormation::Permissions.TableWithColumnsResource}.
   */
  public static final class TableWithColumnsResource extends Struct<TableWithColumnsResource> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::Permissions.TableWithColumnsResource");

    public TableWithColumnsResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . By default, it is the account ID of the caller.
     *
     * <p>CloudFormation property {@code CatalogId}.
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
     * <p>CloudFormation property {@code ColumnNames}.
     */
    public TableWithColumnsResource columnNames(List<String> value) {
      return set("ColumnNames", Value.listOf(value));
    }

    /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
    public TableWithColumnsResource columnNames(Value<List<String>> value) {
      return set("ColumnNames", value);
    }

    /**
     * A wildcard specified by a <code>ColumnWildcard</code> object. At least one of
     * <code>ColumnNames</code> or <code>ColumnWildcard</code> is required.
     *
     * <p>CloudFormation property {@code ColumnWildcard}.
     */
    public TableWithColumnsResource columnWildcard(Value<ColumnWildcard> value) {
      return set("ColumnWildcard", value);
    }

    /**
     * The name of the database for the table with columns resource. Unique to the Data Catalog. A
     * database is a set of associated table definitions organized into a logical group. You can
     * Grant and Revoke database privileges to a principal.
     *
     * <p>CloudFormation property {@code DatabaseName}.
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
     * <p>CloudFormation property {@code Name}.
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
