// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.databrew;

import io.tropo4j.core.Asset;
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
 * Specifies a new DataBrew job.
 *
 * <p>CloudFormation type {@code AWS::DataBrew::Job}.
 */
public final class Job extends Resource<Job> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job")
      .required("Name", "RoleArn", "Type")
      .constrain("DatasetName", Constraint.of().minLength(1).maxLength(255))
      .constrain("EncryptionKeyArn", Constraint.of().minLength(20).maxLength(2048))
      .allowed("EncryptionMode", "SSE-KMS", "SSE-S3")
      .allowed("LogSubscription", "ENABLE", "DISABLE")
      .constrain("MaxRetries", Constraint.of().minimum(0))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("ProjectName", Constraint.of().minLength(1).maxLength(255))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("Timeout", Constraint.of().minimum(0))
      .allowed("Type", "PROFILE", "RECIPE")
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Job(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * One or more artifacts that represent the AWS Glue Data Catalog output from running the job.
   *
   * <p>CloudFormation property {@code DataCatalogOutputs}.
   */
  public Job dataCatalogOutputs(List<DataCatalogOutput> value) {
    return set("DataCatalogOutputs", Value.listOf(value));
  }

  /** Sets {@code DataCatalogOutputs} to this value; see {@link #dataCatalogOutputs(List)}. */
  public Job dataCatalogOutputs(Value<List<DataCatalogOutput>> value) {
    return set("DataCatalogOutputs", value);
  }

  /** Sets {@code DataCatalogOutputs} to a list of these; see {@link #dataCatalogOutputs(List)}. */
  public Job dataCatalogOutputs(DataCatalogOutput... values) {
    return set("DataCatalogOutputs", Value.list(values));
  }

  /**
   * Represents a list of JDBC database output objects which defines the output destination for a
   * DataBrew recipe job to write into.
   *
   * <p>CloudFormation property {@code DatabaseOutputs}.
   */
  public Job databaseOutputs(List<DatabaseOutput> value) {
    return set("DatabaseOutputs", Value.listOf(value));
  }

  /** Sets {@code DatabaseOutputs} to this value; see {@link #databaseOutputs(List)}. */
  public Job databaseOutputs(Value<List<DatabaseOutput>> value) {
    return set("DatabaseOutputs", value);
  }

  /** Sets {@code DatabaseOutputs} to a list of these; see {@link #databaseOutputs(List)}. */
  public Job databaseOutputs(DatabaseOutput... values) {
    return set("DatabaseOutputs", Value.list(values));
  }

  /**
   * A dataset that the job is to process.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code DatasetName}.
   */
  public Job datasetName(String value) {
    return set("DatasetName", Value.of(value));
  }

  /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
  public Job datasetName(Value<String> value) {
    return set("DatasetName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an encryption key that is used to protect the job output. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/databrew/latest/dg/encryption-security-configuration.html">Encrypting
   * data written by DataBrew jobs</a>
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code EncryptionKeyArn}.
   */
  public Job encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public Job encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * The encryption mode for the job, which can be one of the following:
   *
   * <ul> <li><code>SSE-KMS</code> - Server-side encryption with keys managed by AWS .
   * <li><code>SSE-S3</code> - Server-side encryption with keys managed by Amazon S3. </ul>
   *
   * <p>Allowed values: {@code SSE-KMS}, {@code SSE-S3}. CloudFormation property {@code
   * EncryptionMode}.
   */
  public Job encryptionMode(String value) {
    return set("EncryptionMode", Value.of(value));
  }

  /** Sets {@code EncryptionMode} to this value; see {@link #encryptionMode(String)}. */
  public Job encryptionMode(Value<String> value) {
    return set("EncryptionMode", value);
  }

  /**
   * A sample configuration for profile jobs only, which determines the number of rows on which the
   * profile job is run. If a <code>JobSample</code> value isn't provided, the default value is
   * used. The default value is CUSTOM_ROWS for the mode parameter and 20,000 for the size
   * parameter.
   *
   * <p>CloudFormation property {@code JobSample}.
   */
  public Job jobSample(Value<JobSample> value) {
    return set("JobSample", value);
  }

  /**
   * The current status of Amazon CloudWatch logging for the job.
   *
   * <p>Allowed values: {@code ENABLE}, {@code DISABLE}. CloudFormation property {@code
   * LogSubscription}.
   */
  public Job logSubscription(String value) {
    return set("LogSubscription", Value.of(value));
  }

  /** Sets {@code LogSubscription} to this value; see {@link #logSubscription(String)}. */
  public Job logSubscription(Value<String> value) {
    return set("LogSubscription", value);
  }

  /**
   * The maximum number of nodes that can be consumed when the job processes data.
   *
   * <p>CloudFormation property {@code MaxCapacity}.
   */
  public Job maxCapacity(int value) {
    return set("MaxCapacity", Value.of(value));
  }

  /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
  public Job maxCapacity(Value<Integer> value) {
    return set("MaxCapacity", value);
  }

  /**
   * The maximum number of times to retry the job after a job run fails.
   *
   * <p>Range: at least 0. CloudFormation property {@code MaxRetries}.
   */
  public Job maxRetries(int value) {
    return set("MaxRetries", Value.of(value));
  }

  /** Sets {@code MaxRetries} to this value; see {@link #maxRetries(int)}. */
  public Job maxRetries(Value<Integer> value) {
    return set("MaxRetries", value);
  }

  /**
   * The unique name of the job.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public Job name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Job name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The location in Amazon S3 where the job writes its output.
   *
   * <p>CloudFormation property {@code OutputLocation}.
   */
  public Job outputLocation(Value<OutputLocation> value) {
    return set("OutputLocation", value);
  }

  /**
   * Sets {@code OutputLocation} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #outputLocation(Value)}.
   */
  public Job outputLocation(Asset asset) {
    return set("OutputLocation", new OutputLocation().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * One or more artifacts that represent output from running the job.
   *
   * <p>CloudFormation property {@code Outputs}.
   */
  public Job outputs(List<Output> value) {
    return set("Outputs", Value.listOf(value));
  }

  /** Sets {@code Outputs} to this value; see {@link #outputs(List)}. */
  public Job outputs(Value<List<Output>> value) {
    return set("Outputs", value);
  }

  /** Sets {@code Outputs} to a list of these; see {@link #outputs(List)}. */
  public Job outputs(Output... values) {
    return set("Outputs", Value.list(values));
  }

  /**
   * Configuration for profile jobs. Configuration can be used to select columns, do evaluations,
   * and override default parameters of evaluations. When configuration is undefined, the profile
   * job will apply default settings to all supported columns.
   *
   * <p>CloudFormation property {@code ProfileConfiguration}.
   */
  public Job profileConfiguration(Value<ProfileConfiguration> value) {
    return set("ProfileConfiguration", value);
  }

  /**
   * The name of the project that the job is associated with.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code ProjectName}.
   */
  public Job projectName(String value) {
    return set("ProjectName", Value.of(value));
  }

  /** Sets {@code ProjectName} to this value; see {@link #projectName(String)}. */
  public Job projectName(Value<String> value) {
    return set("ProjectName", value);
  }

  /**
   * A series of data transformation steps that the job runs.
   *
   * <p>CloudFormation property {@code Recipe}.
   */
  public Job recipe(Value<Recipe> value) {
    return set("Recipe", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the role to be assumed for this job.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public Job roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Job roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Metadata tags that have been applied to the job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Job tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Job tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Job tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The job's timeout in minutes. A job that attempts to run longer than this timeout period ends
   * with a status of <code>TIMEOUT</code> .
   *
   * <p>Range: at least 0. CloudFormation property {@code Timeout}.
   */
  public Job timeout(int value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
  public Job timeout(Value<Integer> value) {
    return set("Timeout", value);
  }

  /**
   * The job type of the job, which must be one of the following:
   *
   * <ul> <li><code>PROFILE</code> - A job to analyze a dataset, to determine its size, data types,
   * data distribution, and more. <li><code>RECIPE</code> - A job to apply one or more
   * transformations to a dataset. </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code PROFILE}, {@code
   * RECIPE}. CloudFormation property {@code Type}.
   */
  public Job typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Job typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * List of validation configurations that are applied to the profile job.
   *
   * <p>CloudFormation property {@code ValidationConfigurations}.
   */
  public Job validationConfigurations(List<ValidationConfiguration> value) {
    return set("ValidationConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code ValidationConfigurations} to this value; see {@link
   * #validationConfigurations(List)}.
   */
  public Job validationConfigurations(Value<List<ValidationConfiguration>> value) {
    return set("ValidationConfigurations", value);
  }

  /**
   * Sets {@code ValidationConfigurations} to a list of these; see {@link
   * #validationConfigurations(List)}.
   */
  public Job validationConfigurations(ValidationConfiguration... values) {
    return set("ValidationConfigurations", Value.list(values));
  }

  /**
   * Configuration of statistics that are allowed to be run on columns that contain detected
   * entities. When undefined, no statistics will be computed on columns that contain detected
   * entities.
   *
   * <p>Property type {@code AWS::DataBrew::Job.AllowedStatistics}.
   */
  public static final class AllowedStatistics extends Struct<AllowedStatistics> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.AllowedStatistics")
        .required("Statistics")
        .constrain("Statistics", Constraint.of().pattern("^[A-Z\\_]+$").minLength(1).maxLength(128))
        .build();

    public AllowedStatistics() {
      super(SCHEMA);
    }

    /**
     * One or more column statistics to allow for columns that contain detected entities.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[A-Z&#92;_]+$}. CloudFormation
     * property {@code Statistics}.
     */
    public AllowedStatistics statistics(List<String> value) {
      return set("Statistics", Value.listOf(value));
    }

    /** Sets {@code Statistics} to this value; see {@link #statistics(List)}. */
    public AllowedStatistics statistics(Value<List<String>> value) {
      return set("Statistics", value);
    }
  }

  /**
   * Selector of a column from a dataset for profile job configuration. One selector includes either
   * a column name or a regular expression.
   *
   * <p>Property type {@code AWS::DataBrew::Job.ColumnSelector}.
   */
  public static final class ColumnSelector extends Struct<ColumnSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.ColumnSelector")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Regex", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ColumnSelector() {
      super(SCHEMA);
    }

    /**
     * The name of a column from a dataset.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public ColumnSelector name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ColumnSelector name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A regular expression for selecting a column from a dataset.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Regex}.
     */
    public ColumnSelector regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public ColumnSelector regex(Value<String> value) {
      return set("Regex", value);
    }
  }

  /**
   * Configuration for column evaluations for a profile job. ColumnStatisticsConfiguration can be
   * used to select evaluations and override parameters of evaluations for particular columns.
   *
   * <p>Property type {@code AWS::DataBrew::Job.ColumnStatisticsConfiguration}.
   */
  public static final class ColumnStatisticsConfiguration extends Struct<ColumnStatisticsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.ColumnStatisticsConfiguration")
        .required("Statistics")
        .build();

    public ColumnStatisticsConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of column selectors. Selectors can be used to select columns from the dataset. When
     * selectors are undefined, configuration will be applied to all supported columns.
     *
     * <p>CloudFormation property {@code Selectors}.
     */
    public ColumnStatisticsConfiguration selectors(List<ColumnSelector> value) {
      return set("Selectors", Value.listOf(value));
    }

    /** Sets {@code Selectors} to this value; see {@link #selectors(List)}. */
    public ColumnStatisticsConfiguration selectors(Value<List<ColumnSelector>> value) {
      return set("Selectors", value);
    }

    /** Sets {@code Selectors} to a list of these; see {@link #selectors(List)}. */
    public ColumnStatisticsConfiguration selectors(ColumnSelector... values) {
      return set("Selectors", Value.list(values));
    }

    /**
     * Configuration for evaluations. Statistics can be used to select evaluations and override
     * parameters of evaluations.
     *
     * <p>Required. CloudFormation property {@code Statistics}.
     */
    public ColumnStatisticsConfiguration statistics(Value<StatisticsConfiguration> value) {
      return set("Statistics", value);
    }
  }

  /**
   * Represents a set of options that define how DataBrew will write a comma-separated value (CSV)
   * file.
   *
   * <p>Property type {@code AWS::DataBrew::Job.CsvOutputOptions}.
   */
  public static final class CsvOutputOptions extends Struct<CsvOutputOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.CsvOutputOptions")
        .constrain("Delimiter", Constraint.of().minLength(1).maxLength(1))
        .build();

    public CsvOutputOptions() {
      super(SCHEMA);
    }

    /**
     * A single character that specifies the delimiter used to create CSV job output.
     *
     * <p>Length: 1 to 1 characters. CloudFormation property {@code Delimiter}.
     */
    public CsvOutputOptions delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public CsvOutputOptions delimiter(Value<String> value) {
      return set("Delimiter", value);
    }
  }

  /**
   * Represents options that specify how and where in the AWS Glue Data Catalog DataBrew writes the
   * output generated by recipe jobs.
   *
   * <p>Property type {@code AWS::DataBrew::Job.DataCatalogOutput}.
   */
  public static final class DataCatalogOutput extends Struct<DataCatalogOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.DataCatalogOutput")
        .required("DatabaseName", "TableName")
        .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DataCatalogOutput() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the AWS account that holds the Data Catalog that stores the data.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code CatalogId}.
     */
    public DataCatalogOutput catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public DataCatalogOutput catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The name of a database in the Data Catalog.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code DatabaseName}.
     */
    public DataCatalogOutput databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DataCatalogOutput databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Represents options that specify how and where DataBrew writes the database output generated
     * by recipe jobs.
     *
     * <p>CloudFormation property {@code DatabaseOptions}.
     */
    public DataCatalogOutput databaseOptions(Value<DatabaseTableOutputOptions> value) {
      return set("DatabaseOptions", value);
    }

    /**
     * A value that, if true, means that any data in the location specified for output is
     * overwritten with new output. Not supported with DatabaseOptions.
     *
     * <p>CloudFormation property {@code Overwrite}.
     */
    public DataCatalogOutput overwrite(boolean value) {
      return set("Overwrite", Value.of(value));
    }

    /** Sets {@code Overwrite} to this value; see {@link #overwrite(boolean)}. */
    public DataCatalogOutput overwrite(Value<Boolean> value) {
      return set("Overwrite", value);
    }

    /**
     * Represents options that specify how and where DataBrew writes the Amazon S3 output generated
     * by recipe jobs.
     *
     * <p>CloudFormation property {@code S3Options}.
     */
    public DataCatalogOutput s3Options(Value<S3TableOutputOptions> value) {
      return set("S3Options", value);
    }

    /**
     * The name of a table in the Data Catalog.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code TableName}.
     */
    public DataCatalogOutput tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DataCatalogOutput tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Represents a JDBC database output object which defines the output destination for a DataBrew
   * recipe job to write into.
   *
   * <p>Property type {@code AWS::DataBrew::Job.DatabaseOutput}.
   */
  public static final class DatabaseOutput extends Struct<DatabaseOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.DatabaseOutput")
        .required("DatabaseOptions", "GlueConnectionName")
        .allowed("DatabaseOutputMode", "NEW_TABLE")
        .constrain("GlueConnectionName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DatabaseOutput() {
      super(SCHEMA);
    }

    /**
     * Represents options that specify how and where DataBrew writes the database output generated
     * by recipe jobs.
     *
     * <p>Required. CloudFormation property {@code DatabaseOptions}.
     */
    public DatabaseOutput databaseOptions(Value<DatabaseTableOutputOptions> value) {
      return set("DatabaseOptions", value);
    }

    /**
     * The output mode to write into the database. Currently supported option: NEW_TABLE.
     *
     * <p>Allowed values: {@code NEW_TABLE}. CloudFormation property {@code DatabaseOutputMode}.
     */
    public DatabaseOutput databaseOutputMode(String value) {
      return set("DatabaseOutputMode", Value.of(value));
    }

    /** Sets {@code DatabaseOutputMode} to this value; see {@link #databaseOutputMode(String)}. */
    public DatabaseOutput databaseOutputMode(Value<String> value) {
      return set("DatabaseOutputMode", value);
    }

    /**
     * The AWS Glue connection that stores the connection information for the target database.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code GlueConnectionName}.
     */
    public DatabaseOutput glueConnectionName(String value) {
      return set("GlueConnectionName", Value.of(value));
    }

    /** Sets {@code GlueConnectionName} to this value; see {@link #glueConnectionName(String)}. */
    public DatabaseOutput glueConnectionName(Value<String> value) {
      return set("GlueConnectionName", value);
    }
  }

  /**
   * Represents options that specify how and where DataBrew writes the database output generated by
   * recipe jobs.
   *
   * <p>Property type {@code AWS::DataBrew::Job.DatabaseTableOutputOptions}.
   */
  public static final class DatabaseTableOutputOptions extends Struct<DatabaseTableOutputOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.DatabaseTableOutputOptions")
        .required("TableName")
        .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DatabaseTableOutputOptions() {
      super(SCHEMA);
    }

    /**
     * A prefix for the name of a table DataBrew will create in the database.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code TableName}.
     */
    public DatabaseTableOutputOptions tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DatabaseTableOutputOptions tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * Represents an Amazon S3 location (bucket name and object key) where DataBrew can store
     * intermediate results.
     *
     * <p>CloudFormation property {@code TempDirectory}.
     */
    public DatabaseTableOutputOptions tempDirectory(Value<S3Location> value) {
      return set("TempDirectory", value);
    }

    /**
     * Sets {@code TempDirectory} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #tempDirectory(Value)}.
     */
    public DatabaseTableOutputOptions tempDirectory(Asset asset) {
      return set("TempDirectory", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Configuration of entity detection for a profile job. When undefined, entity detection is
   * disabled.
   *
   * <p>Property type {@code AWS::DataBrew::Job.EntityDetectorConfiguration}.
   */
  public static final class EntityDetectorConfiguration extends Struct<EntityDetectorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.EntityDetectorConfiguration")
        .required("EntityTypes")
        .constrain("EntityTypes", Constraint.of().pattern("^[A-Z_][A-Z\\\\d_]*$").minLength(1).maxLength(128))
        .build();

    public EntityDetectorConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration of statistics that are allowed to be run on columns that contain detected
     * entities. When undefined, no statistics will be computed on columns that contain detected
     * entities.
     *
     * <p>CloudFormation property {@code AllowedStatistics}.
     */
    public EntityDetectorConfiguration allowedStatistics(Value<AllowedStatistics> value) {
      return set("AllowedStatistics", value);
    }

    /**
     * Entity types to detect. Can be any of the following:
     *
     * <ul> <li>USA_SSN <li>EMAIL <li>USA_ITIN <li>USA_PASSPORT_NUMBER <li>PHONE_NUMBER
     * <li>USA_DRIVING_LICENSE <li>BANK_ACCOUNT <li>CREDIT_CARD <li>IP_ADDRESS <li>MAC_ADDRESS
     * <li>USA_DEA_NUMBER <li>USA_HCPCS_CODE <li>USA_NATIONAL_PROVIDER_IDENTIFIER
     * <li>USA_NATIONAL_DRUG_CODE <li>USA_HEALTH_INSURANCE_CLAIM_NUMBER
     * <li>USA_MEDICARE_BENEFICIARY_IDENTIFIER <li>USA_CPT_CODE <li>PERSON_NAME <li>DATE </ul>
     *
     * <p>The Entity type group USA_ALL is also supported, and includes all of the above entity
     * types except PERSON_NAME and DATE.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[A-Z_][A-Z&#92;&#92;d_]*$}.
     * CloudFormation property {@code EntityTypes}.
     */
    public EntityDetectorConfiguration entityTypes(List<String> value) {
      return set("EntityTypes", Value.listOf(value));
    }

    /** Sets {@code EntityTypes} to this value; see {@link #entityTypes(List)}. */
    public EntityDetectorConfiguration entityTypes(Value<List<String>> value) {
      return set("EntityTypes", value);
    }
  }

  /**
   * A sample configuration for profile jobs only, which determines the number of rows on which the
   * profile job is run. If a <code>JobSample</code> value isn't provided, the default is used. The
   * default value is CUSTOM_ROWS for the mode parameter and 20,000 for the size parameter.
   *
   * <p>Property type {@code AWS::DataBrew::Job.JobSample}.
   */
  public static final class JobSample extends Struct<JobSample> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.JobSample")
        .allowed("Mode", "FULL_DATASET", "CUSTOM_ROWS")
        .constrain("Size", Constraint.of().format("int64"))
        .build();

    public JobSample() {
      super(SCHEMA);
    }

    /**
     * A value that determines whether the profile job is run on the entire dataset or a specified
     * number of rows. This value must be one of the following:
     *
     * <ul> <li>FULL_DATASET - The profile job is run on the entire dataset. <li>CUSTOM_ROWS - The
     * profile job is run on the number of rows specified in the <code>Size</code> parameter. </ul>
     *
     * <p>Allowed values: {@code FULL_DATASET}, {@code CUSTOM_ROWS}. CloudFormation property {@code
     * Mode}.
     */
    public JobSample mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public JobSample mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The <code>Size</code> parameter is only required when the mode is CUSTOM_ROWS. The profile
     * job is run on the specified number of rows. The maximum value for size is Long.MAX_VALUE.
     *
     * <p>Long.MAX_VALUE = 9223372036854775807
     *
     * <p>Format: {@code int64}. CloudFormation property {@code Size}.
     */
    public JobSample size(int value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(int)}. */
    public JobSample size(Value<Integer> value) {
      return set("Size", value);
    }
  }

  /**
   * Represents options that specify how and where in Amazon S3 DataBrew writes the output generated
   * by recipe jobs or profile jobs.
   *
   * <p>Property type {@code AWS::DataBrew::Job.Output}.
   */
  public static final class Output extends Struct<Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.Output")
        .required("Location")
        .allowed("CompressionFormat", "GZIP", "LZ4", "SNAPPY", "BZIP2", "DEFLATE", "LZO", "BROTLI",
            "ZSTD", "ZLIB")
        .allowed("Format", "CSV", "JSON", "PARQUET", "GLUEPARQUET", "AVRO", "ORC", "XML",
            "TABLEAUHYPER")
        .constrain("MaxOutputFiles", Constraint.of().minimum(1).maximum(999))
        .constrain("PartitionColumns", Constraint.of().minLength(1).maxLength(255))
        .build();

    public Output() {
      super(SCHEMA);
    }

    /**
     * The compression algorithm used to compress the output text of the job.
     *
     * <p>Allowed values: {@code GZIP}, {@code LZ4}, {@code SNAPPY}, {@code BZIP2}, {@code DEFLATE},
     * {@code LZO}, {@code BROTLI}, {@code ZSTD}, {@code ZLIB}. CloudFormation property {@code
     * CompressionFormat}.
     */
    public Output compressionFormat(String value) {
      return set("CompressionFormat", Value.of(value));
    }

    /** Sets {@code CompressionFormat} to this value; see {@link #compressionFormat(String)}. */
    public Output compressionFormat(Value<String> value) {
      return set("CompressionFormat", value);
    }

    /**
     * The data format of the output of the job.
     *
     * <p>Allowed values: {@code CSV}, {@code JSON}, {@code PARQUET}, {@code GLUEPARQUET}, {@code
     * AVRO}, {@code ORC}, {@code XML}, {@code TABLEAUHYPER}. CloudFormation property {@code
     * Format}.
     */
    public Output format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public Output format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * Represents options that define how DataBrew formats job output files.
     *
     * <p>CloudFormation property {@code FormatOptions}.
     */
    public Output formatOptions(Value<OutputFormatOptions> value) {
      return set("FormatOptions", value);
    }

    /**
     * The location in Amazon S3 where the job writes its output.
     *
     * <p>Required. CloudFormation property {@code Location}.
     */
    public Output location(Value<S3Location> value) {
      return set("Location", value);
    }

    /**
     * Sets {@code Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #location(Value)}.
     */
    public Output location(Asset asset) {
      return set("Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }

    /**
     * The maximum number of files to be generated by the job and written to the output folder.
     *
     * <p>Range: 1 to 999. CloudFormation property {@code MaxOutputFiles}.
     */
    public Output maxOutputFiles(int value) {
      return set("MaxOutputFiles", Value.of(value));
    }

    /** Sets {@code MaxOutputFiles} to this value; see {@link #maxOutputFiles(int)}. */
    public Output maxOutputFiles(Value<Integer> value) {
      return set("MaxOutputFiles", value);
    }

    /**
     * A value that, if true, means that any data in the location specified for output is
     * overwritten with new output.
     *
     * <p>CloudFormation property {@code Overwrite}.
     */
    public Output overwrite(boolean value) {
      return set("Overwrite", Value.of(value));
    }

    /** Sets {@code Overwrite} to this value; see {@link #overwrite(boolean)}. */
    public Output overwrite(Value<Boolean> value) {
      return set("Overwrite", value);
    }

    /**
     * The names of one or more partition columns for the output of the job.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code PartitionColumns}.
     */
    public Output partitionColumns(List<String> value) {
      return set("PartitionColumns", Value.listOf(value));
    }

    /** Sets {@code PartitionColumns} to this value; see {@link #partitionColumns(List)}. */
    public Output partitionColumns(Value<List<String>> value) {
      return set("PartitionColumns", value);
    }
  }

  /**
   * Represents a set of options that define the structure of comma-separated (CSV) job output.
   *
   * <p>Property type {@code AWS::DataBrew::Job.OutputFormatOptions}.
   */
  public static final class OutputFormatOptions extends Struct<OutputFormatOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Job.OutputFormatOptions");

    public OutputFormatOptions() {
      super(SCHEMA);
    }

    /**
     * Represents a set of options that define the structure of comma-separated value (CSV) job
     * output.
     *
     * <p>CloudFormation property {@code Csv}.
     */
    public OutputFormatOptions csv(Value<CsvOutputOptions> value) {
      return set("Csv", value);
    }
  }

  /**
   * The location in Amazon S3 or AWS Glue Data Catalog where the job writes its output.
   *
   * <p>Property type {@code AWS::DataBrew::Job.OutputLocation}.
   */
  public static final class OutputLocation extends Struct<OutputLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.OutputLocation")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().minLength(3).maxLength(63))
        .constrain("BucketOwner", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1280))
        .build();

    public OutputLocation() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name.
     *
     * <p>Required. Length: 3 to 63 characters. CloudFormation property {@code Bucket}.
     */
    public OutputLocation bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public OutputLocation bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * BucketOwner}.
     */
    public OutputLocation bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public OutputLocation bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * The unique name of the object in the bucket.
     *
     * <p>Length: 1 to 1280 characters. CloudFormation property {@code Key}.
     */
    public OutputLocation key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public OutputLocation key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * Configuration for profile jobs. Configuration can be used to select columns, do evaluations,
   * and override default parameters of evaluations. When configuration is undefined, the profile
   * job will apply default settings to all supported columns.
   *
   * <p>Property type {@code AWS::DataBrew::Job.ProfileConfiguration}.
   */
  public static final class ProfileConfiguration extends Struct<ProfileConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DataBrew::Job.ProfileConfiguration");

    public ProfileConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of configurations for column evaluations. ColumnStatisticsConfigurations are used to
     * select evaluations and override parameters of evaluations for particular columns. When
     * ColumnStatisticsConfigurations is undefined, the profile job will profile all supported
     * columns and run all supported evaluations.
     *
     * <p>CloudFormation property {@code ColumnStatisticsConfigurations}.
     */
    public ProfileConfiguration columnStatisticsConfigurations(List<ColumnStatisticsConfiguration> value) {
      return set("ColumnStatisticsConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code ColumnStatisticsConfigurations} to this value; see {@link
     * #columnStatisticsConfigurations(List)}.
     */
    public ProfileConfiguration columnStatisticsConfigurations(Value<List<ColumnStatisticsConfiguration>> value) {
      return set("ColumnStatisticsConfigurations", value);
    }

    /**
     * Sets {@code ColumnStatisticsConfigurations} to a list of these; see {@link
     * #columnStatisticsConfigurations(List)}.
     */
    public ProfileConfiguration columnStatisticsConfigurations(ColumnStatisticsConfiguration... values) {
      return set("ColumnStatisticsConfigurations", Value.list(values));
    }

    /**
     * Configuration for inter-column evaluations. Configuration can be used to select evaluations
     * and override parameters of evaluations. When configuration is undefined, the profile job will
     * run all supported inter-column evaluations.
     *
     * <p>CloudFormation property {@code DatasetStatisticsConfiguration}.
     */
    public ProfileConfiguration datasetStatisticsConfiguration(Value<StatisticsConfiguration> value) {
      return set("DatasetStatisticsConfiguration", value);
    }

    /**
     * Configuration of entity detection for a profile job. When undefined, entity detection is
     * disabled.
     *
     * <p>CloudFormation property {@code EntityDetectorConfiguration}.
     */
    public ProfileConfiguration entityDetectorConfiguration(Value<EntityDetectorConfiguration> value) {
      return set("EntityDetectorConfiguration", value);
    }

    /**
     * List of column selectors. ProfileColumns can be used to select columns from the dataset. When
     * ProfileColumns is undefined, the profile job will profile all supported columns.
     *
     * <p>CloudFormation property {@code ProfileColumns}.
     */
    public ProfileConfiguration profileColumns(List<ColumnSelector> value) {
      return set("ProfileColumns", Value.listOf(value));
    }

    /** Sets {@code ProfileColumns} to this value; see {@link #profileColumns(List)}. */
    public ProfileConfiguration profileColumns(Value<List<ColumnSelector>> value) {
      return set("ProfileColumns", value);
    }

    /** Sets {@code ProfileColumns} to a list of these; see {@link #profileColumns(List)}. */
    public ProfileConfiguration profileColumns(ColumnSelector... values) {
      return set("ProfileColumns", Value.list(values));
    }
  }

  /**
   * Represents one or more actions to be performed on a DataBrew dataset.
   *
   * <p>Property type {@code AWS::DataBrew::Job.Recipe}.
   */
  public static final class Recipe extends Struct<Recipe> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.Recipe")
        .required("Name")
        .build();

    public Recipe() {
      super(SCHEMA);
    }

    /**
     * The unique name for the recipe.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Recipe name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Recipe name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The identifier for the version for the recipe.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public Recipe version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public Recipe version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Represents an Amazon S3 location (bucket name, bucket owner, and object key) where DataBrew can
   * read input data, or write output from a job.
   *
   * <p>Property type {@code AWS::DataBrew::Job.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.S3Location")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().minLength(3).maxLength(63))
        .constrain("BucketOwner", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1280))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name.
     *
     * <p>Required. Length: 3 to 63 characters. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The AWS account ID of the bucket owner.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * BucketOwner}.
     */
    public S3Location bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3Location bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * The unique name of the object in the bucket.
     *
     * <p>Length: 1 to 1280 characters. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * Represents options that specify how and where DataBrew writes the Amazon S3 output generated by
   * recipe jobs.
   *
   * <p>Property type {@code AWS::DataBrew::Job.S3TableOutputOptions}.
   */
  public static final class S3TableOutputOptions extends Struct<S3TableOutputOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.S3TableOutputOptions")
        .required("Location")
        .build();

    public S3TableOutputOptions() {
      super(SCHEMA);
    }

    /**
     * Represents an Amazon S3 location (bucket name and object key) where DataBrew can write output
     * from a job.
     *
     * <p>Required. CloudFormation property {@code Location}.
     */
    public S3TableOutputOptions location(Value<S3Location> value) {
      return set("Location", value);
    }

    /**
     * Sets {@code Location} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #location(Value)}.
     */
    public S3TableOutputOptions location(Asset asset) {
      return set("Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Override of a particular evaluation for a profile job.
   *
   * <p>Property type {@code AWS::DataBrew::Job.StatisticOverride}.
   */
  public static final class StatisticOverride extends Struct<StatisticOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.StatisticOverride")
        .required("Parameters", "Statistic")
        .constrain("Statistic", Constraint.of().pattern("^[A-Z\\_]+$").minLength(1).maxLength(128))
        .build();

    public StatisticOverride() {
      super(SCHEMA);
    }

    /**
     * A map that includes overrides of an evaluation’s parameters.
     *
     * <p>Required. CloudFormation property {@code Parameters}.
     */
    public StatisticOverride parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public StatisticOverride parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }

    /**
     * The name of an evaluation
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[A-Z&#92;_]+$}. CloudFormation
     * property {@code Statistic}.
     */
    public StatisticOverride statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public StatisticOverride statistic(Value<String> value) {
      return set("Statistic", value);
    }
  }

  /**
   * Configuration of evaluations for a profile job. This configuration can be used to select
   * evaluations and override the parameters of selected evaluations.
   *
   * <p>Property type {@code AWS::DataBrew::Job.StatisticsConfiguration}.
   */
  public static final class StatisticsConfiguration extends Struct<StatisticsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.StatisticsConfiguration")
        .constrain("IncludedStatistics", Constraint.of().pattern("^[A-Z\\_]+$").minLength(1).maxLength(128))
        .build();

    public StatisticsConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of included evaluations. When the list is undefined, all supported evaluations will be
     * included.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[A-Z&#92;_]+$}. CloudFormation property
     * {@code IncludedStatistics}.
     */
    public StatisticsConfiguration includedStatistics(List<String> value) {
      return set("IncludedStatistics", Value.listOf(value));
    }

    /** Sets {@code IncludedStatistics} to this value; see {@link #includedStatistics(List)}. */
    public StatisticsConfiguration includedStatistics(Value<List<String>> value) {
      return set("IncludedStatistics", value);
    }

    /**
     * List of overrides for evaluations.
     *
     * <p>CloudFormation property {@code Overrides}.
     */
    public StatisticsConfiguration overrides(List<StatisticOverride> value) {
      return set("Overrides", Value.listOf(value));
    }

    /** Sets {@code Overrides} to this value; see {@link #overrides(List)}. */
    public StatisticsConfiguration overrides(Value<List<StatisticOverride>> value) {
      return set("Overrides", value);
    }

    /** Sets {@code Overrides} to a list of these; see {@link #overrides(List)}. */
    public StatisticsConfiguration overrides(StatisticOverride... values) {
      return set("Overrides", Value.list(values));
    }
  }

  /**
   * Configuration for data quality validation. Used to select the Rulesets and Validation Mode to
   * be used in the profile job. When ValidationConfiguration is null, the profile job will run
   * without data quality validation.
   *
   * <p>Property type {@code AWS::DataBrew::Job.ValidationConfiguration}.
   */
  public static final class ValidationConfiguration extends Struct<ValidationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataBrew::Job.ValidationConfiguration")
        .required("RulesetArn")
        .constrain("RulesetArn", Constraint.of().minLength(20).maxLength(2048))
        .allowed("ValidationMode", "CHECK_ALL")
        .build();

    public ValidationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the ruleset to be validated in the profile job. The
     * TargetArn of the selected ruleset should be the same as the Amazon Resource Name (ARN) of the
     * dataset that is associated with the profile job.
     *
     * <p>Required. Length: 20 to 2048 characters. CloudFormation property {@code RulesetArn}.
     */
    public ValidationConfiguration rulesetArn(String value) {
      return set("RulesetArn", Value.of(value));
    }

    /** Sets {@code RulesetArn} to this value; see {@link #rulesetArn(String)}. */
    public ValidationConfiguration rulesetArn(Value<String> value) {
      return set("RulesetArn", value);
    }

    /**
     * Mode of data quality validation. Default mode is “CHECK_ALL” which verifies all rules defined
     * in the selected ruleset.
     *
     * <p>Allowed values: {@code CHECK_ALL}. CloudFormation property {@code ValidationMode}.
     */
    public ValidationConfiguration validationMode(String value) {
      return set("ValidationMode", Value.of(value));
    }

    /** Sets {@code ValidationMode} to this value; see {@link #validationMode(String)}. */
    public ValidationConfiguration validationMode(Value<String> value) {
      return set("ValidationMode", value);
    }
  }
}
