// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a catalog in the Glue Data Catalog.
 *
 * <p>CloudFormation type {@code AWS::Glue::Catalog}.
 */
public final class Catalog extends Resource<Catalog> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Catalog")
      .required("Name")
      .allowed("AllowFullTableExternalDataAccess", "True", "False")
      .constrain("Description", Constraint.of().maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^(?!(.*[.\\/\\\\]|aws:)).*$").minLength(1).maxLength(255))
      .allowed("OverwriteChildResourcePermissionsWithDefault", "Accept", "Deny")
      .refYields("ResourceArn")
      .attributes("CatalogId", "CatalogProperties.CustomProperties",
          "CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName",
          "CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus",
          "CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName", "CreateTime",
          "ResourceArn", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Catalog(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Allows third-party engines to access data in Amazon S3 locations that are registered with Lake
   * Formation.
   *
   * <p>Allowed values: {@code True}, {@code False}. CloudFormation property {@code
   * AllowFullTableExternalDataAccess}.
   */
  public Catalog allowFullTableExternalDataAccess(String value) {
    return set("AllowFullTableExternalDataAccess", Value.of(value));
  }

  /**
   * Sets {@code AllowFullTableExternalDataAccess} to this value; see {@link
   * #allowFullTableExternalDataAccess(String)}.
   */
  public Catalog allowFullTableExternalDataAccess(Value<String> value) {
    return set("AllowFullTableExternalDataAccess", value);
  }

  /**
   * A structure that specifies data lake access properties and other custom properties.
   *
   * <p>CloudFormation property {@code CatalogProperties}.
   */
  public Catalog catalogProperties(Value<CatalogProperties> value) {
    return set("CatalogProperties", value);
  }

  /**
   * An array of PrincipalPermissions objects for default database permissions.
   *
   * <p>CloudFormation property {@code CreateDatabaseDefaultPermissions}.
   */
  public Catalog createDatabaseDefaultPermissions(List<PrincipalPermissions> value) {
    return set("CreateDatabaseDefaultPermissions", Value.listOf(value));
  }

  /**
   * Sets {@code CreateDatabaseDefaultPermissions} to this value; see {@link
   * #createDatabaseDefaultPermissions(List)}.
   */
  public Catalog createDatabaseDefaultPermissions(Value<List<PrincipalPermissions>> value) {
    return set("CreateDatabaseDefaultPermissions", value);
  }

  /**
   * Sets {@code CreateDatabaseDefaultPermissions} to a list of these; see {@link
   * #createDatabaseDefaultPermissions(List)}.
   */
  public Catalog createDatabaseDefaultPermissions(PrincipalPermissions... values) {
    return set("CreateDatabaseDefaultPermissions", Value.list(values));
  }

  /**
   * An array of PrincipalPermissions objects for default table permissions.
   *
   * <p>CloudFormation property {@code CreateTableDefaultPermissions}.
   */
  public Catalog createTableDefaultPermissions(List<PrincipalPermissions> value) {
    return set("CreateTableDefaultPermissions", Value.listOf(value));
  }

  /**
   * Sets {@code CreateTableDefaultPermissions} to this value; see {@link
   * #createTableDefaultPermissions(List)}.
   */
  public Catalog createTableDefaultPermissions(Value<List<PrincipalPermissions>> value) {
    return set("CreateTableDefaultPermissions", value);
  }

  /**
   * Sets {@code CreateTableDefaultPermissions} to a list of these; see {@link
   * #createTableDefaultPermissions(List)}.
   */
  public Catalog createTableDefaultPermissions(PrincipalPermissions... values) {
    return set("CreateTableDefaultPermissions", Value.list(values));
  }

  /**
   * A description of the catalog.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
   */
  public Catalog description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Catalog description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A FederatedCatalog structure that references an entity outside the Glue Data Catalog.
   *
   * <p>CloudFormation property {@code FederatedCatalog}.
   */
  public Catalog federatedCatalog(Value<FederatedCatalog> value) {
    return set("FederatedCatalog", value);
  }

  /**
   * The name of the catalog to create.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^(?!(.*[.&#92;/&#92;&#92;]|aws:)).*$}. CloudFormation property {@code Name}.
   */
  public Catalog name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Catalog name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies whether to overwrite child resource permissions with the default permissions.
   *
   * <p>Allowed values: {@code Accept}, {@code Deny}. CloudFormation property {@code
   * OverwriteChildResourcePermissionsWithDefault}.
   */
  public Catalog overwriteChildResourcePermissionsWithDefault(String value) {
    return set("OverwriteChildResourcePermissionsWithDefault", Value.of(value));
  }

  /**
   * Sets {@code OverwriteChildResourcePermissionsWithDefault} to this value; see {@link
   * #overwriteChildResourcePermissionsWithDefault(String)}.
   */
  public Catalog overwriteChildResourcePermissionsWithDefault(Value<String> value) {
    return set("OverwriteChildResourcePermissionsWithDefault", value);
  }

  /**
   * A map of key-value pairs that define parameters and properties of the catalog.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public Catalog parameters(Map<String, String> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public Catalog parameters(Value<Map<String, String>> value) {
    return set("Parameters", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Catalog tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Catalog tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Catalog tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A structure that describes a target catalog for resource linking.
   *
   * <p>CloudFormation property {@code TargetRedshiftCatalog}.
   */
  public Catalog targetRedshiftCatalog(Value<TargetRedshiftCatalog> value) {
    return set("TargetRedshiftCatalog", value);
  }

  /**
   * The ID of the catalog.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CatalogId}.
   */
  public Value<String> catalogId() {
    return getAtt("CatalogId");
  }

  /**
   * Additional key-value properties for the catalog.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CatalogProperties.CustomProperties}.
   */
  public Value<Map<String, String>> catalogPropertiesCustomProperties() {
    return getAtt("CatalogProperties.CustomProperties");
  }

  /**
   * The name of the managed workgroup associated with the catalog.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName}.
   */
  public Value<String> catalogPropertiesDataLakeAccessPropertiesManagedWorkgroupName() {
    return getAtt("CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName");
  }

  /**
   * The status of the managed workgroup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus}.
   */
  public Value<String> catalogPropertiesDataLakeAccessPropertiesManagedWorkgroupStatus() {
    return getAtt("CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus");
  }

  /**
   * The name of the Redshift database.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName}.
   */
  public Value<String> catalogPropertiesDataLakeAccessPropertiesRedshiftDatabaseName() {
    return getAtt("CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName");
  }

  /**
   * The time at which the catalog was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<Integer> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the catalog.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The time at which the catalog was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<Integer> updateTime() {
    return getAtt("UpdateTime");
  }

  /**
   * A structure that specifies data lake access properties and other custom properties.
   *
   * <p>Property type {@code AWS::Glue::Catalog.CatalogProperties}.
   */
  public static final class CatalogProperties extends Struct<CatalogProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Catalog.CatalogProperties");

    public CatalogProperties() {
      super(SCHEMA);
    }

    /**
     * Additional key-value properties for the catalog.
     *
     * <p>CloudFormation property {@code CustomProperties}.
     */
    public CatalogProperties customProperties(Map<String, String> value) {
      return set("CustomProperties", Value.mapOf(value));
    }

    /** Sets {@code CustomProperties} to this value; see {@link #customProperties(Map)}. */
    public CatalogProperties customProperties(Value<Map<String, String>> value) {
      return set("CustomProperties", value);
    }

    /**
     * Data lake access properties for the catalog.
     *
     * <p>CloudFormation property {@code DataLakeAccessProperties}.
     */
    public CatalogProperties dataLakeAccessProperties(Value<DataLakeAccessProperties> value) {
      return set("DataLakeAccessProperties", value);
    }
  }

  /**
   * Data lake access properties for the catalog.
   *
   * <p>Property type {@code AWS::Glue::Catalog.DataLakeAccessProperties}.
   */
  public static final class DataLakeAccessProperties extends Struct<DataLakeAccessProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Catalog.DataLakeAccessProperties")
        .allowed("AllowFullTableExternalDataAccess", "True", "False")
        .build();

    public DataLakeAccessProperties() {
      super(SCHEMA);
    }

    /**
     * Allows third-party engines to access data in Amazon S3 locations that are registered with
     * Lake Formation.
     *
     * <p>Allowed values: {@code True}, {@code False}. CloudFormation property {@code
     * AllowFullTableExternalDataAccess}.
     */
    public DataLakeAccessProperties allowFullTableExternalDataAccess(String value) {
      return set("AllowFullTableExternalDataAccess", Value.of(value));
    }

    /**
     * Sets {@code AllowFullTableExternalDataAccess} to this value; see {@link
     * #allowFullTableExternalDataAccess(String)}.
     */
    public DataLakeAccessProperties allowFullTableExternalDataAccess(Value<String> value) {
      return set("AllowFullTableExternalDataAccess", value);
    }

    /**
     * Specifies a federated catalog type for the native catalog resource.
     *
     * <p>CloudFormation property {@code CatalogType}.
     */
    public DataLakeAccessProperties catalogType(String value) {
      return set("CatalogType", Value.of(value));
    }

    /** Sets {@code CatalogType} to this value; see {@link #catalogType(String)}. */
    public DataLakeAccessProperties catalogType(Value<String> value) {
      return set("CatalogType", value);
    }

    /**
     * Turns on or off data lake access for Apache Spark applications that access Amazon Redshift
     * databases in the Data Catalog from any non-Redshift engine.
     *
     * <p>CloudFormation property {@code DataLakeAccess}.
     */
    public DataLakeAccessProperties dataLakeAccess(boolean value) {
      return set("DataLakeAccess", Value.of(value));
    }

    /** Sets {@code DataLakeAccess} to this value; see {@link #dataLakeAccess(boolean)}. */
    public DataLakeAccessProperties dataLakeAccess(Value<Boolean> value) {
      return set("DataLakeAccess", value);
    }

    /**
     * A role that will be assumed by Glue for transferring data into/out of the staging bucket
     * during a query.
     *
     * <p>CloudFormation property {@code DataTransferRole}.
     */
    public DataLakeAccessProperties dataTransferRole(String value) {
      return set("DataTransferRole", Value.of(value));
    }

    /** Sets {@code DataTransferRole} to this value; see {@link #dataTransferRole(String)}. */
    public DataLakeAccessProperties dataTransferRole(Value<String> value) {
      return set("DataTransferRole", value);
    }

    /**
     * An encryption key that will be used for the staging bucket that will be created along with
     * the catalog.
     *
     * <p>CloudFormation property {@code KmsKey}.
     */
    public DataLakeAccessProperties kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public DataLakeAccessProperties kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }

    /**
     * The name of the managed workgroup associated with the catalog.
     *
     * <p>CloudFormation property {@code ManagedWorkgroupName}.
     */
    public DataLakeAccessProperties managedWorkgroupName(String value) {
      return set("ManagedWorkgroupName", Value.of(value));
    }

    /**
     * Sets {@code ManagedWorkgroupName} to this value; see {@link #managedWorkgroupName(String)}.
     */
    public DataLakeAccessProperties managedWorkgroupName(Value<String> value) {
      return set("ManagedWorkgroupName", value);
    }

    /**
     * The status of the managed workgroup.
     *
     * <p>CloudFormation property {@code ManagedWorkgroupStatus}.
     */
    public DataLakeAccessProperties managedWorkgroupStatus(String value) {
      return set("ManagedWorkgroupStatus", Value.of(value));
    }

    /**
     * Sets {@code ManagedWorkgroupStatus} to this value; see {@link
     * #managedWorkgroupStatus(String)}.
     */
    public DataLakeAccessProperties managedWorkgroupStatus(Value<String> value) {
      return set("ManagedWorkgroupStatus", value);
    }

    /**
     * The name of the Redshift database.
     *
     * <p>CloudFormation property {@code RedshiftDatabaseName}.
     */
    public DataLakeAccessProperties redshiftDatabaseName(String value) {
      return set("RedshiftDatabaseName", Value.of(value));
    }

    /**
     * Sets {@code RedshiftDatabaseName} to this value; see {@link #redshiftDatabaseName(String)}.
     */
    public DataLakeAccessProperties redshiftDatabaseName(Value<String> value) {
      return set("RedshiftDatabaseName", value);
    }
  }

  /**
   * The Lake Formation principal.
   *
   * <p>Property type {@code AWS::Glue::Catalog.DataLakePrincipal}.
   */
  public static final class DataLakePrincipal extends Struct<DataLakePrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Catalog.DataLakePrincipal")
        .constrain("DataLakePrincipalIdentifier", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DataLakePrincipal() {
      super(SCHEMA);
    }

    /**
     * An identifier for the Lake Formation principal.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DataLakePrincipalIdentifier}.
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
   * A FederatedCatalog structure that references an entity outside the Glue Data Catalog.
   *
   * <p>Property type {@code AWS::Glue::Catalog.FederatedCatalog}.
   */
  public static final class FederatedCatalog extends Struct<FederatedCatalog> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Catalog.FederatedCatalog");

    public FederatedCatalog() {
      super(SCHEMA);
    }

    /**
     * The name of the connection to an external data source.
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public FederatedCatalog connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public FederatedCatalog connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * A unique identifier for the federated catalog.
     *
     * <p>CloudFormation property {@code Identifier}.
     */
    public FederatedCatalog identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public FederatedCatalog identifier(Value<String> value) {
      return set("Identifier", value);
    }
  }

  /**
   * Permissions granted to a principal.
   *
   * <p>Property type {@code AWS::Glue::Catalog.PrincipalPermissions}.
   */
  public static final class PrincipalPermissions extends Struct<PrincipalPermissions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Catalog.PrincipalPermissions")
        .allowed("Permissions", "ALL", "SELECT", "ALTER", "DROP", "DELETE", "INSERT",
            "CREATE_DATABASE", "CREATE_TABLE", "DATA_LOCATION_ACCESS")
        .build();

    public PrincipalPermissions() {
      super(SCHEMA);
    }

    /**
     * The permissions that are granted to the principal.
     *
     * <p>Allowed values: {@code ALL}, {@code SELECT}, {@code ALTER}, {@code DROP}, {@code DELETE},
     * {@code INSERT}, {@code CREATE_DATABASE}, {@code CREATE_TABLE}, {@code DATA_LOCATION_ACCESS}.
     * CloudFormation property {@code Permissions}.
     */
    public PrincipalPermissions permissions(List<String> value) {
      return set("Permissions", Value.listOf(value));
    }

    /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
    public PrincipalPermissions permissions(Value<List<String>> value) {
      return set("Permissions", value);
    }

    /**
     * The Lake Formation principal.
     *
     * <p>CloudFormation property {@code Principal}.
     */
    public PrincipalPermissions principal(Value<DataLakePrincipal> value) {
      return set("Principal", value);
    }
  }

  /**
   * A structure that describes a target catalog for resource linking.
   *
   * <p>Property type {@code AWS::Glue::Catalog.TargetRedshiftCatalog}.
   */
  public static final class TargetRedshiftCatalog extends Struct<TargetRedshiftCatalog> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Catalog.TargetRedshiftCatalog")
        .required("CatalogArn")
        .build();

    public TargetRedshiftCatalog() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the catalog resource.
     *
     * <p>Required. CloudFormation property {@code CatalogArn}.
     */
    public TargetRedshiftCatalog catalogArn(String value) {
      return set("CatalogArn", Value.of(value));
    }

    /** Sets {@code CatalogArn} to this value; see {@link #catalogArn(String)}. */
    public TargetRedshiftCatalog catalogArn(Value<String> value) {
      return set("CatalogArn", value);
    }
  }
}
