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

/**
 * Represents a job template.
 *
 * <p>CloudFormation type {@code AWS::IoT::JobTemplate}.
 */
public final class JobTemplate extends Resource<JobTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate")
      .required("Description", "JobTemplateId")
      .constrain("Description", Constraint.of().pattern("[^\\p{C}]+").minLength(0).maxLength(2028))
      .constrain("DestinationPackageVersions", Constraint.of().pattern("^arn:[!-~]+$").minLength(1).maxLength(1600))
      .constrain("Document", Constraint.of().minLength(0).maxLength(32768))
      .constrain("DocumentSource", Constraint.of().minLength(1).maxLength(1350))
      .constrain("JobTemplateId", Constraint.of().pattern("[a-zA-Z0-9_-]+").minLength(1).maxLength(64))
      .refYields("JobTemplateId")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public JobTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The criteria that determine when and how a job abort takes place.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AbortConfig}.
   */
  public JobTemplate abortConfig(Value<AbortConfig> value) {
    return set("AbortConfig", value);
  }

  /**
   * A description of the job template.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2028 characters. Pattern: {@code
   * [^&#92;p{C}]+}. CloudFormation property {@code Description}.
   */
  public JobTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public JobTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The package version Amazon Resource Names (ARNs) that are installed on the device’s reserved
   * named shadow ( <code>$package</code> ) when the job successfully completes.
   *
   * <p><em>Note:</em> Up to 25 package version ARNS are allowed.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:[!-~]+$}. CloudFormation property {@code DestinationPackageVersions}.
   */
  public JobTemplate destinationPackageVersions(List<String> value) {
    return set("DestinationPackageVersions", Value.listOf(value));
  }

  /**
   * Sets {@code DestinationPackageVersions} to this value; see {@link
   * #destinationPackageVersions(List)}.
   */
  public JobTemplate destinationPackageVersions(Value<List<String>> value) {
    return set("DestinationPackageVersions", value);
  }

  /**
   * The job document.
   *
   * <p>Required if you don't specify a value for <code>documentSource</code> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 32768 characters. CloudFormation property
   * {@code Document}.
   */
  public JobTemplate document(String value) {
    return set("Document", Value.of(value));
  }

  /** Sets {@code Document} to this value; see {@link #document(String)}. */
  public JobTemplate document(Value<String> value) {
    return set("Document", value);
  }

  /**
   * An S3 link, or S3 object URL, to the job document. The link is an Amazon S3 object URL and is
   * required if you don't specify a value for <code>document</code> .
   *
   * <p>For example, <code>--document-source https://s3. <em>region-code</em>
   * .amazonaws.com/example-firmware/device-firmware.1.0</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-bucket-intro.html">Methods
   * for accessing a bucket</a> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 1350 characters. CloudFormation property
   * {@code DocumentSource}.
   */
  public JobTemplate documentSource(String value) {
    return set("DocumentSource", Value.of(value));
  }

  /** Sets {@code DocumentSource} to this value; see {@link #documentSource(String)}. */
  public JobTemplate documentSource(Value<String> value) {
    return set("DocumentSource", value);
  }

  /**
   * The ARN of the job to use as the basis for the job template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code JobArn}.
   */
  public JobTemplate jobArn(String value) {
    return set("JobArn", Value.of(value));
  }

  /** Sets {@code JobArn} to this value; see {@link #jobArn(String)}. */
  public JobTemplate jobArn(Value<String> value) {
    return set("JobArn", value);
  }

  /**
   * Allows you to create the criteria to retry a job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code JobExecutionsRetryConfig}.
   */
  public JobTemplate jobExecutionsRetryConfig(Value<JobExecutionsRetryConfig> value) {
    return set("JobExecutionsRetryConfig", value);
  }

  /**
   * Allows you to create a staged rollout of a job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * JobExecutionsRolloutConfig}.
   */
  public JobTemplate jobExecutionsRolloutConfig(Value<JobExecutionsRolloutConfig> value) {
    return set("JobExecutionsRolloutConfig", value);
  }

  /**
   * A unique identifier for the job template. We recommend using a UUID. Alpha-numeric characters,
   * "-", and "_" are valid for use here.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [a-zA-Z0-9_-]+}. CloudFormation property {@code JobTemplateId}.
   */
  public JobTemplate jobTemplateId(String value) {
    return set("JobTemplateId", Value.of(value));
  }

  /** Sets {@code JobTemplateId} to this value; see {@link #jobTemplateId(String)}. */
  public JobTemplate jobTemplateId(Value<String> value) {
    return set("JobTemplateId", value);
  }

  /**
   * An optional configuration within the SchedulingConfig to setup a recurring maintenance window
   * with a predetermined start time and duration for the rollout of a job document to all devices
   * in a target group for a job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MaintenanceWindows}.
   */
  public JobTemplate maintenanceWindows(List<MaintenanceWindow> value) {
    return set("MaintenanceWindows", Value.listOf(value));
  }

  /** Sets {@code MaintenanceWindows} to this value; see {@link #maintenanceWindows(List)}. */
  public JobTemplate maintenanceWindows(Value<List<MaintenanceWindow>> value) {
    return set("MaintenanceWindows", value);
  }

  /** Sets {@code MaintenanceWindows} to a list of these; see {@link #maintenanceWindows(List)}. */
  public JobTemplate maintenanceWindows(MaintenanceWindow... values) {
    return set("MaintenanceWindows", Value.list(values));
  }

  /**
   * Configuration for pre-signed S3 URLs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PresignedUrlConfig}.
   */
  public JobTemplate presignedUrlConfig(Value<PresignedUrlConfig> value) {
    return set("PresignedUrlConfig", value);
  }

  /**
   * Metadata that can be used to manage the job template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public JobTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public JobTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public JobTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the amount of time each device has to finish its execution of the job. A timer is
   * started when the job execution status is set to <code>IN_PROGRESS</code> . If the job execution
   * status is not set to another terminal state before the timer expires, it will be automatically
   * set to <code>TIMED_OUT</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TimeoutConfig}.
   */
  public JobTemplate timeoutConfig(Value<TimeoutConfig> value) {
    return set("TimeoutConfig", value);
  }

  /**
   * The ARN of the job to use as the basis for the job template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The criteria that determine when and how a job abort takes place.
   *
   * <p>Property type {@code AWS::IoT::JobTemplate.AbortConfig}.
   */
  public static final class AbortConfig extends Struct<AbortConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.AbortConfig")
        .required("CriteriaList")
        .build();

    public AbortConfig() {
      super(SCHEMA);
    }

    /**
     * The list of criteria that determine when and how to abort the job.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code CriteriaList}.
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
   * <p>Property type {@code AWS::IoT::JobTemplate.AbortCriteria}.
   */
  public static final class AbortCriteria extends Struct<AbortCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.AbortCriteria")
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
     * <p>Required. Changing it replaces the resource. Allowed values: {@code CANCEL}.
     * CloudFormation property {@code Action}.
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
     * <p>Required. Changing it replaces the resource. Allowed values: {@code FAILED}, {@code
     * REJECTED}, {@code TIMED_OUT}, {@code ALL}. CloudFormation property {@code FailureType}.
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
     * <p>Required. Changing it replaces the resource. Range: at least 1. CloudFormation property
     * {@code MinNumberOfExecutedThings}.
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
     * <p>AWS IoT Core supports up to two digits after the decimal (for example, 10.9 and 10.99, but
     * not 10.999).
     *
     * <p>Required. Changing it replaces the resource. Range: at most 100. CloudFormation property
     * {@code ThresholdPercentage}.
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
   * <p>Property type {@code AWS::IoT::JobTemplate.ExponentialRolloutRate}.
   */
  public static final class ExponentialRolloutRate extends Struct<ExponentialRolloutRate> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.ExponentialRolloutRate")
        .required("BaseRatePerMinute", "IncrementFactor", "RateIncreaseCriteria")
        .constrain("BaseRatePerMinute", Constraint.of().minimum(1))
        .constrain("IncrementFactor", Constraint.of().minimum(1).maximum(5))
        .build();

    public ExponentialRolloutRate() {
      super(SCHEMA);
    }

    /**
     * The minimum number of things that will be notified of a pending job, per minute at the start
     * of job rollout. This parameter allows you to define the initial rate of rollout.
     *
     * <p>Required. Changing it replaces the resource. Range: at least 1. CloudFormation property
     * {@code BaseRatePerMinute}.
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
     * <p>AWS IoT Core supports up to one digit after the decimal (for example, 1.5, but not 1.55).
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 5. CloudFormation property {@code
     * IncrementFactor}.
     */
    public ExponentialRolloutRate incrementFactor(double value) {
      return set("IncrementFactor", Value.of(value));
    }

    /** Sets {@code IncrementFactor} to this value; see {@link #incrementFactor(double)}. */
    public ExponentialRolloutRate incrementFactor(Value<Double> value) {
      return set("IncrementFactor", value);
    }

    /**
     * The criteria to initiate the increase in rate of rollout for a job.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * RateIncreaseCriteria}.
     */
    public ExponentialRolloutRate rateIncreaseCriteria(Value<RateIncreaseCriteria> value) {
      return set("RateIncreaseCriteria", value);
    }
  }

  /**
   * The configuration that determines how many retries are allowed for each failure type for a job.
   *
   * <p>Property type {@code AWS::IoT::JobTemplate.JobExecutionsRetryConfig}.
   */
  public static final class JobExecutionsRetryConfig extends Struct<JobExecutionsRetryConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::JobTemplate.JobExecutionsRetryConfig");

    public JobExecutionsRetryConfig() {
      super(SCHEMA);
    }

    /**
     * The list of criteria that determines how many retries are allowed for each failure type for a
     * job.
     *
     * <p>CloudFormation property {@code RetryCriteriaList}.
     */
    public JobExecutionsRetryConfig retryCriteriaList(List<RetryCriteria> value) {
      return set("RetryCriteriaList", Value.listOf(value));
    }

    /** Sets {@code RetryCriteriaList} to this value; see {@link #retryCriteriaList(List)}. */
    public JobExecutionsRetryConfig retryCriteriaList(Value<List<RetryCriteria>> value) {
      return set("RetryCriteriaList", value);
    }

    /** Sets {@code RetryCriteriaList} to a list of these; see {@link #retryCriteriaList(List)}. */
    public JobExecutionsRetryConfig retryCriteriaList(RetryCriteria... values) {
      return set("RetryCriteriaList", Value.list(values));
    }
  }

  /**
   * Allows you to create a staged rollout of a job.
   *
   * <p>Property type {@code AWS::IoT::JobTemplate.JobExecutionsRolloutConfig}.
   */
  public static final class JobExecutionsRolloutConfig extends Struct<JobExecutionsRolloutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.JobExecutionsRolloutConfig")
        .constrain("MaximumPerMinute", Constraint.of().minimum(1))
        .build();

    public JobExecutionsRolloutConfig() {
      super(SCHEMA);
    }

    /**
     * The rate of increase for a job rollout. This parameter allows you to define an exponential
     * rate for a job rollout.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExponentialRolloutRate}.
     */
    public JobExecutionsRolloutConfig exponentialRolloutRate(Value<ExponentialRolloutRate> value) {
      return set("ExponentialRolloutRate", value);
    }

    /**
     * The maximum number of things that will be notified of a pending job, per minute. This
     * parameter allows you to create a staged rollout.
     *
     * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
     * MaximumPerMinute}.
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
   * An optional configuration within the <code>SchedulingConfig</code> to setup a recurring
   * maintenance window with a predetermined start time and duration for the rollout of a job
   * document to all devices in a target group for a job.
   *
   * <p>Property type {@code AWS::IoT::JobTemplate.MaintenanceWindow}.
   */
  public static final class MaintenanceWindow extends Struct<MaintenanceWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.MaintenanceWindow")
        .constrain("DurationInMinutes", Constraint.of().minimum(1).maximum(1430))
        .constrain("StartTime", Constraint.of().minLength(1).maxLength(256))
        .build();

    public MaintenanceWindow() {
      super(SCHEMA);
    }

    /**
     * Displays the duration of the next maintenance window.
     *
     * <p>Range: 1 to 1430. CloudFormation property {@code DurationInMinutes}.
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
     * <p>Length: 1 to 256 characters. CloudFormation property {@code StartTime}.
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
   * <p>Property type {@code AWS::IoT::JobTemplate.PresignedUrlConfig}.
   */
  public static final class PresignedUrlConfig extends Struct<PresignedUrlConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.PresignedUrlConfig")
        .required("RoleArn")
        .constrain("ExpiresInSec", Constraint.of().minimum(60).maximum(3600))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public PresignedUrlConfig() {
      super(SCHEMA);
    }

    /**
     * How long (in seconds) pre-signed URLs are valid. Valid values are 60 - 3600, the default
     * value is 3600 seconds. Pre-signed URLs are generated when Jobs receives an MQTT request for
     * the job document.
     *
     * <p>Changing it replaces the resource. Range: 60 to 3600. CloudFormation property {@code
     * ExpiresInSec}.
     */
    public PresignedUrlConfig expiresInSec(int value) {
      return set("ExpiresInSec", Value.of(value));
    }

    /** Sets {@code ExpiresInSec} to this value; see {@link #expiresInSec(int)}. */
    public PresignedUrlConfig expiresInSec(Value<Integer> value) {
      return set("ExpiresInSec", value);
    }

    /**
     * The ARN of an IAM role that grants grants permission to download files from the S3 bucket
     * where the job data/updates are stored. The role must also grant permission for IoT to
     * download the files.
     *
     * <p>For information about addressing the confused deputy problem, see <a
     * href="https://docs.aws.amazon.com/iot/latest/developerguide/cross-service-confused-deputy-prevention.html">cross-service
     * confused deputy prevention</a> in the <em>AWS IoT Core developer guide</em> .
     *
     * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
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
   * <p>Property type {@code AWS::IoT::JobTemplate.RateIncreaseCriteria}.
   */
  public static final class RateIncreaseCriteria extends Struct<RateIncreaseCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.RateIncreaseCriteria")
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
     * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
     * NumberOfNotifiedThings}.
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
     * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
     * NumberOfSucceededThings}.
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
   * <p>Property type {@code AWS::IoT::JobTemplate.RetryCriteria}.
   */
  public static final class RetryCriteria extends Struct<RetryCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.RetryCriteria")
        .allowed("FailureType", "FAILED", "TIMED_OUT", "ALL")
        .constrain("NumberOfRetries", Constraint.of().minimum(0).maximum(10))
        .build();

    public RetryCriteria() {
      super(SCHEMA);
    }

    /**
     * The type of job execution failures that can initiate a job retry.
     *
     * <p>Allowed values: {@code FAILED}, {@code TIMED_OUT}, {@code ALL}. CloudFormation property
     * {@code FailureType}.
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
     * <p>Range: 0 to 10. CloudFormation property {@code NumberOfRetries}.
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
   * Specifies the amount of time each device has to finish its execution of the job. A timer is
   * started when the job execution status is set to <code>IN_PROGRESS</code> . If the job execution
   * status is not set to another terminal state before the timer expires, it will be automatically
   * set to <code>TIMED_OUT</code> .
   *
   * <p>Property type {@code AWS::IoT::JobTemplate.TimeoutConfig}.
   */
  public static final class TimeoutConfig extends Struct<TimeoutConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::JobTemplate.TimeoutConfig")
        .required("InProgressTimeoutInMinutes")
        .constrain("InProgressTimeoutInMinutes", Constraint.of().minimum(1).maximum(10080))
        .build();

    public TimeoutConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the amount of time, in minutes, this device has to finish execution of this job.
     * The timeout interval can be anywhere between 1 minute and 7 days (1 to 10080 minutes). The in
     * progress timer can't be updated and will apply to all job executions for the job. Whenever a
     * job execution remains in the IN_PROGRESS status for longer than this interval, the job
     * execution will fail and switch to the terminal <code>TIMED_OUT</code> status.
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 10080. CloudFormation property
     * {@code InProgressTimeoutInMinutes}.
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
