// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::Glue::Database</code> resource specifies a logical grouping of tables in AWS Glue
 * . For more information, see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/define-database.html">Defining a Database in
 * Your Data Catalog</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-databases.html#aws-glue-api-catalog-databases-Database">Database
 * Structure</a> in the <em>AWS Glue Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Glue::Database}.
 */
public final class Database extends Resource<Database> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Database")
      .required("CatalogId", "DatabaseInput")
      .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
      .refYields("DatabaseName")
      .build();

  public Database(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID for the account in which to create the catalog object.
   *
   * <p>To specify the account ID, you can use the <code>Ref</code> intrinsic function with the
   * <code>AWS::AccountId</code> pseudo parameter. For example: <code>!Ref AWS::AccountId</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code CatalogId}.
   */
  public Database catalogId(String value) {
    return set("CatalogId", Value.of(value));
  }

  /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
  public Database catalogId(Value<String> value) {
    return set("CatalogId", value);
  }

  /**
   * The metadata for the database.
   *
   * <p>Required. CloudFormation property {@code DatabaseInput}.
   */
  public Database databaseInput(Value<DatabaseInput> value) {
    return set("DatabaseInput", value);
  }

  /**
   * The name of the catalog database.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DatabaseName}.
   */
  public Database databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public Database databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * The AWS Lake Formation principal.
   *
   * <p>Property type {@code AWS::Glue::Database.DataLakePrincipal}.
   */
  public static final class DataLakePrincipal extends Struct<DataLakePrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Database.DataLakePrincipal")
        .constrain("DataLakePrincipalIdentifier", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DataLakePrincipal() {
      super(SCHEMA);
    }

    /**
     * An identifier for the AWS Lake Formation principal.
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
   * A structure that describes a target database for resource linking.
   *
   * <p>Property type {@code AWS::Glue::Database.DatabaseIdentifier}.
   */
  public static final class DatabaseIdentifier extends Struct<DatabaseIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Database.DatabaseIdentifier")
        .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Region", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DatabaseIdentifier() {
      super(SCHEMA);
    }

    /**
     * The ID of the Data Catalog in which the database resides.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code CatalogId}.
     */
    public DatabaseIdentifier catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public DatabaseIdentifier catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The name of the catalog database.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DatabaseName}.
     */
    public DatabaseIdentifier databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DatabaseIdentifier databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The Region of the database.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Region}.
     */
    public DatabaseIdentifier region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public DatabaseIdentifier region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * The structure used to create or update a database.
   *
   * <p>Property type {@code AWS::Glue::Database.DatabaseInput}.
   */
  public static final class DatabaseInput extends Struct<DatabaseInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Database.DatabaseInput")
        .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
        .constrain("LocationUri", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .references("Name", "AWS::S3::Bucket.Ref")
        .constrain("Parameters", Constraint.of().format("json"))
        .build();

    public DatabaseInput() {
      super(SCHEMA);
    }

    /**
     * Creates a set of default permissions on the table for principals. Used by AWS Lake Formation
     * . Not used in the normal course of AWS Glue operations.
     *
     * <p>CloudFormation property {@code CreateTableDefaultPermissions}.
     */
    public DatabaseInput createTableDefaultPermissions(List<PrincipalPrivileges> value) {
      return set("CreateTableDefaultPermissions", Value.listOf(value));
    }

    /**
     * Sets {@code CreateTableDefaultPermissions} to this value; see {@link
     * #createTableDefaultPermissions(List)}.
     */
    public DatabaseInput createTableDefaultPermissions(Value<List<PrincipalPrivileges>> value) {
      return set("CreateTableDefaultPermissions", value);
    }

    /**
     * Sets {@code CreateTableDefaultPermissions} to a list of these; see {@link
     * #createTableDefaultPermissions(List)}.
     */
    public DatabaseInput createTableDefaultPermissions(PrincipalPrivileges... values) {
      return set("CreateTableDefaultPermissions", Value.list(values));
    }

    /**
     * A description of the database.
     *
     * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
     */
    public DatabaseInput description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public DatabaseInput description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A <code>FederatedDatabase</code> structure that references an entity outside the AWS Glue
     * Data Catalog .
     *
     * <p>CloudFormation property {@code FederatedDatabase}.
     */
    public DatabaseInput federatedDatabase(Value<FederatedDatabase> value) {
      return set("FederatedDatabase", value);
    }

    /**
     * The location of the database (for example, an HDFS path).
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code LocationUri}.
     */
    public DatabaseInput locationUri(String value) {
      return set("LocationUri", Value.of(value));
    }

    /** Sets {@code LocationUri} to this value; see {@link #locationUri(String)}. */
    public DatabaseInput locationUri(Value<String> value) {
      return set("LocationUri", value);
    }

    /**
     * The name of the database. For Hive compatibility, this is folded to lowercase when it is
     * stored.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public DatabaseInput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DatabaseInput name(Value<String> value) {
      return set("Name", value);
    }

    /** Sets {@code Name} to the Ref of {@code AWS::S3::Bucket}; see {@link #name(String)}. */
    public DatabaseInput name(Bucket resource) {
      return set("Name", resource.ref());
    }

    /**
     * These key-value pairs define parameters and properties of the database.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
     */
    public DatabaseInput parameters(Value<Json> value) {
      return set("Parameters", value);
    }

    /**
     * A <code>DatabaseIdentifier</code> structure that describes a target database for resource
     * linking.
     *
     * <p>CloudFormation property {@code TargetDatabase}.
     */
    public DatabaseInput targetDatabase(Value<DatabaseIdentifier> value) {
      return set("TargetDatabase", value);
    }
  }

  /**
   * A <code>FederatedDatabase</code> structure that references an entity outside the AWS Glue Data
   * Catalog .
   *
   * <p>Property type {@code AWS::Glue::Database.FederatedDatabase}.
   */
  public static final class FederatedDatabase extends Struct<FederatedDatabase> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Database.FederatedDatabase")
        .constrain("ConnectionName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Identifier", Constraint.of().minLength(1).maxLength(512))
        .build();

    public FederatedDatabase() {
      super(SCHEMA);
    }

    /**
     * The name of the connection to the external metastore.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code ConnectionName}.
     */
    public FederatedDatabase connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public FederatedDatabase connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * A unique identifier for the federated database.
     *
     * <p>Length: 1 to 512 characters. CloudFormation property {@code Identifier}.
     */
    public FederatedDatabase identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public FederatedDatabase identifier(Value<String> value) {
      return set("Identifier", value);
    }
  }

  /**
   * the permissions granted to a principal
   *
   * <p>Property type {@code AWS::Glue::Database.PrincipalPrivileges}.
   */
  public static final class PrincipalPrivileges extends Struct<PrincipalPrivileges> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Database.PrincipalPrivileges")
        .allowed("Permissions", "ALL", "ALTER", "CREATE_DATABASE", "CREATE_TABLE",
            "DATA_LOCATION_ACCESS", "DELETE", "DROP", "INSERT", "SELECT")
        .build();

    public PrincipalPrivileges() {
      super(SCHEMA);
    }

    /**
     * The permissions that are granted to the principal.
     *
     * <p>Allowed values: {@code ALL}, {@code ALTER}, {@code CREATE_DATABASE}, {@code CREATE_TABLE},
     * {@code DATA_LOCATION_ACCESS}, {@code DELETE}, {@code DROP}, {@code INSERT}, {@code SELECT}.
     * CloudFormation property {@code Permissions}.
     */
    public PrincipalPrivileges permissions(List<String> value) {
      return set("Permissions", Value.listOf(value));
    }

    /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
    public PrincipalPrivileges permissions(Value<List<String>> value) {
      return set("Permissions", value);
    }

    /**
     * The principal who is granted permissions.
     *
     * <p>CloudFormation property {@code Principal}.
     */
    public PrincipalPrivileges principal(Value<DataLakePrincipal> value) {
      return set("Principal", value);
    }
  }
}
