// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lakeformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::LakeFormation::PrincipalPermissions</code> resource represents the permissions
 * that a principal has on a Data Catalog resource (such as AWS Glue databases or AWS Glue tables).
 * When you create a <code>PrincipalPermissions</code> resource, the permissions are granted via the
 * AWS Lake Formation <code>GrantPermissions</code> API operation. When you delete a
 * <code>PrincipalPermissions</code> resource, the permissions on principal-resource pair are
 * revoked via the AWS Lake Formation <code>RevokePermissions</code> API operation.
 *
 * <p>CloudFormation type {@code AWS::LakeFormation::PrincipalPermissions}.
 */
public final class PrincipalPermissions extends io.tropo4j.core.Resource<PrincipalPermissions> {
  private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions")
      .required("Permissions", "PermissionsWithGrantOption", "Principal", "Resource")
      .constrain("Catalog", Constraint.of().minLength(12).maxLength(255))
      .allowed("Permissions", "ALL", "SELECT", "ALTER", "DROP", "DELETE", "INSERT", "DESCRIBE",
          "CREATE_DATABASE", "CREATE_TABLE", "DATA_LOCATION_ACCESS", "CREATE_LF_TAG", "ASSOCIATE",
          "GRANT_WITH_LF_TAG_EXPRESSION")
      .allowed("PermissionsWithGrantOption", "ALL", "SELECT", "ALTER", "DROP", "DELETE", "INSERT",
          "DESCRIBE", "CREATE_DATABASE", "CREATE_TABLE", "DATA_LOCATION_ACCESS", "CREATE_LF_TAG",
          "ASSOCIATE", "GRANT_WITH_LF_TAG_EXPRESSION")
      .attributes("PrincipalIdentifier", "ResourceIdentifier")
      .build();

