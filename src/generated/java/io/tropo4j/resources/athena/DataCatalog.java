// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.athena;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The AWS::Athena::DataCatalog resource specifies an Amazon Athena data catalog, which contains a
 * name, description, type, parameters, and tags. For more information, see <a
 * href="https://docs.aws.amazon.com/athena/latest/APIReference/API_DataCatalog.html">DataCatalog</a>
 * in the <em>Amazon Athena API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::Athena::DataCatalog}.
 */
public final class DataCatalog extends Resource<DataCatalog> {
  private static final Schema SCHEMA = Schema.builder("AWS::Athena::DataCatalog")
      .required("Name", "Type")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(256))
      .allowed("Status", "CREATE_IN_PROGRESS", "CREATE_COMPLETE", "CREATE_FAILED",
          "CREATE_FAILED_CLEANUP_IN_PROGRESS", "CREATE_FAILED_CLEANUP_COMPLETE",
          "CREATE_FAILED_CLEANUP_FAILED", "DELETE_IN_PROGRESS", "DELETE_COMPLETE", "DELETE_FAILED")
      .allowed("Type", "LAMBDA", "GLUE", "HIVE", "FEDERATED")
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataCatalog(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of connection for a <code>FEDERATED</code> data catalog (for example,
   * <code>REDSHIFT</code> , <code>MYSQL</code> , or <code>SQLSERVER</code> ). For information about
   * individual connectors, see <a
   * href="https://docs.aws.amazon.com/athena/latest/ug/connectors-available.html">Available data
   * source connectors</a> .
   *
   * <p>CloudFormation property {@code ConnectionType}.
   */
  public DataCatalog connectionType(String value) {
    return set("ConnectionType", Value.of(value));
  }

  /** Sets {@code ConnectionType} to this value; see {@link #connectionType(String)}. */
  public DataCatalog connectionType(Value<String> value) {
    return set("ConnectionType", value);
  }

  /**
   * A description of the data catalog.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public DataCatalog description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataCatalog description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Text of the error that occurred during data catalog creation or deletion.
   *
   * <p>CloudFormation property {@code Error}.
   */
  public DataCatalog error(String value) {
    return set("Error", Value.of(value));
  }

  /** Sets {@code Error} to this value; see {@link #error(String)}. */
  public DataCatalog error(Value<String> value) {
    return set("Error", value);
  }

  /**
   * The name of the data catalog. The catalog name must be unique for the AWS account and can use a
   * maximum of 128 alphanumeric, underscore, at sign, or hyphen characters.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code Name}.
   */
  public DataCatalog name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataCatalog name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the Lambda function or functions to use for creating the data catalog. This is a
   * mapping whose values depend on the catalog type.
   *
   * <ul> <li>For the <code>HIVE</code> data catalog type, use the following syntax. The
   * <code>metadata-function</code> parameter is required. <code>The sdk-version</code> parameter is
   * optional and defaults to the currently supported version. </ul>
   *
   * <p><code>metadata-function= <em>lambda_arn</em> , sdk-version= <em>version_number</em></code>
   *
   * <ul> <li>For the <code>LAMBDA</code> data catalog type, use one of the following sets of
   * required parameters, but not both. </ul>
   *
   * <ul> <li>If you have one Lambda function that processes metadata and another for reading the
   * actual data, use the following syntax. Both parameters are required. </ul>
   *
   * <p><code>metadata-function= <em>lambda_arn</em> , record-function= <em>lambda_arn</em></code>
   *
   * <ul> <li>If you have a composite Lambda function that processes both metadata and data, use the
   * following syntax to specify your Lambda function. </ul>
   *
   * <p><code>function= <em>lambda_arn</em></code>
   *
   * <ul> <li>The <code>GLUE</code> type takes a catalog ID parameter and is required. The
   * <code><em>catalog_id</em></code> is the account ID of the AWS account to which the AWS Glue
   * Data Catalog belongs. </ul>
   *
   * <p><code>catalog-id= <em>catalog_id</em></code>
   *
   * <ul> <li>The <code>GLUE</code> data catalog type also applies to the default
   * <code>AwsDataCatalog</code> that already exists in your account, of which you can have only one
   * and cannot modify. <li>The <code>FEDERATED</code> data catalog type uses one of the following
   * parameters, but not both. Use <code>connection-arn</code> for an existing AWS Glue connection.
   * Use <code>connection-type</code> and <code>connection-properties</code> to specify the
   * configuration setting for a new connection. </ul>
   *
   * <ul> <li><code>connection-arn: <em>&lt;glue_connection_arn_to_reuse&gt;</em></code>
   * <li><code>lambda-role-arn</code> (optional): The execution role to use for the Lambda function.
   * If not provided, one is created. <li><code>connection-type:MYSQL|REDSHIFT|....,
   * connection-properties:" <em>&lt;json_string&gt;</em> "</code> </ul>
   *
   * <p>For <em><code>&lt;json_string&gt;</code></em> , use escaped JSON text, as in the following
   * example.
   *
   * <p><code>"{&#92;"spill_bucket&#92;":&#92;"my_spill&#92;",&#92;"spill_prefix&#92;":&#92;"athena-spill&#92;",&#92;"host&#92;":&#92;"abc12345.snowflakecomputing.com&#92;",&#92;"port&#92;":&#92;"1234&#92;",&#92;"warehouse&#92;":&#92;"DEV_WH&#92;",&#92;"database&#92;":&#92;"TEST&#92;",&#92;"schema&#92;":&#92;"PUBLIC&#92;",&#92;"SecretArn&#92;":&#92;"arn:aws:secretsmanager:ap-south-1:111122223333:secret:snowflake-XHb67j&#92;"}"</code>
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public DataCatalog parameters(Map<String, String> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public DataCatalog parameters(Value<Map<String, String>> value) {
    return set("Parameters", value);
  }

  /**
   * The status of the creation or deletion of the data catalog.
   *
   * <ul> <li>The <code>LAMBDA</code> , <code>GLUE</code> , and <code>HIVE</code> data catalog types
   * are created synchronously. Their status is either <code>CREATE_COMPLETE</code> or
   * <code>CREATE_FAILED</code> . <li>The <code>FEDERATED</code> data catalog type is created
   * asynchronously. </ul>
   *
   * <p>Data catalog creation status:
   *
   * <ul> <li><code>CREATE_IN_PROGRESS</code> : Federated data catalog creation in progress.
   * <li><code>CREATE_COMPLETE</code> : Data catalog creation complete.
   * <li><code>CREATE_FAILED</code> : Data catalog could not be created.
   * <li><code>CREATE_FAILED_CLEANUP_IN_PROGRESS</code> : Federated data catalog creation failed and
   * is being removed. <li><code>CREATE_FAILED_CLEANUP_COMPLETE</code> : Federated data catalog
   * creation failed and was removed. <li><code>CREATE_FAILED_CLEANUP_FAILED</code> : Federated data
   * catalog creation failed but could not be removed. </ul>
   *
   * <p>Data catalog deletion status:
   *
   * <ul> <li><code>DELETE_IN_PROGRESS</code> : Federated data catalog deletion in progress.
   * <li><code>DELETE_COMPLETE</code> : Federated data catalog deleted.
   * <li><code>DELETE_FAILED</code> : Federated data catalog could not be deleted. </ul>
   *
   * <p>Allowed values: {@code CREATE_IN_PROGRESS}, {@code CREATE_COMPLETE}, {@code CREATE_FAILED},
   * {@code CREATE_FAILED_CLEANUP_IN_PROGRESS}, {@code CREATE_FAILED_CLEANUP_COMPLETE}, {@code
   * CREATE_FAILED_CLEANUP_FAILED}, {@code DELETE_IN_PROGRESS}, {@code DELETE_COMPLETE}, {@code
   * DELETE_FAILED}. CloudFormation property {@code Status}.
   */
  public DataCatalog status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public DataCatalog status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The tags (key-value pairs) to associate with this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataCatalog tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataCatalog tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataCatalog tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of data catalog: <code>LAMBDA</code> for a federated catalog, <code>GLUE</code> for
   * AWS Glue Catalog, or <code>HIVE</code> for an external hive metastore.
   *
   * <p>Required. Allowed values: {@code LAMBDA}, {@code GLUE}, {@code HIVE}, {@code FEDERATED}.
   * CloudFormation property {@code Type}.
   */
  public DataCatalog typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public DataCatalog typeProperty(Value<String> value) {
    return set("Type", value);
  }
}
