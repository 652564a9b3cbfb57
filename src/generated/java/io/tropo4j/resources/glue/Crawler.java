// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;

/**
 * The <code>AWS::Glue::Crawler</code> resource specifies an AWS Glue crawler. For more information,
 * see <a href="https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html">Cataloging Tables with
 * a Crawler</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-Crawler">Crawler
 * Structure</a> in the <em>AWS Glue Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Glue::Crawler}.
 */
public final class Crawler extends Resource<Crawler> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler")
      .required("Role", "Targets")
      .constrain("Classifiers", Constraint.of().minLength(1).maxLength(255))
      .constrain("CrawlerSecurityConfiguration", Constraint.of().minLength(0).maxLength(128))
      .references("DatabaseName", "AWS::Glue::Database.Ref", "AWS::S3::Bucket.Ref")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .references("Role", "AWS::IAM::Role.Arn", "AWS::IAM::Role.Ref")
      .constrain("TablePrefix", Constraint.of().minLength(0).maxLength(128))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Crawler(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of UTF-8 strings that specify the names of custom classifiers that are associated with
   * the crawler.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Classifiers}.
   */
  public Crawler classifiers(List<String> value) {
    return set("Classifiers", Value.listOf(value));
  }

  /** Sets {@code Classifiers} to this value; see {@link #classifiers(List)}. */
  public Crawler classifiers(Value<List<String>> value) {
    return set("Classifiers", value);
  }

  /**
   * Crawler configuration information. This versioned JSON string allows users to specify aspects
   * of a crawler's behavior. For more information, see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/crawler-configuration.html">Configuring a
   * Crawler</a> .
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public Crawler configuration(String value) {
    return set("Configuration", Value.of(value));
  }

  /** Sets {@code Configuration} to this value; see {@link #configuration(String)}. */
  public Crawler configuration(Value<String> value) {
    return set("Configuration", value);
  }

  /**
   * The name of the <code>SecurityConfiguration</code> structure to be used by this crawler.
   *
   * <p>Length: 0 to 128 characters. CloudFormation property {@code CrawlerSecurityConfiguration}.
   */
  public Crawler crawlerSecurityConfiguration(String value) {
    return set("CrawlerSecurityConfiguration", Value.of(value));
  }

  /**
   * Sets {@code CrawlerSecurityConfiguration} to this value; see {@link
   * #crawlerSecurityConfiguration(String)}.
   */
  public Crawler crawlerSecurityConfiguration(Value<String> value) {
    return set("CrawlerSecurityConfiguration", value);
  }

  /**
   * The name of the database in which the crawler's output is stored.
   *
   * <p>CloudFormation property {@code DatabaseName}.
   */
  public Crawler databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public Crawler databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * Sets {@code DatabaseName} to the Ref of {@code AWS::Glue::Database}; see {@link
   * #databaseName(String)}.
   */
  public Crawler databaseName(Database resource) {
    return set("DatabaseName", resource.ref());
  }

  /**
   * Sets {@code DatabaseName} to the Ref of {@code AWS::S3::Bucket}; see {@link
   * #databaseName(String)}.
   */
  public Crawler databaseName(Bucket resource) {
    return set("DatabaseName", resource.ref());
  }

  /**
   * A description of the crawler.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public Crawler description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Crawler description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies whether the crawler should use AWS Lake Formation credentials for the crawler instead
   * of the IAM role credentials.
   *
   * <p>CloudFormation property {@code LakeFormationConfiguration}.
   */
  public Crawler lakeFormationConfiguration(Value<LakeFormationConfiguration> value) {
    return set("LakeFormationConfiguration", value);
  }

  /**
   * The name of the crawler.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public Crawler name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Crawler name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A policy that specifies whether to crawl the entire dataset again, or to crawl only folders
   * that were added since the last crawler run.
   *
   * <p>CloudFormation property {@code RecrawlPolicy}.
   */
  public Crawler recrawlPolicy(Value<RecrawlPolicy> value) {
    return set("RecrawlPolicy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role that's used to access customer resources, such as
   * Amazon Simple Storage Service (Amazon S3) data.
   *
   * <p>Required. CloudFormation property {@code Role}.
   */
  public Crawler role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Crawler role(Value<String> value) {
    return set("Role", value);
  }

  /** Sets {@code Role} to the Arn of {@code AWS::IAM::Role}; see {@link #role(String)}. */
  public Crawler role(Role resource) {
    return set("Role", resource.arn());
  }

  /**
   * For scheduled crawlers, the schedule when the crawler runs.
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public Crawler schedule(Value<Schedule> value) {
    return set("Schedule", value);
  }

  /**
   * The policy that specifies update and delete behaviors for the crawler. The policy tells the
   * crawler what to do in the event that it detects a change in a table that already exists in the
   * customer's database at the time of the crawl. The <code>SchemaChangePolicy</code> does not
   * affect whether or how new tables and partitions are added. New tables and partitions are always
   * created regardless of the <code>SchemaChangePolicy</code> on a crawler.
   *
   * <p>The SchemaChangePolicy consists of two components, <code>UpdateBehavior</code> and
   * <code>DeleteBehavior</code> .
   *
   * <p>CloudFormation property {@code SchemaChangePolicy}.
   */
  public Crawler schemaChangePolicy(Value<SchemaChangePolicy> value) {
    return set("SchemaChangePolicy", value);
  }

  /**
   * The prefix added to the names of tables that are created.
   *
   * <p>Length: 0 to 128 characters. CloudFormation property {@code TablePrefix}.
   */
  public Crawler tablePrefix(String value) {
    return set("TablePrefix", Value.of(value));
  }

  /** Sets {@code TablePrefix} to this value; see {@link #tablePrefix(String)}. */
  public Crawler tablePrefix(Value<String> value) {
    return set("TablePrefix", value);
  }

  /**
   * The tags to use with this crawler.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Crawler tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Crawler tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A collection of targets to crawl.
   *
   * <p>Required. CloudFormation property {@code Targets}.
   */
  public Crawler targets(Value<Targets> value) {
    return set("Targets", value);
  }

  /**
   * Specifies an AWS Glue Data Catalog target.
   *
   * <p>Property type {@code AWS::Glue::Crawler.CatalogTarget}.
   */
  public static final class CatalogTarget extends Struct<CatalogTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler.CatalogTarget")
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .references("DatabaseName", "AWS::Glue::Database.Ref")
        .constrain("Tables", Constraint.of().minLength(1).maxLength(255))
        .build();

    public CatalogTarget() {
      super(SCHEMA);
    }

    /**
     * The name of the connection for an Amazon S3-backed Data Catalog table to be a target of the
     * crawl when using a <code>Catalog</code> connection type paired with a <code>NETWORK</code>
     * Connection type.
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public CatalogTarget connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public CatalogTarget connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * The name of the database to be synchronized.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DatabaseName}.
     */
    public CatalogTarget databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public CatalogTarget databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Sets {@code DatabaseName} to the Ref of {@code AWS::Glue::Database}; see {@link
     * #databaseName(String)}.
     */
    public CatalogTarget databaseName(Database resource) {
      return set("DatabaseName", resource.ref());
    }

    /**
     * A valid Amazon dead-letter SQS ARN. For example,
     * <code>arn:aws:sqs:region:account:deadLetterQueue</code> .
     *
     * <p>CloudFormation property {@code DlqEventQueueArn}.
     */
    public CatalogTarget dlqEventQueueArn(String value) {
      return set("DlqEventQueueArn", Value.of(value));
    }

    /** Sets {@code DlqEventQueueArn} to this value; see {@link #dlqEventQueueArn(String)}. */
    public CatalogTarget dlqEventQueueArn(Value<String> value) {
      return set("DlqEventQueueArn", value);
    }

    /**
     * A valid Amazon SQS ARN. For example, <code>arn:aws:sqs:region:account:sqs</code> .
     *
     * <p>CloudFormation property {@code EventQueueArn}.
     */
    public CatalogTarget eventQueueArn(String value) {
      return set("EventQueueArn", Value.of(value));
    }

    /** Sets {@code EventQueueArn} to this value; see {@link #eventQueueArn(String)}. */
    public CatalogTarget eventQueueArn(Value<String> value) {
      return set("EventQueueArn", value);
    }

    /**
     * A list of the tables to be synchronized.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Tables}.
     */
    public CatalogTarget tables(List<String> value) {
      return set("Tables", Value.listOf(value));
    }

    /** Sets {@code Tables} to this value; see {@link #tables(List)}. */
    public CatalogTarget tables(Value<List<String>> value) {
      return set("Tables", value);
    }
  }

  /**
   * Specifies a Delta data store to crawl one or more Delta tables.
   *
   * <p>Property type {@code AWS::Glue::Crawler.DeltaTarget}.
   */
  public static final class DeltaTarget extends Struct<DeltaTarget> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Crawler.DeltaTarget");

    public DeltaTarget() {
      super(SCHEMA);
    }

    /**
     * The name of the connection to use to connect to the Delta table target.
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public DeltaTarget connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public DeltaTarget connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * Specifies whether the crawler will create native tables, to allow integration with query
     * engines that support querying of the Delta transaction log directly.
     *
     * <p>CloudFormation property {@code CreateNativeDeltaTable}.
     */
    public DeltaTarget createNativeDeltaTable(boolean value) {
      return set("CreateNativeDeltaTable", Value.of(value));
    }

    /**
     * Sets {@code CreateNativeDeltaTable} to this value; see {@link
     * #createNativeDeltaTable(boolean)}.
     */
    public DeltaTarget createNativeDeltaTable(Value<Boolean> value) {
      return set("CreateNativeDeltaTable", value);
    }

    /**
     * A list of the Amazon S3 paths to the Delta tables.
     *
     * <p>CloudFormation property {@code DeltaTables}.
     */
    public DeltaTarget deltaTables(List<String> value) {
      return set("DeltaTables", Value.listOf(value));
    }

    /** Sets {@code DeltaTables} to this value; see {@link #deltaTables(List)}. */
    public DeltaTarget deltaTables(Value<List<String>> value) {
      return set("DeltaTables", value);
    }

    /**
     * Specifies whether to write the manifest files to the Delta table path.
     *
     * <p>CloudFormation property {@code WriteManifest}.
     */
    public DeltaTarget writeManifest(boolean value) {
      return set("WriteManifest", Value.of(value));
    }

    /** Sets {@code WriteManifest} to this value; see {@link #writeManifest(boolean)}. */
    public DeltaTarget writeManifest(Value<Boolean> value) {
      return set("WriteManifest", value);
    }
  }

  /**
   * Specifies an Amazon DynamoDB table to crawl.
   *
   * <p>Property type {@code AWS::Glue::Crawler.DynamoDBTarget}.
   */
  public static final class DynamoDBTarget extends Struct<DynamoDBTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler.DynamoDBTarget")
        .references("Path", "AWS::DynamoDB::Table.Ref")
        .build();

    public DynamoDBTarget() {
      super(SCHEMA);
    }

    /**
     * The name of the DynamoDB table to crawl.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public DynamoDBTarget path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public DynamoDBTarget path(Value<String> value) {
      return set("Path", value);
    }

    /** Sets {@code Path} to the Ref of {@code AWS::DynamoDB::Table}; see {@link #path(String)}. */
    public DynamoDBTarget path(Table resource) {
      return set("Path", resource.ref());
    }

    /**
     * Indicates whether to scan all the records, or to sample rows from the table. Scanning all the
     * records can take a long time when the table is not a high throughput table.
     *
     * <p>A value of <code>true</code> means to scan all records, while a value of
     * <code>false</code> means to sample the records. If no value is specified, the value defaults
     * to <code>true</code> .
     *
     * <p>CloudFormation property {@code ScanAll}.
     */
    public DynamoDBTarget scanAll(boolean value) {
      return set("ScanAll", Value.of(value));
    }

    /** Sets {@code ScanAll} to this value; see {@link #scanAll(boolean)}. */
    public DynamoDBTarget scanAll(Value<Boolean> value) {
      return set("ScanAll", value);
    }

    /**
     * The percentage of the configured read capacity units to use by the AWS Glue crawler. Read
     * capacity units is a term defined by DynamoDB, and is a numeric value that acts as rate
     * limiter for the number of reads that can be performed on that table per second.
     *
     * <p>The valid values are null or a value between 0.1 to 1.5. A null value is used when user
     * does not provide a value, and defaults to 0.5 of the configured Read Capacity Unit (for
     * provisioned tables), or 0.25 of the max configured Read Capacity Unit (for tables using
     * on-demand mode).
     *
     * <p>CloudFormation property {@code ScanRate}.
     */
    public DynamoDBTarget scanRate(double value) {
      return set("ScanRate", Value.of(value));
    }

    /** Sets {@code ScanRate} to this value; see {@link #scanRate(double)}. */
    public DynamoDBTarget scanRate(Value<Double> value) {
      return set("ScanRate", value);
    }
  }

  /**
   * Specifies an Apache Hudi data source.
   *
   * <p>Property type {@code AWS::Glue::Crawler.HudiTarget}.
   */
  public static final class HudiTarget extends Struct<HudiTarget> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Crawler.HudiTarget");

    public HudiTarget() {
      super(SCHEMA);
    }

    /**
     * The name of the connection to use to connect to the Hudi target. If your Hudi files are
     * stored in buckets that require VPC authorization, you can set their connection properties
     * here.
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public HudiTarget connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public HudiTarget connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * A list of glob patterns used to exclude from the crawl. For more information, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html">Catalog Tables with a
     * Crawler</a> .
     *
     * <p>CloudFormation property {@code Exclusions}.
     */
    public HudiTarget exclusions(List<String> value) {
      return set("Exclusions", Value.listOf(value));
    }

    /** Sets {@code Exclusions} to this value; see {@link #exclusions(List)}. */
    public HudiTarget exclusions(Value<List<String>> value) {
      return set("Exclusions", value);
    }

    /**
     * The maximum depth of Amazon S3 paths that the crawler can traverse to discover the Hudi
     * metadata folder in your Amazon S3 path. Used to limit the crawler run time.
     *
     * <p>CloudFormation property {@code MaximumTraversalDepth}.
     */
    public HudiTarget maximumTraversalDepth(int value) {
      return set("MaximumTraversalDepth", Value.of(value));
    }

    /**
     * Sets {@code MaximumTraversalDepth} to this value; see {@link #maximumTraversalDepth(int)}.
     */
    public HudiTarget maximumTraversalDepth(Value<Integer> value) {
      return set("MaximumTraversalDepth", value);
    }

    /**
     * An array of Amazon S3 location strings for Hudi, each indicating the root folder with which
     * the metadata files for a Hudi table resides. The Hudi folder may be located in a child folder
     * of the root folder.
     *
     * <p>The crawler will scan all folders underneath a path for a Hudi folder.
     *
     * <p>CloudFormation property {@code Paths}.
     */
    public HudiTarget paths(List<String> value) {
      return set("Paths", Value.listOf(value));
    }

    /** Sets {@code Paths} to this value; see {@link #paths(List)}. */
    public HudiTarget paths(Value<List<String>> value) {
      return set("Paths", value);
    }
  }

  /**
   * Specifies Apache Iceberg data store targets.
   *
   * <p>Property type {@code AWS::Glue::Crawler.IcebergTarget}.
   */
  public static final class IcebergTarget extends Struct<IcebergTarget> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Crawler.IcebergTarget");

    public IcebergTarget() {
      super(SCHEMA);
    }

    /**
     * The name of the connection to use to connect to the Iceberg target.
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public IcebergTarget connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public IcebergTarget connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * A list of global patterns used to exclude from the crawl.
     *
     * <p>CloudFormation property {@code Exclusions}.
     */
    public IcebergTarget exclusions(List<String> value) {
      return set("Exclusions", Value.listOf(value));
    }

    /** Sets {@code Exclusions} to this value; see {@link #exclusions(List)}. */
    public IcebergTarget exclusions(Value<List<String>> value) {
      return set("Exclusions", value);
    }

    /**
     * The maximum depth of Amazon S3 paths that the crawler can traverse to discover the Iceberg
     * metadata folder in your Amazon S3 path. Used to limit the crawler run time.
     *
     * <p>CloudFormation property {@code MaximumTraversalDepth}.
     */
    public IcebergTarget maximumTraversalDepth(int value) {
      return set("MaximumTraversalDepth", Value.of(value));
    }

    /**
     * Sets {@code MaximumTraversalDepth} to this value; see {@link #maximumTraversalDepth(int)}.
     */
    public IcebergTarget maximumTraversalDepth(Value<Integer> value) {
      return set("MaximumTraversalDepth", value);
    }

    /**
     * One or more Amazon S3 paths that contains Iceberg metadata folders as s3://bucket/prefix .
     *
     * <p>CloudFormation property {@code Paths}.
     */
    public IcebergTarget paths(List<String> value) {
      return set("Paths", Value.listOf(value));
    }

    /** Sets {@code Paths} to this value; see {@link #paths(List)}. */
    public IcebergTarget paths(Value<List<String>> value) {
      return set("Paths", value);
    }
  }

  /**
   * Specifies a JDBC data store to crawl.
   *
   * <p>Property type {@code AWS::Glue::Crawler.JdbcTarget}.
   */
  public static final class JdbcTarget extends Struct<JdbcTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler.JdbcTarget")
        .allowed("EnableAdditionalMetadata", "COMMENTS", "RAWTYPES")
        .build();

    public JdbcTarget() {
      super(SCHEMA);
    }

    /**
     * The name of the connection to use to connect to the JDBC target.
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public JdbcTarget connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public JdbcTarget connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * Specify a value of <code>RAWTYPES</code> or <code>COMMENTS</code> to enable additional
     * metadata in table responses. <code>RAWTYPES</code> provides the native-level datatype.
     * <code>COMMENTS</code> provides comments associated with a column or table in the database.
     *
     * <p>If you do not need additional metadata, keep the field empty.
     *
     * <p>Allowed values: {@code COMMENTS}, {@code RAWTYPES}. CloudFormation property {@code
     * EnableAdditionalMetadata}.
     */
    public JdbcTarget enableAdditionalMetadata(List<String> value) {
      return set("EnableAdditionalMetadata", Value.listOf(value));
    }

    /**
     * Sets {@code EnableAdditionalMetadata} to this value; see {@link
     * #enableAdditionalMetadata(List)}.
     */
    public JdbcTarget enableAdditionalMetadata(Value<List<String>> value) {
      return set("EnableAdditionalMetadata", value);
    }

    /**
     * A list of glob patterns used to exclude from the crawl. For more information, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html">Catalog Tables with a
     * Crawler</a> .
     *
     * <p>CloudFormation property {@code Exclusions}.
     */
    public JdbcTarget exclusions(List<String> value) {
      return set("Exclusions", Value.listOf(value));
    }

    /** Sets {@code Exclusions} to this value; see {@link #exclusions(List)}. */
    public JdbcTarget exclusions(Value<List<String>> value) {
      return set("Exclusions", value);
    }

    /**
     * The path of the JDBC target.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public JdbcTarget path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public JdbcTarget path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * Specifies AWS Lake Formation configuration settings for the crawler.
   *
   * <p>Property type {@code AWS::Glue::Crawler.LakeFormationConfiguration}.
   */
  public static final class LakeFormationConfiguration extends Struct<LakeFormationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler.LakeFormationConfiguration")
        .constrain("AccountId", Constraint.of().minLength(0).maxLength(12))
        .build();

    public LakeFormationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required for cross account crawls. For same account crawls as the target data, this can be
     * left as null.
     *
     * <p>Length: 0 to 12 characters. CloudFormation property {@code AccountId}.
     */
    public LakeFormationConfiguration accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public LakeFormationConfiguration accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * Specifies whether to use AWS Lake Formation credentials for the crawler instead of the IAM
     * role credentials.
     *
     * <p>CloudFormation property {@code UseLakeFormationCredentials}.
     */
    public LakeFormationConfiguration useLakeFormationCredentials(boolean value) {
      return set("UseLakeFormationCredentials", Value.of(value));
    }

    /**
     * Sets {@code UseLakeFormationCredentials} to this value; see {@link
     * #useLakeFormationCredentials(boolean)}.
     */
    public LakeFormationConfiguration useLakeFormationCredentials(Value<Boolean> value) {
      return set("UseLakeFormationCredentials", value);
    }
  }

  /**
   * Specifies an Amazon DocumentDB or MongoDB data store to crawl.
   *
   * <p>Property type {@code AWS::Glue::Crawler.MongoDBTarget}.
   */
  public static final class MongoDBTarget extends Struct<MongoDBTarget> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Crawler.MongoDBTarget");

    public MongoDBTarget() {
      super(SCHEMA);
    }

    /**
     * The name of the connection to use to connect to the Amazon DocumentDB or MongoDB target.
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public MongoDBTarget connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public MongoDBTarget connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * The path of the Amazon DocumentDB or MongoDB target (database/collection).
     *
     * <p>CloudFormation property {@code Path}.
     */
    public MongoDBTarget path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public MongoDBTarget path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * When crawling an Amazon S3 data source after the first crawl is complete, specifies whether to
   * crawl the entire dataset again or to crawl only folders that were added since the last crawler
   * run. For more information, see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/incremental-crawls.html">Incremental Crawls in
   * AWS Glue</a> in the developer guide.
   *
   * <p>Property type {@code AWS::Glue::Crawler.RecrawlPolicy}.
   */
  public static final class RecrawlPolicy extends Struct<RecrawlPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler.RecrawlPolicy")
        .allowed("RecrawlBehavior", "CRAWL_EVENT_MODE", "CRAWL_EVERYTHING",
            "CRAWL_NEW_FOLDERS_ONLY")
        .build();

    public RecrawlPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to crawl the entire dataset again or to crawl only folders that were added
     * since the last crawler run.
     *
     * <p>A value of <code>CRAWL_EVERYTHING</code> specifies crawling the entire dataset again.
     *
     * <p>A value of <code>CRAWL_NEW_FOLDERS_ONLY</code> specifies crawling only folders that were
     * added since the last crawler run.
     *
     * <p>A value of <code>CRAWL_EVENT_MODE</code> specifies crawling only the changes identified by
     * Amazon S3 events.
     *
     * <p>Allowed values: {@code CRAWL_EVENT_MODE}, {@code CRAWL_EVERYTHING}, {@code
     * CRAWL_NEW_FOLDERS_ONLY}. CloudFormation property {@code RecrawlBehavior}.
     */
    public RecrawlPolicy recrawlBehavior(String value) {
      return set("RecrawlBehavior", Value.of(value));
    }

    /** Sets {@code RecrawlBehavior} to this value; see {@link #recrawlBehavior(String)}. */
    public RecrawlPolicy recrawlBehavior(Value<String> value) {
      return set("RecrawlBehavior", value);
    }
  }

  /**
   * Specifies a data store in Amazon Simple Storage Service (Amazon S3).
   *
   * <p>Property type {@code AWS::Glue::Crawler.S3Target}.
   */
  public static final class S3Target extends Struct<S3Target> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler.S3Target")
        .references("DlqEventQueueArn", "AWS::SQS::Queue.Arn")
        .references("EventQueueArn", "AWS::SQS::Queue.Arn")
        .references("Path", "AWS::S3::Bucket.Ref")
        .build();

    public S3Target() {
      super(SCHEMA);
    }

    /**
     * The name of a connection which allows a job or crawler to access data in Amazon S3 within an
     * Amazon Virtual Private Cloud environment (Amazon VPC).
     *
     * <p>CloudFormation property {@code ConnectionName}.
     */
    public S3Target connectionName(String value) {
      return set("ConnectionName", Value.of(value));
    }

    /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
    public S3Target connectionName(Value<String> value) {
      return set("ConnectionName", value);
    }

    /**
     * A valid Amazon dead-letter SQS ARN. For example,
     * <code>arn:aws:sqs:region:account:deadLetterQueue</code> .
     *
     * <p>CloudFormation property {@code DlqEventQueueArn}.
     */
    public S3Target dlqEventQueueArn(String value) {
      return set("DlqEventQueueArn", Value.of(value));
    }

    /** Sets {@code DlqEventQueueArn} to this value; see {@link #dlqEventQueueArn(String)}. */
    public S3Target dlqEventQueueArn(Value<String> value) {
      return set("DlqEventQueueArn", value);
    }

    /**
     * Sets {@code DlqEventQueueArn} to the Arn of {@code AWS::SQS::Queue}; see {@link
     * #dlqEventQueueArn(String)}.
     */
    public S3Target dlqEventQueueArn(Queue resource) {
      return set("DlqEventQueueArn", resource.arn());
    }

    /**
     * A valid Amazon SQS ARN. For example, <code>arn:aws:sqs:region:account:sqs</code> .
     *
     * <p>CloudFormation property {@code EventQueueArn}.
     */
    public S3Target eventQueueArn(String value) {
      return set("EventQueueArn", Value.of(value));
    }

    /** Sets {@code EventQueueArn} to this value; see {@link #eventQueueArn(String)}. */
    public S3Target eventQueueArn(Value<String> value) {
      return set("EventQueueArn", value);
    }

    /**
     * Sets {@code EventQueueArn} to the Arn of {@code AWS::SQS::Queue}; see {@link
     * #eventQueueArn(String)}.
     */
    public S3Target eventQueueArn(Queue resource) {
      return set("EventQueueArn", resource.arn());
    }

    /**
     * A list of glob patterns used to exclude from the crawl. For more information, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html">Catalog Tables with a
     * Crawler</a> .
     *
     * <p>CloudFormation property {@code Exclusions}.
     */
    public S3Target exclusions(List<String> value) {
      return set("Exclusions", Value.listOf(value));
    }

    /** Sets {@code Exclusions} to this value; see {@link #exclusions(List)}. */
    public S3Target exclusions(Value<List<String>> value) {
      return set("Exclusions", value);
    }

    /**
     * The path to the Amazon S3 target.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public S3Target path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public S3Target path(Value<String> value) {
      return set("Path", value);
    }

    /** Sets {@code Path} to the Ref of {@code AWS::S3::Bucket}; see {@link #path(String)}. */
    public S3Target path(Bucket resource) {
      return set("Path", resource.ref());
    }

    /**
     * Sets the number of files in each leaf folder to be crawled when crawling sample files in a
     * dataset. If not set, all the files are crawled. A valid value is an integer between 1 and
     * 249.
     *
     * <p>CloudFormation property {@code SampleSize}.
     */
    public S3Target sampleSize(int value) {
      return set("SampleSize", Value.of(value));
    }

    /** Sets {@code SampleSize} to this value; see {@link #sampleSize(int)}. */
    public S3Target sampleSize(Value<Integer> value) {
      return set("SampleSize", value);
    }
  }

  /**
   * A scheduling object using a <code>cron</code> statement to schedule an event.
   *
   * <p>Property type {@code AWS::Glue::Crawler.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Crawler.Schedule");

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * A <code>cron</code> expression used to specify the schedule. For more information, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/monitor-data-warehouse-schedule.html">Time-Based
     * Schedules for Jobs and Crawlers</a> . For example, to run something every day at 12:15 UTC,
     * specify <code>cron(15 12 * * ? *)</code> .
     *
     * <p>CloudFormation property {@code ScheduleExpression}.
     */
    public Schedule scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public Schedule scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }
  }

  /**
   * The policy that specifies update and delete behaviors for the crawler. The policy tells the
   * crawler what to do in the event that it detects a change in a table that already exists in the
   * customer's database at the time of the crawl. The <code>SchemaChangePolicy</code> does not
   * affect whether or how new tables and partitions are added. New tables and partitions are always
   * created regardless of the <code>SchemaChangePolicy</code> on a crawler.
   *
   * <p>The SchemaChangePolicy consists of two components, <code>UpdateBehavior</code> and
   * <code>DeleteBehavior</code> .
   *
   * <p>Property type {@code AWS::Glue::Crawler.SchemaChangePolicy}.
   */
  public static final class SchemaChangePolicy extends Struct<SchemaChangePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Crawler.SchemaChangePolicy")
        .allowed("DeleteBehavior", "DELETE_FROM_DATABASE", "DEPRECATE_IN_DATABASE", "LOG")
        .allowed("UpdateBehavior", "LOG", "UPDATE_IN_DATABASE")
        .build();

    public SchemaChangePolicy() {
      super(SCHEMA);
    }

    /**
     * The deletion behavior when the crawler finds a deleted object.
     *
     * <p>A value of <code>LOG</code> specifies that if a table or partition is found to no longer
     * exist, do not delete it, only log that it was found to no longer exist.
     *
     * <p>A value of <code>DELETE_FROM_DATABASE</code> specifies that if a table or partition is
     * found to have been removed, delete it from the database.
     *
     * <p>A value of <code>DEPRECATE_IN_DATABASE</code> specifies that if a table has been found to
     * no longer exist, to add a property to the table that says "DEPRECATED" and includes a
     * timestamp with the time of deprecation.
     *
     * <p>Allowed values: {@code DELETE_FROM_DATABASE}, {@code DEPRECATE_IN_DATABASE}, {@code LOG}.
     * CloudFormation property {@code DeleteBehavior}.
     */
    public SchemaChangePolicy deleteBehavior(String value) {
      return set("DeleteBehavior", Value.of(value));
    }

    /** Sets {@code DeleteBehavior} to this value; see {@link #deleteBehavior(String)}. */
    public SchemaChangePolicy deleteBehavior(Value<String> value) {
      return set("DeleteBehavior", value);
    }

    /**
     * The update behavior when the crawler finds a changed schema.
     *
     * <p>A value of <code>LOG</code> specifies that if a table or a partition already exists, and a
     * change is detected, do not update it, only log that a change was detected. Add new tables and
     * new partitions (including on existing tables).
     *
     * <p>A value of <code>UPDATE_IN_DATABASE</code> specifies that if a table or partition already
     * exists, and a change is detected, update it. Add new tables and partitions.
     *
     * <p>Allowed values: {@code LOG}, {@code UPDATE_IN_DATABASE}. CloudFormation property {@code
     * UpdateBehavior}.
     */
    public SchemaChangePolicy updateBehavior(String value) {
      return set("UpdateBehavior", Value.of(value));
    }

    /** Sets {@code UpdateBehavior} to this value; see {@link #updateBehavior(String)}. */
    public SchemaChangePolicy updateBehavior(Value<String> value) {
      return set("UpdateBehavior", value);
    }
  }

  /**
   * Specifies data stores to crawl.
   *
   * <p>Property type {@code AWS::Glue::Crawler.Targets}.
   */
  public static final class Targets extends Struct<Targets> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Crawler.Targets");

    public Targets() {
      super(SCHEMA);
    }

    /**
     * Specifies AWS Glue Data Catalog targets.
     *
     * <p>CloudFormation property {@code CatalogTargets}.
     */
    public Targets catalogTargets(List<CatalogTarget> value) {
      return set("CatalogTargets", Value.listOf(value));
    }

    /** Sets {@code CatalogTargets} to this value; see {@link #catalogTargets(List)}. */
    public Targets catalogTargets(Value<List<CatalogTarget>> value) {
      return set("CatalogTargets", value);
    }

    /** Sets {@code CatalogTargets} to a list of these; see {@link #catalogTargets(List)}. */
    public Targets catalogTargets(CatalogTarget... values) {
      return set("CatalogTargets", Value.list(values));
    }

    /**
     * Specifies an array of Delta data store targets.
     *
     * <p>CloudFormation property {@code DeltaTargets}.
     */
    public Targets deltaTargets(List<DeltaTarget> value) {
      return set("DeltaTargets", Value.listOf(value));
    }

    /** Sets {@code DeltaTargets} to this value; see {@link #deltaTargets(List)}. */
    public Targets deltaTargets(Value<List<DeltaTarget>> value) {
      return set("DeltaTargets", value);
    }

    /** Sets {@code DeltaTargets} to a list of these; see {@link #deltaTargets(List)}. */
    public Targets deltaTargets(DeltaTarget... values) {
      return set("DeltaTargets", Value.list(values));
    }

    /**
     * Specifies Amazon DynamoDB targets.
     *
     * <p>CloudFormation property {@code DynamoDBTargets}.
     */
    public Targets dynamoDBTargets(List<DynamoDBTarget> value) {
      return set("DynamoDBTargets", Value.listOf(value));
    }

    /** Sets {@code DynamoDBTargets} to this value; see {@link #dynamoDBTargets(List)}. */
    public Targets dynamoDBTargets(Value<List<DynamoDBTarget>> value) {
      return set("DynamoDBTargets", value);
    }

    /** Sets {@code DynamoDBTargets} to a list of these; see {@link #dynamoDBTargets(List)}. */
    public Targets dynamoDBTargets(DynamoDBTarget... values) {
      return set("DynamoDBTargets", Value.list(values));
    }

    /**
     * Specifies Apache Hudi data store targets.
     *
     * <p>CloudFormation property {@code HudiTargets}.
     */
    public Targets hudiTargets(List<HudiTarget> value) {
      return set("HudiTargets", Value.listOf(value));
    }

    /** Sets {@code HudiTargets} to this value; see {@link #hudiTargets(List)}. */
    public Targets hudiTargets(Value<List<HudiTarget>> value) {
      return set("HudiTargets", value);
    }

    /** Sets {@code HudiTargets} to a list of these; see {@link #hudiTargets(List)}. */
    public Targets hudiTargets(HudiTarget... values) {
      return set("HudiTargets", Value.list(values));
    }

    /**
     * Specifies Apache Iceberg data store targets.
     *
     * <p>CloudFormation property {@code IcebergTargets}.
     */
    public Targets icebergTargets(List<IcebergTarget> value) {
      return set("IcebergTargets", Value.listOf(value));
    }

    /** Sets {@code IcebergTargets} to this value; see {@link #icebergTargets(List)}. */
    public Targets icebergTargets(Value<List<IcebergTarget>> value) {
      return set("IcebergTargets", value);
    }

    /** Sets {@code IcebergTargets} to a list of these; see {@link #icebergTargets(List)}. */
    public Targets icebergTargets(IcebergTarget... values) {
      return set("IcebergTargets", Value.list(values));
    }

    /**
     * Specifies JDBC targets.
     *
     * <p>CloudFormation property {@code JdbcTargets}.
     */
    public Targets jdbcTargets(List<JdbcTarget> value) {
      return set("JdbcTargets", Value.listOf(value));
    }

    /** Sets {@code JdbcTargets} to this value; see {@link #jdbcTargets(List)}. */
    public Targets jdbcTargets(Value<List<JdbcTarget>> value) {
      return set("JdbcTargets", value);
    }

    /** Sets {@code JdbcTargets} to a list of these; see {@link #jdbcTargets(List)}. */
    public Targets jdbcTargets(JdbcTarget... values) {
      return set("JdbcTargets", Value.list(values));
    }

    /**
     * A list of Mongo DB targets.
     *
     * <p>CloudFormation property {@code MongoDBTargets}.
     */
    public Targets mongoDBTargets(List<MongoDBTarget> value) {
      return set("MongoDBTargets", Value.listOf(value));
    }

    /** Sets {@code MongoDBTargets} to this value; see {@link #mongoDBTargets(List)}. */
    public Targets mongoDBTargets(Value<List<MongoDBTarget>> value) {
      return set("MongoDBTargets", value);
    }

    /** Sets {@code MongoDBTargets} to a list of these; see {@link #mongoDBTargets(List)}. */
    public Targets mongoDBTargets(MongoDBTarget... values) {
      return set("MongoDBTargets", Value.list(values));
    }

    /**
     * Specifies Amazon Simple Storage Service (Amazon S3) targets.
     *
     * <p>CloudFormation property {@code S3Targets}.
     */
    public Targets s3Targets(List<S3Target> value) {
      return set("S3Targets", Value.listOf(value));
    }

    /** Sets {@code S3Targets} to this value; see {@link #s3Targets(List)}. */
    public Targets s3Targets(Value<List<S3Target>> value) {
      return set("S3Targets", value);
    }

    /** Sets {@code S3Targets} to a list of these; see {@link #s3Targets(List)}. */
    public Targets s3Targets(S3Target... values) {
      return set("S3Targets", Value.list(values));
    }
  }
}