  public PrincipalPermissions(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier for the Data Catalog . By default, the account ID. The Data Catalog is the
   * persistent metadata store. It contains database definitions, table definitions, and other
   * control information to manage your Lake Formation environment.
   *
   * <p>Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation property
   * {@code Catalog}.
   */
  public PrincipalPermissions catalog(String value) {
    return set("Catalog", Value.of(value));
  }

  /** Sets {@code Catalog} to this value; see {@link #catalog(String)}. */
  public PrincipalPermissions catalog(Value<String> value) {
    return set("Catalog", value);
  }

  /**
   * The permissions granted or revoked.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ALL}, {@code SELECT},
   * {@code ALTER}, {@code DROP}, {@code DELETE}, {@code INSERT}, {@code DESCRIBE}, {@code
   * CREATE_DATABASE}, {@code CREATE_TABLE}, {@code DATA_LOCATION_ACCESS}, {@code CREATE_LF_TAG},
   * {@code ASSOCIATE}, {@code GRANT_WITH_LF_TAG_EXPRESSION}. CloudFormation property {@code
   * Permissions}.
   */
  public PrincipalPermissions permissions(List<String> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public PrincipalPermissions permissions(Value<List<String>> value) {
    return set("Permissions", value);
  }

  /**
   * Indicates the ability to grant permissions (as a subset of permissions granted).
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ALL}, {@code SELECT},
   * {@code ALTER}, {@code DROP}, {@code DELETE}, {@code INSERT}, {@code DESCRIBE}, {@code
   * CREATE_DATABASE}, {@code CREATE_TABLE}, {@code DATA_LOCATION_ACCESS}, {@code CREATE_LF_TAG},
   * {@code ASSOCIATE}, {@code GRANT_WITH_LF_TAG_EXPRESSION}. CloudFormation property {@code
   * PermissionsWithGrantOption}.
   */
  public PrincipalPermissions permissionsWithGrantOption(List<String> value) {
    return set("PermissionsWithGrantOption", Value.listOf(value));
  }

  /**
   * Sets {@code PermissionsWithGrantOption} to this value; see {@link
   * #permissionsWithGrantOption(List)}.
   */
  public PrincipalPermissions permissionsWithGrantOption(Value<List<String>> value) {
    return set("PermissionsWithGrantOption", value);
  }

  /**
   * The principal to be granted a permission.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Principal}.
   */
  public PrincipalPermissions principal(Value<DataLakePrincipal> value) {
    return set("Principal", value);
  }

  /**
   * The resource to be granted or revoked permissions.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Resource}.
   */
  public PrincipalPermissions resource(Value<Resource> value) {
    return set("Resource", value);
  }

  /**
   * Json encoding of the input principal. For example:
   * <code>{"DataLakePrincipalIdentifier":"arn:aws:iam::123456789012:role/ExampleRole"}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrincipalIdentifier}.
   */
  public Value<String> principalIdentifier() {
    return getAtt("PrincipalIdentifier");
  }

  /**
   * Json encoding of the input resource. For example:
   * <code>{"Catalog":null,"Database":null,"Table":null,"TableWithColumns":null,"DataLocation":null,"DataCellsFilter":{"TableCatalogId":"123456789012","DatabaseName":"ExampleDatabase","TableName":"ExampleTable","Name":"ExampleFilter"},"LFTag":null,"LFTagPolicy":null}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceIdentifier}.
   */
  public Value<String> resourceIdentifier() {
    return getAtt("ResourceIdentifier");
  }

  /**
   * A structure for the catalog object. This is an object with no properties that effectively
   * behaves as a true or false. A valid input for this property type in both yaml or json is null
   * or <code>{}</code>.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.CatalogResource}.
   */
  public static final class CatalogResource extends Struct<CatalogResource> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::PrincipalPermissions.CatalogResource");

    public CatalogResource() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Id}. */
    public CatalogResource id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public CatalogResource id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * A wildcard object, consisting of an optional list of excluded column names or indexes.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.ColumnWildcard}.
   */
  public static final class ColumnWildcard extends Struct<ColumnWildcard> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.ColumnWildcard")
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
   * A structure that describes certain columns on certain rows.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.DataCellsFilterResource}.
   */
  public static final class DataCellsFilterResource extends Struct<DataCellsFilterResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.DataCellsFilterResource")
        .required("DatabaseName", "Name", "TableCatalogId", "TableName")
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("TableCatalogId", Constraint.of().minLength(12).maxLength(255))
        .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DataCellsFilterResource() {
      super(SCHEMA);
    }

    /**
     * A database in the Data Catalog .
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code DatabaseName}.
     */
    public DataCellsFilterResource databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DataCellsFilterResource databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The name given by the user to the data filter cell.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code Name}.
     */
    public DataCellsFilterResource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DataCellsFilterResource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The ID of the catalog to which the table belongs.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation
     * property {@code TableCatalogId}.
     */
    public DataCellsFilterResource tableCatalogId(String value) {
      return set("TableCatalogId", Value.of(value));
    }

    /** Sets {@code TableCatalogId} to this value; see {@link #tableCatalogId(String)}. */
    public DataCellsFilterResource tableCatalogId(Value<String> value) {
      return set("TableCatalogId", value);
    }

    /**
     * The name of the table.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code TableName}.
     */
    public DataCellsFilterResource tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DataCellsFilterResource tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * The AWS Lake Formation principal.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.DataLakePrincipal}.
   */
  public static final class DataLakePrincipal extends Struct<DataLakePrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.DataLakePrincipal")
        .constrain("DataLakePrincipalIdentifier", Constraint.of().minLength(1).maxLength(255))
        .references("DataLakePrincipalIdentifier", "AWS::IAM::Role.Arn")
        .build();

    public DataLakePrincipal() {
      super(SCHEMA);
    }

    /**
     * An identifier for the AWS Lake Formation principal.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code DataLakePrincipalIdentifier}.
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

    /**
     * Sets {@code DataLakePrincipalIdentifier} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #dataLakePrincipalIdentifier(String)}.
     */
    public DataLakePrincipal dataLakePrincipalIdentifier(Role resource) {
      return set("DataLakePrincipalIdentifier", resource.arn());
    }
  }

  /**
   * A structure for a data location object where permissions are granted or revoked.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.DataLocationResource}.
   */
  public static final class DataLocationResource extends Struct<DataLocationResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.DataLocationResource")
        .required("CatalogId", "ResourceArn")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(255))
        .build();

    public DataLocationResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog where the location is registered with AWS Lake Formation
     * .
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation
     * property {@code CatalogId}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}.
     */
    public DataLocationResource resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public DataLocationResource resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }
  }

  /**
   * A structure for the database object.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.DatabaseResource}.
   */
  public static final class DatabaseResource extends Struct<DatabaseResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.DatabaseResource")
        .required("CatalogId", "Name")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DatabaseResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog. By default, it is the account ID of the caller.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation
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
   * The LF-tag key and values attached to a resource.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.LFTag}.
   */
  public static final class LFTag extends Struct<LFTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.LFTag")
        .constrain("TagKey", Constraint.of().minLength(1).maxLength(128))
        .constrain("TagValues", Constraint.of().minLength(0).maxLength(256))
        .build();

    public LFTag() {
      super(SCHEMA);
    }

    /**
     * The key-name for the LF-tag.
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
     * {@code TagKey}.
     */
    public LFTag tagKey(String value) {
      return set("TagKey", Value.of(value));
    }

    /** Sets {@code TagKey} to this value; see {@link #tagKey(String)}. */
    public LFTag tagKey(Value<String> value) {
      return set("TagKey", value);
    }

    /**
     * A list of possible values of the corresponding <code>TagKey</code> of an LF-tag key-value
     * pair.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code TagValues}.
     */
    public LFTag tagValues(List<String> value) {
      return set("TagValues", Value.listOf(value));
    }

    /** Sets {@code TagValues} to this value; see {@link #tagValues(List)}. */
    public LFTag tagValues(Value<List<String>> value) {
      return set("TagValues", value);
    }
  }

  /**
   * A structure containing an LF-tag key and values for a resource.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.LFTagKeyResource}.
   */
  public static final class LFTagKeyResource extends Struct<LFTagKeyResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.LFTagKeyResource")
        .required("CatalogId", "TagKey", "TagValues")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(255))
        .constrain("TagKey", Constraint.of().minLength(1).maxLength(255))
        .constrain("TagValues", Constraint.of().minLength(0).maxLength(256))
        .build();

    public LFTagKeyResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog where the location is registered with Data Catalog .
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation
     * property {@code CatalogId}.
     */
    public LFTagKeyResource catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public LFTagKeyResource catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The key-name for the LF-tag.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code TagKey}.
     */
    public LFTagKeyResource tagKey(String value) {
      return set("TagKey", Value.of(value));
    }

    /** Sets {@code TagKey} to this value; see {@link #tagKey(String)}. */
    public LFTagKeyResource tagKey(Value<String> value) {
      return set("TagKey", value);
    }

    /**
     * A list of possible values for the corresponding <code>TagKey</code> of an LF-tag key-value
     * pair.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
     * property {@code TagValues}.
     */
    public LFTagKeyResource tagValues(List<String> value) {
      return set("TagValues", Value.listOf(value));
    }

    /** Sets {@code TagValues} to this value; see {@link #tagValues(List)}. */
    public LFTagKeyResource tagValues(Value<List<String>> value) {
      return set("TagValues", value);
    }
  }

  /**
   * A list of LF-tag conditions that define a resource's LF-tag policy.
   *
   * <p>A structure that allows an admin to grant user permissions on certain conditions. For
   * example, granting a role access to all columns that do not have the LF-tag 'PII' in tables that
   * have the LF-tag 'Prod'.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.LFTagPolicyResource}.
   */
  public static final class LFTagPolicyResource extends Struct<LFTagPolicyResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.LFTagPolicyResource")
        .required("CatalogId", "Expression", "ResourceType")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(255))
        .allowed("ResourceType", "DATABASE", "TABLE")
        .build();

    public LFTagPolicyResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog . The Data Catalog is the persistent metadata store. It
     * contains database definitions, table definitions, and other control information to manage
     * your AWS Lake Formation environment.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation
     * property {@code CatalogId}.
     */
    public LFTagPolicyResource catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public LFTagPolicyResource catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * A list of LF-tag conditions that apply to the resource's LF-tag policy.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Expression}.
     */
    public LFTagPolicyResource expression(List<LFTag> value) {
      return set("Expression", Value.listOf(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(List)}. */
    public LFTagPolicyResource expression(Value<List<LFTag>> value) {
      return set("Expression", value);
    }

    /** Sets {@code Expression} to a list of these; see {@link #expression(List)}. */
    public LFTagPolicyResource expression(LFTag... values) {
      return set("Expression", Value.list(values));
    }

    /**
     * The resource type for which the LF-tag policy applies.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code DATABASE}, {@code
     * TABLE}. CloudFormation property {@code ResourceType}.
     */
    public LFTagPolicyResource resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public LFTagPolicyResource resourceType(Value<String> value) {
      return set("ResourceType", value);
    }
  }

  /**
   * A structure for the resource.
   *
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.Resource}.
   */
  public static final class Resource extends Struct<Resource> {
    private static final Schema SCHEMA = Schema.of("AWS::LakeFormation::PrincipalPermissions.Resource");

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
    public Resource catalog(Value<CatalogResource> value) {
      return set("Catalog", value);
    }

    /**
     * A data cell filter.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DataCellsFilter}.
     */
    public Resource dataCellsFilter(Value<DataCellsFilterResource> value) {
      return set("DataCellsFilter", value);
    }

    /**
     * The location of an Amazon S3 path where permissions are granted or revoked.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DataLocation}.
     */
    public Resource dataLocation(Value<DataLocationResource> value) {
      return set("DataLocation", value);
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
     * The LF-tag key and values attached to a resource.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LFTag}.
     */
    public Resource lfTag(Value<LFTagKeyResource> value) {
      return set("LFTag", value);
    }

    /**
     * A list of LF-tag conditions that define a resource's LF-tag policy.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LFTagPolicy}.
     */
    public Resource lfTagPolicy(Value<LFTagPolicyResource> value) {
      return set("LFTagPolicy", value);
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
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.TableResource}.
   */
  public static final class TableResource extends Struct<TableResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.TableResource")
        .required("CatalogId", "DatabaseName")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(255))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("TableWildcard", Constraint.of().format("json"))
        .build();

    public TableResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog. By default, it is the account ID of the caller.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation
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
     * A wildcard object representing every table under a database.
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
   * <p>Property type {@code AWS::LakeFormation::PrincipalPermissions.TableWithColumnsResource}.
   */
  public static final class TableWithColumnsResource extends Struct<TableWithColumnsResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::PrincipalPermissions.TableWithColumnsResource")
        .required("CatalogId", "DatabaseName", "Name")
        .constrain("CatalogId", Constraint.of().minLength(12).maxLength(255))
        .constrain("ColumnNames", Constraint.of().minLength(1).maxLength(255))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public TableWithColumnsResource() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Data Catalog where the location is registered with AWS Lake Formation
     * .
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 255 characters. CloudFormation
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
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code ColumnNames}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code ColumnWildcard}.
     */
    public TableWithColumnsResource columnWildcard(Value<ColumnWildcard> value) {
      return set("ColumnWildcard", value);
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
