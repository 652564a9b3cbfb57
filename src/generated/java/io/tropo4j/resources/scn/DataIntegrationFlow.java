// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.scn;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents an AWS Supply Chain data integration flow.
 *
 * <p>CloudFormation type {@code AWS::SCN::DataIntegrationFlow}.
 */
public final class DataIntegrationFlow extends Resource<DataIntegrationFlow> {
  private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow")
      .required("InstanceId", "Name", "Sources", "Target", "Transformation")
      .constrain("InstanceId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9-]+$").minLength(1).maxLength(256))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataIntegrationFlow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Web Services Supply Chain instance identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * InstanceId}.
   */
  public DataIntegrationFlow instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public DataIntegrationFlow instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The name of the DataIntegrationFlow.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public DataIntegrationFlow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataIntegrationFlow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The source configurations for the DataIntegrationFlow.
   *
   * <p>Required. CloudFormation property {@code Sources}.
   */
  public DataIntegrationFlow sources(List<DataIntegrationFlowSource> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public DataIntegrationFlow sources(Value<List<DataIntegrationFlowSource>> value) {
    return set("Sources", value);
  }

  /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
  public DataIntegrationFlow sources(DataIntegrationFlowSource... values) {
    return set("Sources", Value.list(values));
  }

  /**
   * The tags for the DataIntegrationFlow.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataIntegrationFlow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataIntegrationFlow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataIntegrationFlow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The DataIntegrationFlow target parameters.
   *
   * <p>Required. CloudFormation property {@code Target}.
   */
  public DataIntegrationFlow target(Value<DataIntegrationFlowTarget> value) {
    return set("Target", value);
  }

  /**
   * The DataIntegrationFlow transformation parameters.
   *
   * <p>Required. CloudFormation property {@code Transformation}.
   */
  public DataIntegrationFlow transformation(Value<DataIntegrationFlowTransformation> value) {
    return set("Transformation", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the DataIntegrationFlow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The creation time of the DataIntegrationFlow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The last modified time of the DataIntegrationFlow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The DataIntegrationFlow source parameters.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.DataIntegrationFlowSource}.
   */
  public static final class DataIntegrationFlowSource extends Struct<DataIntegrationFlowSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.DataIntegrationFlowSource")
        .required("SourceName", "SourceType")
        .constrain("SourceName", Constraint.of().pattern("^[A-Za-z0-9_]+$").minLength(1).maxLength(256))
        .allowed("SourceType", "S3", "DATASET")
        .build();

    public DataIntegrationFlowSource() {
      super(SCHEMA);
    }

    /**
     * The dataset source configuration parameters.
     *
     * <p>CloudFormation property {@code DatasetSource}.
     */
    public DataIntegrationFlowSource datasetSource(Value<DatasetSourceConfiguration> value) {
      return set("DatasetSource", value);
    }

    /**
     * The S3 source configuration parameters.
     *
     * <p>CloudFormation property {@code S3Source}.
     */
    public DataIntegrationFlowSource s3Source(Value<S3SourceConfiguration> value) {
      return set("S3Source", value);
    }

    /**
     * The source name that can be used as table alias in SQL transformation query.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z0-9_]+$}. CloudFormation
     * property {@code SourceName}.
     */
    public DataIntegrationFlowSource sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public DataIntegrationFlowSource sourceName(Value<String> value) {
      return set("SourceName", value);
    }

    /**
     * The source type.
     *
     * <p>Required. Allowed values: {@code S3}, {@code DATASET}. CloudFormation property {@code
     * SourceType}.
     */
    public DataIntegrationFlowSource sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public DataIntegrationFlowSource sourceType(Value<String> value) {
      return set("SourceType", value);
    }
  }

  /**
   * The DataIntegrationFlow target parameters.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.DataIntegrationFlowTarget}.
   */
  public static final class DataIntegrationFlowTarget extends Struct<DataIntegrationFlowTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.DataIntegrationFlowTarget")
        .required("TargetType")
        .allowed("TargetType", "DATASET")
        .build();

    public DataIntegrationFlowTarget() {
      super(SCHEMA);
    }

    /**
     * The dataset target configuration parameters.
     *
     * <p>CloudFormation property {@code DatasetTarget}.
     */
    public DataIntegrationFlowTarget datasetTarget(Value<DatasetTargetConfiguration> value) {
      return set("DatasetTarget", value);
    }

    /**
     * The target type.
     *
     * <p>Required. Allowed values: {@code DATASET}. CloudFormation property {@code TargetType}.
     */
    public DataIntegrationFlowTarget targetType(String value) {
      return set("TargetType", Value.of(value));
    }

    /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
    public DataIntegrationFlowTarget targetType(Value<String> value) {
      return set("TargetType", value);
    }
  }

  /**
   * The DataIntegrationFlow transformation parameters.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.DataIntegrationFlowTransformation}.
   */
  public static final class DataIntegrationFlowTransformation extends Struct<DataIntegrationFlowTransformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.DataIntegrationFlowTransformation")
        .required("TransformationType")
        .allowed("TransformationType", "SQL", "NONE")
        .build();

    public DataIntegrationFlowTransformation() {
      super(SCHEMA);
    }

    /**
     * The SQL transformation configuration parameters.
     *
     * <p>CloudFormation property {@code SqlTransformation}.
     */
    public DataIntegrationFlowTransformation sqlTransformation(Value<SqlTransformationConfiguration> value) {
      return set("SqlTransformation", value);
    }

    /**
     * The transformation type.
     *
     * <p>Required. Allowed values: {@code SQL}, {@code NONE}. CloudFormation property {@code
     * TransformationType}.
     */
    public DataIntegrationFlowTransformation transformationType(String value) {
      return set("TransformationType", Value.of(value));
    }

    /** Sets {@code TransformationType} to this value; see {@link #transformationType(String)}. */
    public DataIntegrationFlowTransformation transformationType(Value<String> value) {
      return set("TransformationType", value);
    }
  }

  /**
   * The dataset options.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.DatasetOptions}.
   */
  public static final class DatasetOptions extends Struct<DatasetOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.DatasetOptions")
        .allowed("LoadType", "INCREMENTAL", "REPLACE")
        .build();

    public DatasetOptions() {
      super(SCHEMA);
    }

    /**
     * The option to perform deduplication on data records sharing same primary key values.
     *
     * <p>CloudFormation property {@code DedupeRecords}.
     */
    public DatasetOptions dedupeRecords(boolean value) {
      return set("DedupeRecords", Value.of(value));
    }

    /** Sets {@code DedupeRecords} to this value; see {@link #dedupeRecords(boolean)}. */
    public DatasetOptions dedupeRecords(Value<Boolean> value) {
      return set("DedupeRecords", value);
    }

    /**
     * The deduplication strategy.
     *
     * <p>CloudFormation property {@code DedupeStrategy}.
     */
    public DatasetOptions dedupeStrategy(Value<DedupeStrategy> value) {
      return set("DedupeStrategy", value);
    }

    /**
     * The load type.
     *
     * <p>Allowed values: {@code INCREMENTAL}, {@code REPLACE}. CloudFormation property {@code
     * LoadType}.
     */
    public DatasetOptions loadType(String value) {
      return set("LoadType", Value.of(value));
    }

    /** Sets {@code LoadType} to this value; see {@link #loadType(String)}. */
    public DatasetOptions loadType(Value<String> value) {
      return set("LoadType", value);
    }
  }

  /**
   * The dataset source configuration parameters.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.DatasetSourceConfiguration}.
   */
  public static final class DatasetSourceConfiguration extends Struct<DatasetSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.DatasetSourceConfiguration")
        .required("DatasetIdentifier")
        .constrain("DatasetIdentifier", Constraint.of().pattern("^[-_/A-Za-z0-9:]+$").minLength(1).maxLength(1011))
        .build();

    public DatasetSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the dataset.
     *
     * <p>Required. Length: 1 to 1011 characters. Pattern: {@code ^[-_/A-Za-z0-9:]+$}.
     * CloudFormation property {@code DatasetIdentifier}.
     */
    public DatasetSourceConfiguration datasetIdentifier(String value) {
      return set("DatasetIdentifier", Value.of(value));
    }

    /** Sets {@code DatasetIdentifier} to this value; see {@link #datasetIdentifier(String)}. */
    public DatasetSourceConfiguration datasetIdentifier(Value<String> value) {
      return set("DatasetIdentifier", value);
    }

    /**
     * The dataset options.
     *
     * <p>CloudFormation property {@code Options}.
     */
    public DatasetSourceConfiguration options(Value<DatasetOptions> value) {
      return set("Options", value);
    }
  }

  /**
   * The dataset target configuration parameters.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.DatasetTargetConfiguration}.
   */
  public static final class DatasetTargetConfiguration extends Struct<DatasetTargetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.DatasetTargetConfiguration")
        .required("DatasetIdentifier")
        .constrain("DatasetIdentifier", Constraint.of().pattern("^[-_/A-Za-z0-9:]+$").minLength(1).maxLength(1011))
        .build();

    public DatasetTargetConfiguration() {
      super(SCHEMA);
    }

    /**
     * The dataset ARN.
     *
     * <p>Required. Length: 1 to 1011 characters. Pattern: {@code ^[-_/A-Za-z0-9:]+$}.
     * CloudFormation property {@code DatasetIdentifier}.
     */
    public DatasetTargetConfiguration datasetIdentifier(String value) {
      return set("DatasetIdentifier", Value.of(value));
    }

    /** Sets {@code DatasetIdentifier} to this value; see {@link #datasetIdentifier(String)}. */
    public DatasetTargetConfiguration datasetIdentifier(Value<String> value) {
      return set("DatasetIdentifier", value);
    }

    /**
     * The dataset options.
     *
     * <p>CloudFormation property {@code Options}.
     */
    public DatasetTargetConfiguration options(Value<DatasetOptions> value) {
      return set("Options", value);
    }
  }

  /**
   * The deduplication strategy.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.DedupeStrategy}.
   */
  public static final class DedupeStrategy extends Struct<DedupeStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.DedupeStrategy")
        .required("Type")
        .allowed("Type", "FIELD_PRIORITY")
        .build();

    public DedupeStrategy() {
      super(SCHEMA);
    }

    /**
     * The field priority deduplication strategy configuration.
     *
     * <p>CloudFormation property {@code FieldPriority}.
     */
    public DedupeStrategy fieldPriority(Value<FieldPriorityDedupeStrategyConfiguration> value) {
      return set("FieldPriority", value);
    }

    /**
     * The deduplication strategy type.
     *
     * <p>Required. Allowed values: {@code FIELD_PRIORITY}. CloudFormation property {@code Type}.
     */
    public DedupeStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DedupeStrategy type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A deduplication field.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.FieldPriorityDedupeField}.
   */
  public static final class FieldPriorityDedupeField extends Struct<FieldPriorityDedupeField> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.FieldPriorityDedupeField")
        .required("Name", "SortOrder")
        .constrain("Name", Constraint.of().pattern("^[a-z0-9_]+$").minLength(1).maxLength(100))
        .allowed("SortOrder", "ASC", "DESC")
        .build();

    public FieldPriorityDedupeField() {
      super(SCHEMA);
    }

    /**
     * The name of the deduplication field.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-z0-9_]+$}. CloudFormation
     * property {@code Name}.
     */
    public FieldPriorityDedupeField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FieldPriorityDedupeField name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The sort order.
     *
     * <p>Required. Allowed values: {@code ASC}, {@code DESC}. CloudFormation property {@code
     * SortOrder}.
     */
    public FieldPriorityDedupeField sortOrder(String value) {
      return set("SortOrder", Value.of(value));
    }

    /** Sets {@code SortOrder} to this value; see {@link #sortOrder(String)}. */
    public FieldPriorityDedupeField sortOrder(Value<String> value) {
      return set("SortOrder", value);
    }
  }

  /**
   * The field priority deduplication strategy configuration.
   *
   * <p>Property type {@code
   * AWS::SCN::DataIntegrationFlow.FieldPriorityDedupeStrategyConfiguration}.
   */
  public static final class FieldPriorityDedupeStrategyConfiguration extends Struct<FieldPriorityDedupeStrategyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.FieldPriorityDedupeStrategyConfiguration")
        .required("Fields")
        .build();

    public FieldPriorityDedupeStrategyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of field names and their sort order for deduplication.
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
    public FieldPriorityDedupeStrategyConfiguration fields(List<FieldPriorityDedupeField> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public FieldPriorityDedupeStrategyConfiguration fields(Value<List<FieldPriorityDedupeField>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public FieldPriorityDedupeStrategyConfiguration fields(FieldPriorityDedupeField... values) {
      return set("Fields", Value.list(values));
    }
  }

  /**
   * The Amazon S3 options.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.S3Options}.
   */
  public static final class S3Options extends Struct<S3Options> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.S3Options")
        .allowed("FileType", "CSV", "PARQUET", "JSON")
        .build();

    public S3Options() {
      super(SCHEMA);
    }

    /**
     * The file type.
     *
     * <p>Allowed values: {@code CSV}, {@code PARQUET}, {@code JSON}. CloudFormation property {@code
     * FileType}.
     */
    public S3Options fileType(String value) {
      return set("FileType", Value.of(value));
    }

    /** Sets {@code FileType} to this value; see {@link #fileType(String)}. */
    public S3Options fileType(Value<String> value) {
      return set("FileType", value);
    }
  }

  /**
   * The S3 source configuration parameters.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.S3SourceConfiguration}.
   */
  public static final class S3SourceConfiguration extends Struct<S3SourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.S3SourceConfiguration")
        .required("BucketName", "Prefix")
        .constrain("BucketName", Constraint.of().pattern("^[a-z0-9][a-z0-9.-]*[a-z0-9]$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("Prefix", Constraint.of().pattern("^[/A-Za-z0-9._-]+$").minLength(0).maxLength(700))
        .build();

    public S3SourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket name.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code ^[a-z0-9][a-z0-9.-]*[a-z0-9]$}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3SourceConfiguration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3SourceConfiguration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The Amazon S3 options.
     *
     * <p>CloudFormation property {@code Options}.
     */
    public S3SourceConfiguration options(Value<S3Options> value) {
      return set("Options", value);
    }

    /**
     * The S3 prefix.
     *
     * <p>Required. Length: 0 to 700 characters. Pattern: {@code ^[/A-Za-z0-9._-]+$}. CloudFormation
     * property {@code Prefix}.
     */
    public S3SourceConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3SourceConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * The SQL transformation configuration parameters.
   *
   * <p>Property type {@code AWS::SCN::DataIntegrationFlow.SqlTransformationConfiguration}.
   */
  public static final class SqlTransformationConfiguration extends Struct<SqlTransformationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SCN::DataIntegrationFlow.SqlTransformationConfiguration")
        .required("Query")
        .constrain("Query", Constraint.of().minLength(1).maxLength(65535))
        .build();

    public SqlTransformationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The transformation SQL query body based on SparkSQL.
     *
     * <p>Required. Length: 1 to 65535 characters. CloudFormation property {@code Query}.
     */
    public SqlTransformationConfiguration query(String value) {
      return set("Query", Value.of(value));
    }

    /** Sets {@code Query} to this value; see {@link #query(String)}. */
    public SqlTransformationConfiguration query(Value<String> value) {
      return set("Query", value);
    }
  }
}
