// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

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
 * Use the AWS::IoT::Job resource to declare an AWS IoT job. A job can be used to define a set of
 * remote operations that are sent to and run on one or more devices (things or thing groups)
 * connected to AWS IoT.
 *
 * <p>CloudFormation type {@code AWS::IoT::Job}.
 */
public final class Job extends Resource<Job> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job")
      .required("JobId", "Targets")
      .constrain("Description", Constraint.of().pattern("^[^\\p{C}]+$").minLength(1).maxLength(2028))
      .constrain("DestinationPackageVersions", Constraint.of().pattern("^arn:[!-~]+$").minLength(1).maxLength(1600))
      .constrain("Document", Constraint.of().minLength(0).maxLength(32768))
      .constrain("DocumentSource", Constraint.of().minLength(1).maxLength(1350))
      .constrain("JobId", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("JobTemplateArn", Constraint.of().pattern("^arn:[!-~]+$").minLength(1).maxLength(1600))
      .allowed("TargetSelection", "CONTINUOUS", "SNAPSHOT")
      .constrain("Targets", Constraint.of().minLength(0).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Job(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The criteria that determine when and how a job abort takes place.
   *
   * <p>CloudFormation property {@code AbortConfig}.
   */
  public Job abortConfig(Value<AbortConfig> value) {
    return set("AbortConfig", value);
  }

  /**
   * A short text description of the job.
   *
   * <p>Length: 1 to 2028 characters. Pattern: {@code ^[^&#92;p{C}]+$}. CloudFormation property
   * {@code Description}.
   */
  public Job description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Job description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The package version Amazon Resource Names (ARNs) that are installed on the device when the job
   * successfully completes.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:[!-~]+$}. CloudFormation property {@code DestinationPackageVersions}.
   */
  public Job destinationPackageVersions(List<String> value) {
    return set("DestinationPackageVersions", Value.listOf(value));
  }

  /**
   * Sets {@code DestinationPackageVersions} to this value; see {@link
   * #destinationPackageVersions(List)}.
   */
  public Job destinationPackageVersions(Value<List<String>> value) {
    return set("DestinationPackageVersions", value);
  }

  /**
   * The job document. Required if you don't specify a value for documentSource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 32768 characters. CloudFormation property
   * {@code Document}.
   */
  public Job document(String value) {
    return set("Document", Value.of(value));
  }

  /** Sets {@code Document} to this value; see {@link #document(String)}. */
  public Job document(Value<String> value) {
    return set("Document", value);
  }

  /**
   * Parameters of an Amazon Web Services managed template that you can specify to create the job
   * document.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DocumentParameters}.
   */
  public Job documentParameters(Map<String, String> value) {
    return set("DocumentParameters", Value.mapOf(value));
  }

  /** Sets {@code DocumentParameters} to this value; see {@link #documentParameters(Map)}. */
  public Job documentParameters(Value<Map<String, String>> value) {
    return set("DocumentParameters", value);
  }

  /**
   * An S3 link, or S3 object URL, to the job document. The link is an Amazon S3 object URL and is
   * required if you don't specify a value for document.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1350 characters. CloudFormation property
   * {@code DocumentSource}.
   */
  public Job documentSource(String value) {
    return set("DocumentSource", Value.of(value));
  }

  /** Sets {@code DocumentSource} to this value; see {@link #documentSource(String)}. */
  public Job documentSource(Value<String> value) {
    return set("DocumentSource", value);
  }

  /**
   * The configuration that determines how many retries are allowed for each failure type for a job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code JobExecutionsRetryConfig}.
   */
  public Job jobExecutionsRetryConfig(Value<JobExecutionsRetryConfig> value) {
    return set("JobExecutionsRetryConfig", value);
  }

  /**
   * Allows you to create a staged rollout of a job.
   *
   * <p>CloudFormation property {@code JobExecutionsRolloutConfig}.
   */
  public Job jobExecutionsRolloutConfig(Value<JobExecutionsRolloutConfig> value) {
    return set("JobExecutionsRolloutConfig", value);
  }

  /**
   * A job identifier which must be unique for your AWS account. We recommend using a UUID.
   * Alpha-numeric characters, '-' and '_' are valid for use here.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code JobId}.
   */
  public Job jobId(String value) {
    return set("JobId", Value.of(value));
  }

  /** Sets {@code JobId} to this value; see {@link #jobId(String)}. */
  public Job jobId(Value<String> value) {
    return set("JobId", value);
  }

  /**
   * The ARN of the job template used to create the job.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:[!-~]+$}. CloudFormation property {@code JobTemplateArn}.
   */
  public Job jobTemplateArn(String value) {
    return set("JobTemplateArn", Value.of(value));
  }

  /** Sets {@code JobTemplateArn} to this value; see {@link #jobTemplateArn(String)}. */
  public Job jobTemplateArn(Value<String> value) {
    return set("JobTemplateArn", value);
  }

  /**
   * Configuration for pre-signed S3 URLs.
   *
   * <p>CloudFormation property {@code PresignedUrlConfig}.
   */
  public Job presignedUrlConfig(Value<PresignedUrlConfig> value) {
    return set("PresignedUrlConfig", value);
  }

  /**
   * Specifies the date and time that a job will begin the rollout of the job document to all
   * devices in the target group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SchedulingConfig}.
   */
  public Job schedulingConfig(Value<SchedulingConfig> value) {
    return set("SchedulingConfig", value);
  }

  /**
   * Metadata which can be used to manage the job.
   *
   * <p>CloudFormation property {@code Tags}.
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
   * Specifies whether the job will continue to run (CONTINUOUS), or will be complete after all
   * those things specified as targets have completed the job (SNAPSHOT).
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CONTINUOUS}, {@code SNAPSHOT}.
   * CloudFormation property {@code TargetSelection}.
   */
  public Job targetSelection(String value) {
    return set("TargetSelection", Value.of(value));
  }

  /** Sets {@code TargetSelection} to this value; see {@link #targetSelection(String)}. */
  public Job targetSelection(Value<String> value) {
    return set("TargetSelection", value);
  }

  /**
   * A list of things and thing groups to which the job should be sent.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2048 characters. CloudFormation
   * property {@code Targets}.
   */
  public Job targets(List<String> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public Job targets(Value<List<String>> value) {
    return set("Targets", value);
  }

  /**
   * Specifies the amount of time each device has to finish its execution of the job.
   *
   * <p>CloudFormation property {@code TimeoutConfig}.
   */
  public Job timeoutConfig(Value<TimeoutConfig> value) {
    return set("TimeoutConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the job.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time when the job was created, in ISO 8601 date-time format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The criteria that determine when and how a job abort takes place.
   *
   * <p>Property type {@code AWS::IoT::Job.AbortConfig}.
   */
  public static final class AbortConfig extends Struct<AbortConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.AbortConfig")
        .required("CriteriaList")
        .build();

    public AbortConfig() {
      super(SCHEMA);
    }

    /**
     * The list of criteria that determine when and how to abort the job.
     *
     * <p>Required. CloudFormation property {@code CriteriaList}.
     */
    public AbortConfig criteriaList(List<AbortCriteria> value) {
      return set("CriteriaList", Value.listOf(value));
    }

    /** Sets {@code CriteriaList} to this value; see {@link #criteriaList(List)}. */
    public AbortConfig criteriaList(Value<List<AbortCriteria>> value) {
      return set("CriteriaList", value);
    }

    /** Sets {@code CriteriaList} to a list of these; see {@link #criteriaList(List)}. */
    public AbortConfig criteriaList(AbortCriteria... values) {
      return set("CriteriaList", Value.list(values));
    }
  }

  /**
   * The criteria that determine when and how a job abort takes place.
   *
   * <p>Property type {@code AWS::IoT::Job.AbortCriteria}.
   */
  public static final class AbortCriteria extends Struct<AbortCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.AbortCriteria")
        .required("Action", "FailureType", "MinNumberOfExecutedThings", "ThresholdPercentage")
        .allowed("Action", "CANCEL")
        .allowed("FailureType", "FAILED", "REJECTED", "TIMED_OUT", "ALL")
        .constrain("MinNumberOfExecutedThings", Constraint.of().minimum(1))
        .constrain("ThresholdPercentage", Constraint.of().maximum(100))
        .build();

    public AbortCriteria() {
      super(SCHEMA);
    }

    /**
     * The type of job action to take to initiate the job abort.
     *
     * <p>Required. Allowed values: {@code CANCEL}. CloudFormation property {@code Action}.
     */
    public AbortCriteria action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public AbortCriteria action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The type of job execution failures that can initiate a job abort.
     *
     * <p>Required. Allowed values: {@code FAILED}, {@code REJECTED}, {@code TIMED_OUT}, {@code
     * ALL}. CloudFormation property {@code FailureType}.
     */
    public AbortCriteria failureType(String value) {
      return set("FailureType", Value.of(value));
    }

    /** Sets {@code FailureType} to this value; see {@link #failureType(String)}. */
    public AbortCriteria failureType(Value<String> value) {
      return set("FailureType", value);
    }

    /**
     * The minimum number of things which must receive job execution notifications before the job
     * can be aborted.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MinNumberOfExecutedThings}.
     */
    public AbortCriteria minNumberOfExecutedThings(int value) {
      return set("MinNumberOfExecutedThings", Value.of(value));
    }

    /**
     * Sets {@code MinNumberOfExecutedThings} to this value; see {@link
     * #minNumberOfExecutedThings(int)}.
     */
    public AbortCriteria minNumberOfExecutedThings(Value<Integer> value) {
      return set("MinNumberOfExecutedThings", value);
    }

    /**
     * The minimum percentage of job execution failures that must occur to initiate the job abort.
     *
     * <p>Required. Range: at most 100. CloudFormation property {@code ThresholdPercentage}.
     */
    public AbortCriteria thresholdPercentage(double value) {
      return set("ThresholdPercentage", Value.of(value));
    }

    /** Sets {@code ThresholdPercentage} to this value; see {@link #thresholdPercentage(double)}. */
    public AbortCriteria thresholdPercentage(Value<Double> value) {
      return set("ThresholdPercentage", value);
    }
  }

  /**
   * Allows you to create an exponential rate of rollout for a job.
   *
   * <p>Property type {@code AWS::IoT::Job.ExponentialRolloutRate}.
   */
  public static final class ExponentialRolloutRate extends Struct<ExponentialRolloutRate> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.ExponentialRolloutRate")
        .required("BaseRatePerMinute", "IncrementFactor", "RateIncreaseCriteria")
        .constrain("BaseRatePerMinute", Constraint.of().minimum(1).maximum(1000))
        .constrain("IncrementFactor", Constraint.of().minimum(1.1).maximum(5))
        .build();

    public ExponentialRolloutRate() {
      super(SCHEMA);
    }

    /**
     * The minimum number of things that will be notified of a pending job, per minute at the start
     * of job rollout.
     *
     * <p>Required. Range: 1 to 1000. CloudFormation property {@code BaseRatePerMinute}.
     */
    public ExponentialRolloutRate baseRatePerMinute(int value) {
      return set("BaseRatePerMinute", Value.of(value));
    }

    /** Sets {@code BaseRatePerMinute} to this value; see {@link #baseRatePerMinute(int)}. */
    public ExponentialRolloutRate baseRatePerMinute(Value<Integer> value) {
      return set("BaseRatePerMinute", value);
    }

    /**
     * The exponential factor to increase the rate of rollout for a job.
     *
     * <p>Required. Range: 1.1 to 5. CloudFormation property {@code IncrementFactor}.
     */
    public ExponentialRolloutRate incrementFactor(double value) {
      return set("IncrementFactor", Value.of(value));
    }

    /** Sets {@code IncrementFactor} to this value; see {@link #incrementFactor(double)}. */
    public ExponentialRolloutRate incrementFactor(Value<Double> value) {
      return set("IncrementFactor", value);
    }

    /**
     * Allows you to define a criteria to initiate the increase in rate of rollout for a job.
     *
     * <p>Required. CloudFormation property {@code RateIncreaseCriteria}.
     */
    public ExponentialRolloutRate rateIncreaseCriteria(Value<RateIncreaseCriteria> value) {
      return set("RateIncreaseCriteria", value);
    }
  }

  /**
   * The configuration that determines how many retries are allowed for each failure type for a job.
   *
   * <p>Property type {@code AWS::IoT::Job.JobExecutionsRetryConfig}.
   */
  public static final class JobExecutionsRetryConfig extends Struct<JobExecutionsRetryConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.JobExecutionsRetryConfig")
        .required("CriteriaList")
        .build();

    public JobExecutionsRetryConfig() {
      super(SCHEMA);
    }

    /**
     * The list of criteria that determines how many retries are allowed for each failure type for a
     * job.
     *
     * <p>Required. CloudFormation property {@code CriteriaList}.
     */
    public JobExecutionsRetryConfig criteriaList(List<RetryCriteria> value) {
      return set("CriteriaList", Value.listOf(value));
    }

    /** Sets {@code CriteriaList} to this value; see {@link #criteriaList(List)}. */
    public JobExecutionsRetryConfig criteriaList(Value<List<RetryCriteria>> value) {
      return set("CriteriaList", value);
    }

    /** Sets {@code CriteriaList} to a list of these; see {@link #criteriaList(List)}. */
    public JobExecutionsRetryConfig criteriaList(RetryCriteria... values) {
      return set("CriteriaList", Value.list(values));
    }
  }

  /**
   * Allows you to create a staged rollout of a job.
   *
   * <p>Property type {@code AWS::IoT::Job.JobExecutionsRolloutConfig}.
   */
  public static final class JobExecutionsRolloutConfig extends Struct<JobExecutionsRolloutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.JobExecutionsRolloutConfig")
        .constrain("MaximumPerMinute", Constraint.of().minimum(1))
        .build();

    public JobExecutionsRolloutConfig() {
      super(SCHEMA);
    }

    /**
     * Allows you to create an exponential rate of rollout for a job.
     *
     * <p>CloudFormation property {@code ExponentialRate}.
     */
    public JobExecutionsRolloutConfig exponentialRate(Value<ExponentialRolloutRate> value) {
      return set("ExponentialRate", value);
    }

    /**
     * The maximum number of things that will be notified of a pending job, per minute. This
     * parameter allows you to create a staged rollout.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaximumPerMinute}.
     */
    public JobExecutionsRolloutConfig maximumPerMinute(int value) {
      return set("MaximumPerMinute", Value.of(value));
    }

    /** Sets {@code MaximumPerMinute} to this value; see {@link #maximumPerMinute(int)}. */
    public JobExecutionsRolloutConfig maximumPerMinute(Value<Integer> value) {
      return set("MaximumPerMinute", value);
    }
  }

  /**
   * An optional configuration within the SchedulingConfig to setup a recurring maintenance window
   * with a predetermined start time and duration for the rollout of a job document to all devices
   * in a target group for a job.
   *
   * <p>Property type {@code AWS::IoT::Job.MaintenanceWindow}.
   */
  public static final class MaintenanceWindow extends Struct<MaintenanceWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.MaintenanceWindow")
        .required("DurationInMinutes", "StartTime")
        .constrain("DurationInMinutes", Constraint.of().minimum(1).maximum(1430))
        .constrain("StartTime", Constraint.of().minLength(1).maxLength(256))
        .build();

    public MaintenanceWindow() {
      super(SCHEMA);
    }

    /**
     * Displays the duration of the next maintenance window.
     *
     * <p>Required. Range: 1 to 1430. CloudFormation property {@code DurationInMinutes}.
     */
    public MaintenanceWindow durationInMinutes(int value) {
      return set("DurationInMinutes", Value.of(value));
    }

    /** Sets {@code DurationInMinutes} to this value; see {@link #durationInMinutes(int)}. */
    public MaintenanceWindow durationInMinutes(Value<Integer> value) {
      return set("DurationInMinutes", value);
    }

    /**
     * Displays the start time of the next maintenance window.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code StartTime}.
     */
    public MaintenanceWindow startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public MaintenanceWindow startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * Configuration for pre-signed S3 URLs.
   *
   * <p>Property type {@code AWS::IoT::Job.PresignedUrlConfig}.
   */
  public static final class PresignedUrlConfig extends Struct<PresignedUrlConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.PresignedUrlConfig")
        .constrain("ExpiresInSec", Constraint.of().minimum(60).maximum(3600))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public PresignedUrlConfig() {
      super(SCHEMA);
    }

    /**
     * How long (in seconds) pre-signed URLs are valid. Valid values are 60 - 3600, the default
     * value is 3600 seconds.
     *
     * <p>Range: 60 to 3600. CloudFormation property {@code ExpiresInSec}.
     */
    public PresignedUrlConfig expiresInSec(int value) {
      return set("ExpiresInSec", Value.of(value));
    }

    /** Sets {@code ExpiresInSec} to this value; see {@link #expiresInSec(int)}. */
    public PresignedUrlConfig expiresInSec(Value<Integer> value) {
      return set("ExpiresInSec", value);
    }

    /**
     * The ARN of an IAM role that grants permission to download files from the S3 bucket where the
     * job data/updates are stored.
     *
     * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
     * {@code RoleArn}.
     */
    public PresignedUrlConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public PresignedUrlConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Allows you to define a criteria to initiate the increase in rate of rollout for a job.
   *
   * <p>Property type {@code AWS::IoT::Job.RateIncreaseCriteria}.
   */
  public static final class RateIncreaseCriteria extends Struct<RateIncreaseCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.RateIncreaseCriteria")
        .constrain("NumberOfNotifiedThings", Constraint.of().minimum(1))
        .constrain("NumberOfSucceededThings", Constraint.of().minimum(1))
        .build();

    public RateIncreaseCriteria() {
      super(SCHEMA);
    }

    /**
     * The threshold for number of notified things that will initiate the increase in rate of
     * rollout.
     *
     * <p>Range: at least 1. CloudFormation property {@code NumberOfNotifiedThings}.
     */
    public RateIncreaseCriteria numberOfNotifiedThings(int value) {
      return set("NumberOfNotifiedThings", Value.of(value));
    }

    /**
     * Sets {@code NumberOfNotifiedThings} to this value; see {@link #numberOfNotifiedThings(int)}.
     */
    public RateIncreaseCriteria numberOfNotifiedThings(Value<Integer> value) {
      return set("NumberOfNotifiedThings", value);
    }

    /**
     * The threshold for number of succeeded things that will initiate the increase in rate of
     * rollout.
     *
     * <p>Range: at least 1. CloudFormation property {@code NumberOfSucceededThings}.
     */
    public RateIncreaseCriteria numberOfSucceededThings(int value) {
      return set("NumberOfSucceededThings", Value.of(value));
    }

    /**
     * Sets {@code NumberOfSucceededThings} to this value; see {@link
     * #numberOfSucceededThings(int)}.
     */
    public RateIncreaseCriteria numberOfSucceededThings(Value<Integer> value) {
      return set("NumberOfSucceededThings", value);
    }
  }

  /**
   * The criteria that determines how many retries are allowed for each failure type for a job.
   *
   * <p>Property type {@code AWS::IoT::Job.RetryCriteria}.
   */
  public static final class RetryCriteria extends Struct<RetryCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.RetryCriteria")
        .required("FailureType", "NumberOfRetries")
        .allowed("FailureType", "FAILED", "TIMED_OUT", "ALL")
        .constrain("NumberOfRetries", Constraint.of().minimum(0).maximum(10))
        .build();

    public RetryCriteria() {
      super(SCHEMA);
    }

    /**
     * The type of job execution failures that can initiate a job retry.
     *
     * <p>Required. Allowed values: {@code FAILED}, {@code TIMED_OUT}, {@code ALL}. CloudFormation
     * property {@code FailureType}.
     */
    public RetryCriteria failureType(String value) {
      return set("FailureType", Value.of(value));
    }

    /** Sets {@code FailureType} to this value; see {@link #failureType(String)}. */
    public RetryCriteria failureType(Value<String> value) {
      return set("FailureType", value);
    }

    /**
     * The number of retries allowed for a failure type for the job.
     *
     * <p>Required. Range: 0 to 10. CloudFormation property {@code NumberOfRetries}.
     */
    public RetryCriteria numberOfRetries(int value) {
      return set("NumberOfRetries", Value.of(value));
    }

    /** Sets {@code NumberOfRetries} to this value; see {@link #numberOfRetries(int)}. */
    public RetryCriteria numberOfRetries(Value<Integer> value) {
      return set("NumberOfRetries", value);
    }
  }

  /**
   * Specifies the date and time that a job will begin the rollout of the job document to all
   * devices in the target group.
   *
   * <p>Property type {@code AWS::IoT::Job.SchedulingConfig}.
   */
  public static final class SchedulingConfig extends Struct<SchedulingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Job.SchedulingConfig")
        .allowed("EndBehavior", "STOP_ROLLOUT", "CANCEL", "FORCE_CANCEL")
        .constrain("EndTime", Constraint.of().minLength(1).maxLength(64))
        .constrain("StartTime", Constraint.of().minLength(1).maxLength(64))
        .build();

    public SchedulingConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the end behavior for all job executions after a job reaches the selected endTime.
     *
     * <p>Allowed values: {@code STOP_ROLLOUT}, {@code CANCEL}, {@code FORCE_CANCEL}. CloudFormation
     * property {@code EndBehavior}.
     */
    public SchedulingConfig endBehavior(String value) {
      return set("EndBehavior", Value.of(value));
    }

    /** Sets {@code EndBehavior} to this value; see {@link #endBehavior(String)}. */
    public SchedulingConfig endBehavior(Value<String> value) {
      return set("EndBehavior", value);
    }

    /**
     * The time a job will stop rollout of the job document to all devices in the target group for a
     * job.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code EndTime}.
     */
    public SchedulingConfig endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public SchedulingConfig endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * An optional configuration within the SchedulingConfig to setup a recurring maintenance
     * window.
     *
     * <p>CloudFormation property {@code MaintenanceWindows}.
     */
    public SchedulingConfig maintenanceWindows(List<MaintenanceWindow> value) {
      return set("MaintenanceWindows", Value.listOf(value));
    }

    /** Sets {@code MaintenanceWindows} to this value; see {@link #maintenanceWindows(List)}. */
    public SchedulingConfig maintenanceWindows(Value<List<MaintenanceWindow>> value) {
      return set("MaintenanceWindows", value);
    }

    /**
     * Sets {@code MaintenanceWindows} to a list of these; see {@link #maintenanceWindows(List)}.
     */
    public SchedulingConfig maintenanceWindows(MaintenanceWindow... values) {
      return set("MaintenanceWindows", Value.list(values));
    }

    /**
     * The time a job will begin rollout of the job document to all devices in the target group for
     * a job.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code StartTime}.
     */
    public SchedulingConfig startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public SchedulingConfig startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * Specifies the amount of time each device has to finish its execution of the job.
   *
   * <p>Property type {@code AWS::IoT::Job.TimeoutConfig}.
   */
  public static final class TimeoutConfig extends Struct<TimeoutConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::Job.TimeoutConfig");

    public TimeoutConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the amount of time, in minutes, this device has to finish execution of this job.
     * The timeout interval can be anywhere between 1 minute and 7 days (1 to 10080 minutes).
     *
     * <p>CloudFormation property {@code InProgressTimeoutInMinutes}.
     */
    public TimeoutConfig inProgressTimeoutInMinutes(int value) {
      return set("InProgressTimeoutInMinutes", Value.of(value));
    }

    /**
     * Sets {@code InProgressTimeoutInMinutes} to this value; see {@link
     * #inProgressTimeoutInMinutes(int)}.
     */
    public TimeoutConfig inProgressTimeoutInMinutes(Value<Integer> value) {
      return set("InProgressTimeoutInMinutes", value);
    }
  }
}
