// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appintegrations;

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
 * Creates and persists a DataIntegration resource.
 *
 * <p>CloudFormation type {@code AWS::AppIntegrations::DataIntegration}.
 */
public final class DataIntegration extends Resource<DataIntegration> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::DataIntegration")
      .required("KmsKey", "Name", "SourceURI")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("KmsKey", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9/\\._\\-]+$").minLength(1).maxLength(255))
      .constrain("SourceURI", Constraint.of().pattern("^(\\w+\\:\\/\\/[\\w.-]+[\\w/!@#+=.-]+$)|(\\w+\\:\\/\\/[\\w.-]+[\\w/!@#+=.-]+[\\w/!@#+=.-]+[\\w/!@#+=.,-]+$)").minLength(1).maxLength(1000))
      .refYields("Id")
      .attributes("DataIntegrationArn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataIntegration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the DataIntegration.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public DataIntegration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataIntegration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration for what files should be pulled from the source.
   *
   * <p>CloudFormation property {@code FileConfiguration}.
   */
  public DataIntegration fileConfiguration(Value<FileConfiguration> value) {
    return set("FileConfiguration", value);
  }

  /**
   * The KMS key for the DataIntegration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * .*&#92;S.*}. CloudFormation property {@code KmsKey}.
   */
  public DataIntegration kmsKey(String value) {
    return set("KmsKey", Value.of(value));
  }

  /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
  public DataIntegration kmsKey(Value<String> value) {
    return set("KmsKey", value);
  }

  /**
   * The name of the DataIntegration.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9/&#92;._&#92;-]+$}.
   * CloudFormation property {@code Name}.
   */
  public DataIntegration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataIntegration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The configuration for what data should be pulled from the source.
   *
   * <p>CloudFormation property {@code ObjectConfiguration}.
   */
  public DataIntegration objectConfiguration(Map<String, Map<String, List<String>>> value) {
    return set("ObjectConfiguration", Value.mapOf(value));
  }

  /** Sets {@code ObjectConfiguration} to this value; see {@link #objectConfiguration(Map)}. */
  public DataIntegration objectConfiguration(Value<Map<String, Map<String, List<String>>>> value) {
    return set("ObjectConfiguration", value);
  }

  /**
   * The name of the data and how often it should be pulled from the source.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ScheduleConfig}.
   */
  public DataIntegration scheduleConfig(Value<ScheduleConfig> value) {
    return set("ScheduleConfig", value);
  }

  /**
   * The URI of the data source.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1000 characters. Pattern: {@code
   * ^(&#92;w+&#92;:&#92;/&#92;/[&#92;w.-]+[&#92;w/!&#64;#+=.-]+$)|(&#92;w+&#92;:&#92;/&#92;/[&#92;w.-]+[&#92;w/!&#64;#+=.-]+[&#92;w/!&#64;#+=.-]+[&#92;w/!&#64;#+=.,-]+$)}.
   * CloudFormation property {@code SourceURI}.
   */
  public DataIntegration sourceURI(String value) {
    return set("SourceURI", Value.of(value));
  }

  /** Sets {@code SourceURI} to this value; see {@link #sourceURI(String)}. */
  public DataIntegration sourceURI(Value<String> value) {
    return set("SourceURI", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataIntegration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataIntegration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataIntegration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the DataIntegration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataIntegrationArn}.
   */
  public Value<String> dataIntegrationArn() {
    return getAtt("DataIntegrationArn");
  }

  /**
   * A unique identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The configuration for what files should be pulled from the source.
   *
   * <p>Property type {@code AWS::AppIntegrations::DataIntegration.FileConfiguration}.
   */
  public static final class FileConfiguration extends Struct<FileConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::DataIntegration.FileConfiguration")
        .required("Folders")
        .constrain("Folders", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(200))
        .build();

    public FileConfiguration() {
      super(SCHEMA);
    }

    /**
     * Restrictions for what files should be pulled from the source.
     *
     * <p>CloudFormation property {@code Filters}.
     */
    public FileConfiguration filters(Map<String, List<String>> value) {
      return set("Filters", Value.mapOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(Map)}. */
    public FileConfiguration filters(Value<Map<String, List<String>>> value) {
      return set("Filters", value);
    }

    /**
     * Identifiers for the source folders to pull all files from recursively.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code .*&#92;S.*}. CloudFormation
     * property {@code Folders}.
     */
    public FileConfiguration folders(List<String> value) {
      return set("Folders", Value.listOf(value));
    }

    /** Sets {@code Folders} to this value; see {@link #folders(List)}. */
    public FileConfiguration folders(Value<List<String>> value) {
      return set("Folders", value);
    }
  }

  /**
   * The name of the data and how often it should be pulled from the source.
   *
   * <p>Property type {@code AWS::AppIntegrations::DataIntegration.ScheduleConfig}.
   */
  public static final class ScheduleConfig extends Struct<ScheduleConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::DataIntegration.ScheduleConfig")
        .required("ScheduleExpression")
        .constrain("FirstExecutionFrom", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(255))
        .constrain("Object", Constraint.of().pattern("^[a-zA-Z0-9/\\._\\-]+$").minLength(1).maxLength(255))
        .constrain("ScheduleExpression", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(255))
        .build();

    public ScheduleConfig() {
      super(SCHEMA);
    }

    /**
     * The start date for objects to import in the first flow run as an Unix/epoch timestamp in
     * milliseconds or in ISO-8601 format.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
     * .*&#92;S.*}. CloudFormation property {@code FirstExecutionFrom}.
     */
    public ScheduleConfig firstExecutionFrom(String value) {
      return set("FirstExecutionFrom", Value.of(value));
    }

    /** Sets {@code FirstExecutionFrom} to this value; see {@link #firstExecutionFrom(String)}. */
    public ScheduleConfig firstExecutionFrom(Value<String> value) {
      return set("FirstExecutionFrom", value);
    }

    /**
     * The name of the object to pull from the data source.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
     * ^[a-zA-Z0-9/&#92;._&#92;-]+$}. CloudFormation property {@code Object}.
     */
    public ScheduleConfig object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public ScheduleConfig object(Value<String> value) {
      return set("Object", value);
    }

    /**
     * How often the data should be pulled from data source.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
     * .*&#92;S.*}. CloudFormation property {@code ScheduleExpression}.
     */
    public ScheduleConfig scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduleConfig scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }
  }
}
