// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotanalytics;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The AWS::IoTAnalytics::Dataset resource stores data retrieved from a data store by applying a
 * <code>queryAction</code> (an SQL query) or a <code>containerAction</code> (executing a
 * containerized application). The data set can be populated manually by calling
 * <code>CreateDatasetContent</code> or automatically according to a <code>trigger</code> you
 * specify. For more information, see <a
 * href="https://docs.aws.amazon.com/iotanalytics/latest/userguide/welcome.html#aws-iot-analytics-how">How
 * to Use</a> in the <em>User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTAnalytics::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset")
      .required("Actions")
      .constrain("DatasetName", Constraint.of().pattern("(^(?!_{2}))(^[a-zA-Z0-9_]+$)").minLength(1).maxLength(128))
      .refYields("DatasetName")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>DatasetAction</code> objects that automatically create the dataset contents.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public Dataset actions(List<Action> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public Dataset actions(Value<List<Action>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public Dataset actions(Action... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * When dataset contents are created they are delivered to destinations specified here.
   *
   * <p>CloudFormation property {@code ContentDeliveryRules}.
   */
  public Dataset contentDeliveryRules(List<DatasetContentDeliveryRule> value) {
    return set("ContentDeliveryRules", Value.listOf(value));
  }

  /** Sets {@code ContentDeliveryRules} to this value; see {@link #contentDeliveryRules(List)}. */
  public Dataset contentDeliveryRules(Value<List<DatasetContentDeliveryRule>> value) {
    return set("ContentDeliveryRules", value);
  }

  /**
   * Sets {@code ContentDeliveryRules} to a list of these; see {@link #contentDeliveryRules(List)}.
   */
  public Dataset contentDeliveryRules(DatasetContentDeliveryRule... values) {
    return set("ContentDeliveryRules", Value.list(values));
  }

  /**
   * The name of the dataset.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * (^(?!_{2}))(^[a-zA-Z0-9_]+$)}. CloudFormation property {@code DatasetName}.
   */
  public Dataset datasetName(String value) {
    return set("DatasetName", Value.of(value));
  }

  /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
  public Dataset datasetName(Value<String> value) {
    return set("DatasetName", value);
  }

  /**
   * A list of data rules that send notifications to CloudWatch, when data arrives late. To specify
   * <code>lateDataRules</code> , the dataset must use a <a
   * href="https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DeltaTime.html">DeltaTimer</a>
   * filter.
   *
   * <p>CloudFormation property {@code LateDataRules}.
   */
  public Dataset lateDataRules(List<LateDataRule> value) {
    return set("LateDataRules", Value.listOf(value));
  }

  /** Sets {@code LateDataRules} to this value; see {@link #lateDataRules(List)}. */
  public Dataset lateDataRules(Value<List<LateDataRule>> value) {
    return set("LateDataRules", value);
  }

  /** Sets {@code LateDataRules} to a list of these; see {@link #lateDataRules(List)}. */
  public Dataset lateDataRules(LateDataRule... values) {
    return set("LateDataRules", Value.list(values));
  }

  /**
   * Optional. How long, in days, message data is kept for the dataset.
   *
   * <p>CloudFormation property {@code RetentionPeriod}.
   */
  public Dataset retentionPeriod(Value<RetentionPeriod> value) {
    return set("RetentionPeriod", value);
  }

  /**
   * Metadata which can be used to manage the data set.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
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
   * The <code>DatasetTrigger</code> objects that specify when the dataset is automatically updated.
   *
   * <p>CloudFormation property {@code Triggers}.
   */
  public Dataset triggers(List<Trigger> value) {
    return set("Triggers", Value.listOf(value));
  }

  /** Sets {@code Triggers} to this value; see {@link #triggers(List)}. */
  public Dataset triggers(Value<List<Trigger>> value) {
    return set("Triggers", value);
  }

  /** Sets {@code Triggers} to a list of these; see {@link #triggers(List)}. */
  public Dataset triggers(Trigger... values) {
    return set("Triggers", Value.list(values));
  }

  /**
   * Optional. How many versions of dataset contents are kept. If not specified or set to null, only
   * the latest version plus the latest succeeded version (if they are different) are kept for the
   * time period specified by the <code>retentionPeriod</code> parameter. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iotanalytics/latest/userguide/getting-started.html#aws-iot-analytics-dataset-versions">Keeping
   * Multiple Versions of ITA datasets</a> in the <em>ITA User Guide</em> .
   *
   * <p>CloudFormation property {@code VersioningConfiguration}.
   */
  public Dataset versioningConfiguration(Value<VersioningConfiguration> value) {
    return set("VersioningConfiguration", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Information needed to run the "containerAction" to produce data set contents.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.Action")
        .required("ActionName")
        .constrain("ActionName", Constraint.of().pattern("^[a-zA-Z0-9_]+$").minLength(1).maxLength(128))
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * The name of the data set action by which data set contents are automatically created.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_]+$}. CloudFormation
     * property {@code ActionName}.
     */
    public Action actionName(String value) {
      return set("ActionName", Value.of(value));
    }

    /** Sets {@code ActionName} to this value; see {@link #actionName(String)}. */
    public Action actionName(Value<String> value) {
      return set("ActionName", value);
    }

    /**
     * Information which allows the system to run a containerized application in order to create the
     * data set contents. The application must be in a Docker container along with any needed
     * support libraries.
     *
     * <p>CloudFormation property {@code ContainerAction}.
     */
    public Action containerAction(Value<ContainerAction> value) {
      return set("ContainerAction", value);
    }

    /**
     * An "SqlQueryDatasetAction" object that uses an SQL query to automatically create data set
     * contents.
     *
     * <p>CloudFormation property {@code QueryAction}.
     */
    public Action queryAction(Value<QueryAction> value) {
      return set("QueryAction", value);
    }
  }

  /**
   * Information needed to run the "containerAction" to produce data set contents.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.ContainerAction}.
   */
  public static final class ContainerAction extends Struct<ContainerAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.ContainerAction")
        .required("ExecutionRoleArn", "Image", "ResourceConfiguration")
        .constrain("ExecutionRoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("Image", Constraint.of().maxLength(255))
        .build();

    public ContainerAction() {
      super(SCHEMA);
    }

    /**
     * The ARN of the role which gives permission to the system to access needed resources in order
     * to run the "containerAction". This includes, at minimum, permission to retrieve the data set
     * contents which are the input to the containerized application.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code ExecutionRoleArn}.
     */
    public ContainerAction executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public ContainerAction executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The ARN of the Docker container stored in your account. The Docker container contains an
     * application and needed support libraries and is used to generate data set contents.
     *
     * <p>Required. Length: at most 255 characters. CloudFormation property {@code Image}.
     */
    public ContainerAction image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ContainerAction image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * Configuration of the resource which executes the "containerAction".
     *
     * <p>Required. CloudFormation property {@code ResourceConfiguration}.
     */
    public ContainerAction resourceConfiguration(Value<ResourceConfiguration> value) {
      return set("ResourceConfiguration", value);
    }

    /**
     * The values of variables used within the context of the execution of the containerized
     * application (basically, parameters passed to the application). Each variable must have a name
     * and a value given by one of "stringValue", "datasetContentVersionValue", or
     * "outputFileUriValue".
     *
     * <p>CloudFormation property {@code Variables}.
     */
    public ContainerAction variables(List<Variable> value) {
      return set("Variables", Value.listOf(value));
    }

    /** Sets {@code Variables} to this value; see {@link #variables(List)}. */
    public ContainerAction variables(Value<List<Variable>> value) {
      return set("Variables", value);
    }

    /** Sets {@code Variables} to a list of these; see {@link #variables(List)}. */
    public ContainerAction variables(Variable... values) {
      return set("Variables", Value.list(values));
    }
  }

  /**
   * When dataset contents are created, they are delivered to destination specified here.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.DatasetContentDeliveryRule}.
   */
  public static final class DatasetContentDeliveryRule extends Struct<DatasetContentDeliveryRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.DatasetContentDeliveryRule")
        .required("Destination")
        .build();

    public DatasetContentDeliveryRule() {
      super(SCHEMA);
    }

    /**
     * The destination to which dataset contents are delivered.
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public DatasetContentDeliveryRule destination(Value<DatasetContentDeliveryRuleDestination> value) {
      return set("Destination", value);
    }

    /**
     * The name of the dataset content delivery rules entry.
     *
     * <p>CloudFormation property {@code EntryName}.
     */
    public DatasetContentDeliveryRule entryName(String value) {
      return set("EntryName", Value.of(value));
    }

    /** Sets {@code EntryName} to this value; see {@link #entryName(String)}. */
    public DatasetContentDeliveryRule entryName(Value<String> value) {
      return set("EntryName", value);
    }
  }

  /**
   * The destination to which dataset contents are delivered.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.DatasetContentDeliveryRuleDestination}.
   */
  public static final class DatasetContentDeliveryRuleDestination extends Struct<DatasetContentDeliveryRuleDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Dataset.DatasetContentDeliveryRuleDestination");

    public DatasetContentDeliveryRuleDestination() {
      super(SCHEMA);
    }

    /**
     * Configuration information for delivery of dataset contents to AWS IoT Events .
     *
     * <p>CloudFormation property {@code IotEventsDestinationConfiguration}.
     */
    public DatasetContentDeliveryRuleDestination iotEventsDestinationConfiguration(Value<IotEventsDestinationConfiguration> value) {
      return set("IotEventsDestinationConfiguration", value);
    }

    /**
     * Configuration information for delivery of dataset contents to Amazon S3.
     *
     * <p>CloudFormation property {@code S3DestinationConfiguration}.
     */
    public DatasetContentDeliveryRuleDestination s3DestinationConfiguration(Value<S3DestinationConfiguration> value) {
      return set("S3DestinationConfiguration", value);
    }

    /**
     * Sets {@code S3DestinationConfiguration} to the asset's bucket and key, where the deployer
     * uploads it; see {@link #s3DestinationConfiguration(Value)}.
     */
    public DatasetContentDeliveryRuleDestination s3DestinationConfiguration(Asset asset) {
      return set("S3DestinationConfiguration", new S3DestinationConfiguration().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * The dataset whose latest contents are used as input to the notebook or application.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.DatasetContentVersionValue}.
   */
  public static final class DatasetContentVersionValue extends Struct<DatasetContentVersionValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.DatasetContentVersionValue")
        .required("DatasetName")
        .constrain("DatasetName", Constraint.of().pattern("(^(?!_{2}))(^[a-zA-Z0-9_]+$)").minLength(1).maxLength(128))
        .build();

    public DatasetContentVersionValue() {
      super(SCHEMA);
    }

    /**
     * The name of the dataset whose latest contents are used as input to the notebook or
     * application.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code (^(?!_{2}))(^[a-zA-Z0-9_]+$)}.
     * CloudFormation property {@code DatasetName}.
     */
    public DatasetContentVersionValue datasetName(String value) {
      return set("DatasetName", Value.of(value));
    }

    /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
    public DatasetContentVersionValue datasetName(Value<String> value) {
      return set("DatasetName", value);
    }
  }

  /**
   * Used to limit data to that which has arrived since the last execution of the action.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.DeltaTime}.
   */
  public static final class DeltaTime extends Struct<DeltaTime> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.DeltaTime")
        .required("OffsetSeconds", "TimeExpression")
        .build();

    public DeltaTime() {
      super(SCHEMA);
    }

    /**
     * The number of seconds of estimated in-flight lag time of message data. When you create
     * dataset contents using message data from a specified timeframe, some message data might still
     * be in flight when processing begins, and so do not arrive in time to be processed. Use this
     * field to make allowances for the in flight time of your message data, so that data not
     * processed from a previous timeframe is included with the next timeframe. Otherwise, missed
     * message data would be excluded from processing during the next timeframe too, because its
     * timestamp places it within the previous timeframe.
     *
     * <p>Required. CloudFormation property {@code OffsetSeconds}.
     */
    public DeltaTime offsetSeconds(int value) {
      return set("OffsetSeconds", Value.of(value));
    }

    /** Sets {@code OffsetSeconds} to this value; see {@link #offsetSeconds(int)}. */
    public DeltaTime offsetSeconds(Value<Integer> value) {
      return set("OffsetSeconds", value);
    }

    /**
     * An expression by which the time of the message data might be determined. This can be the name
     * of a timestamp field or a SQL expression that is used to derive the time the message data was
     * generated.
     *
     * <p>Required. CloudFormation property {@code TimeExpression}.
     */
    public DeltaTime timeExpression(String value) {
      return set("TimeExpression", Value.of(value));
    }

    /** Sets {@code TimeExpression} to this value; see {@link #timeExpression(String)}. */
    public DeltaTime timeExpression(Value<String> value) {
      return set("TimeExpression", value);
    }
  }

  /**
   * A structure that contains the configuration information of a delta time session window.
   *
   * <p><a
   * href="https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_DeltaTime.html"><code>DeltaTime</code></a>
   * specifies a time interval. You can use <code>DeltaTime</code> to create dataset contents with
   * data that has arrived in the data store since the last execution. For an example of
   * <code>DeltaTime</code> , see <a
   * href="https://docs.aws.amazon.com/iotanalytics/latest/userguide/automate-create-dataset.html#automate-example6">Creating
   * a SQL dataset with a delta window (CLI)</a> in the <em>ITA User Guide</em> .
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.DeltaTimeSessionWindowConfiguration}.
   */
  public static final class DeltaTimeSessionWindowConfiguration extends Struct<DeltaTimeSessionWindowConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.DeltaTimeSessionWindowConfiguration")
        .required("TimeoutInMinutes")
        .constrain("TimeoutInMinutes", Constraint.of().minimum(1).maximum(60))
        .build();

    public DeltaTimeSessionWindowConfiguration() {
      super(SCHEMA);
    }

    /**
     * A time interval. You can use <code>timeoutInMinutes</code> so that ITA can batch up late data
     * notifications that have been generated since the last execution. ITA sends one batch of
     * notifications to Amazon CloudWatch Events at one time.
     *
     * <p>For more information about how to write a timestamp expression, see <a
     * href="https://docs.aws.amazon.com/https://prestodb.io/docs/current/functions/datetime.html">Date
     * and Time Functions and Operators</a> , in the <em>Presto 0.172 Documentation</em> .
     *
     * <p>Required. Range: 1 to 60. CloudFormation property {@code TimeoutInMinutes}.
     */
    public DeltaTimeSessionWindowConfiguration timeoutInMinutes(int value) {
      return set("TimeoutInMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutInMinutes} to this value; see {@link #timeoutInMinutes(int)}. */
    public DeltaTimeSessionWindowConfiguration timeoutInMinutes(Value<Integer> value) {
      return set("TimeoutInMinutes", value);
    }
  }

  /**
   * Information which is used to filter message data, to segregate it according to the time frame
   * in which it arrives.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Dataset.Filter");

    public Filter() {
      super(SCHEMA);
    }

    /**
     * Used to limit data to that which has arrived since the last execution of the action.
     *
     * <p>CloudFormation property {@code DeltaTime}.
     */
    public Filter deltaTime(Value<DeltaTime> value) {
      return set("DeltaTime", value);
    }
  }

  /**
   * Configuration information for coordination with AWS Glue , a fully managed extract, transform
   * and load (ETL) service.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.GlueConfiguration}.
   */
  public static final class GlueConfiguration extends Struct<GlueConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.GlueConfiguration")
        .required("DatabaseName", "TableName")
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(150))
        .constrain("TableName", Constraint.of().minLength(1).maxLength(150))
        .build();

    public GlueConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the database in your AWS Glue Data Catalog in which the table is located. An AWS
     * Glue Data Catalog database contains metadata tables.
     *
     * <p>Required. Length: 1 to 150 characters. CloudFormation property {@code DatabaseName}.
     */
    public GlueConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public GlueConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The name of the table in your AWS Glue Data Catalog that is used to perform the ETL
     * operations. An AWS Glue Data Catalog table contains partitioned data and descriptions of data
     * sources and targets.
     *
     * <p>Required. Length: 1 to 150 characters. CloudFormation property {@code TableName}.
     */
    public GlueConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public GlueConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Configuration information for delivery of dataset contents to AWS IoT Events .
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.IotEventsDestinationConfiguration}.
   */
  public static final class IotEventsDestinationConfiguration extends Struct<IotEventsDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.IotEventsDestinationConfiguration")
        .required("InputName", "RoleArn")
        .constrain("InputName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]*$").minLength(1).maxLength(128))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public IotEventsDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the AWS IoT Events input to which dataset contents are delivered.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]*$}.
     * CloudFormation property {@code InputName}.
     */
    public IotEventsDestinationConfiguration inputName(String value) {
      return set("InputName", Value.of(value));
    }

    /** Sets {@code InputName} to this value; see {@link #inputName(String)}. */
    public IotEventsDestinationConfiguration inputName(Value<String> value) {
      return set("InputName", value);
    }

    /**
     * The ARN of the role that grants ITA permission to deliver dataset contents to an AWS IoT
     * Events input.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public IotEventsDestinationConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public IotEventsDestinationConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * A structure that contains the name and configuration information of a late data rule.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.LateDataRule}.
   */
  public static final class LateDataRule extends Struct<LateDataRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.LateDataRule")
        .required("RuleConfiguration")
        .constrain("RuleName", Constraint.of().pattern("^[a-zA-Z0-9_]+$").minLength(1).maxLength(128))
        .build();

    public LateDataRule() {
      super(SCHEMA);
    }

    /**
     * The information needed to configure the late data rule.
     *
     * <p>Required. CloudFormation property {@code RuleConfiguration}.
     */
    public LateDataRule ruleConfiguration(Value<LateDataRuleConfiguration> value) {
      return set("RuleConfiguration", value);
    }

    /**
     * The name of the late data rule.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_]+$}. CloudFormation property
     * {@code RuleName}.
     */
    public LateDataRule ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public LateDataRule ruleName(Value<String> value) {
      return set("RuleName", value);
    }
  }

  /**
   * The information needed to configure a delta time session window.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.LateDataRuleConfiguration}.
   */
  public static final class LateDataRuleConfiguration extends Struct<LateDataRuleConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Dataset.LateDataRuleConfiguration");

    public LateDataRuleConfiguration() {
      super(SCHEMA);
    }

    /**
     * The information needed to configure a delta time session window.
     *
     * <p>CloudFormation property {@code DeltaTimeSessionWindowConfiguration}.
     */
    public LateDataRuleConfiguration deltaTimeSessionWindowConfiguration(Value<DeltaTimeSessionWindowConfiguration> value) {
      return set("DeltaTimeSessionWindowConfiguration", value);
    }
  }

  /**
   * The value of the variable as a structure that specifies an output file URI.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.OutputFileUriValue}.
   */
  public static final class OutputFileUriValue extends Struct<OutputFileUriValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.OutputFileUriValue")
        .required("FileName")
        .constrain("FileName", Constraint.of().pattern("^[\\w\\.-]{1,255}$"))
        .build();

    public OutputFileUriValue() {
      super(SCHEMA);
    }

    /**
     * The URI of the location where dataset contents are stored, usually the URI of a file in an S3
     * bucket.
     *
     * <p>Required. Pattern: {@code ^[&#92;w&#92;.-]{1,255}$}. CloudFormation property {@code
     * FileName}.
     */
    public OutputFileUriValue fileName(String value) {
      return set("FileName", Value.of(value));
    }

    /** Sets {@code FileName} to this value; see {@link #fileName(String)}. */
    public OutputFileUriValue fileName(Value<String> value) {
      return set("FileName", value);
    }
  }

  /**
   * An "SqlQueryDatasetAction" object that uses an SQL query to automatically create data set
   * contents.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.QueryAction}.
   */
  public static final class QueryAction extends Struct<QueryAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.QueryAction")
        .required("SqlQuery")
        .build();

    public QueryAction() {
      super(SCHEMA);
    }

    /**
     * Pre-filters applied to message data.
     *
     * <p>CloudFormation property {@code Filters}.
     */
    public QueryAction filters(List<Filter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public QueryAction filters(Value<List<Filter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public QueryAction filters(Filter... values) {
      return set("Filters", Value.list(values));
    }

    /**
     * An "SqlQueryDatasetAction" object that uses an SQL query to automatically create data set
     * contents.
     *
     * <p>Required. CloudFormation property {@code SqlQuery}.
     */
    public QueryAction sqlQuery(String value) {
      return set("SqlQuery", Value.of(value));
    }

    /** Sets {@code SqlQuery} to this value; see {@link #sqlQuery(String)}. */
    public QueryAction sqlQuery(Value<String> value) {
      return set("SqlQuery", value);
    }
  }

  /**
   * The configuration of the resource used to execute the <code>containerAction</code> .
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.ResourceConfiguration}.
   */
  public static final class ResourceConfiguration extends Struct<ResourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.ResourceConfiguration")
        .required("ComputeType", "VolumeSizeInGB")
        .allowed("ComputeType", "ACU_1", "ACU_2")
        .constrain("VolumeSizeInGB", Constraint.of().minimum(1).maximum(50))
        .build();

    public ResourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of the compute resource used to execute the <code>containerAction</code> . Possible
     * values are: <code>ACU_1</code> (vCPU=4, memory=16 GiB) or <code>ACU_2</code> (vCPU=8,
     * memory=32 GiB).
     *
     * <p>Required. Allowed values: {@code ACU_1}, {@code ACU_2}. CloudFormation property {@code
     * ComputeType}.
     */
    public ResourceConfiguration computeType(String value) {
      return set("ComputeType", Value.of(value));
    }

    /** Sets {@code ComputeType} to this value; see {@link #computeType(String)}. */
    public ResourceConfiguration computeType(Value<String> value) {
      return set("ComputeType", value);
    }

    /**
     * The size, in GB, of the persistent storage available to the resource instance used to execute
     * the <code>containerAction</code> (min: 1, max: 50).
     *
     * <p>Required. Range: 1 to 50. CloudFormation property {@code VolumeSizeInGB}.
     */
    public ResourceConfiguration volumeSizeInGB(int value) {
      return set("VolumeSizeInGB", Value.of(value));
    }

    /** Sets {@code VolumeSizeInGB} to this value; see {@link #volumeSizeInGB(int)}. */
    public ResourceConfiguration volumeSizeInGB(Value<Integer> value) {
      return set("VolumeSizeInGB", value);
    }
  }

  /**
   * How long, in days, message data is kept.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.RetentionPeriod}.
   */
  public static final class RetentionPeriod extends Struct<RetentionPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.RetentionPeriod")
        .constrain("NumberOfDays", Constraint.of().minimum(1).maximum(2147483647))
        .build();

    public RetentionPeriod() {
      super(SCHEMA);
    }

    /**
     * The number of days that message data is kept. The <code>unlimited</code> parameter must be
     * false.
     *
     * <p>Range: 1 to 2147483647. CloudFormation property {@code NumberOfDays}.
     */
    public RetentionPeriod numberOfDays(int value) {
      return set("NumberOfDays", Value.of(value));
    }

    /** Sets {@code NumberOfDays} to this value; see {@link #numberOfDays(int)}. */
    public RetentionPeriod numberOfDays(Value<Integer> value) {
      return set("NumberOfDays", value);
    }

    /**
     * If true, message data is kept indefinitely.
     *
     * <p>CloudFormation property {@code Unlimited}.
     */
    public RetentionPeriod unlimited(boolean value) {
      return set("Unlimited", Value.of(value));
    }

    /** Sets {@code Unlimited} to this value; see {@link #unlimited(boolean)}. */
    public RetentionPeriod unlimited(Value<Boolean> value) {
      return set("Unlimited", value);
    }
  }

  /**
   * Configuration information for delivery of dataset contents to Amazon Simple Storage Service
   * (Amazon S3).
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.S3DestinationConfiguration}.
   */
  public static final class S3DestinationConfiguration extends Struct<S3DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.S3DestinationConfiguration")
        .required("Bucket", "Key", "RoleArn")
        .constrain("Bucket", Constraint.of().pattern("^[a-zA-Z0-9.\\-_]*$").minLength(3).maxLength(255))
        .references("Bucket", "AWS::S3::Bucket.Ref")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9!_.*'()/{}:-]*$").minLength(1).maxLength(255))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public S3DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket to which dataset contents are delivered.
     *
     * <p>Required. Length: 3 to 255 characters. Pattern: {@code ^[a-zA-Z0-9.&#92;-_]*$}.
     * CloudFormation property {@code Bucket}.
     */
    public S3DestinationConfiguration bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3DestinationConfiguration bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Sets {@code Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #bucket(String)}. */
    public S3DestinationConfiguration bucket(Bucket resource) {
      return set("Bucket", resource.ref());
    }

    /**
     * Configuration information for coordination with AWS Glue , a fully managed extract, transform
     * and load (ETL) service.
     *
     * <p>CloudFormation property {@code GlueConfiguration}.
     */
    public S3DestinationConfiguration glueConfiguration(Value<GlueConfiguration> value) {
      return set("GlueConfiguration", value);
    }

    /**
     * The key of the dataset contents object in an S3 bucket. Each object has a key that is a
     * unique identifier. Each object has exactly one key.
     *
     * <p>You can create a unique key with the following options:
     *
     * <ul> <li>Use <code>!{iotanalytics:scheduleTime}</code> to insert the time of a scheduled SQL
     * query run. <li>Use <code>!{iotanalytics:versionId}</code> to insert a unique hash that
     * identifies a dataset content. <li>Use <code>!{iotanalytics:creationTime}</code> to insert the
     * creation time of a dataset content. </ul>
     *
     * <p>The following example creates a unique key for a CSV file:
     * <code>dataset/mydataset/!{iotanalytics:scheduleTime}/!{iotanalytics:versionId}.csv</code>
     *
     * <p>If you don't use <code>!{iotanalytics:versionId}</code> to specify the key, you might get
     * duplicate keys. For example, you might have two dataset contents with the same
     * <code>scheduleTime</code> but different <code>versionId</code> s. This means that one dataset
     * content overwrites the other.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9!_.*'()/{}:-]*$}.
     * CloudFormation property {@code Key}.
     */
    public S3DestinationConfiguration key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3DestinationConfiguration key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The ARN of the role that grants ITA permission to interact with your Amazon S3 and AWS Glue
     * resources.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public S3DestinationConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3DestinationConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public S3DestinationConfiguration roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * The schedule for when to trigger an update.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.Schedule")
        .required("ScheduleExpression")
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * The expression that defines when to trigger an update. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/ScheduledEvents.html">Schedule
     * Expressions for Rules</a> in the Amazon CloudWatch documentation.
     *
     * <p>Required. CloudFormation property {@code ScheduleExpression}.
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
   * The "DatasetTrigger" that specifies when the data set is automatically updated.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.Trigger}.
   */
  public static final class Trigger extends Struct<Trigger> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Dataset.Trigger");

    public Trigger() {
      super(SCHEMA);
    }

    /**
     * The "Schedule" when the trigger is initiated.
     *
     * <p>CloudFormation property {@code Schedule}.
     */
    public Trigger schedule(Value<Schedule> value) {
      return set("Schedule", value);
    }

    /**
     * Information about the data set whose content generation triggers the new data set content
     * generation.
     *
     * <p>CloudFormation property {@code TriggeringDataset}.
     */
    public Trigger triggeringDataset(Value<TriggeringDataset> value) {
      return set("TriggeringDataset", value);
    }
  }

  /**
   * Information about the dataset whose content generation triggers the new dataset content
   * generation.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.TriggeringDataset}.
   */
  public static final class TriggeringDataset extends Struct<TriggeringDataset> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.TriggeringDataset")
        .required("DatasetName")
        .constrain("DatasetName", Constraint.of().pattern("(^(?!_{2}))(^[a-zA-Z0-9_]+$)").minLength(1).maxLength(128))
        .build();

    public TriggeringDataset() {
      super(SCHEMA);
    }

    /**
     * The name of the data set whose content generation triggers the new data set content
     * generation.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code (^(?!_{2}))(^[a-zA-Z0-9_]+$)}.
     * CloudFormation property {@code DatasetName}.
     */
    public TriggeringDataset datasetName(String value) {
      return set("DatasetName", Value.of(value));
    }

    /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
    public TriggeringDataset datasetName(Value<String> value) {
      return set("DatasetName", value);
    }
  }

  /**
   * An instance of a variable to be passed to the <code>containerAction</code> execution. Each
   * variable must have a name and a value given by one of <code>stringValue</code> ,
   * <code>datasetContentVersionValue</code> , or <code>outputFileUriValue</code> .
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.Variable}.
   */
  public static final class Variable extends Struct<Variable> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.Variable")
        .required("VariableName")
        .constrain("StringValue", Constraint.of().minLength(0).maxLength(1024))
        .constrain("VariableName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Variable() {
      super(SCHEMA);
    }

    /**
     * The value of the variable as a structure that specifies a dataset content version.
     *
     * <p>CloudFormation property {@code DatasetContentVersionValue}.
     */
    public Variable datasetContentVersionValue(Value<DatasetContentVersionValue> value) {
      return set("DatasetContentVersionValue", value);
    }

    /**
     * The value of the variable as a double (numeric).
     *
     * <p>CloudFormation property {@code DoubleValue}.
     */
    public Variable doubleValue(double value) {
      return set("DoubleValue", Value.of(value));
    }

    /** Sets {@code DoubleValue} to this value; see {@link #doubleValue(double)}. */
    public Variable doubleValue(Value<Double> value) {
      return set("DoubleValue", value);
    }

    /**
     * The value of the variable as a structure that specifies an output file URI.
     *
     * <p>CloudFormation property {@code OutputFileUriValue}.
     */
    public Variable outputFileUriValue(Value<OutputFileUriValue> value) {
      return set("OutputFileUriValue", value);
    }

    /**
     * The value of the variable as a string.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code StringValue}.
     */
    public Variable stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public Variable stringValue(Value<String> value) {
      return set("StringValue", value);
    }

    /**
     * The name of the variable.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code VariableName}.
     */
    public Variable variableName(String value) {
      return set("VariableName", Value.of(value));
    }

    /** Sets {@code VariableName} to this value; see {@link #variableName(String)}. */
    public Variable variableName(Value<String> value) {
      return set("VariableName", value);
    }
  }

  /**
   * Information about the versioning of dataset contents.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Dataset.VersioningConfiguration}.
   */
  public static final class VersioningConfiguration extends Struct<VersioningConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Dataset.VersioningConfiguration")
        .constrain("MaxVersions", Constraint.of().minimum(1).maximum(1000))
        .build();

    public VersioningConfiguration() {
      super(SCHEMA);
    }

    /**
     * How many versions of dataset contents are kept. The <code>unlimited</code> parameter must be
     * <code>false</code> .
     *
     * <p>Range: 1 to 1000. CloudFormation property {@code MaxVersions}.
     */
    public VersioningConfiguration maxVersions(int value) {
      return set("MaxVersions", Value.of(value));
    }

    /** Sets {@code MaxVersions} to this value; see {@link #maxVersions(int)}. */
    public VersioningConfiguration maxVersions(Value<Integer> value) {
      return set("MaxVersions", value);
    }

    /**
     * If true, unlimited versions of dataset contents are kept.
     *
     * <p>CloudFormation property {@code Unlimited}.
     */
    public VersioningConfiguration unlimited(boolean value) {
      return set("Unlimited", Value.of(value));
    }

    /** Sets {@code Unlimited} to this value; see {@link #unlimited(boolean)}. */
    public VersioningConfiguration unlimited(Value<Boolean> value) {
      return set("Unlimited", value);
    }
  }
}
