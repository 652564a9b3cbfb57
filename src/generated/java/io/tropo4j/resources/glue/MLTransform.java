// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The AWS::Glue::MLTransform is an AWS Glue resource type that manages machine learning transforms.
 *
 * <p>CloudFormation type {@code AWS::Glue::MLTransform}.
 */
public final class MLTransform extends Resource<MLTransform> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::MLTransform")
      .required("InputRecordTables", "Role", "TransformParameters")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("GlueVersion", Constraint.of().pattern("^(\\w+\\.)+\\w+$").minLength(1).maxLength(255))
      .constrain("MaxCapacity", Constraint.of().minimum(1).maximum(100))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("Tags", Constraint.of().format("json"))
      .constrain("Timeout", Constraint.of().minimum(1))
      .allowed("WorkerType", "G.025X", "G.1X", "G.2X", "G.4X", "G.8X", "Standard", "Z.2X")
      .refYields("TransformId")
      .attributes("TransformId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public MLTransform(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A user-defined, long-form description text for the machine learning transform.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public MLTransform description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MLTransform description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * This value determines which version of AWS Glue this machine learning transform is compatible
   * with. Glue 1.0 is recommended for most customers. If the value is not set, the Glue
   * compatibility defaults to Glue 0.9. For more information, see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/release-notes.html#release-notes-versions">AWS
   * Glue Versions</a> in the developer guide.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^(&#92;w+&#92;.)+&#92;w+$}. CloudFormation
   * property {@code GlueVersion}.
   */
  public MLTransform glueVersion(String value) {
    return set("GlueVersion", Value.of(value));
  }

  /** Sets {@code GlueVersion} to this value; see {@link #glueVersion(String)}. */
  public MLTransform glueVersion(Value<String> value) {
    return set("GlueVersion", value);
  }

  /**
   * A list of AWS Glue table definitions used by the transform.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InputRecordTables}.
   */
  public MLTransform inputRecordTables(Value<InputRecordTables> value) {
    return set("InputRecordTables", value);
  }

  /**
   * The number of AWS Glue data processing units (DPUs) that are allocated to task runs for this
   * transform. You can allocate from 2 to 100 DPUs; the default is 10. A DPU is a relative measure
   * of processing power that consists of 4 vCPUs of compute capacity and 16 GB of memory. For more
   * information, see the <a href="https://docs.aws.amazon.com/glue/pricing/">AWS Glue pricing
   * page</a> .
   *
   * <p><code>MaxCapacity</code> is a mutually exclusive option with <code>NumberOfWorkers</code>
   * and <code>WorkerType</code> .
   *
   * <ul> <li>If either <code>NumberOfWorkers</code> or <code>WorkerType</code> is set, then
   * <code>MaxCapacity</code> cannot be set. <li>If <code>MaxCapacity</code> is set then neither
   * <code>NumberOfWorkers</code> or <code>WorkerType</code> can be set. <li>If
   * <code>WorkerType</code> is set, then <code>NumberOfWorkers</code> is required (and vice versa).
   * <li><code>MaxCapacity</code> and <code>NumberOfWorkers</code> must both be at least 1. </ul>
   *
   * <p>When the <code>WorkerType</code> field is set to a value other than <code>Standard</code> ,
   * the <code>MaxCapacity</code> field is set automatically and becomes read-only.
   *
   * <p>Range: 1 to 100. CloudFormation property {@code MaxCapacity}.
   */
  public MLTransform maxCapacity(double value) {
    return set("MaxCapacity", Value.of(value));
  }

  /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(double)}. */
  public MLTransform maxCapacity(Value<Double> value) {
    return set("MaxCapacity", value);
  }

  /**
   * The maximum number of times to retry after an <code>MLTaskRun</code> of the machine learning
   * transform fails.
   *
   * <p>CloudFormation property {@code MaxRetries}.
   */
  public MLTransform maxRetries(int value) {
    return set("MaxRetries", Value.of(value));
  }

  /** Sets {@code MaxRetries} to this value; see {@link #maxRetries(int)}. */
  public MLTransform maxRetries(Value<Integer> value) {
    return set("MaxRetries", value);
  }

  /**
   * A user-defined name for the machine learning transform. Names are required to be unique.
   * <code>Name</code> is optional:
   *
   * <ul> <li>If you supply <code>Name</code> , the stack cannot be repeatedly created. <li>If
   * <code>Name</code> is not provided, a randomly generated name will be used instead. </ul>
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
   */
  public MLTransform name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MLTransform name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The number of workers of a defined <code>workerType</code> that are allocated when a task of
   * the transform runs.
   *
   * <p>If <code>WorkerType</code> is set, then <code>NumberOfWorkers</code> is required (and vice
   * versa).
   *
   * <p>CloudFormation property {@code NumberOfWorkers}.
   */
  public MLTransform numberOfWorkers(int value) {
    return set("NumberOfWorkers", Value.of(value));
  }

  /** Sets {@code NumberOfWorkers} to this value; see {@link #numberOfWorkers(int)}. */
  public MLTransform numberOfWorkers(Value<Integer> value) {
    return set("NumberOfWorkers", value);
  }

  /**
   * The name or Amazon Resource Name (ARN) of the IAM role with the required permissions. The
   * required permissions include both AWS Glue service role permissions to AWS Glue resources, and
   * Amazon S3 permissions required by the transform.
   *
   * <ul> <li>This role needs AWS Glue service role permissions to allow access to resources in AWS
   * Glue . See <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/attach-policy-iam-user.html">Attach a Policy
   * to IAM Users That Access AWS Glue</a> . <li>This role needs permission to your Amazon Simple
   * Storage Service (Amazon S3) sources, targets, temporary directory, scripts, and any libraries
   * used by the task run for this transform. </ul>
   *
   * <p>Required. CloudFormation property {@code Role}.
   */
  public MLTransform role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public MLTransform role(Value<String> value) {
    return set("Role", value);
  }

  /**
   * The tags to use with this machine learning transform. You may use tags to limit access to the
   * machine learning transform. For more information about tags in AWS Glue , see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/monitor-tags.html">AWS Tags in AWS Glue</a> in
   * the developer guide.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public MLTransform tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public MLTransform tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public MLTransform tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The timeout in minutes of the machine learning transform.
   *
   * <p>Range: at least 1. CloudFormation property {@code Timeout}.
   */
  public MLTransform timeout(int value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
  public MLTransform timeout(Value<Integer> value) {
    return set("Timeout", value);
  }

  /**
   * The encryption-at-rest settings of the transform that apply to accessing user data. Machine
   * learning transforms can access user data encrypted in Amazon S3 using KMS.
   *
   * <p>Additionally, imported labels and trained transforms can now be encrypted using a customer
   * provided KMS key.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TransformEncryption}.
   */
  public MLTransform transformEncryption(Value<TransformEncryption> value) {
    return set("TransformEncryption", value);
  }

  /**
   * The algorithm-specific parameters that are associated with the machine learning transform.
   *
   * <p>Required. CloudFormation property {@code TransformParameters}.
   */
  public MLTransform transformParameters(Value<TransformParameters> value) {
    return set("TransformParameters", value);
  }

  /**
   * The type of predefined worker that is allocated when a task of this transform runs. Accepts a
   * value of Standard, G.1X, or G.2X.
   *
   * <ul> <li>For the <code>Standard</code> worker type, each worker provides 4 vCPU, 16 GB of
   * memory and a 50GB disk, and 2 executors per worker. <li>For the <code>G.1X</code> worker type,
   * each worker provides 4 vCPU, 16 GB of memory and a 64GB disk, and 1 executor per worker.
   * <li>For the <code>G.2X</code> worker type, each worker provides 8 vCPU, 32 GB of memory and a
   * 128GB disk, and 1 executor per worker. </ul>
   *
   * <p><code>MaxCapacity</code> is a mutually exclusive option with <code>NumberOfWorkers</code>
   * and <code>WorkerType</code> .
   *
   * <ul> <li>If either <code>NumberOfWorkers</code> or <code>WorkerType</code> is set, then
   * <code>MaxCapacity</code> cannot be set. <li>If <code>MaxCapacity</code> is set then neither
   * <code>NumberOfWorkers</code> or <code>WorkerType</code> can be set. <li>If
   * <code>WorkerType</code> is set, then <code>NumberOfWorkers</code> is required (and vice versa).
   * <li><code>MaxCapacity</code> and <code>NumberOfWorkers</code> must both be at least 1. </ul>
   *
   * <p>Allowed values: {@code G.025X}, {@code G.1X}, {@code G.2X}, {@code G.4X}, {@code G.8X},
   * {@code Standard}, {@code Z.2X}. CloudFormation property {@code WorkerType}.
   */
  public MLTransform workerType(String value) {
    return set("WorkerType", Value.of(value));
  }

  /** Sets {@code WorkerType} to this value; see {@link #workerType(String)}. */
  public MLTransform workerType(Value<String> value) {
    return set("WorkerType", value);
  }

  /**
   * The unique identifier for the transform.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransformId}.
   */
  public Value<String> transformId() {
    return getAtt("TransformId");
  }

  /**
   * The parameters to configure the find matches transform.
   *
   * <p>Property type {@code AWS::Glue::MLTransform.FindMatchesParameters}.
   */
  public static final class FindMatchesParameters extends Struct<FindMatchesParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::MLTransform.FindMatchesParameters")
        .required("PrimaryKeyColumnName")
        .build();

    public FindMatchesParameters() {
      super(SCHEMA);
    }

    /**
     * The value that is selected when tuning your transform for a balance between accuracy and
     * cost. A value of 0.5 means that the system balances accuracy and cost concerns. A value of
     * 1.0 means a bias purely for accuracy, which typically results in a higher cost, sometimes
     * substantially higher. A value of 0.0 means a bias purely for cost, which results in a less
     * accurate <code>FindMatches</code> transform, sometimes with unacceptable accuracy.
     *
     * <p>Accuracy measures how well the transform finds true positives and true negatives.
     * Increasing accuracy requires more machine resources and cost. But it also results in
     * increased recall.
     *
     * <p>Cost measures how many compute resources, and thus money, are consumed to run the
     * transform.
     *
     * <p>CloudFormation property {@code AccuracyCostTradeoff}.
     */
    public FindMatchesParameters accuracyCostTradeoff(double value) {
      return set("AccuracyCostTradeoff", Value.of(value));
    }

    /**
     * Sets {@code AccuracyCostTradeoff} to this value; see {@link #accuracyCostTradeoff(double)}.
     */
    public FindMatchesParameters accuracyCostTradeoff(Value<Double> value) {
      return set("AccuracyCostTradeoff", value);
    }

    /**
     * The value to switch on or off to force the output to match the provided labels from users. If
     * the value is <code>True</code> , the <code>find matches</code> transform forces the output to
     * match the provided labels. The results override the normal conflation results. If the value
     * is <code>False</code> , the <code>find matches</code> transform does not ensure all the
     * labels provided are respected, and the results rely on the trained model.
     *
     * <p>Note that setting this value to true may increase the conflation execution time.
     *
     * <p>CloudFormation property {@code EnforceProvidedLabels}.
     */
    public FindMatchesParameters enforceProvidedLabels(boolean value) {
      return set("EnforceProvidedLabels", Value.of(value));
    }

    /**
     * Sets {@code EnforceProvidedLabels} to this value; see {@link
     * #enforceProvidedLabels(boolean)}.
     */
    public FindMatchesParameters enforceProvidedLabels(Value<Boolean> value) {
      return set("EnforceProvidedLabels", value);
    }

    /**
     * The value selected when tuning your transform for a balance between precision and recall. A
     * value of 0.5 means no preference; a value of 1.0 means a bias purely for precision, and a
     * value of 0.0 means a bias for recall. Because this is a tradeoff, choosing values close to
     * 1.0 means very low recall, and choosing values close to 0.0 results in very low precision.
     *
     * <p>The precision metric indicates how often your model is correct when it predicts a match.
     *
     * <p>The recall metric indicates that for an actual match, how often your model predicts the
     * match.
     *
     * <p>CloudFormation property {@code PrecisionRecallTradeoff}.
     */
    public FindMatchesParameters precisionRecallTradeoff(double value) {
      return set("PrecisionRecallTradeoff", Value.of(value));
    }

    /**
     * Sets {@code PrecisionRecallTradeoff} to this value; see {@link
     * #precisionRecallTradeoff(double)}.
     */
    public FindMatchesParameters precisionRecallTradeoff(Value<Double> value) {
      return set("PrecisionRecallTradeoff", value);
    }

    /**
     * The name of a column that uniquely identifies rows in the source table. Used to help identify
     * matching records.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * PrimaryKeyColumnName}.
     */
    public FindMatchesParameters primaryKeyColumnName(String value) {
      return set("PrimaryKeyColumnName", Value.of(value));
    }

    /**
     * Sets {@code PrimaryKeyColumnName} to this value; see {@link #primaryKeyColumnName(String)}.
     */
    public FindMatchesParameters primaryKeyColumnName(Value<String> value) {
      return set("PrimaryKeyColumnName", value);
    }
  }

  /**
   * The database and table in the AWS Glue Data Catalog that is used for input or output data.
   *
   * <p>Property type {@code AWS::Glue::MLTransform.GlueTables}.
   */
  public static final class GlueTables extends Struct<GlueTables> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::MLTransform.GlueTables")
        .required("DatabaseName", "TableName")
        .build();

    public GlueTables() {
      super(SCHEMA);
    }

    /**
     * A unique identifier for the AWS Glue Data Catalog .
     *
     * <p>CloudFormation property {@code CatalogId}.
     */
    public GlueTables catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public GlueTables catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The name of the connection to the AWS Glue Data Catalog .
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public GlueTables connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public GlueTables connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * A database name in the AWS Glue Data Catalog .
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public GlueTables databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public GlueTables databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * A table name in the AWS Glue Data Catalog .
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public GlueTables tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public GlueTables tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * A list of AWS Glue table definitions used by the transform.
   *
   * <p>Property type {@code AWS::Glue::MLTransform.InputRecordTables}.
   */
  public static final class InputRecordTables extends Struct<InputRecordTables> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::MLTransform.InputRecordTables");

    public InputRecordTables() {
      super(SCHEMA);
    }

    /**
     * The database and table in the AWS Glue Data Catalog that is used for input or output data.
     *
     * <p>CloudFormation property {@code GlueTables}.
     */
    public InputRecordTables glueTables(List<GlueTables> value) {
      return set("GlueTables", Value.listOf(value));
    }

    /** Sets {@code GlueTables} to this value; see {@link #glueTables(List)}. */
    public InputRecordTables glueTables(Value<List<GlueTables>> value) {
      return set("GlueTables", value);
    }

    /** Sets {@code GlueTables} to a list of these; see {@link #glueTables(List)}. */
    public InputRecordTables glueTables(GlueTables... values) {
      return set("GlueTables", Value.list(values));
    }
  }

  /**
   * The encryption-at-rest settings of the transform that apply to accessing user data.
   *
   * <p>Property type {@code AWS::Glue::MLTransform.MLUserDataEncryption}.
   */
  public static final class MLUserDataEncryption extends Struct<MLUserDataEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::MLTransform.MLUserDataEncryption")
        .required("MLUserDataEncryptionMode")
        .allowed("MLUserDataEncryptionMode", "DISABLED", "SSE-KMS")
        .build();

    public MLUserDataEncryption() {
      super(SCHEMA);
    }

    /**
     * The ID for the customer-provided KMS key.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public MLUserDataEncryption kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public MLUserDataEncryption kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The encryption mode applied to user data. Valid values are:
     *
     * <ul> <li>DISABLED: encryption is disabled. <li>SSEKMS: use of server-side encryption with AWS
     * Key Management Service (SSE-KMS) for user data </ul>
     *
     * <p>stored in Amazon S3.
     *
     * <p>Required. Allowed values: {@code DISABLED}, {@code SSE-KMS}. CloudFormation property
     * {@code MLUserDataEncryptionMode}.
     */
    public MLUserDataEncryption mlUserDataEncryptionMode(String value) {
      return set("MLUserDataEncryptionMode", Value.of(value));
    }

    /**
     * Sets {@code MLUserDataEncryptionMode} to this value; see {@link
     * #mlUserDataEncryptionMode(String)}.
     */
    public MLUserDataEncryption mlUserDataEncryptionMode(Value<String> value) {
      return set("MLUserDataEncryptionMode", value);
    }
  }

  /**
   * The encryption-at-rest settings of the transform that apply to accessing user data. Machine
   * learning transforms can access user data encrypted in Amazon S3 using KMS.
   *
   * <p>Additionally, imported labels and trained transforms can now be encrypted using a customer
   * provided KMS key.
   *
   * <p>Property type {@code AWS::Glue::MLTransform.TransformEncryption}.
   */
  public static final class TransformEncryption extends Struct<TransformEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::MLTransform.TransformEncryption")
        .constrain("TaskRunSecurityConfigurationName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public TransformEncryption() {
      super(SCHEMA);
    }

    /**
     * The encryption-at-rest settings of the transform that apply to accessing user data.
     *
     * <p>CloudFormation property {@code MLUserDataEncryption}.
     */
    public TransformEncryption mlUserDataEncryption(Value<MLUserDataEncryption> value) {
      return set("MLUserDataEncryption", value);
    }

    /**
     * The name of the security configuration.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code
     * TaskRunSecurityConfigurationName}.
     */
    public TransformEncryption taskRunSecurityConfigurationName(String value) {
      return set("TaskRunSecurityConfigurationName", Value.of(value));
    }

    /**
     * Sets {@code TaskRunSecurityConfigurationName} to this value; see {@link
     * #taskRunSecurityConfigurationName(String)}.
     */
    public TransformEncryption taskRunSecurityConfigurationName(Value<String> value) {
      return set("TaskRunSecurityConfigurationName", value);
    }
  }

  /**
   * The algorithm-specific parameters that are associated with the machine learning transform.
   *
   * <p>Property type {@code AWS::Glue::MLTransform.TransformParameters}.
   */
  public static final class TransformParameters extends Struct<TransformParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::MLTransform.TransformParameters")
        .required("TransformType")
        .build();

    public TransformParameters() {
      super(SCHEMA);
    }

    /**
     * The parameters for the find matches algorithm.
     *
     * <p>CloudFormation property {@code FindMatchesParameters}.
     */
    public TransformParameters findMatchesParameters(Value<FindMatchesParameters> value) {
      return set("FindMatchesParameters", value);
    }

    /**
     * The type of machine learning transform. <code>FIND_MATCHES</code> is the only option.
     *
     * <p>For information about the types of machine learning transforms, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/console-machine-learning-transforms.html">Working
     * with machine learning transforms</a> .
     *
     * <p>Required. CloudFormation property {@code TransformType}.
     */
    public TransformParameters transformType(String value) {
      return set("TransformType", Value.of(value));
    }

    /** Sets {@code TransformType} to this value; see {@link #transformType(String)}. */
    public TransformParameters transformType(Value<String> value) {
      return set("TransformType", value);
    }
  }
}
