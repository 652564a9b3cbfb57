// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a dataset to connect an external datasource.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Dataset")
      .required("DatasetName")
      .constrain("DatasetDescription", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("DatasetName", Constraint.of().pattern("^[a-zA-Z0-9 _\\-#$*!@.]+$").minLength(1).maxLength(256))
      .allowed("DatasetType", "SESSION", "CURATED", "EXTERNAL")
      .constrain("WorkspaceName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .refYields("DatasetId")
      .attributes("DatasetArn", "DatasetId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code DatasetConfig}. */
  public Dataset datasetConfig(Value<DatasetConfig> value) {
    return set("DatasetConfig", value);
  }

  /**
   * A description about the dataset, and its functionality.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code DatasetDescription}.
   */
  public Dataset datasetDescription(String value) {
    return set("DatasetDescription", Value.of(value));
  }

  /** Sets {@code DatasetDescription} to this value; see {@link #datasetDescription(String)}. */
  public Dataset datasetDescription(Value<String> value) {
    return set("DatasetDescription", value);
  }

  /**
   * The name of the dataset.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9 _&#92;-#$*!&#64;.]+$}.
   * CloudFormation property {@code DatasetName}.
   */
  public Dataset datasetName(String value) {
    return set("DatasetName", Value.of(value));
  }

  /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
  public Dataset datasetName(Value<String> value) {
    return set("DatasetName", value);
  }

  /**
   * The data source for the dataset.
   *
   * <p>CloudFormation property {@code DatasetSource}.
   */
  public Dataset datasetSource(Value<DatasetSource> value) {
    return set("DatasetSource", value);
  }

  /**
   * The type of the dataset.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SESSION}, {@code CURATED}, {@code
   * EXTERNAL}. CloudFormation property {@code DatasetType}.
   */
  public Dataset datasetType(String value) {
    return set("DatasetType", Value.of(value));
  }

  /** Sets {@code DatasetType} to this value; see {@link #datasetType(String)}. */
  public Dataset datasetType(Value<String> value) {
    return set("DatasetType", value);
  }

  /**
   * A list of key-value pairs that contain metadata for the access policy. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Dataset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dataset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dataset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the workspace associated with the dataset.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code WorkspaceName}.
   */
  public Dataset workspaceName(String value) {
    return set("WorkspaceName", Value.of(value));
  }

  /** Sets {@code WorkspaceName} to this value; see {@link #workspaceName(String)}. */
  public Dataset workspaceName(Value<String> value) {
    return set("WorkspaceName", value);
  }

  /**
   * The ARN of the dataset, which has the following format.
   *
   * <p><code>arn:${Partition}:iotsitewise:${Region}:${Account}:dataset/${DatasetId}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatasetArn}.
   */
  public Value<String> datasetArn() {
    return getAtt("DatasetArn");
  }

  /**
   * The ID of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatasetId}.
   */
  public Value<String> datasetId() {
    return getAtt("DatasetId");
  }

  /** Property type {@code AWS::IoTSiteWise::Dataset.DatasetConfig}. */
  public static final class DatasetConfig extends Struct<DatasetConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::Dataset.DatasetConfig");

    public DatasetConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Session}. */
    public DatasetConfig session(Value<SessionConfig> value) {
      return set("Session", value);
    }
  }

  /**
   * The data source for the dataset.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Dataset.DatasetSource}.
   */
  public static final class DatasetSource extends Struct<DatasetSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Dataset.DatasetSource")
        .required("SourceFormat", "SourceType")
        .allowed("SourceFormat", "KNOWLEDGE_BASE", "TIMESERIES")
        .allowed("SourceType", "KENDRA", "SITEWISE")
        .build();

    public DatasetSource() {
      super(SCHEMA);
    }

    /**
     * The details of the dataset source associated with the dataset.
     *
     * <p>CloudFormation property {@code SourceDetail}.
     */
    public DatasetSource sourceDetail(Value<SourceDetail> value) {
      return set("SourceDetail", value);
    }

    /**
     * The format of the dataset source associated with the dataset.
     *
     * <p>Required. Allowed values: {@code KNOWLEDGE_BASE}, {@code TIMESERIES}. CloudFormation
     * property {@code SourceFormat}.
     */
    public DatasetSource sourceFormat(String value) {
      return set("SourceFormat", Value.of(value));
    }

    /** Sets {@code SourceFormat} to this value; see {@link #sourceFormat(String)}. */
    public DatasetSource sourceFormat(Value<String> value) {
      return set("SourceFormat", value);
    }

    /**
     * The type of data source for the dataset.
     *
     * <p>Required. Allowed values: {@code KENDRA}, {@code SITEWISE}. CloudFormation property {@code
     * SourceType}.
     */
    public DatasetSource sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public DatasetSource sourceType(Value<String> value) {
      return set("SourceType", value);
    }
  }

  /**
   * The source details for the Kendra dataset source.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Dataset.KendraSourceDetail}.
   */
  public static final class KendraSourceDetail extends Struct<KendraSourceDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Dataset.KendraSourceDetail")
        .required("KnowledgeBaseArn", "RoleArn")
        .constrain("KnowledgeBaseArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.]+$").minLength(1).maxLength(1600))
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.]+$").minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
        .build();

    public KendraSourceDetail() {
      super(SCHEMA);
    }

    /**
     * The <code>knowledgeBaseArn</code> details for the Kendra dataset source.
     *
     * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.]+$}. CloudFormation property {@code
     * KnowledgeBaseArn}.
     */
    public KendraSourceDetail knowledgeBaseArn(String value) {
      return set("KnowledgeBaseArn", Value.of(value));
    }

    /** Sets {@code KnowledgeBaseArn} to this value; see {@link #knowledgeBaseArn(String)}. */
    public KendraSourceDetail knowledgeBaseArn(Value<String> value) {
      return set("KnowledgeBaseArn", value);
    }

    /**
     * The <code>roleARN</code> details for the Kendra dataset source.
     *
     * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.]+$}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public KendraSourceDetail roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public KendraSourceDetail roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /** Property type {@code AWS::IoTSiteWise::Dataset.SessionConfig}. */
  public static final class SessionConfig extends Struct<SessionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Dataset.SessionConfig")
        .required("SessionEndTime", "SessionStartTime")
        .build();

    public SessionConfig() {
      super(SCHEMA);
    }

    /**
     * The end time of the session as an ISO 8601 UTC instant, for example 2024-12-31T23:59:59Z.
     *
     * <p>Required. CloudFormation property {@code SessionEndTime}.
     */
    public SessionConfig sessionEndTime(String value) {
      return set("SessionEndTime", Value.of(value));
    }

    /** Sets {@code SessionEndTime} to this value; see {@link #sessionEndTime(String)}. */
    public SessionConfig sessionEndTime(Value<String> value) {
      return set("SessionEndTime", value);
    }

    /**
     * The start time of the session as an ISO 8601 UTC instant, for example 2024-01-01T00:00:00Z.
     *
     * <p>Required. CloudFormation property {@code SessionStartTime}.
     */
    public SessionConfig sessionStartTime(String value) {
      return set("SessionStartTime", Value.of(value));
    }

    /** Sets {@code SessionStartTime} to this value; see {@link #sessionStartTime(String)}. */
    public SessionConfig sessionStartTime(Value<String> value) {
      return set("SessionStartTime", value);
    }
  }

  /**
   * The details of the dataset source associated with the dataset.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Dataset.SourceDetail}.
   */
  public static final class SourceDetail extends Struct<SourceDetail> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::Dataset.SourceDetail");

    public SourceDetail() {
      super(SCHEMA);
    }

    /**
     * Contains details about the Kendra dataset source.
     *
     * <p>CloudFormation property {@code Kendra}.
     */
    public SourceDetail kendra(Value<KendraSourceDetail> value) {
      return set("Kendra", value);
    }
  }
}
