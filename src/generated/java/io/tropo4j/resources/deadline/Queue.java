// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a queue to coordinate the order in which jobs run on a farm. A queue can also specify
 * where to pull resources and indicate where to output completed jobs.
 *
 * <p>CloudFormation type {@code AWS::Deadline::Queue}.
 */
public final class Queue extends Resource<Queue> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Queue")
      .required("DisplayName", "FarmId")
      .constrain("AllowedStorageProfileIds", Constraint.of().pattern("^sp-[0-9a-f]{32}$"))
      .allowed("DefaultBudgetAction", "NONE", "STOP_SCHEDULING_AND_COMPLETE_TASKS",
          "STOP_SCHEDULING_AND_CANCEL_TASKS")
      .constrain("Description", Constraint.of().minLength(0).maxLength(100))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .constrain("RequiredFileSystemLocationNames", Constraint.of().pattern("^[0-9A-Za-z ]*$").minLength(1).maxLength(64))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):iam::\\d{12}:role(/[!-.0-~]+)*/[\\w+=,.@-]+$").format("AWS::IAM::Role.Arn"))
      .refYields("Arn")
      .attributes("Arn", "QueueId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Queue(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifiers of the storage profiles that this queue can use to share assets between workers
   * using different operating systems.
   *
   * <p>Pattern: {@code ^sp-[0-9a-f]{32}$}. CloudFormation property {@code
   * AllowedStorageProfileIds}.
   */
  public Queue allowedStorageProfileIds(List<String> value) {
    return set("AllowedStorageProfileIds", Value.listOf(value));
  }

  /**
   * Sets {@code AllowedStorageProfileIds} to this value; see {@link
   * #allowedStorageProfileIds(List)}.
   */
  public Queue allowedStorageProfileIds(Value<List<String>> value) {
    return set("AllowedStorageProfileIds", value);
  }

  /**
   * The default action taken on a queue summary if a budget wasn't configured.
   *
   * <p>Allowed values: {@code NONE}, {@code STOP_SCHEDULING_AND_COMPLETE_TASKS}, {@code
   * STOP_SCHEDULING_AND_CANCEL_TASKS}. Default: {@code "NONE"}. CloudFormation property {@code
   * DefaultBudgetAction}.
   */
  public Queue defaultBudgetAction(String value) {
    return set("DefaultBudgetAction", Value.of(value));
  }

  /** Sets {@code DefaultBudgetAction} to this value; see {@link #defaultBudgetAction(String)}. */
  public Queue defaultBudgetAction(Value<String> value) {
    return set("DefaultBudgetAction", value);
  }

  /**
   * A description of the queue that helps identify what the queue is used for.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Length: 0 to 100 characters. Default: {@code ""}. CloudFormation property {@code
   * Description}.
   */
  public Queue description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Queue description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the queue summary to update.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Queue displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Queue displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The farm ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public Queue farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public Queue farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * The job attachment settings. These are the Amazon S3 bucket name and the Amazon S3 prefix.
   *
   * <p>CloudFormation property {@code JobAttachmentSettings}.
   */
  public Queue jobAttachmentSettings(Value<JobAttachmentSettings> value) {
    return set("JobAttachmentSettings", value);
  }

  /**
   * Identifies the user for a job.
   *
   * <p>CloudFormation property {@code JobRunAsUser}.
   */
  public Queue jobRunAsUser(Value<JobRunAsUser> value) {
    return set("JobRunAsUser", value);
  }

  /**
   * The file system location that the queue uses.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[0-9A-Za-z ]*$}. CloudFormation property {@code
   * RequiredFileSystemLocationNames}.
   */
  public Queue requiredFileSystemLocationNames(List<String> value) {
    return set("RequiredFileSystemLocationNames", Value.listOf(value));
  }

  /**
   * Sets {@code RequiredFileSystemLocationNames} to this value; see {@link
   * #requiredFileSystemLocationNames(List)}.
   */
  public Queue requiredFileSystemLocationNames(Value<List<String>> value) {
    return set("RequiredFileSystemLocationNames", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that workers use when running jobs in this
   * queue.
   *
   * <p>Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):iam::&#92;d{12}:role(/[!-.0-~]+)*&#47;[&#92;w+=,.&#64;-]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Queue roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Queue roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** CloudFormation property {@code SchedulingConfiguration}. */
  public Queue schedulingConfiguration(Value<SchedulingConfiguration> value) {
    return set("SchedulingConfiguration", value);
  }

  /**
   * The tags to add to your queue. Each tag consists of a tag key and a tag value. Tag keys and
   * values are both required, but tag values can be empty strings.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Queue tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Queue tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Queue tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the queue.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The queue ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueueId}.
   */
  public Value<String> queueId() {
    return getAtt("QueueId");
  }

  /**
   * The job attachment settings. These are the Amazon S3 bucket name and the Amazon S3 prefix.
   *
   * <p>Property type {@code AWS::Deadline::Queue.JobAttachmentSettings}.
   */
  public static final class JobAttachmentSettings extends Struct<JobAttachmentSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Queue.JobAttachmentSettings")
        .required("RootPrefix", "S3BucketName")
        .constrain("RootPrefix", Constraint.of().pattern("^[a-zA-Z0-9-_/]+$").minLength(1).maxLength(63))
        .constrain("S3BucketName", Constraint.of().pattern("(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .build();

    public JobAttachmentSettings() {
      super(SCHEMA);
    }

    /**
     * The root prefix.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9-_/]+$}. CloudFormation
     * property {@code RootPrefix}.
     */
    public JobAttachmentSettings rootPrefix(String value) {
      return set("RootPrefix", Value.of(value));
    }

    /** Sets {@code RootPrefix} to this value; see {@link #rootPrefix(String)}. */
    public JobAttachmentSettings rootPrefix(Value<String> value) {
      return set("RootPrefix", value);
    }

    /**
     * The Amazon S3 bucket name.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * (?!^(&#92;d+&#92;.)+&#92;d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9&#92;-]*[a-z0-9])&#92;.)*([a-z0-9]|[a-z0-9][a-z0-9&#92;-]*[a-z0-9])$)}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3BucketName}.
     */
    public JobAttachmentSettings s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public JobAttachmentSettings s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }
  }

  /**
   * Identifies the user for a job.
   *
   * <p>Property type {@code AWS::Deadline::Queue.JobRunAsUser}.
   */
  public static final class JobRunAsUser extends Struct<JobRunAsUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Queue.JobRunAsUser")
        .required("RunAs")
        .allowed("RunAs", "QUEUE_CONFIGURED_USER", "WORKER_AGENT_USER")
        .build();

    public JobRunAsUser() {
      super(SCHEMA);
    }

    /**
     * The user and group that the jobs in the queue run as.
     *
     * <p>CloudFormation property {@code Posix}.
     */
    public JobRunAsUser posix(Value<PosixUser> value) {
      return set("Posix", value);
    }

    /**
     * Specifies whether the job should run using the queue's system user or if the job should run
     * using the worker agent system user.
     *
     * <p>Required. Allowed values: {@code QUEUE_CONFIGURED_USER}, {@code WORKER_AGENT_USER}.
     * CloudFormation property {@code RunAs}.
     */
    public JobRunAsUser runAs(String value) {
      return set("RunAs", Value.of(value));
    }

    /** Sets {@code RunAs} to this value; see {@link #runAs(String)}. */
    public JobRunAsUser runAs(Value<String> value) {
      return set("RunAs", value);
    }

    /**
     * Identifies a Microsoft Windows user.
     *
     * <p>CloudFormation property {@code Windows}.
     */
    public JobRunAsUser windows(Value<WindowsUser> value) {
      return set("Windows", value);
    }
  }

  /**
   * The POSIX user.
   *
   * <p>Property type {@code AWS::Deadline::Queue.PosixUser}.
   */
  public static final class PosixUser extends Struct<PosixUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Queue.PosixUser")
        .required("Group", "User")
        .constrain("Group", Constraint.of().pattern("^(?:[a-z][a-z0-9-]{0,30})?$").minLength(0).maxLength(31))
        .constrain("User", Constraint.of().pattern("^(?:[a-z][a-z0-9-]{0,30})?$").minLength(0).maxLength(31))
        .build();

    public PosixUser() {
      super(SCHEMA);
    }

    /**
     * The name of the POSIX user's group.
     *
     * <p>Required. Length: 0 to 31 characters. Pattern: {@code ^(?:[a-z][a-z0-9-]{0,30})?$}.
     * CloudFormation property {@code Group}.
     */
    public PosixUser group(String value) {
      return set("Group", Value.of(value));
    }

    /** Sets {@code Group} to this value; see {@link #group(String)}. */
    public PosixUser group(Value<String> value) {
      return set("Group", value);
    }

    /**
     * The name of the POSIX user.
     *
     * <p>Required. Length: 0 to 31 characters. Pattern: {@code ^(?:[a-z][a-z0-9-]{0,30})?$}.
     * CloudFormation property {@code User}.
     */
    public PosixUser user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public PosixUser user(Value<String> value) {
      return set("User", value);
    }
  }

  /** Property type {@code AWS::Deadline::Queue.PriorityBalancedSchedulingConfiguration}. */
  public static final class PriorityBalancedSchedulingConfiguration extends Struct<PriorityBalancedSchedulingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Queue.PriorityBalancedSchedulingConfiguration");

    public PriorityBalancedSchedulingConfiguration() {
      super(SCHEMA);
    }

    /** Default: {@code 1}. CloudFormation property {@code RenderingTaskBuffer}. */
    public PriorityBalancedSchedulingConfiguration renderingTaskBuffer(int value) {
      return set("RenderingTaskBuffer", Value.of(value));
    }

    /** Sets {@code RenderingTaskBuffer} to this value; see {@link #renderingTaskBuffer(int)}. */
    public PriorityBalancedSchedulingConfiguration renderingTaskBuffer(Value<Integer> value) {
      return set("RenderingTaskBuffer", value);
    }
  }

  /** Property type {@code AWS::Deadline::Queue.SchedulingConfiguration}. */
  public static final class SchedulingConfiguration extends Struct<SchedulingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Queue.SchedulingConfiguration");

    public SchedulingConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PriorityBalanced}. */
    public SchedulingConfiguration priorityBalanced(Value<PriorityBalancedSchedulingConfiguration> value) {
      return set("PriorityBalanced", value);
    }

    /** CloudFormation property {@code PriorityFifo}. */
    public SchedulingConfiguration priorityFifo(Value<Json> value) {
      return set("PriorityFifo", value);
    }

    /** CloudFormation property {@code WeightedBalanced}. */
    public SchedulingConfiguration weightedBalanced(Value<WeightedBalancedSchedulingConfiguration> value) {
      return set("WeightedBalanced", value);
    }
  }

  /** Property type {@code AWS::Deadline::Queue.SchedulingMaxPriorityOverride}. */
  public static final class SchedulingMaxPriorityOverride extends Struct<SchedulingMaxPriorityOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Queue.SchedulingMaxPriorityOverride")
        .required("AlwaysScheduleFirst")
        .build();

    public SchedulingMaxPriorityOverride() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AlwaysScheduleFirst}. */
    public SchedulingMaxPriorityOverride alwaysScheduleFirst(Value<Json> value) {
      return set("AlwaysScheduleFirst", value);
    }
  }

  /** Property type {@code AWS::Deadline::Queue.SchedulingMinPriorityOverride}. */
  public static final class SchedulingMinPriorityOverride extends Struct<SchedulingMinPriorityOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Queue.SchedulingMinPriorityOverride")
        .required("AlwaysScheduleLast")
        .build();

    public SchedulingMinPriorityOverride() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AlwaysScheduleLast}. */
    public SchedulingMinPriorityOverride alwaysScheduleLast(Value<Json> value) {
      return set("AlwaysScheduleLast", value);
    }
  }

  /** Property type {@code AWS::Deadline::Queue.WeightedBalancedSchedulingConfiguration}. */
  public static final class WeightedBalancedSchedulingConfiguration extends Struct<WeightedBalancedSchedulingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Deadline::Queue.WeightedBalancedSchedulingConfiguration");

    public WeightedBalancedSchedulingConfiguration() {
      super(SCHEMA);
    }

    /** Default: {@code -10}. CloudFormation property {@code ErrorWeight}. */
    public WeightedBalancedSchedulingConfiguration errorWeight(double value) {
      return set("ErrorWeight", Value.of(value));
    }

    /** Sets {@code ErrorWeight} to this value; see {@link #errorWeight(double)}. */
    public WeightedBalancedSchedulingConfiguration errorWeight(Value<Double> value) {
      return set("ErrorWeight", value);
    }

    /** CloudFormation property {@code MaxPriorityOverride}. */
    public WeightedBalancedSchedulingConfiguration maxPriorityOverride(Value<SchedulingMaxPriorityOverride> value) {
      return set("MaxPriorityOverride", value);
    }

    /** CloudFormation property {@code MinPriorityOverride}. */
    public WeightedBalancedSchedulingConfiguration minPriorityOverride(Value<SchedulingMinPriorityOverride> value) {
      return set("MinPriorityOverride", value);
    }

    /** Default: {@code 100}. CloudFormation property {@code PriorityWeight}. */
    public WeightedBalancedSchedulingConfiguration priorityWeight(double value) {
      return set("PriorityWeight", Value.of(value));
    }

    /** Sets {@code PriorityWeight} to this value; see {@link #priorityWeight(double)}. */
    public WeightedBalancedSchedulingConfiguration priorityWeight(Value<Double> value) {
      return set("PriorityWeight", value);
    }

    /** Default: {@code 1}. CloudFormation property {@code RenderingTaskBuffer}. */
    public WeightedBalancedSchedulingConfiguration renderingTaskBuffer(int value) {
      return set("RenderingTaskBuffer", Value.of(value));
    }

    /** Sets {@code RenderingTaskBuffer} to this value; see {@link #renderingTaskBuffer(int)}. */
    public WeightedBalancedSchedulingConfiguration renderingTaskBuffer(Value<Integer> value) {
      return set("RenderingTaskBuffer", value);
    }

    /** Default: {@code -100}. CloudFormation property {@code RenderingTaskWeight}. */
    public WeightedBalancedSchedulingConfiguration renderingTaskWeight(double value) {
      return set("RenderingTaskWeight", Value.of(value));
    }

    /** Sets {@code RenderingTaskWeight} to this value; see {@link #renderingTaskWeight(double)}. */
    public WeightedBalancedSchedulingConfiguration renderingTaskWeight(Value<Double> value) {
      return set("RenderingTaskWeight", value);
    }

    /** Default: {@code 3}. CloudFormation property {@code SubmissionTimeWeight}. */
    public WeightedBalancedSchedulingConfiguration submissionTimeWeight(double value) {
      return set("SubmissionTimeWeight", Value.of(value));
    }

    /**
     * Sets {@code SubmissionTimeWeight} to this value; see {@link #submissionTimeWeight(double)}.
     */
    public WeightedBalancedSchedulingConfiguration submissionTimeWeight(Value<Double> value) {
      return set("SubmissionTimeWeight", value);
    }
  }

  /**
   * The Windows user details.
   *
   * <p>Property type {@code AWS::Deadline::Queue.WindowsUser}.
   */
  public static final class WindowsUser extends Struct<WindowsUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Queue.WindowsUser")
        .required("PasswordArn", "User")
        .constrain("PasswordArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:secret:[a-zA-Z0-9-/_+=.@]{1,2028}$").minLength(20).maxLength(2048))
        .constrain("User", Constraint.of().pattern("^[^\"'/\\[\\]:;|=,+*?<>\\s]*$").minLength(0).maxLength(111))
        .build();

    public WindowsUser() {
      super(SCHEMA);
    }

    /**
     * The password ARN for the Windows user.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:secret:[a-zA-Z0-9-/_+=.&#64;]{1,2028}$}.
     * CloudFormation property {@code PasswordArn}.
     */
    public WindowsUser passwordArn(String value) {
      return set("PasswordArn", Value.of(value));
    }

    /** Sets {@code PasswordArn} to this value; see {@link #passwordArn(String)}. */
    public WindowsUser passwordArn(Value<String> value) {
      return set("PasswordArn", value);
    }

    /**
     * The user.
     *
     * <p>Required. Length: 0 to 111 characters. Pattern: {@code
     * ^[^"'/&#92;[&#92;]:;|=,+*?&lt;&gt;&#92;s]*$}. CloudFormation property {@code User}.
     */
    public WindowsUser user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public WindowsUser user(Value<String> value) {
      return set("User", value);
    }
  }
}
