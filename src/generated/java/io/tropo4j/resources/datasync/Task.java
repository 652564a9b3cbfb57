// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.logs.LogGroup;
import java.util.List;

/**
 * The <code>AWS::DataSync::Task</code> resource specifies a task. A task is a set of two locations
 * (source and destination) and a set of <code>Options</code> that you use to control the behavior
 * of a task. If you don't specify <code>Options</code> when you create a task, AWS DataSync
 * populates them with service defaults.
 *
 * <p>CloudFormation type {@code AWS::DataSync::Task}.
 */
public final class Task extends Resource<Task> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task")
      .required("DestinationLocationArn", "SourceLocationArn")
      .constrain("CloudWatchLogGroupArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):logs:[a-z\\-0-9]*:[0-9]{12}:log-group:([^:\\*]*)(:\\*)?$").minLength(0).maxLength(562))
      .references("CloudWatchLogGroupArn", "AWS::Logs::LogGroup.Arn")
      .constrain("DestinationLocationArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:location/loc-[0-9a-z]{17}$").minLength(0).maxLength(128))
      .references("DestinationLocationArn", "AWS::DataSync::LocationEFS.Ref",
          "AWS::DataSync::LocationS3.Ref")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\s+=._:@/-]+$").minLength(1).maxLength(256))
      .constrain("SourceLocationArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:location/loc-[0-9a-z]{17}$").minLength(0).maxLength(128))
      .references("SourceLocationArn", "AWS::DataSync::LocationS3.Ref",
          "AWS::DataSync::LocationNFS.Ref")
      .allowed("TaskMode", "BASIC", "ENHANCED")
      .refYields("TaskArn")
      .attributes("DestinationNetworkInterfaceArns", "SourceNetworkInterfaceArns", "Status",
          "TaskArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Task(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the Amazon Resource Name (ARN) of an Amazon CloudWatch log group for monitoring your
   * task.
   *
   * <p>For Enhanced mode tasks, you don't need to specify anything. DataSync automatically sends
   * logs to a CloudWatch log group named <code>/aws/datasync</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/configure-logging.html">Monitoring
   * data transfers with CloudWatch Logs</a> .
   *
   * <p>Length: 0 to 562 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):logs:[a-z&#92;-0-9]*:[0-9]{12}:log-group:([^:&#92;*]*)(:&#92;*)?$}.
   * CloudFormation property {@code CloudWatchLogGroupArn}.
   */
  public Task cloudWatchLogGroupArn(String value) {
    return set("CloudWatchLogGroupArn", Value.of(value));
  }

  /**
   * Sets {@code CloudWatchLogGroupArn} to this value; see {@link #cloudWatchLogGroupArn(String)}.
   */
  public Task cloudWatchLogGroupArn(Value<String> value) {
    return set("CloudWatchLogGroupArn", value);
  }

  /**
   * Sets {@code CloudWatchLogGroupArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
   * #cloudWatchLogGroupArn(String)}.
   */
  public Task cloudWatchLogGroupArn(LogGroup resource) {
    return set("CloudWatchLogGroupArn", resource.arn());
  }

  /**
   * The Amazon Resource Name (ARN) of an AWS storage resource's location.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z&#92;-0-9]+:[0-9]{12}:location/loc-[0-9a-z]{17}$}.
   * CloudFormation property {@code DestinationLocationArn}.
   */
  public Task destinationLocationArn(String value) {
    return set("DestinationLocationArn", Value.of(value));
  }

  /**
   * Sets {@code DestinationLocationArn} to this value; see {@link #destinationLocationArn(String)}.
   */
  public Task destinationLocationArn(Value<String> value) {
    return set("DestinationLocationArn", value);
  }

  /**
   * Sets {@code DestinationLocationArn} to the Ref of {@code AWS::DataSync::LocationEFS}; see
   * {@link #destinationLocationArn(String)}.
   */
  public Task destinationLocationArn(LocationEFS resource) {
    return set("DestinationLocationArn", resource.ref());
  }

  /**
   * Sets {@code DestinationLocationArn} to the Ref of {@code AWS::DataSync::LocationS3}; see {@link
   * #destinationLocationArn(String)}.
   */
  public Task destinationLocationArn(LocationS3 resource) {
    return set("DestinationLocationArn", resource.ref());
  }

  /**
   * Specifies exclude filters that define the files, objects, and folders in your source location
   * that you don't want DataSync to transfer. For more information and examples, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/filtering.html">Specifying what
   * DataSync transfers by using filters</a> .
   *
   * <p>CloudFormation property {@code Excludes}.
   */
  public Task excludes(List<FilterRule> value) {
    return set("Excludes", Value.listOf(value));
  }

  /** Sets {@code Excludes} to this value; see {@link #excludes(List)}. */
  public Task excludes(Value<List<FilterRule>> value) {
    return set("Excludes", value);
  }

  /** Sets {@code Excludes} to a list of these; see {@link #excludes(List)}. */
  public Task excludes(FilterRule... values) {
    return set("Excludes", Value.list(values));
  }

  /**
   * Specifies include filters that define the files, objects, and folders in your source location
   * that you want DataSync to transfer. For more information and examples, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/filtering.html">Specifying what
   * DataSync transfers by using filters</a> .
   *
   * <p>CloudFormation property {@code Includes}.
   */
  public Task includes(List<FilterRule> value) {
    return set("Includes", Value.listOf(value));
  }

  /** Sets {@code Includes} to this value; see {@link #includes(List)}. */
  public Task includes(Value<List<FilterRule>> value) {
    return set("Includes", value);
  }

  /** Sets {@code Includes} to a list of these; see {@link #includes(List)}. */
  public Task includes(FilterRule... values) {
    return set("Includes", Value.list(values));
  }

  /**
   * The configuration of the manifest that lists the files or objects that you want DataSync to
   * transfer. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/transferring-with-manifest.html">Specifying
   * what DataSync transfers by using a manifest</a> .
   *
   * <p>CloudFormation property {@code ManifestConfig}.
   */
  public Task manifestConfig(Value<ManifestConfig> value) {
    return set("ManifestConfig", value);
  }

  /**
   * Specifies the name of your task.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s+=._:&#64;/-]+$}.
   * CloudFormation property {@code Name}.
   */
  public Task name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Task name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies your task's settings, such as preserving file metadata, verifying data integrity,
   * among other options.
   *
   * <p>CloudFormation property {@code Options}.
   */
  public Task options(Value<Options> value) {
    return set("Options", value);
  }

  /**
   * Specifies a schedule for when you want your task to run. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/task-scheduling.html">Scheduling
   * your task</a> .
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public Task schedule(Value<TaskSchedule> value) {
    return set("Schedule", value);
  }

  /**
   * Specifies the ARN of your transfer's source location.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z&#92;-0-9]+:[0-9]{12}:location/loc-[0-9a-z]{17}$}.
   * CloudFormation property {@code SourceLocationArn}.
   */
  public Task sourceLocationArn(String value) {
    return set("SourceLocationArn", Value.of(value));
  }

  /** Sets {@code SourceLocationArn} to this value; see {@link #sourceLocationArn(String)}. */
  public Task sourceLocationArn(Value<String> value) {
    return set("SourceLocationArn", value);
  }

  /**
   * Sets {@code SourceLocationArn} to the Ref of {@code AWS::DataSync::LocationS3}; see {@link
   * #sourceLocationArn(String)}.
   */
  public Task sourceLocationArn(LocationS3 resource) {
    return set("SourceLocationArn", resource.ref());
  }

  /**
   * Sets {@code SourceLocationArn} to the Ref of {@code AWS::DataSync::LocationNFS}; see {@link
   * #sourceLocationArn(String)}.
   */
  public Task sourceLocationArn(LocationNFS resource) {
    return set("SourceLocationArn", resource.ref());
  }

  /**
   * Specifies the tags that you want to apply to your task.
   *
   * <p><em>Tags</em> are key-value pairs that help you manage, filter, and search for your DataSync
   * resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Task tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Task tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Task tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The task mode that you're using. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/choosing-task-mode.html">Choosing a
   * task mode for your data transfer</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code BASIC}, {@code ENHANCED}.
   * CloudFormation property {@code TaskMode}.
   */
  public Task taskMode(String value) {
    return set("TaskMode", Value.of(value));
  }

  /** Sets {@code TaskMode} to this value; see {@link #taskMode(String)}. */
  public Task taskMode(Value<String> value) {
    return set("TaskMode", value);
  }

  /**
   * The configuration of your task report, which provides detailed information about your DataSync
   * transfer. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/task-reports.html">Monitoring your
   * DataSync transfers with task reports</a> .
   *
   * <p>CloudFormation property {@code TaskReportConfig}.
   */
  public Task taskReportConfig(Value<TaskReportConfig> value) {
    return set("TaskReportConfig", value);
  }

  /**
   * The ARNs of the destination elastic network interfaces (ENIs) that were created for your
   * subnet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DestinationNetworkInterfaceArns}.
   */
  public Value<List<String>> destinationNetworkInterfaceArns() {
    return getAtt("DestinationNetworkInterfaceArns");
  }

  /**
   * The ARNs of the source ENIs that were created for your subnet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceNetworkInterfaceArns}.
   */
  public Value<List<String>> sourceNetworkInterfaceArns() {
    return getAtt("SourceNetworkInterfaceArns");
  }

  /**
   * The status of the task that was described.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The ARN of the task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TaskArn}.
   */
  public Value<String> taskArn() {
    return getAtt("TaskArn");
  }

  /**
   * Specifies the level of reporting for the files, objects, and directories that Datasync
   * attempted to delete in your destination location. This only applies if you configure your task
   * to delete data in the destination that isn't in the source.
   *
   * <p>Property type {@code AWS::DataSync::Task.Deleted}.
   */
  public static final class Deleted extends Struct<Deleted> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.Deleted")
        .allowed("ReportLevel", "ERRORS_ONLY", "SUCCESSES_AND_ERRORS")
        .build();

    public Deleted() {
      super(SCHEMA);
    }

    /**
     * Specifies whether you want your task report to include only what went wrong with your
     * transfer or a list of what succeeded and didn't.
     *
     * <p>Allowed values: {@code ERRORS_ONLY}, {@code SUCCESSES_AND_ERRORS}. CloudFormation property
     * {@code ReportLevel}.
     */
    public Deleted reportLevel(String value) {
      return set("ReportLevel", Value.of(value));
    }

    /** Sets {@code ReportLevel} to this value; see {@link #reportLevel(String)}. */
    public Deleted reportLevel(Value<String> value) {
      return set("ReportLevel", value);
    }
  }

  /**
   * Specifies where DataSync uploads your task report.
   *
   * <p>Property type {@code AWS::DataSync::Task.Destination}.
   */
  public static final class Destination extends Struct<Destination> {
    private static final Schema SCHEMA = Schema.of("AWS::DataSync::Task.Destination");

    public Destination() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon S3 bucket where DataSync uploads your task report.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public Destination s3(Value<TaskReportConfigDestinationS3> value) {
      return set("S3", value);
    }
  }

  /**
   * Specifies which files, folders, and objects to include or exclude when transferring files from
   * source to destination.
   *
   * <p>Property type {@code AWS::DataSync::Task.FilterRule}.
   */
  public static final class FilterRule extends Struct<FilterRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.FilterRule")
        .allowed("FilterType", "SIMPLE_PATTERN")
        .constrain("FilterType", Constraint.of().pattern("^[A-Z0-9_]+$").maxLength(128))
        .constrain("Value", Constraint.of().pattern("^[^\\x00]+$").minLength(0).maxLength(409600))
        .build();

    public FilterRule() {
      super(SCHEMA);
    }

    /**
     * The type of filter rule to apply. AWS DataSync only supports the SIMPLE_PATTERN rule type.
     *
     * <p>Allowed values: {@code SIMPLE_PATTERN}. Length: at most 128 characters. Pattern: {@code
     * ^[A-Z0-9_]+$}. CloudFormation property {@code FilterType}.
     */
    public FilterRule filterType(String value) {
      return set("FilterType", Value.of(value));
    }

    /** Sets {@code FilterType} to this value; see {@link #filterType(String)}. */
    public FilterRule filterType(Value<String> value) {
      return set("FilterType", value);
    }

    /**
     * A single filter string that consists of the patterns to include or exclude. The patterns are
     * delimited by "|" (that is, a pipe), for example: <code>/folder1|/folder2</code>
     *
     * <p>Length: 0 to 409600 characters. Pattern: {@code ^[^&#92;x00]+$}. CloudFormation property
     * {@code Value}.
     */
    public FilterRule value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public FilterRule value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Configures a manifest, which is a list of files or objects that you want AWS DataSync to
   * transfer. For more information and configuration examples, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/transferring-with-manifest.html">Specifying
   * what DataSync transfers by using a manifest</a> .
   *
   * <p>Property type {@code AWS::DataSync::Task.ManifestConfig}.
   */
  public static final class ManifestConfig extends Struct<ManifestConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.ManifestConfig")
        .required("Source")
        .allowed("Action", "TRANSFER")
        .allowed("Format", "CSV")
        .build();

    public ManifestConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies what DataSync uses the manifest for.
     *
     * <p>Allowed values: {@code TRANSFER}. CloudFormation property {@code Action}.
     */
    public ManifestConfig action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public ManifestConfig action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Specifies the file format of your manifest. For more information, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/transferring-with-manifest.html#transferring-with-manifest-create">Creating
     * a manifest</a> .
     *
     * <p>Allowed values: {@code CSV}. CloudFormation property {@code Format}.
     */
    public ManifestConfig format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public ManifestConfig format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * Specifies the manifest that you want DataSync to use and where it's hosted.
     *
     * <p>You must specify this parameter if you're configuring a new manifest on or after February
     * 7, 2024. If you don't, you'll get a 400 status code and <code>ValidationException</code>
     * error stating that you're missing the IAM role for DataSync to access the S3 bucket where
     * you're hosting your manifest. For more information, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/transferring-with-manifest.html#transferring-with-manifest-access">Providing
     * DataSync access to your manifest</a> .
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public ManifestConfig source(Value<Source> value) {
      return set("Source", value);
    }
  }

  /**
   * Specifies the S3 bucket where you're hosting the manifest that you want AWS DataSync to use.
   *
   * <p>Property type {@code AWS::DataSync::Task.ManifestConfigSourceS3}.
   */
  public static final class ManifestConfigSourceS3 extends Struct<ManifestConfigSourceS3> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.ManifestConfigSourceS3")
        .constrain("BucketAccessRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("ManifestObjectPath", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}\\p{C}]*$").minLength(0).maxLength(1024))
        .constrain("ManifestObjectVersionId", Constraint.of().pattern("^.+$").minLength(1).maxLength(100))
        .constrain("S3BucketArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):(s3|s3-outposts):[a-z\\-0-9]*:[0-9]*:.*$").minLength(0).maxLength(156))
        .build();

    public ManifestConfigSourceS3() {
      super(SCHEMA);
    }

    /**
     * Specifies the AWS Identity and Access Management (IAM) role that allows DataSync to access
     * your manifest.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code BucketAccessRoleArn}.
     */
    public ManifestConfigSourceS3 bucketAccessRoleArn(String value) {
      return set("BucketAccessRoleArn", Value.of(value));
    }

    /** Sets {@code BucketAccessRoleArn} to this value; see {@link #bucketAccessRoleArn(String)}. */
    public ManifestConfigSourceS3 bucketAccessRoleArn(Value<String> value) {
      return set("BucketAccessRoleArn", value);
    }

    /**
     * Specifies the Amazon S3 object key of your manifest.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}&#92;p{C}]*$}. CloudFormation
     * property {@code ManifestObjectPath}.
     */
    public ManifestConfigSourceS3 manifestObjectPath(String value) {
      return set("ManifestObjectPath", Value.of(value));
    }

    /** Sets {@code ManifestObjectPath} to this value; see {@link #manifestObjectPath(String)}. */
    public ManifestConfigSourceS3 manifestObjectPath(Value<String> value) {
      return set("ManifestObjectPath", value);
    }

    /**
     * Specifies the object version ID of the manifest that you want DataSync to use.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
     * ManifestObjectVersionId}.
     */
    public ManifestConfigSourceS3 manifestObjectVersionId(String value) {
      return set("ManifestObjectVersionId", Value.of(value));
    }

    /**
     * Sets {@code ManifestObjectVersionId} to this value; see {@link
     * #manifestObjectVersionId(String)}.
     */
    public ManifestConfigSourceS3 manifestObjectVersionId(Value<String> value) {
      return set("ManifestObjectVersionId", value);
    }

    /**
     * Specifies the Amazon Resource Name (ARN) of the S3 bucket where you're hosting your manifest.
     *
     * <p>Length: 0 to 156 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):(s3|s3-outposts):[a-z&#92;-0-9]*:[0-9]*:.*$}.
     * CloudFormation property {@code S3BucketArn}.
     */
    public ManifestConfigSourceS3 s3BucketArn(String value) {
      return set("S3BucketArn", Value.of(value));
    }

    /** Sets {@code S3BucketArn} to this value; see {@link #s3BucketArn(String)}. */
    public ManifestConfigSourceS3 s3BucketArn(Value<String> value) {
      return set("S3BucketArn", value);
    }
  }

  /**
   * Represents the options that are available to control the behavior of a <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_StartTaskExecution.html">StartTaskExecution</a>
   * operation. This behavior includes preserving metadata, such as user ID (UID), group ID (GID),
   * and file permissions; overwriting files in the destination; data integrity verification; and so
   * on.
   *
   * <p>A task has a set of default options associated with it. If you don't specify an option in <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_StartTaskExecution.html">StartTaskExecution</a>
   * , the default value is used. You can override the default options on each task execution by
   * specifying an overriding <code>Options</code> value to <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_StartTaskExecution.html">StartTaskExecution</a>
   * .
   *
   * <p>Property type {@code AWS::DataSync::Task.Options}.
   */
  public static final class Options extends Struct<Options> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.Options")
        .allowed("Atime", "NONE", "BEST_EFFORT")
        .constrain("BytesPerSecond", Constraint.of().minimum(-1).format("int64"))
        .allowed("Gid", "NONE", "INT_VALUE", "NAME", "BOTH")
        .allowed("LogLevel", "OFF", "BASIC", "TRANSFER")
        .allowed("Mtime", "NONE", "PRESERVE")
        .allowed("ObjectMetadata", "PRESERVE", "NONE")
        .allowed("ObjectTags", "PRESERVE", "NONE")
        .allowed("OverwriteMode", "ALWAYS", "NEVER")
        .allowed("PosixPermissions", "NONE", "PRESERVE")
        .allowed("PreserveDeletedFiles", "PRESERVE", "REMOVE")
        .allowed("PreserveDevices", "NONE", "PRESERVE")
        .allowed("SecurityDescriptorCopyFlags", "NONE", "OWNER_DACL", "OWNER_DACL_SACL")
        .allowed("TaskQueueing", "ENABLED", "DISABLED")
        .allowed("TransferMode", "CHANGED", "ALL")
        .allowed("Uid", "NONE", "INT_VALUE", "NAME", "BOTH")
        .allowed("VerifyMode", "POINT_IN_TIME_CONSISTENT", "ONLY_FILES_TRANSFERRED", "NONE")
        .build();

    public Options() {
      super(SCHEMA);
    }

    /**
     * A file metadata value that shows the last time that a file was accessed (that is, when the
     * file was read or written to). If you set <code>Atime</code> to <code>BEST_EFFORT</code> , AWS
     * DataSync attempts to preserve the original <code>Atime</code> attribute on all source files
     * (that is, the version before the PREPARING phase). However, <code>Atime</code> 's behavior is
     * not fully standard across platforms, so AWS DataSync can only do this on a best-effort basis.
     *
     * <p>Default value: <code>BEST_EFFORT</code>
     *
     * <p><code>BEST_EFFORT</code> : Attempt to preserve the per-file <code>Atime</code> value
     * (recommended).
     *
     * <p><code>NONE</code> : Ignore <code>Atime</code> .
     *
     * <p>If <code>Atime</code> is set to <code>BEST_EFFORT</code> , <code>Mtime</code> must be set
     * to <code>PRESERVE</code> . If <code>Atime</code> is set to <code>NONE</code> ,
     * <code>Mtime</code> must also be <code>NONE</code> .
     *
     * <p>Allowed values: {@code NONE}, {@code BEST_EFFORT}. CloudFormation property {@code Atime}.
     */
    public Options atime(String value) {
      return set("Atime", Value.of(value));
    }

    /** Sets {@code Atime} to this value; see {@link #atime(String)}. */
    public Options atime(Value<String> value) {
      return set("Atime", value);
    }

    /**
     * A value that limits the bandwidth used by AWS DataSync . For example, if you want AWS
     * DataSync to use a maximum of 1 MB, set this value to <code>1048576</code> (=1024*1024).
     *
     * <p>Range: at least -1. Format: {@code int64}. CloudFormation property {@code BytesPerSecond}.
     */
    public Options bytesPerSecond(int value) {
      return set("BytesPerSecond", Value.of(value));
    }

    /** Sets {@code BytesPerSecond} to this value; see {@link #bytesPerSecond(int)}. */
    public Options bytesPerSecond(Value<Integer> value) {
      return set("BytesPerSecond", value);
    }

    /**
     * The group ID (GID) of the file's owners.
     *
     * <p>Default value: <code>INT_VALUE</code>
     *
     * <p><code>INT_VALUE</code> : Preserve the integer value of the user ID (UID) and group ID
     * (GID) (recommended).
     *
     * <p><code>NAME</code> : Currently not supported.
     *
     * <p><code>NONE</code> : Ignore the UID and GID.
     *
     * <p>Allowed values: {@code NONE}, {@code INT_VALUE}, {@code NAME}, {@code BOTH}.
     * CloudFormation property {@code Gid}.
     */
    public Options gid(String value) {
      return set("Gid", Value.of(value));
    }

    /** Sets {@code Gid} to this value; see {@link #gid(String)}. */
    public Options gid(Value<String> value) {
      return set("Gid", value);
    }

    /**
     * Specifies the type of logs that DataSync publishes to a Amazon CloudWatch Logs log group. To
     * specify the log group, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateTask.html#DataSync-CreateTask-request-CloudWatchLogGroupArn">CloudWatchLogGroupArn</a>
     * .
     *
     * <ul> <li><code>BASIC</code> - Publishes logs with only basic information (such as transfer
     * errors). <li><code>TRANSFER</code> - Publishes logs for all files or objects that your
     * DataSync task transfers and performs data-integrity checks on. <li><code>OFF</code> - No logs
     * are published. </ul>
     *
     * <p>Allowed values: {@code OFF}, {@code BASIC}, {@code TRANSFER}. CloudFormation property
     * {@code LogLevel}.
     */
    public Options logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public Options logLevel(Value<String> value) {
      return set("LogLevel", value);
    }

    /**
     * A value that indicates the last time that a file was modified (that is, a file was written
     * to) before the PREPARING phase. This option is required for cases when you need to run the
     * same task more than one time.
     *
     * <p>Default value: <code>PRESERVE</code>
     *
     * <p><code>PRESERVE</code> : Preserve original <code>Mtime</code> (recommended)
     *
     * <p><code>NONE</code> : Ignore <code>Mtime</code> .
     *
     * <p>If <code>Mtime</code> is set to <code>PRESERVE</code> , <code>Atime</code> must be set to
     * <code>BEST_EFFORT</code> . If <code>Mtime</code> is set to <code>NONE</code> ,
     * <code>Atime</code> must also be set to <code>NONE</code> .
     *
     * <p>Allowed values: {@code NONE}, {@code PRESERVE}. CloudFormation property {@code Mtime}.
     */
    public Options mtime(String value) {
      return set("Mtime", Value.of(value));
    }

    /** Sets {@code Mtime} to this value; see {@link #mtime(String)}. */
    public Options mtime(Value<String> value) {
      return set("Mtime", value);
    }

    /**
     * A value that determines whether source object metadata should be copied to the destination.
     * PRESERVE copies metadata; NONE copies only file-mtime.
     *
     * <p>Allowed values: {@code PRESERVE}, {@code NONE}. CloudFormation property {@code
     * ObjectMetadata}.
     */
    public Options objectMetadata(String value) {
      return set("ObjectMetadata", Value.of(value));
    }

    /** Sets {@code ObjectMetadata} to this value; see {@link #objectMetadata(String)}. */
    public Options objectMetadata(Value<String> value) {
      return set("ObjectMetadata", value);
    }

    /**
     * Specifies whether you want DataSync to <code>PRESERVE</code> object tags (default behavior)
     * when transferring between object storage systems. If you want your DataSync task to ignore
     * object tags, specify the <code>NONE</code> value.
     *
     * <p>Allowed values: {@code PRESERVE}, {@code NONE}. CloudFormation property {@code
     * ObjectTags}.
     */
    public Options objectTags(String value) {
      return set("ObjectTags", Value.of(value));
    }

    /** Sets {@code ObjectTags} to this value; see {@link #objectTags(String)}. */
    public Options objectTags(Value<String> value) {
      return set("ObjectTags", value);
    }

    /**
     * Specifies whether DataSync should modify or preserve data at the destination location.
     *
     * <ul> <li><code>ALWAYS</code> (default) - DataSync modifies data in the destination location
     * when source data (including metadata) has changed. </ul>
     *
     * <p>If DataSync overwrites objects, you might incur additional charges for certain Amazon S3
     * storage classes (for example, for retrieval or early deletion). For more information, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html#using-storage-classes">Storage
     * class considerations with Amazon S3 transfers</a> .
     *
     * <ul> <li><code>NEVER</code> - DataSync doesn't overwrite data in the destination location
     * even if the source data has changed. You can use this option to protect against overwriting
     * changes made to files or objects in the destination. </ul>
     *
     * <p>Allowed values: {@code ALWAYS}, {@code NEVER}. CloudFormation property {@code
     * OverwriteMode}.
     */
    public Options overwriteMode(String value) {
      return set("OverwriteMode", Value.of(value));
    }

    /** Sets {@code OverwriteMode} to this value; see {@link #overwriteMode(String)}. */
    public Options overwriteMode(Value<String> value) {
      return set("OverwriteMode", value);
    }

    /**
     * A value that determines which users or groups can access a file for a specific purpose, such
     * as reading, writing, or execution of the file. This option should be set only for Network
     * File System (NFS), Amazon EFS, and Amazon S3 locations. For more information about what
     * metadata is copied by DataSync, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/special-files.html#metadata-copied">Metadata
     * Copied by DataSync</a> .
     *
     * <p>Default value: <code>PRESERVE</code>
     *
     * <p><code>PRESERVE</code> : Preserve POSIX-style permissions (recommended).
     *
     * <p><code>NONE</code> : Ignore permissions.
     *
     * <p>AWS DataSync can preserve extant permissions of a source location.
     *
     * <p>Allowed values: {@code NONE}, {@code PRESERVE}. CloudFormation property {@code
     * PosixPermissions}.
     */
    public Options posixPermissions(String value) {
      return set("PosixPermissions", Value.of(value));
    }

    /** Sets {@code PosixPermissions} to this value; see {@link #posixPermissions(String)}. */
    public Options posixPermissions(Value<String> value) {
      return set("PosixPermissions", value);
    }

    /**
     * A value that specifies whether files in the destination that don't exist in the source file
     * system are preserved. This option can affect your storage costs. If your task deletes
     * objects, you might incur minimum storage duration charges for certain storage classes. For
     * detailed information, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html#using-storage-classes">Considerations
     * when working with Amazon S3 storage classes in DataSync</a> in the <em>AWS DataSync User
     * Guide</em> .
     *
     * <p>Default value: <code>PRESERVE</code>
     *
     * <p><code>PRESERVE</code> : Ignore destination files that aren't present in the source
     * (recommended).
     *
     * <p><code>REMOVE</code> : Delete destination files that aren't present in the source.
     *
     * <p>Allowed values: {@code PRESERVE}, {@code REMOVE}. CloudFormation property {@code
     * PreserveDeletedFiles}.
     */
    public Options preserveDeletedFiles(String value) {
      return set("PreserveDeletedFiles", Value.of(value));
    }

    /**
     * Sets {@code PreserveDeletedFiles} to this value; see {@link #preserveDeletedFiles(String)}.
     */
    public Options preserveDeletedFiles(Value<String> value) {
      return set("PreserveDeletedFiles", value);
    }

    /**
     * A value that determines whether AWS DataSync should preserve the metadata of block and
     * character devices in the source file system, and re-create the files with that device name
     * and metadata on the destination. DataSync does not copy the contents of such devices, only
     * the name and metadata.
     *
     * <p>AWS DataSync can't sync the actual contents of such devices, because they are nonterminal
     * and don't return an end-of-file (EOF) marker.
     *
     * <p>Default value: <code>NONE</code>
     *
     * <p><code>NONE</code> : Ignore special devices (recommended).
     *
     * <p><code>PRESERVE</code> : Preserve character and block device metadata. This option isn't
     * currently supported for Amazon EFS.
     *
     * <p>Allowed values: {@code NONE}, {@code PRESERVE}. CloudFormation property {@code
     * PreserveDevices}.
     */
    public Options preserveDevices(String value) {
      return set("PreserveDevices", Value.of(value));
    }

    /** Sets {@code PreserveDevices} to this value; see {@link #preserveDevices(String)}. */
    public Options preserveDevices(Value<String> value) {
      return set("PreserveDevices", value);
    }

    /**
     * A value that determines which components of the SMB security descriptor are copied from
     * source to destination objects.
     *
     * <p>This value is only used for transfers between SMB and Amazon FSx for Windows File Server
     * locations, or between two Amazon FSx for Windows File Server locations. For more information
     * about how DataSync handles metadata, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/special-files.html">How DataSync
     * Handles Metadata and Special Files</a> .
     *
     * <p>Default value: <code>OWNER_DACL</code>
     *
     * <p><code>OWNER_DACL</code> : For each copied object, DataSync copies the following metadata:
     *
     * <ul> <li>Object owner. <li>NTFS discretionary access control lists (DACLs), which determine
     * whether to grant access to an object. </ul>
     *
     * <p>When you use option, DataSync does NOT copy the NTFS system access control lists (SACLs),
     * which are used by administrators to log attempts to access a secured object.
     *
     * <p><code>OWNER_DACL_SACL</code> : For each copied object, DataSync copies the following
     * metadata:
     *
     * <ul> <li>Object owner. <li>NTFS discretionary access control lists (DACLs), which determine
     * whether to grant access to an object. <li>NTFS system access control lists (SACLs), which are
     * used by administrators to log attempts to access a secured object. </ul>
     *
     * <p>Copying SACLs requires granting additional permissions to the Windows user that DataSync
     * uses to access your SMB location. For information about choosing a user that ensures
     * sufficient permissions to files, folders, and metadata, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-smb-location.html#SMBuser">user</a>
     * .
     *
     * <p><code>NONE</code> : None of the SMB security descriptor components are copied. Destination
     * objects are owned by the user that was provided for accessing the destination location. DACLs
     * and SACLs are set based on the destination server’s configuration.
     *
     * <p>Allowed values: {@code NONE}, {@code OWNER_DACL}, {@code OWNER_DACL_SACL}. CloudFormation
     * property {@code SecurityDescriptorCopyFlags}.
     */
    public Options securityDescriptorCopyFlags(String value) {
      return set("SecurityDescriptorCopyFlags", Value.of(value));
    }

    /**
     * Sets {@code SecurityDescriptorCopyFlags} to this value; see {@link
     * #securityDescriptorCopyFlags(String)}.
     */
    public Options securityDescriptorCopyFlags(Value<String> value) {
      return set("SecurityDescriptorCopyFlags", value);
    }

    /**
     * Specifies whether your transfer tasks should be put into a queue during certain scenarios
     * when <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/run-task.html#running-multiple-tasks">running
     * multiple tasks</a> . This is <code>ENABLED</code> by default.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * TaskQueueing}.
     */
    public Options taskQueueing(String value) {
      return set("TaskQueueing", Value.of(value));
    }

    /** Sets {@code TaskQueueing} to this value; see {@link #taskQueueing(String)}. */
    public Options taskQueueing(Value<String> value) {
      return set("TaskQueueing", value);
    }

    /**
     * A value that determines whether DataSync transfers only the data and metadata that differ
     * between the source and the destination location, or whether DataSync transfers all the
     * content from the source, without comparing it to the destination location.
     *
     * <p><code>CHANGED</code> : DataSync copies only data or metadata that is new or different from
     * the source location to the destination location.
     *
     * <p><code>ALL</code> : DataSync copies all source location content to the destination, without
     * comparing it to existing content on the destination.
     *
     * <p>Allowed values: {@code CHANGED}, {@code ALL}. CloudFormation property {@code
     * TransferMode}.
     */
    public Options transferMode(String value) {
      return set("TransferMode", Value.of(value));
    }

    /** Sets {@code TransferMode} to this value; see {@link #transferMode(String)}. */
    public Options transferMode(Value<String> value) {
      return set("TransferMode", value);
    }

    /**
     * The user ID (UID) of the file's owner.
     *
     * <p>Default value: <code>INT_VALUE</code>
     *
     * <p><code>INT_VALUE</code> : Preserve the integer value of the UID and group ID (GID)
     * (recommended).
     *
     * <p><code>NAME</code> : Currently not supported
     *
     * <p><code>NONE</code> : Ignore the UID and GID.
     *
     * <p>Allowed values: {@code NONE}, {@code INT_VALUE}, {@code NAME}, {@code BOTH}.
     * CloudFormation property {@code Uid}.
     */
    public Options uid(String value) {
      return set("Uid", Value.of(value));
    }

    /** Sets {@code Uid} to this value; see {@link #uid(String)}. */
    public Options uid(Value<String> value) {
      return set("Uid", value);
    }

    /**
     * A value that determines whether a data integrity verification is performed at the end of a
     * task execution after all data and metadata have been transferred. For more information, see
     * <a href="https://docs.aws.amazon.com/datasync/latest/userguide/create-task.html">Configure
     * task settings</a> .
     *
     * <p>Default value: <code>POINT_IN_TIME_CONSISTENT</code>
     *
     * <p><code>ONLY_FILES_TRANSFERRED</code> (recommended): Perform verification only on files that
     * were transferred.
     *
     * <p><code>POINT_IN_TIME_CONSISTENT</code> : Scan the entire source and entire destination at
     * the end of the transfer to verify that the source and destination are fully synchronized.
     * This option isn't supported when transferring to S3 Glacier or S3 Glacier Deep Archive
     * storage classes.
     *
     * <p><code>NONE</code> : No additional verification is done at the end of the transfer, but all
     * data transmissions are integrity-checked with checksum verification during the transfer.
     *
     * <p>Allowed values: {@code POINT_IN_TIME_CONSISTENT}, {@code ONLY_FILES_TRANSFERRED}, {@code
     * NONE}. CloudFormation property {@code VerifyMode}.
     */
    public Options verifyMode(String value) {
      return set("VerifyMode", Value.of(value));
    }

    /** Sets {@code VerifyMode} to this value; see {@link #verifyMode(String)}. */
    public Options verifyMode(Value<String> value) {
      return set("VerifyMode", value);
    }
  }

  /**
   * Customizes the reporting level for aspects of your task report. For example, your report might
   * generally only include errors, but you could specify that you want a list of successes and
   * errors just for the files that Datasync attempted to delete in your destination location.
   *
   * <p>Property type {@code AWS::DataSync::Task.Overrides}.
   */
  public static final class Overrides extends Struct<Overrides> {
    private static final Schema SCHEMA = Schema.of("AWS::DataSync::Task.Overrides");

    public Overrides() {
      super(SCHEMA);
    }

    /**
     * Specifies the level of reporting for the files, objects, and directories that Datasync
     * attempted to delete in your destination location. This only applies if you configure your
     * task to delete data in the destination that isn't in the source.
     *
     * <p>CloudFormation property {@code Deleted}.
     */
    public Overrides deleted(Value<Deleted> value) {
      return set("Deleted", value);
    }

    /**
     * Specifies the level of reporting for the files, objects, and directories that Datasync
     * attempted to skip during your transfer.
     *
     * <p>CloudFormation property {@code Skipped}.
     */
    public Overrides skipped(Value<Skipped> value) {
      return set("Skipped", value);
    }

    /**
     * Specifies the level of reporting for the files, objects, and directories that Datasync
     * attempted to transfer.
     *
     * <p>CloudFormation property {@code Transferred}.
     */
    public Overrides transferred(Value<Transferred> value) {
      return set("Transferred", value);
    }

    /**
     * Specifies the level of reporting for the files, objects, and directories that Datasync
     * attempted to verify at the end of your transfer. This only applies if you configure your task
     * to verify data during and after the transfer (which Datasync does by default)
     *
     * <p>CloudFormation property {@code Verified}.
     */
    public Overrides verified(Value<Verified> value) {
      return set("Verified", value);
    }
  }

  /** Property type {@code AWS::DataSync::Task.S3}. */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.of("AWS::DataSync::Task.S3");

    public S3() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BucketAccessRoleArn}. */
    public S3 bucketAccessRoleArn(String value) {
      return set("BucketAccessRoleArn", Value.of(value));
    }

    /** Sets {@code BucketAccessRoleArn} to this value; see {@link #bucketAccessRoleArn(String)}. */
    public S3 bucketAccessRoleArn(Value<String> value) {
      return set("BucketAccessRoleArn", value);
    }

    /** CloudFormation property {@code S3BucketArn}. */
    public S3 s3BucketArn(String value) {
      return set("S3BucketArn", Value.of(value));
    }

    /** Sets {@code S3BucketArn} to this value; see {@link #s3BucketArn(String)}. */
    public S3 s3BucketArn(Value<String> value) {
      return set("S3BucketArn", value);
    }

    /** CloudFormation property {@code Subdirectory}. */
    public S3 subdirectory(String value) {
      return set("Subdirectory", Value.of(value));
    }

    /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
    public S3 subdirectory(Value<String> value) {
      return set("Subdirectory", value);
    }
  }

  /**
   * Specifies the level of reporting for the files, objects, and directories that Datasync
   * attempted to skip during your transfer.
   *
   * <p>Property type {@code AWS::DataSync::Task.Skipped}.
   */
  public static final class Skipped extends Struct<Skipped> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.Skipped")
        .allowed("ReportLevel", "ERRORS_ONLY", "SUCCESSES_AND_ERRORS")
        .build();

    public Skipped() {
      super(SCHEMA);
    }

    /**
     * Specifies whether you want your task report to include only what went wrong with your
     * transfer or a list of what succeeded and didn't.
     *
     * <p>Allowed values: {@code ERRORS_ONLY}, {@code SUCCESSES_AND_ERRORS}. CloudFormation property
     * {@code ReportLevel}.
     */
    public Skipped reportLevel(String value) {
      return set("ReportLevel", Value.of(value));
    }

    /** Sets {@code ReportLevel} to this value; see {@link #reportLevel(String)}. */
    public Skipped reportLevel(Value<String> value) {
      return set("ReportLevel", value);
    }
  }

  /**
   * Specifies the manifest that you want DataSync to use and where it's hosted.
   *
   * <p>Property type {@code AWS::DataSync::Task.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.of("AWS::DataSync::Task.Source");

    public Source() {
      super(SCHEMA);
    }

    /**
     * Specifies the S3 bucket where you're hosting the manifest that you want AWS DataSync to use.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public Source s3(Value<ManifestConfigSourceS3> value) {
      return set("S3", value);
    }
  }

  /**
   * Specifies how you want to configure a task report, which provides detailed information about
   * for your AWS DataSync transfer.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/task-reports.html">Task reports</a>
   * .
   *
   * <p>Property type {@code AWS::DataSync::Task.TaskReportConfig}.
   */
  public static final class TaskReportConfig extends Struct<TaskReportConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.TaskReportConfig")
        .required("Destination", "OutputType")
        .allowed("ObjectVersionIds", "INCLUDE", "NONE")
        .allowed("OutputType", "SUMMARY_ONLY", "STANDARD")
        .allowed("ReportLevel", "ERRORS_ONLY", "SUCCESSES_AND_ERRORS")
        .build();

    public TaskReportConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon S3 bucket where DataSync uploads your task report. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/task-reports.html#task-report-access">Task
     * reports</a> .
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public TaskReportConfig destination(Value<Destination> value) {
      return set("Destination", value);
    }

    /**
     * Specifies whether your task report includes the new version of each object transferred into
     * an S3 bucket. This only applies if you <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html">enable
     * versioning on your bucket</a> . Keep in mind that setting this to <code>INCLUDE</code> can
     * increase the duration of your task execution.
     *
     * <p>Allowed values: {@code INCLUDE}, {@code NONE}. CloudFormation property {@code
     * ObjectVersionIds}.
     */
    public TaskReportConfig objectVersionIds(String value) {
      return set("ObjectVersionIds", Value.of(value));
    }

    /** Sets {@code ObjectVersionIds} to this value; see {@link #objectVersionIds(String)}. */
    public TaskReportConfig objectVersionIds(Value<String> value) {
      return set("ObjectVersionIds", value);
    }

    /**
     * Specifies the type of task report that you want:
     *
     * <ul> <li><code>SUMMARY_ONLY</code> : Provides necessary details about your task, including
     * the number of files, objects, and directories transferred and transfer duration.
     * <li><code>STANDARD</code> : Provides complete details about your task, including a full list
     * of files, objects, and directories that were transferred, skipped, verified, and more. </ul>
     *
     * <p>Required. Allowed values: {@code SUMMARY_ONLY}, {@code STANDARD}. CloudFormation property
     * {@code OutputType}.
     */
    public TaskReportConfig outputType(String value) {
      return set("OutputType", Value.of(value));
    }

    /** Sets {@code OutputType} to this value; see {@link #outputType(String)}. */
    public TaskReportConfig outputType(Value<String> value) {
      return set("OutputType", value);
    }

    /**
     * Customizes the reporting level for aspects of your task report. For example, your report
     * might generally only include errors, but you could specify that you want a list of successes
     * and errors just for the files that DataSync attempted to delete in your destination location.
     *
     * <p>CloudFormation property {@code Overrides}.
     */
    public TaskReportConfig overrides(Value<Overrides> value) {
      return set("Overrides", value);
    }

    /**
     * Specifies whether you want your task report to include only what went wrong with your
     * transfer or a list of what succeeded and didn't.
     *
     * <ul> <li><code>ERRORS_ONLY</code> : A report shows what DataSync was unable to transfer,
     * skip, verify, and delete. <li><code>SUCCESSES_AND_ERRORS</code> : A report shows what
     * DataSync was able and unable to transfer, skip, verify, and delete. </ul>
     *
     * <p>Allowed values: {@code ERRORS_ONLY}, {@code SUCCESSES_AND_ERRORS}. CloudFormation property
     * {@code ReportLevel}.
     */
    public TaskReportConfig reportLevel(String value) {
      return set("ReportLevel", Value.of(value));
    }

    /** Sets {@code ReportLevel} to this value; see {@link #reportLevel(String)}. */
    public TaskReportConfig reportLevel(Value<String> value) {
      return set("ReportLevel", value);
    }
  }

  /**
   * Specifies the Amazon S3 bucket where DataSync uploads your task report.
   *
   * <p>Property type {@code AWS::DataSync::Task.TaskReportConfigDestinationS3}.
   */
  public static final class TaskReportConfigDestinationS3 extends Struct<TaskReportConfigDestinationS3> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.TaskReportConfigDestinationS3")
        .constrain("BucketAccessRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("S3BucketArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):(s3|s3-outposts):[a-z\\-0-9]*:[0-9]*:.*$").minLength(0).maxLength(156))
        .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\p{Zs}]*$").minLength(0).maxLength(4096))
        .build();

    public TaskReportConfigDestinationS3() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon Resource Name (ARN) of the IAM policy that allows Datasync to upload a
     * task report to your S3 bucket.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code BucketAccessRoleArn}.
     */
    public TaskReportConfigDestinationS3 bucketAccessRoleArn(String value) {
      return set("BucketAccessRoleArn", Value.of(value));
    }

    /** Sets {@code BucketAccessRoleArn} to this value; see {@link #bucketAccessRoleArn(String)}. */
    public TaskReportConfigDestinationS3 bucketAccessRoleArn(Value<String> value) {
      return set("BucketAccessRoleArn", value);
    }

    /**
     * Specifies the ARN of the S3 bucket where Datasync uploads your report.
     *
     * <p>Length: 0 to 156 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):(s3|s3-outposts):[a-z&#92;-0-9]*:[0-9]*:.*$}.
     * CloudFormation property {@code S3BucketArn}.
     */
    public TaskReportConfigDestinationS3 s3BucketArn(String value) {
      return set("S3BucketArn", Value.of(value));
    }

    /** Sets {@code S3BucketArn} to this value; see {@link #s3BucketArn(String)}. */
    public TaskReportConfigDestinationS3 s3BucketArn(Value<String> value) {
      return set("S3BucketArn", value);
    }

    /**
     * Specifies a bucket prefix for your report.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code
     * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;p{Zs}]*$}. CloudFormation property {@code
     * Subdirectory}.
     */
    public TaskReportConfigDestinationS3 subdirectory(String value) {
      return set("Subdirectory", Value.of(value));
    }

    /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
    public TaskReportConfigDestinationS3 subdirectory(Value<String> value) {
      return set("Subdirectory", value);
    }
  }

  /**
   * Configures your AWS DataSync task to run on a <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/task-scheduling.html">schedule</a>
   * (at a minimum interval of 1 hour).
   *
   * <p>Property type {@code AWS::DataSync::Task.TaskSchedule}.
   */
  public static final class TaskSchedule extends Struct<TaskSchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.TaskSchedule")
        .constrain("ScheduleExpression", Constraint.of().pattern("^[a-zA-Z0-9\\ \\_\\*\\?\\,\\|\\^\\-\\/\\#\\s\\(\\)\\+]*$").minLength(0).maxLength(256))
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public TaskSchedule() {
      super(SCHEMA);
    }

    /**
     * Specifies your task schedule by using a cron or rate expression.
     *
     * <p>Use cron expressions for task schedules that run on a specific time and day. For example,
     * the following cron expression creates a task schedule that runs at 8 AM on the first
     * Wednesday of every month:
     *
     * <p><code>cron(0 8 * * 3#1)</code>
     *
     * <p>Use rate expressions for task schedules that run on a regular interval. For example, the
     * following rate expression creates a task schedule that runs every 12 hours:
     *
     * <p><code>rate(12 hours)</code>
     *
     * <p>For information about cron and rate expression syntax, see the <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html"><em>Amazon
     * EventBridge User Guide</em></a> .
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code ^[a-zA-Z0-9&#92;
     * &#92;_&#92;*&#92;?&#92;,&#92;|&#92;^&#92;-&#92;/&#92;#&#92;s&#92;(&#92;)&#92;+]*$}.
     * CloudFormation property {@code ScheduleExpression}.
     */
    public TaskSchedule scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public TaskSchedule scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * Specifies whether to enable or disable your task schedule. Your schedule is enabled by
     * default, but there can be situations where you need to disable it. For example, you might
     * need to pause a recurring transfer to fix an issue with your task or perform maintenance on
     * your storage system.
     *
     * <p>DataSync might disable your schedule automatically if your task fails repeatedly with the
     * same error. For more information, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_TaskScheduleDetails.html">TaskScheduleDetails</a>
     * .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
     */
    public TaskSchedule status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public TaskSchedule status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies the level of reporting for the files, objects, and directories that Datasync
   * attempted to transfer.
   *
   * <p>Property type {@code AWS::DataSync::Task.Transferred}.
   */
  public static final class Transferred extends Struct<Transferred> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.Transferred")
        .allowed("ReportLevel", "ERRORS_ONLY", "SUCCESSES_AND_ERRORS")
        .build();

    public Transferred() {
      super(SCHEMA);
    }

    /**
     * Specifies whether you want your task report to include only what went wrong with your
     * transfer or a list of what succeeded and didn't.
     *
     * <p>Allowed values: {@code ERRORS_ONLY}, {@code SUCCESSES_AND_ERRORS}. CloudFormation property
     * {@code ReportLevel}.
     */
    public Transferred reportLevel(String value) {
      return set("ReportLevel", Value.of(value));
    }

    /** Sets {@code ReportLevel} to this value; see {@link #reportLevel(String)}. */
    public Transferred reportLevel(Value<String> value) {
      return set("ReportLevel", value);
    }
  }

  /**
   * Specifies the level of reporting for the files, objects, and directories that Datasync
   * attempted to verify at the end of your transfer. This only applies if you configure your task
   * to verify data during and after the transfer (which Datasync does by default)
   *
   * <p>Property type {@code AWS::DataSync::Task.Verified}.
   */
  public static final class Verified extends Struct<Verified> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Task.Verified")
        .allowed("ReportLevel", "ERRORS_ONLY", "SUCCESSES_AND_ERRORS")
        .build();

    public Verified() {
      super(SCHEMA);
    }

    /**
     * Specifies whether you want your task report to include only what went wrong with your
     * transfer or a list of what succeeded and didn't.
     *
     * <p>Allowed values: {@code ERRORS_ONLY}, {@code SUCCESSES_AND_ERRORS}. CloudFormation property
     * {@code ReportLevel}.
     */
    public Verified reportLevel(String value) {
      return set("ReportLevel", Value.of(value));
    }

    /** Sets {@code ReportLevel} to this value; see {@link #reportLevel(String)}. */
    public Verified reportLevel(Value<String> value) {
      return set("ReportLevel", value);
    }
  }
}
