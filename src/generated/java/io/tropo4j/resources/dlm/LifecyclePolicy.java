// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dlm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a lifecycle policy, which is used to automate operations on Amazon EBS resources.
 *
 * <p>The properties are required when you add a lifecycle policy and optional when you update a
 * lifecycle policy.
 *
 * <p>CloudFormation type {@code AWS::DLM::LifecyclePolicy}.
 */
public final class LifecyclePolicy extends Resource<LifecyclePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy")
      .constrain("CreateInterval", Constraint.of().minimum(1))
      .allowed("DefaultPolicy", "INSTANCE", "VOLUME")
      .constrain("Description", Constraint.of().pattern("^[0-9A-Za-z _-]+$").minLength(0).maxLength(500))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:aws(-[a-z]{1,3}){0,2}:iam::\\d+:role/").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("RetainInterval", Constraint.of().minimum(1))
      .refYields("PolicyId")
      .attributes("Arn", "PolicyId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LifecyclePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * <em>[Default policies only]</em> Indicates whether the policy should copy tags from the source
   * resource to the snapshot or AMI. If you do not specify a value, the default is
   * <code>false</code> .
   *
   * <p>Default: false
   *
   * <p>CloudFormation property {@code CopyTags}.
   */
  public LifecyclePolicy copyTags(boolean value) {
    return set("CopyTags", Value.of(value));
  }

  /** Sets {@code CopyTags} to this value; see {@link #copyTags(boolean)}. */
  public LifecyclePolicy copyTags(Value<Boolean> value) {
    return set("CopyTags", value);
  }

  /**
   * <em>[Default policies only]</em> Specifies how often the policy should run and create snapshots
   * or AMIs. The creation frequency can range from 1 to 7 days. If you do not specify a value, the
   * default is 1.
   *
   * <p>Default: 1
   *
   * <p>Range: at least 1. CloudFormation property {@code CreateInterval}.
   */
  public LifecyclePolicy createInterval(int value) {
    return set("CreateInterval", Value.of(value));
  }

  /** Sets {@code CreateInterval} to this value; see {@link #createInterval(int)}. */
  public LifecyclePolicy createInterval(Value<Integer> value) {
    return set("CreateInterval", value);
  }

  /**
   * <em>[Default policies only]</em> Specifies destination Regions for snapshot or AMI copies. You
   * can specify up to 3 destination Regions. If you do not want to create cross-Region copies, omit
   * this parameter.
   *
   * <p>CloudFormation property {@code CrossRegionCopyTargets}.
   */
  public LifecyclePolicy crossRegionCopyTargets(List<CrossRegionCopyTarget> value) {
    return set("CrossRegionCopyTargets", Value.listOf(value));
  }

  /**
   * Sets {@code CrossRegionCopyTargets} to this value; see {@link #crossRegionCopyTargets(List)}.
   */
  public LifecyclePolicy crossRegionCopyTargets(Value<List<CrossRegionCopyTarget>> value) {
    return set("CrossRegionCopyTargets", value);
  }

  /**
   * Sets {@code CrossRegionCopyTargets} to a list of these; see {@link
   * #crossRegionCopyTargets(List)}.
   */
  public LifecyclePolicy crossRegionCopyTargets(CrossRegionCopyTarget... values) {
    return set("CrossRegionCopyTargets", Value.list(values));
  }

  /**
   * <em>[Default policies only]</em> Specify the type of default policy to create.
   *
   * <ul> <li>To create a default policy for EBS snapshots, that creates snapshots of all volumes in
   * the Region that do not have recent backups, specify <code>VOLUME</code> . <li>To create a
   * default policy for EBS-backed AMIs, that creates EBS-backed AMIs from all instances in the
   * Region that do not have recent backups, specify <code>INSTANCE</code> . </ul>
   *
   * <p>Allowed values: {@code INSTANCE}, {@code VOLUME}. CloudFormation property {@code
   * DefaultPolicy}.
   */
  public LifecyclePolicy defaultPolicy(String value) {
    return set("DefaultPolicy", Value.of(value));
  }

  /** Sets {@code DefaultPolicy} to this value; see {@link #defaultPolicy(String)}. */
  public LifecyclePolicy defaultPolicy(Value<String> value) {
    return set("DefaultPolicy", value);
  }

  /**
   * A description of the lifecycle policy. The characters ^[0-9A-Za-z _-]+$ are supported.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code ^[0-9A-Za-z _-]+$}. CloudFormation property
   * {@code Description}.
   */
  public LifecyclePolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LifecyclePolicy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * <em>[Default policies only]</em> Specifies exclusion parameters for volumes or instances for
   * which you do not want to create snapshots or AMIs. The policy will not create snapshots or AMIs
   * for target resources that match any of the specified exclusion parameters.
   *
   * <p>CloudFormation property {@code Exclusions}.
   */
  public LifecyclePolicy exclusions(Value<Exclusions> value) {
    return set("Exclusions", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role used to run the operations specified by the
   * lifecycle policy.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[a-z]{1,3}){0,2}:iam::&#92;d+:role/}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code ExecutionRoleArn}.
   */
  public LifecyclePolicy executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public LifecyclePolicy executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * <em>[Default policies only]</em> Defines the snapshot or AMI retention behavior for the policy
   * if the source volume or instance is deleted, or if the policy enters the error, disabled, or
   * deleted state.
   *
   * <p>By default ( <em>ExtendDeletion=false</em> ):
   *
   * <ul> <li>If a source resource is deleted, Amazon Data Lifecycle Manager will continue to delete
   * previously created snapshots or AMIs, up to but not including the last one, based on the
   * specified retention period. If you want Amazon Data Lifecycle Manager to delete all snapshots
   * or AMIs, including the last one, specify <code>true</code> . <li>If a policy enters the error,
   * disabled, or deleted state, Amazon Data Lifecycle Manager stops deleting snapshots and AMIs. If
   * you want Amazon Data Lifecycle Manager to continue deleting snapshots or AMIs, including the
   * last one, if the policy enters one of these states, specify <code>true</code> . </ul>
   *
   * <p>If you enable extended deletion ( <em>ExtendDeletion=true</em> ), you override both default
   * behaviors simultaneously.
   *
   * <p>If you do not specify a value, the default is <code>false</code> .
   *
   * <p>Default: false
   *
   * <p>CloudFormation property {@code ExtendDeletion}.
   */
  public LifecyclePolicy extendDeletion(boolean value) {
    return set("ExtendDeletion", Value.of(value));
  }

  /** Sets {@code ExtendDeletion} to this value; see {@link #extendDeletion(boolean)}. */
  public LifecyclePolicy extendDeletion(Value<Boolean> value) {
    return set("ExtendDeletion", value);
  }

  /**
   * The configuration details of the lifecycle policy.
   *
   * <p>If you create a default policy, you can specify the request parameters either in the request
   * body, or in the PolicyDetails request structure, but not both.
   *
   * <p>CloudFormation property {@code PolicyDetails}.
   */
  public LifecyclePolicy policyDetails(Value<PolicyDetails> value) {
    return set("PolicyDetails", value);
  }

  /**
   * <em>[Default policies only]</em> Specifies how long the policy should retain snapshots or AMIs
   * before deleting them. The retention period can range from 2 to 14 days, but it must be greater
   * than the creation frequency to ensure that the policy retains at least 1 snapshot or AMI at any
   * given time. If you do not specify a value, the default is 7.
   *
   * <p>Default: 7
   *
   * <p>Range: at least 1. CloudFormation property {@code RetainInterval}.
   */
  public LifecyclePolicy retainInterval(int value) {
    return set("RetainInterval", Value.of(value));
  }

  /** Sets {@code RetainInterval} to this value; see {@link #retainInterval(int)}. */
  public LifecyclePolicy retainInterval(Value<Integer> value) {
    return set("RetainInterval", value);
  }

  /**
   * The activation state of the lifecycle policy.
   *
   * <p>CloudFormation property {@code State}.
   */
  public LifecyclePolicy state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public LifecyclePolicy state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags to apply to the lifecycle policy during creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LifecyclePolicy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LifecyclePolicy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LifecyclePolicy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the lifecycle policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the lifecycle policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyId}.
   */
  public Value<String> policyId() {
    return getAtt("PolicyId");
  }

  /**
   * <em>[Event-based policies only]</em> Specifies an action for an event-based policy.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.Action")
        .required("CrossRegionCopy", "Name")
        .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z _-]+$").minLength(0).maxLength(120))
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * The rule for copying shared snapshots across Regions.
     *
     * <p>Required. CloudFormation property {@code CrossRegionCopy}.
     */
    public Action crossRegionCopy(List<CrossRegionCopyAction> value) {
      return set("CrossRegionCopy", Value.listOf(value));
    }

    /** Sets {@code CrossRegionCopy} to this value; see {@link #crossRegionCopy(List)}. */
    public Action crossRegionCopy(Value<List<CrossRegionCopyAction>> value) {
      return set("CrossRegionCopy", value);
    }

    /** Sets {@code CrossRegionCopy} to a list of these; see {@link #crossRegionCopy(List)}. */
    public Action crossRegionCopy(CrossRegionCopyAction... values) {
      return set("CrossRegionCopy", Value.list(values));
    }

    /**
     * A descriptive name for the action.
     *
     * <p>Required. Length: 0 to 120 characters. Pattern: {@code ^[0-9A-Za-z _-]+$}. CloudFormation
     * property {@code Name}.
     */
    public Action name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Action name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * <em>[Custom snapshot policies only]</em> Specifies information about the archive storage tier
   * retention period.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.ArchiveRetainRule}.
   */
  public static final class ArchiveRetainRule extends Struct<ArchiveRetainRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.ArchiveRetainRule")
        .required("RetentionArchiveTier")
        .build();

    public ArchiveRetainRule() {
      super(SCHEMA);
    }

    /**
     * Information about retention period in the Amazon EBS Snapshots Archive. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/snapshot-archive.html">Archive
     * Amazon EBS snapshots</a> .
     *
     * <p>Required. CloudFormation property {@code RetentionArchiveTier}.
     */
    public ArchiveRetainRule retentionArchiveTier(Value<RetentionArchiveTier> value) {
      return set("RetentionArchiveTier", value);
    }
  }

  /**
   * <em>[Custom snapshot policies only]</em> Specifies a snapshot archiving rule for a schedule.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.ArchiveRule}.
   */
  public static final class ArchiveRule extends Struct<ArchiveRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.ArchiveRule")
        .required("RetainRule")
        .build();

    public ArchiveRule() {
      super(SCHEMA);
    }

    /**
     * Information about the retention period for the snapshot archiving rule.
     *
     * <p>Required. CloudFormation property {@code RetainRule}.
     */
    public ArchiveRule retainRule(Value<ArchiveRetainRule> value) {
      return set("RetainRule", value);
    }
  }

  /**
   * <em>[Custom snapshot and AMI policies only]</em> Specifies when the policy should create
   * snapshots or AMIs.
   *
   * <p>- You must specify either <em>CronExpression</em> , or <em>Interval</em> ,
   * <em>IntervalUnit</em> , and <em>Times</em> . - If you need to specify an <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ArchiveRule.html">ArchiveRule</a>
   * for the schedule, then you must specify a creation frequency of at least 28 days.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.CreateRule}.
   */
  public static final class CreateRule extends Struct<CreateRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.CreateRule")
        .constrain("CronExpression", Constraint.of().pattern("^cron\\([^\\n]{11,100}\\)$").minLength(17).maxLength(106))
        .constrain("Interval", Constraint.of().minimum(1))
        .allowed("IntervalUnit", "HOURS")
        .allowed("Location", "CLOUD", "LOCAL_ZONE", "OUTPOST_LOCAL")
        .constrain("Times", Constraint.of().pattern("^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$").minLength(5).maxLength(5))
        .build();

    public CreateRule() {
      super(SCHEMA);
    }

    /**
     * The schedule, as a Cron expression. The schedule interval must be between 1 hour and 1 year.
     * For more information, see the <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html">Cron
     * and rate expressions</a> in the <em>Amazon EventBridge User Guide</em> .
     *
     * <p>Length: 17 to 106 characters. Pattern: {@code ^cron&#92;([^&#92;n]{11,100}&#92;)$}.
     * CloudFormation property {@code CronExpression}.
     */
    public CreateRule cronExpression(String value) {
      return set("CronExpression", Value.of(value));
    }

    /** Sets {@code CronExpression} to this value; see {@link #cronExpression(String)}. */
    public CreateRule cronExpression(Value<String> value) {
      return set("CronExpression", value);
    }

    /**
     * The interval between snapshots. The supported values are 1, 2, 3, 4, 6, 8, 12, and 24.
     *
     * <p>Range: at least 1. CloudFormation property {@code Interval}.
     */
    public CreateRule interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public CreateRule interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The interval unit.
     *
     * <p>Allowed values: {@code HOURS}. CloudFormation property {@code IntervalUnit}.
     */
    public CreateRule intervalUnit(String value) {
      return set("IntervalUnit", Value.of(value));
    }

    /** Sets {@code IntervalUnit} to this value; see {@link #intervalUnit(String)}. */
    public CreateRule intervalUnit(Value<String> value) {
      return set("IntervalUnit", value);
    }

    /**
     * <em>[Custom snapshot policies only]</em> Specifies the destination for snapshots created by
     * the policy. The allowed destinations depend on the location of the targeted resources.
     *
     * <ul> <li>If the policy targets resources in a Region, then you must create snapshots in the
     * same Region as the source resource. <li>If the policy targets resources in a Local Zone, you
     * can create snapshots in the same Local Zone or in its parent Region. <li>If the policy
     * targets resources on an Outpost, then you can create snapshots on the same Outpost or in its
     * parent Region. </ul>
     *
     * <p>Specify one of the following values:
     *
     * <ul> <li>To create snapshots in the same Region as the source resource, specify
     * <code>CLOUD</code> . <li>To create snapshots in the same Local Zone as the source resource,
     * specify <code>LOCAL_ZONE</code> . <li>To create snapshots on the same Outpost as the source
     * resource, specify <code>OUTPOST_LOCAL</code> . </ul>
     *
     * <p>Default: <code>CLOUD</code>
     *
     * <p>Allowed values: {@code CLOUD}, {@code LOCAL_ZONE}, {@code OUTPOST_LOCAL}. CloudFormation
     * property {@code Location}.
     */
    public CreateRule location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public CreateRule location(Value<String> value) {
      return set("Location", value);
    }

    /**
     * <em>[Custom snapshot policies that target instances only]</em> Specifies pre and/or post
     * scripts for a snapshot lifecycle policy that targets instances. This is useful for creating
     * application-consistent snapshots, or for performing specific administrative tasks before or
     * after Amazon Data Lifecycle Manager initiates snapshot creation.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/automate-app-consistent-backups.html">Automating
     * application-consistent snapshots with pre and post scripts</a> .
     *
     * <p>CloudFormation property {@code Scripts}.
     */
    public CreateRule scripts(List<Script> value) {
      return set("Scripts", Value.listOf(value));
    }

    /** Sets {@code Scripts} to this value; see {@link #scripts(List)}. */
    public CreateRule scripts(Value<List<Script>> value) {
      return set("Scripts", value);
    }

    /** Sets {@code Scripts} to a list of these; see {@link #scripts(List)}. */
    public CreateRule scripts(Script... values) {
      return set("Scripts", Value.list(values));
    }

    /**
     * The time, in UTC, to start the operation. The supported format is hh:mm.
     *
     * <p>The operation occurs within a one-hour window following the specified time. If you do not
     * specify a time, Amazon Data Lifecycle Manager selects a time within the next 24 hours.
     *
     * <p>Length: 5 to 5 characters. Pattern: {@code ^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$}.
     * CloudFormation property {@code Times}.
     */
    public CreateRule times(List<String> value) {
      return set("Times", Value.listOf(value));
    }

    /** Sets {@code Times} to this value; see {@link #times(List)}. */
    public CreateRule times(Value<List<String>> value) {
      return set("Times", value);
    }
  }

  /**
   * <em>[Event-based policies only]</em> Specifies a cross-Region copy action for event-based
   * policies.
   *
   * <p>To specify a cross-Region copy rule for snapshot and AMI policies, use <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_CrossRegionCopyRule.html">CrossRegionCopyRule</a>
   * .
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.CrossRegionCopyAction}.
   */
  public static final class CrossRegionCopyAction extends Struct<CrossRegionCopyAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.CrossRegionCopyAction")
        .required("EncryptionConfiguration", "Target")
        .constrain("Target", Constraint.of().pattern("^[\\w:\\-\\/\\*]+$").minLength(0).maxLength(2048))
        .build();

    public CrossRegionCopyAction() {
      super(SCHEMA);
    }

    /**
     * The encryption settings for the copied snapshot.
     *
     * <p>Required. CloudFormation property {@code EncryptionConfiguration}.
     */
    public CrossRegionCopyAction encryptionConfiguration(Value<EncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * Specifies a retention rule for cross-Region snapshot copies created by snapshot or
     * event-based policies, or cross-Region AMI copies created by AMI policies. After the retention
     * period expires, the cross-Region copy is deleted.
     *
     * <p>CloudFormation property {@code RetainRule}.
     */
    public CrossRegionCopyAction retainRule(Value<CrossRegionCopyRetainRule> value) {
      return set("RetainRule", value);
    }

    /**
     * The target Region.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code ^[&#92;w:&#92;-&#92;/&#92;*]+$}.
     * CloudFormation property {@code Target}.
     */
    public CrossRegionCopyAction target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public CrossRegionCopyAction target(Value<String> value) {
      return set("Target", value);
    }
  }

  /**
   * <em>[Custom AMI policies only]</em> Specifies an AMI deprecation rule for cross-Region AMI
   * copies created by an AMI policy.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.CrossRegionCopyDeprecateRule}.
   */
  public static final class CrossRegionCopyDeprecateRule extends Struct<CrossRegionCopyDeprecateRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.CrossRegionCopyDeprecateRule")
        .required("Interval", "IntervalUnit")
        .constrain("Interval", Constraint.of().minimum(1))
        .allowed("IntervalUnit", "DAYS", "MONTHS", "WEEKS", "YEARS")
        .build();

    public CrossRegionCopyDeprecateRule() {
      super(SCHEMA);
    }

    /**
     * The period after which to deprecate the cross-Region AMI copies. The period must be less than
     * or equal to the cross-Region AMI copy retention period, and it can't be greater than 10
     * years. This is equivalent to 120 months, 520 weeks, or 3650 days.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Interval}.
     */
    public CrossRegionCopyDeprecateRule interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public CrossRegionCopyDeprecateRule interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The unit of time in which to measure the <em>Interval</em> . For example, to deprecate a
     * cross-Region AMI copy after 3 months, specify <code>Interval=3</code> and
     * <code>IntervalUnit=MONTHS</code> .
     *
     * <p>Required. Allowed values: {@code DAYS}, {@code MONTHS}, {@code WEEKS}, {@code YEARS}.
     * CloudFormation property {@code IntervalUnit}.
     */
    public CrossRegionCopyDeprecateRule intervalUnit(String value) {
      return set("IntervalUnit", Value.of(value));
    }

    /** Sets {@code IntervalUnit} to this value; see {@link #intervalUnit(String)}. */
    public CrossRegionCopyDeprecateRule intervalUnit(Value<String> value) {
      return set("IntervalUnit", value);
    }
  }

  /**
   * Specifies a retention rule for cross-Region snapshot copies created by snapshot or event-based
   * policies, or cross-Region AMI copies created by AMI policies. After the retention period
   * expires, the cross-Region copy is deleted.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.CrossRegionCopyRetainRule}.
   */
  public static final class CrossRegionCopyRetainRule extends Struct<CrossRegionCopyRetainRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.CrossRegionCopyRetainRule")
        .required("Interval", "IntervalUnit")
        .constrain("Interval", Constraint.of().minimum(1))
        .allowed("IntervalUnit", "DAYS", "MONTHS", "WEEKS", "YEARS")
        .build();

    public CrossRegionCopyRetainRule() {
      super(SCHEMA);
    }

    /**
     * The amount of time to retain a cross-Region snapshot or AMI copy. The maximum is 100 years.
     * This is equivalent to 1200 months, 5200 weeks, or 36500 days.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Interval}.
     */
    public CrossRegionCopyRetainRule interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public CrossRegionCopyRetainRule interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The unit of time for time-based retention. For example, to retain a cross-Region copy for 3
     * months, specify <code>Interval=3</code> and <code>IntervalUnit=MONTHS</code> .
     *
     * <p>Required. Allowed values: {@code DAYS}, {@code MONTHS}, {@code WEEKS}, {@code YEARS}.
     * CloudFormation property {@code IntervalUnit}.
     */
    public CrossRegionCopyRetainRule intervalUnit(String value) {
      return set("IntervalUnit", Value.of(value));
    }

    /** Sets {@code IntervalUnit} to this value; see {@link #intervalUnit(String)}. */
    public CrossRegionCopyRetainRule intervalUnit(Value<String> value) {
      return set("IntervalUnit", value);
    }
  }

  /**
   * <em>[Custom snapshot and AMI policies only]</em> Specifies a cross-Region copy rule for a
   * snapshot and AMI policies.
   *
   * <p>To specify a cross-Region copy action for event-based polices, use <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_CrossRegionCopyAction.html">CrossRegionCopyAction</a>
   * .
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.CrossRegionCopyRule}.
   */
  public static final class CrossRegionCopyRule extends Struct<CrossRegionCopyRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.CrossRegionCopyRule")
        .required("Encrypted")
        .constrain("CmkArn", Constraint.of().pattern("^arn:aws(-[a-z]{1,3}){0,2}:kms:([a-z]+-){2,3}\\d:\\d+:key/").minLength(0).maxLength(2048))
        .constrain("Target", Constraint.of().pattern("^[\\w:\\-\\/\\*]+$").minLength(0).maxLength(2048))
        .constrain("TargetRegion", Constraint.of().pattern("^([a-z]+-){2,3}\\d$").minLength(0).maxLength(16))
        .build();

    public CrossRegionCopyRule() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS KMS key to use for EBS encryption. If this
     * parameter is not specified, the default KMS key for the account is used.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[a-z]{1,3}){0,2}:kms:([a-z]+-){2,3}&#92;d:&#92;d+:key/}. CloudFormation property
     * {@code CmkArn}.
     */
    public CrossRegionCopyRule cmkArn(String value) {
      return set("CmkArn", Value.of(value));
    }

    /** Sets {@code CmkArn} to this value; see {@link #cmkArn(String)}. */
    public CrossRegionCopyRule cmkArn(Value<String> value) {
      return set("CmkArn", value);
    }

    /**
     * Indicates whether to copy all user-defined tags from the source snapshot or AMI to the
     * cross-Region copy.
     *
     * <p>CloudFormation property {@code CopyTags}.
     */
    public CrossRegionCopyRule copyTags(boolean value) {
      return set("CopyTags", Value.of(value));
    }

    /** Sets {@code CopyTags} to this value; see {@link #copyTags(boolean)}. */
    public CrossRegionCopyRule copyTags(Value<Boolean> value) {
      return set("CopyTags", value);
    }

    /**
     * <em>[Custom AMI policies only]</em> The AMI deprecation rule for cross-Region AMI copies
     * created by the rule.
     *
     * <p>CloudFormation property {@code DeprecateRule}.
     */
    public CrossRegionCopyRule deprecateRule(Value<CrossRegionCopyDeprecateRule> value) {
      return set("DeprecateRule", value);
    }

    /**
     * To encrypt a copy of an unencrypted snapshot if encryption by default is not enabled, enable
     * encryption using this parameter. Copies of encrypted snapshots are encrypted, even if this
     * parameter is false or if encryption by default is not enabled.
     *
     * <p>Required. CloudFormation property {@code Encrypted}.
     */
    public CrossRegionCopyRule encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public CrossRegionCopyRule encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The retention rule that indicates how long the cross-Region snapshot or AMI copies are to be
     * retained in the destination Region.
     *
     * <p>CloudFormation property {@code RetainRule}.
     */
    public CrossRegionCopyRule retainRule(Value<CrossRegionCopyRetainRule> value) {
      return set("RetainRule", value);
    }

    /**
     * Use this parameter for snapshot policies only. For AMI policies, use <em>TargetRegion</em>
     * instead.
     *
     * <p><em>[Custom snapshot policies only]</em> The target Region or the Amazon Resource Name
     * (ARN) of the target Outpost for the snapshot copies.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code ^[&#92;w:&#92;-&#92;/&#92;*]+$}.
     * CloudFormation property {@code Target}.
     */
    public CrossRegionCopyRule target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public CrossRegionCopyRule target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * Use this parameter for AMI policies only. For snapshot policies, use <em>Target</em> instead.
     * For snapshot policies created before the <em>Target</em> parameter was introduced, this
     * parameter indicates the target Region for snapshot copies.
     *
     * <p><em>[Custom AMI policies only]</em> The target Region or the Amazon Resource Name (ARN) of
     * the target Outpost for the snapshot copies.
     *
     * <p>Length: 0 to 16 characters. Pattern: {@code ^([a-z]+-){2,3}&#92;d$}. CloudFormation
     * property {@code TargetRegion}.
     */
    public CrossRegionCopyRule targetRegion(String value) {
      return set("TargetRegion", Value.of(value));
    }

    /** Sets {@code TargetRegion} to this value; see {@link #targetRegion(String)}. */
    public CrossRegionCopyRule targetRegion(Value<String> value) {
      return set("TargetRegion", value);
    }
  }

  /** Property type {@code AWS::DLM::LifecyclePolicy.CrossRegionCopyTarget}. */
  public static final class CrossRegionCopyTarget extends Struct<CrossRegionCopyTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.CrossRegionCopyTarget")
        .constrain("TargetRegion", Constraint.of().pattern("^([a-z]+-){2,3}\\d$").minLength(0).maxLength(16))
        .build();

    public CrossRegionCopyTarget() {
      super(SCHEMA);
    }

    /**
     * The target Region, for example <code>us-east-1</code>.
     *
     * <p>Length: 0 to 16 characters. Pattern: {@code ^([a-z]+-){2,3}&#92;d$}. CloudFormation
     * property {@code TargetRegion}.
     */
    public CrossRegionCopyTarget targetRegion(String value) {
      return set("TargetRegion", Value.of(value));
    }

    /** Sets {@code TargetRegion} to this value; see {@link #targetRegion(String)}. */
    public CrossRegionCopyTarget targetRegion(Value<String> value) {
      return set("TargetRegion", value);
    }
  }

  /**
   * <em>[Custom AMI policies only]</em> Specifies an AMI deprecation rule for AMIs created by an
   * AMI lifecycle policy.
   *
   * <p>For age-based schedules, you must specify <em>Interval</em> and <em>IntervalUnit</em> . For
   * count-based schedules, you must specify <em>Count</em> .
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.DeprecateRule}.
   */
  public static final class DeprecateRule extends Struct<DeprecateRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.DeprecateRule")
        .constrain("Count", Constraint.of().minimum(1).maximum(1000))
        .constrain("Interval", Constraint.of().minimum(1))
        .allowed("IntervalUnit", "DAYS", "MONTHS", "WEEKS", "YEARS")
        .build();

    public DeprecateRule() {
      super(SCHEMA);
    }

    /**
     * If the schedule has a count-based retention rule, this parameter specifies the number of
     * oldest AMIs to deprecate. The count must be less than or equal to the schedule's retention
     * count, and it can't be greater than 1000.
     *
     * <p>Range: 1 to 1000. CloudFormation property {@code Count}.
     */
    public DeprecateRule count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public DeprecateRule count(Value<Integer> value) {
      return set("Count", value);
    }

    /**
     * If the schedule has an age-based retention rule, this parameter specifies the period after
     * which to deprecate AMIs created by the schedule. The period must be less than or equal to the
     * schedule's retention period, and it can't be greater than 10 years. This is equivalent to 120
     * months, 520 weeks, or 3650 days.
     *
     * <p>Range: at least 1. CloudFormation property {@code Interval}.
     */
    public DeprecateRule interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public DeprecateRule interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The unit of time in which to measure the <em>Interval</em> .
     *
     * <p>Allowed values: {@code DAYS}, {@code MONTHS}, {@code WEEKS}, {@code YEARS}. CloudFormation
     * property {@code IntervalUnit}.
     */
    public DeprecateRule intervalUnit(String value) {
      return set("IntervalUnit", Value.of(value));
    }

    /** Sets {@code IntervalUnit} to this value; see {@link #intervalUnit(String)}. */
    public DeprecateRule intervalUnit(Value<String> value) {
      return set("IntervalUnit", value);
    }
  }

  /**
   * <em>[Event-based policies only]</em> Specifies the encryption settings for cross-Region
   * snapshot copies created by event-based policies.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.EncryptionConfiguration")
        .required("Encrypted")
        .constrain("CmkArn", Constraint.of().pattern("^arn:aws(-[a-z]{1,3}){0,2}:kms:([a-z]+-){2,3}\\d:\\d+:key/").minLength(0).maxLength(2048))
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS KMS key to use for EBS encryption. If this
     * parameter is not specified, the default KMS key for the account is used.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:aws(-[a-z]{1,3}){0,2}:kms:([a-z]+-){2,3}&#92;d:&#92;d+:key/}. CloudFormation property
     * {@code CmkArn}.
     */
    public EncryptionConfiguration cmkArn(String value) {
      return set("CmkArn", Value.of(value));
    }

    /** Sets {@code CmkArn} to this value; see {@link #cmkArn(String)}. */
    public EncryptionConfiguration cmkArn(Value<String> value) {
      return set("CmkArn", value);
    }

    /**
     * To encrypt a copy of an unencrypted snapshot when encryption by default is not enabled,
     * enable encryption using this parameter. Copies of encrypted snapshots are encrypted, even if
     * this parameter is false or when encryption by default is not enabled.
     *
     * <p>Required. CloudFormation property {@code Encrypted}.
     */
    public EncryptionConfiguration encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public EncryptionConfiguration encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }
  }

  /**
   * <em>[Event-based policies only]</em> Specifies an event that activates an event-based policy.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.EventParameters}.
   */
  public static final class EventParameters extends Struct<EventParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.EventParameters")
        .required("EventType", "SnapshotOwner")
        .constrain("DescriptionRegex", Constraint.of().minLength(0).maxLength(1000))
        .allowed("EventType", "shareSnapshot")
        .constrain("SnapshotOwner", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .build();

    public EventParameters() {
      super(SCHEMA);
    }

    /**
     * The snapshot description that can trigger the policy. The description pattern is specified
     * using a regular expression. The policy runs only if a snapshot with a description that
     * matches the specified pattern is shared with your account.
     *
     * <p>For example, specifying <code>^.<em>Created for policy:
     * policy-1234567890abcdef0.</em>$</code> configures the policy to run only if snapshots created
     * by policy <code>policy-1234567890abcdef0</code> are shared with your account.
     *
     * <p>Length: 0 to 1000 characters. CloudFormation property {@code DescriptionRegex}.
     */
    public EventParameters descriptionRegex(String value) {
      return set("DescriptionRegex", Value.of(value));
    }

    /** Sets {@code DescriptionRegex} to this value; see {@link #descriptionRegex(String)}. */
    public EventParameters descriptionRegex(Value<String> value) {
      return set("DescriptionRegex", value);
    }

    /**
     * The type of event. Currently, only snapshot sharing events are supported.
     *
     * <p>Required. Allowed values: {@code shareSnapshot}. CloudFormation property {@code
     * EventType}.
     */
    public EventParameters eventType(String value) {
      return set("EventType", Value.of(value));
    }

    /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
    public EventParameters eventType(Value<String> value) {
      return set("EventType", value);
    }

    /**
     * The IDs of the AWS accounts that can trigger policy by sharing snapshots with your account.
     * The policy only runs if one of the specified AWS accounts shares a snapshot with your
     * account.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation
     * property {@code SnapshotOwner}.
     */
    public EventParameters snapshotOwner(List<String> value) {
      return set("SnapshotOwner", Value.listOf(value));
    }

    /** Sets {@code SnapshotOwner} to this value; see {@link #snapshotOwner(List)}. */
    public EventParameters snapshotOwner(Value<List<String>> value) {
      return set("SnapshotOwner", value);
    }
  }

  /**
   * <em>[Event-based policies only]</em> Specifies an event that activates an event-based policy.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.EventSource}.
   */
  public static final class EventSource extends Struct<EventSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.EventSource")
        .required("Type")
        .allowed("Type", "MANAGED_CWE")
        .build();

    public EventSource() {
      super(SCHEMA);
    }

    /**
     * Information about the event.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public EventSource parameters(Value<EventParameters> value) {
      return set("Parameters", value);
    }

    /**
     * The source of the event. Currently only managed Amazon EventBridge (formerly known as Amazon
     * CloudWatch) events are supported.
     *
     * <p>Required. Allowed values: {@code MANAGED_CWE}. CloudFormation property {@code Type}.
     */
    public EventSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EventSource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * <em>[Default policies only]</em> Specifies exclusion parameters for volumes or instances for
   * which you do not want to create snapshots or AMIs. The policy will not create snapshots or AMIs
   * for target resources that match any of the specified exclusion parameters.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.Exclusions}.
   */
  public static final class Exclusions extends Struct<Exclusions> {
    private static final Schema SCHEMA = Schema.of("AWS::DLM::LifecyclePolicy.Exclusions");

    public Exclusions() {
      super(SCHEMA);
    }

    /**
     * <em>[Default policies for EBS snapshots only]</em> Indicates whether to exclude volumes that
     * are attached to instances as the boot volume. If you exclude boot volumes, only volumes
     * attached as data (non-boot) volumes will be backed up by the policy. To exclude boot volumes,
     * specify <code>true</code> .
     *
     * <p>CloudFormation property {@code ExcludeBootVolumes}.
     */
    public Exclusions excludeBootVolumes(boolean value) {
      return set("ExcludeBootVolumes", Value.of(value));
    }

    /** Sets {@code ExcludeBootVolumes} to this value; see {@link #excludeBootVolumes(boolean)}. */
    public Exclusions excludeBootVolumes(Value<Boolean> value) {
      return set("ExcludeBootVolumes", value);
    }

    /**
     * <em>[Default policies for EBS-backed AMIs only]</em> Specifies whether to exclude volumes
     * that have specific tags.
     *
     * <p>CloudFormation property {@code ExcludeTags}.
     */
    public Exclusions excludeTags(List<Tag> value) {
      return set("ExcludeTags", Value.listOf(value));
    }

    /** Sets {@code ExcludeTags} to this value; see {@link #excludeTags(List)}. */
    public Exclusions excludeTags(Value<List<Tag>> value) {
      return set("ExcludeTags", value);
    }

    /**
     * <em>[Default policies for EBS snapshots only]</em> Specifies the volume types to exclude.
     * Volumes of the specified types will not be targeted by the policy.
     *
     * <p>CloudFormation property {@code ExcludeVolumeTypes}.
     */
    public Exclusions excludeVolumeTypes(List<String> value) {
      return set("ExcludeVolumeTypes", Value.listOf(value));
    }

    /** Sets {@code ExcludeVolumeTypes} to this value; see {@link #excludeVolumeTypes(List)}. */
    public Exclusions excludeVolumeTypes(Value<List<String>> value) {
      return set("ExcludeVolumeTypes", value);
    }
  }

  /**
   * <em>[Custom snapshot policies only]</em> Specifies a rule for enabling fast snapshot restore
   * for snapshots created by snapshot policies. You can enable fast snapshot restore based on
   * either a count or a time interval.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.FastRestoreRule}.
   */
  public static final class FastRestoreRule extends Struct<FastRestoreRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.FastRestoreRule")
        .constrain("AvailabilityZoneIds", Constraint.of().pattern("^[a-z]{3,4}\\d-az\\d+$").minLength(0).maxLength(16))
        .constrain("AvailabilityZones", Constraint.of().pattern("^([a-z]+-){2,3}\\d[a-z]$").minLength(0).maxLength(16))
        .constrain("Count", Constraint.of().minimum(1).maximum(1000))
        .constrain("Interval", Constraint.of().minimum(1))
        .allowed("IntervalUnit", "DAYS", "MONTHS", "WEEKS", "YEARS")
        .build();

    public FastRestoreRule() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone IDs in which to enable fast snapshot restore.
     *
     * <p>Length: 0 to 16 characters. Pattern: {@code ^[a-z]{3,4}&#92;d-az&#92;d+$}. CloudFormation
     * property {@code AvailabilityZoneIds}.
     */
    public FastRestoreRule availabilityZoneIds(List<String> value) {
      return set("AvailabilityZoneIds", Value.listOf(value));
    }

    /** Sets {@code AvailabilityZoneIds} to this value; see {@link #availabilityZoneIds(List)}. */
    public FastRestoreRule availabilityZoneIds(Value<List<String>> value) {
      return set("AvailabilityZoneIds", value);
    }

    /**
     * The Availability Zones in which to enable fast snapshot restore.
     *
     * <p>Length: 0 to 16 characters. Pattern: {@code ^([a-z]+-){2,3}&#92;d[a-z]$}. CloudFormation
     * property {@code AvailabilityZones}.
     */
    public FastRestoreRule availabilityZones(List<String> value) {
      return set("AvailabilityZones", Value.listOf(value));
    }

    /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
    public FastRestoreRule availabilityZones(Value<List<String>> value) {
      return set("AvailabilityZones", value);
    }

    /**
     * The number of snapshots to be enabled with fast snapshot restore.
     *
     * <p>Range: 1 to 1000. CloudFormation property {@code Count}.
     */
    public FastRestoreRule count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public FastRestoreRule count(Value<Integer> value) {
      return set("Count", value);
    }

    /**
     * The amount of time to enable fast snapshot restore. The maximum is 100 years. This is
     * equivalent to 1200 months, 5200 weeks, or 36500 days.
     *
     * <p>Range: at least 1. CloudFormation property {@code Interval}.
     */
    public FastRestoreRule interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public FastRestoreRule interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The unit of time for enabling fast snapshot restore.
     *
     * <p>Allowed values: {@code DAYS}, {@code MONTHS}, {@code WEEKS}, {@code YEARS}. CloudFormation
     * property {@code IntervalUnit}.
     */
    public FastRestoreRule intervalUnit(String value) {
      return set("IntervalUnit", Value.of(value));
    }

    /** Sets {@code IntervalUnit} to this value; see {@link #intervalUnit(String)}. */
    public FastRestoreRule intervalUnit(Value<String> value) {
      return set("IntervalUnit", value);
    }
  }

  /**
   * <em>[Custom snapshot and AMI policies only]</em> Specifies optional parameters for snapshot and
   * AMI policies. The set of valid parameters depends on the combination of policy type and target
   * resource type.
   *
   * <p>If you choose to exclude boot volumes and you specify tags that consequently exclude all of
   * the additional data volumes attached to an instance, then Amazon Data Lifecycle Manager will
   * not create any snapshots for the affected instance, and it will emit a
   * <code>SnapshotsCreateFailed</code> Amazon CloudWatch metric. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitor-dlm-cw-metrics.html">Monitor
   * your policies using Amazon CloudWatch</a> .
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.Parameters}.
   */
  public static final class Parameters extends Struct<Parameters> {
    private static final Schema SCHEMA = Schema.of("AWS::DLM::LifecyclePolicy.Parameters");

    public Parameters() {
      super(SCHEMA);
    }

    /**
     * <em>[Custom snapshot policies that target instances only]</em> Indicates whether to exclude
     * the root volume from multi-volume snapshot sets. The default is <code>false</code> . If you
     * specify <code>true</code> , then the root volumes attached to targeted instances will be
     * excluded from the multi-volume snapshot sets created by the policy.
     *
     * <p>CloudFormation property {@code ExcludeBootVolume}.
     */
    public Parameters excludeBootVolume(boolean value) {
      return set("ExcludeBootVolume", Value.of(value));
    }

    /** Sets {@code ExcludeBootVolume} to this value; see {@link #excludeBootVolume(boolean)}. */
    public Parameters excludeBootVolume(Value<Boolean> value) {
      return set("ExcludeBootVolume", value);
    }

    /**
     * <em>[Custom snapshot policies that target instances only]</em> The tags used to identify data
     * (non-root) volumes to exclude from multi-volume snapshot sets.
     *
     * <p>If you create a snapshot lifecycle policy that targets instances and you specify tags for
     * this parameter, then data volumes with the specified tags that are attached to targeted
     * instances will be excluded from the multi-volume snapshot sets created by the policy.
     *
     * <p>CloudFormation property {@code ExcludeDataVolumeTags}.
     */
    public Parameters excludeDataVolumeTags(List<Tag> value) {
      return set("ExcludeDataVolumeTags", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludeDataVolumeTags} to this value; see {@link #excludeDataVolumeTags(List)}.
     */
    public Parameters excludeDataVolumeTags(Value<List<Tag>> value) {
      return set("ExcludeDataVolumeTags", value);
    }

    /**
     * <em>[Custom AMI policies only]</em> Indicates whether targeted instances are rebooted when
     * the lifecycle policy runs. <code>true</code> indicates that targeted instances are not
     * rebooted when the policy runs. <code>false</code> indicates that target instances are
     * rebooted when the policy runs. The default is <code>true</code> (instances are not rebooted).
     *
     * <p>CloudFormation property {@code NoReboot}.
     */
    public Parameters noReboot(boolean value) {
      return set("NoReboot", Value.of(value));
    }

    /** Sets {@code NoReboot} to this value; see {@link #noReboot(boolean)}. */
    public Parameters noReboot(Value<Boolean> value) {
      return set("NoReboot", value);
    }
  }

  /**
   * Specifies the configuration of a lifecycle policy.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.PolicyDetails}.
   */
  public static final class PolicyDetails extends Struct<PolicyDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.PolicyDetails")
        .constrain("CreateInterval", Constraint.of().minimum(1))
        .allowed("PolicyLanguage", "SIMPLIFIED", "STANDARD")
        .allowed("PolicyType", "EBS_SNAPSHOT_MANAGEMENT", "EVENT_BASED_POLICY", "IMAGE_MANAGEMENT")
        .allowed("ResourceLocations", "CLOUD", "LOCAL_ZONE", "OUTPOST")
        .allowed("ResourceType", "INSTANCE", "VOLUME")
        .allowed("ResourceTypes", "INSTANCE", "VOLUME")
        .constrain("RetainInterval", Constraint.of().minimum(1))
        .build();

    public PolicyDetails() {
      super(SCHEMA);
    }

    /**
     * <em>[Event-based policies only]</em> The actions to be performed when the event-based policy
     * is activated. You can specify only one action per policy.
     *
     * <p>CloudFormation property {@code Actions}.
     */
    public PolicyDetails actions(List<Action> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public PolicyDetails actions(Value<List<Action>> value) {
      return set("Actions", value);
    }

    /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
    public PolicyDetails actions(Action... values) {
      return set("Actions", Value.list(values));
    }

    /**
     * <em>[Default policies only]</em> Indicates whether the policy should copy tags from the
     * source resource to the snapshot or AMI. If you do not specify a value, the default is
     * <code>false</code> .
     *
     * <p>Default: false
     *
     * <p>CloudFormation property {@code CopyTags}.
     */
    public PolicyDetails copyTags(boolean value) {
      return set("CopyTags", Value.of(value));
    }

    /** Sets {@code CopyTags} to this value; see {@link #copyTags(boolean)}. */
    public PolicyDetails copyTags(Value<Boolean> value) {
      return set("CopyTags", value);
    }

    /**
     * <em>[Default policies only]</em> Specifies how often the policy should run and create
     * snapshots or AMIs. The creation frequency can range from 1 to 7 days. If you do not specify a
     * value, the default is 1.
     *
     * <p>Default: 1
     *
     * <p>Range: at least 1. CloudFormation property {@code CreateInterval}.
     */
    public PolicyDetails createInterval(int value) {
      return set("CreateInterval", Value.of(value));
    }

    /** Sets {@code CreateInterval} to this value; see {@link #createInterval(int)}. */
    public PolicyDetails createInterval(Value<Integer> value) {
      return set("CreateInterval", value);
    }

    /**
     * <em>[Default policies only]</em> Specifies destination Regions for snapshot or AMI copies.
     * You can specify up to 3 destination Regions. If you do not want to create cross-Region
     * copies, omit this parameter.
     *
     * <p>CloudFormation property {@code CrossRegionCopyTargets}.
     */
    public PolicyDetails crossRegionCopyTargets(List<CrossRegionCopyTarget> value) {
      return set("CrossRegionCopyTargets", Value.listOf(value));
    }

    /**
     * Sets {@code CrossRegionCopyTargets} to this value; see {@link #crossRegionCopyTargets(List)}.
     */
    public PolicyDetails crossRegionCopyTargets(Value<List<CrossRegionCopyTarget>> value) {
      return set("CrossRegionCopyTargets", value);
    }

    /**
     * Sets {@code CrossRegionCopyTargets} to a list of these; see {@link
     * #crossRegionCopyTargets(List)}.
     */
    public PolicyDetails crossRegionCopyTargets(CrossRegionCopyTarget... values) {
      return set("CrossRegionCopyTargets", Value.list(values));
    }

    /**
     * <em>[Event-based policies only]</em> The event that activates the event-based policy.
     *
     * <p>CloudFormation property {@code EventSource}.
     */
    public PolicyDetails eventSource(Value<EventSource> value) {
      return set("EventSource", value);
    }

    /**
     * <em>[Default policies only]</em> Specifies exclusion parameters for volumes or instances for
     * which you do not want to create snapshots or AMIs. The policy will not create snapshots or
     * AMIs for target resources that match any of the specified exclusion parameters.
     *
     * <p>CloudFormation property {@code Exclusions}.
     */
    public PolicyDetails exclusions(Value<Exclusions> value) {
      return set("Exclusions", value);
    }

    /**
     * <em>[Default policies only]</em> Defines the snapshot or AMI retention behavior for the
     * policy if the source volume or instance is deleted, or if the policy enters the error,
     * disabled, or deleted state.
     *
     * <p>By default ( <em>ExtendDeletion=false</em> ):
     *
     * <ul> <li>If a source resource is deleted, Amazon Data Lifecycle Manager will continue to
     * delete previously created snapshots or AMIs, up to but not including the last one, based on
     * the specified retention period. If you want Amazon Data Lifecycle Manager to delete all
     * snapshots or AMIs, including the last one, specify <code>true</code> . <li>If a policy enters
     * the error, disabled, or deleted state, Amazon Data Lifecycle Manager stops deleting snapshots
     * and AMIs. If you want Amazon Data Lifecycle Manager to continue deleting snapshots or AMIs,
     * including the last one, if the policy enters one of these states, specify <code>true</code> .
     * </ul>
     *
     * <p>If you enable extended deletion ( <em>ExtendDeletion=true</em> ), you override both
     * default behaviors simultaneously.
     *
     * <p>If you do not specify a value, the default is <code>false</code> .
     *
     * <p>Default: false
     *
     * <p>CloudFormation property {@code ExtendDeletion}.
     */
    public PolicyDetails extendDeletion(boolean value) {
      return set("ExtendDeletion", Value.of(value));
    }

    /** Sets {@code ExtendDeletion} to this value; see {@link #extendDeletion(boolean)}. */
    public PolicyDetails extendDeletion(Value<Boolean> value) {
      return set("ExtendDeletion", value);
    }

    /**
     * <em>[Custom snapshot and AMI policies only]</em> A set of optional parameters for snapshot
     * and AMI lifecycle policies.
     *
     * <p>If you are modifying a policy that was created or previously modified using the Amazon
     * Data Lifecycle Manager console, then you must include this parameter and specify either the
     * default values or the new values that you require. You can't omit this parameter or set its
     * values to null.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public PolicyDetails parameters(Value<Parameters> value) {
      return set("Parameters", value);
    }

    /**
     * The type of policy to create. Specify one of the following:
     *
     * <ul> <li><code>SIMPLIFIED</code> To create a default policy. <li><code>STANDARD</code> To
     * create a custom policy. </ul>
     *
     * <p>Allowed values: {@code SIMPLIFIED}, {@code STANDARD}. CloudFormation property {@code
     * PolicyLanguage}.
     */
    public PolicyDetails policyLanguage(String value) {
      return set("PolicyLanguage", Value.of(value));
    }

    /** Sets {@code PolicyLanguage} to this value; see {@link #policyLanguage(String)}. */
    public PolicyDetails policyLanguage(Value<String> value) {
      return set("PolicyLanguage", value);
    }

    /**
     * The type of policy. Specify <code>EBS_SNAPSHOT_MANAGEMENT</code> to create a lifecycle policy
     * that manages the lifecycle of Amazon EBS snapshots. Specify <code>IMAGE_MANAGEMENT</code> to
     * create a lifecycle policy that manages the lifecycle of EBS-backed AMIs. Specify
     * <code>EVENT_BASED_POLICY</code> to create an event-based policy that performs specific
     * actions when a defined event occurs in your AWS account .
     *
     * <p>The default is <code>EBS_SNAPSHOT_MANAGEMENT</code> .
     *
     * <p>Allowed values: {@code EBS_SNAPSHOT_MANAGEMENT}, {@code EVENT_BASED_POLICY}, {@code
     * IMAGE_MANAGEMENT}. CloudFormation property {@code PolicyType}.
     */
    public PolicyDetails policyType(String value) {
      return set("PolicyType", Value.of(value));
    }

    /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
    public PolicyDetails policyType(Value<String> value) {
      return set("PolicyType", value);
    }

    /**
     * <em>[Custom snapshot and AMI policies only]</em> The location of the resources to backup.
     *
     * <ul> <li>If the source resources are located in a Region, specify <code>CLOUD</code> . In
     * this case, the policy targets all resources of the specified type with matching target tags
     * across all Availability Zones in the Region. <li><em>[Custom snapshot policies only]</em> If
     * the source resources are located in a Local Zone, specify <code>LOCAL_ZONE</code> . In this
     * case, the policy targets all resources of the specified type with matching target tags across
     * all Local Zones in the Region. <li>If the source resources are located on an Outpost in your
     * account, specify <code>OUTPOST</code> . In this case, the policy targets all resources of the
     * specified type with matching target tags across all of the Outposts in your account. </ul>
     *
     * <p>Allowed values: {@code CLOUD}, {@code LOCAL_ZONE}, {@code OUTPOST}. CloudFormation
     * property {@code ResourceLocations}.
     */
    public PolicyDetails resourceLocations(List<String> value) {
      return set("ResourceLocations", Value.listOf(value));
    }

    /** Sets {@code ResourceLocations} to this value; see {@link #resourceLocations(List)}. */
    public PolicyDetails resourceLocations(Value<List<String>> value) {
      return set("ResourceLocations", value);
    }

    /**
     * <em>[Default policies only]</em> Specify the type of default policy to create.
     *
     * <ul> <li>To create a default policy for EBS snapshots, that creates snapshots of all volumes
     * in the Region that do not have recent backups, specify <code>VOLUME</code> . <li>To create a
     * default policy for EBS-backed AMIs, that creates EBS-backed AMIs from all instances in the
     * Region that do not have recent backups, specify <code>INSTANCE</code> . </ul>
     *
     * <p>Allowed values: {@code INSTANCE}, {@code VOLUME}. CloudFormation property {@code
     * ResourceType}.
     */
    public PolicyDetails resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public PolicyDetails resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * <em>[Custom snapshot policies only]</em> The target resource type for snapshot and AMI
     * lifecycle policies. Use <code>VOLUME</code> to create snapshots of individual volumes or use
     * <code>INSTANCE</code> to create multi-volume snapshots from the volumes for an instance.
     *
     * <p>Allowed values: {@code INSTANCE}, {@code VOLUME}. CloudFormation property {@code
     * ResourceTypes}.
     */
    public PolicyDetails resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public PolicyDetails resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }

    /**
     * <em>[Default policies only]</em> Specifies how long the policy should retain snapshots or
     * AMIs before deleting them. The retention period can range from 2 to 14 days, but it must be
     * greater than the creation frequency to ensure that the policy retains at least 1 snapshot or
     * AMI at any given time. If you do not specify a value, the default is 7.
     *
     * <p>Default: 7
     *
     * <p>Range: at least 1. CloudFormation property {@code RetainInterval}.
     */
    public PolicyDetails retainInterval(int value) {
      return set("RetainInterval", Value.of(value));
    }

    /** Sets {@code RetainInterval} to this value; see {@link #retainInterval(int)}. */
    public PolicyDetails retainInterval(Value<Integer> value) {
      return set("RetainInterval", value);
    }

    /**
     * <em>[Custom snapshot and AMI policies only]</em> The schedules of policy-defined actions for
     * snapshot and AMI lifecycle policies. A policy can have up to four schedules—one mandatory
     * schedule and up to three optional schedules.
     *
     * <p>CloudFormation property {@code Schedules}.
     */
    public PolicyDetails schedules(List<Schedule> value) {
      return set("Schedules", Value.listOf(value));
    }

    /** Sets {@code Schedules} to this value; see {@link #schedules(List)}. */
    public PolicyDetails schedules(Value<List<Schedule>> value) {
      return set("Schedules", value);
    }

    /** Sets {@code Schedules} to a list of these; see {@link #schedules(List)}. */
    public PolicyDetails schedules(Schedule... values) {
      return set("Schedules", Value.list(values));
    }

    /**
     * <em>[Custom snapshot and AMI policies only]</em> The single tag that identifies targeted
     * resources for this policy.
     *
     * <p>CloudFormation property {@code TargetTags}.
     */
    public PolicyDetails targetTags(List<Tag> value) {
      return set("TargetTags", Value.listOf(value));
    }

    /** Sets {@code TargetTags} to this value; see {@link #targetTags(List)}. */
    public PolicyDetails targetTags(Value<List<Tag>> value) {
      return set("TargetTags", value);
    }
  }

  /**
   * <em>[Custom snapshot and AMI policies only]</em> Specifies a retention rule for snapshots
   * created by snapshot policies, or for AMIs created by AMI policies.
   *
   * <p>For snapshot policies that have an <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ArchiveRule.html">ArchiveRule</a>
   * , this retention rule applies to standard tier retention. When the retention threshold is met,
   * snapshots are moved from the standard to the archive tier. For snapshot policies that do not
   * have an <em>ArchiveRule</em> , snapshots are permanently deleted when this retention threshold
   * is met.
   *
   * <p>You can retain snapshots based on either a count or a time interval.
   *
   * <ul> <li><em>Count-based retention</em> </ul>
   *
   * <p>You must specify <em>Count</em> . If you specify an <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ArchiveRule.html">ArchiveRule</a>
   * for the schedule, then you can specify a retention count of <code>0</code> to archive snapshots
   * immediately after creation. If you specify a <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_FastRestoreRule.html">FastRestoreRule</a>
   * , <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ShareRule.html">ShareRule</a> ,
   * or a <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_CrossRegionCopyRule.html">CrossRegionCopyRule</a>
   * , then you must specify a retention count of <code>1</code> or more.
   *
   * <ul> <li><em>Age-based retention</em> </ul>
   *
   * <p>You must specify <em>Interval</em> and <em>IntervalUnit</em> . If you specify an <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ArchiveRule.html">ArchiveRule</a>
   * for the schedule, then you can specify a retention interval of <code>0</code> days to archive
   * snapshots immediately after creation. If you specify a <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_FastRestoreRule.html">FastRestoreRule</a>
   * , <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ShareRule.html">ShareRule</a> ,
   * or a <a
   * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_CrossRegionCopyRule.html">CrossRegionCopyRule</a>
   * , then you must specify a retention interval of <code>1</code> day or more.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.RetainRule}.
   */
  public static final class RetainRule extends Struct<RetainRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.RetainRule")
        .constrain("Count", Constraint.of().minimum(0).maximum(1000))
        .constrain("Interval", Constraint.of().minimum(0))
        .allowed("IntervalUnit", "DAYS", "MONTHS", "WEEKS", "YEARS")
        .build();

    public RetainRule() {
      super(SCHEMA);
    }

    /**
     * The number of snapshots to retain for each volume, up to a maximum of 1000. For example if
     * you want to retain a maximum of three snapshots, specify <code>3</code> . When the fourth
     * snapshot is created, the oldest retained snapshot is deleted, or it is moved to the archive
     * tier if you have specified an <a
     * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ArchiveRule.html">ArchiveRule</a>
     * .
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code Count}.
     */
    public RetainRule count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public RetainRule count(Value<Integer> value) {
      return set("Count", value);
    }

    /**
     * The amount of time to retain each snapshot. The maximum is 100 years. This is equivalent to
     * 1200 months, 5200 weeks, or 36500 days.
     *
     * <p>Range: at least 0. CloudFormation property {@code Interval}.
     */
    public RetainRule interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public RetainRule interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The unit of time for time-based retention. For example, to retain snapshots for 3 months,
     * specify <code>Interval=3</code> and <code>IntervalUnit=MONTHS</code> . Once the snapshot has
     * been retained for 3 months, it is deleted, or it is moved to the archive tier if you have
     * specified an <a
     * href="https://docs.aws.amazon.com/dlm/latest/APIReference/API_ArchiveRule.html">ArchiveRule</a>
     * .
     *
     * <p>Allowed values: {@code DAYS}, {@code MONTHS}, {@code WEEKS}, {@code YEARS}. CloudFormation
     * property {@code IntervalUnit}.
     */
    public RetainRule intervalUnit(String value) {
      return set("IntervalUnit", Value.of(value));
    }

    /** Sets {@code IntervalUnit} to this value; see {@link #intervalUnit(String)}. */
    public RetainRule intervalUnit(Value<String> value) {
      return set("IntervalUnit", value);
    }
  }

  /**
   * <em>[Custom snapshot policies only]</em> Describes the retention rule for archived snapshots.
   * Once the archive retention threshold is met, the snapshots are permanently deleted from the
   * archive tier.
   *
   * <p>The archive retention rule must retain snapshots in the archive tier for a minimum of 90
   * days.
   *
   * <p>For <em>count-based schedules</em> , you must specify <em>Count</em> . For <em>age-based
   * schedules</em> , you must specify <em>Interval</em> and <em>IntervalUnit</em> .
   *
   * <p>For more information about using snapshot archiving, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/snapshot-ami-policy.html#dlm-archive">Considerations
   * for snapshot lifecycle policies</a> .
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.RetentionArchiveTier}.
   */
  public static final class RetentionArchiveTier extends Struct<RetentionArchiveTier> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.RetentionArchiveTier")
        .constrain("Count", Constraint.of().minimum(1).maximum(1000))
        .constrain("Interval", Constraint.of().minimum(1))
        .allowed("IntervalUnit", "DAYS", "MONTHS", "WEEKS", "YEARS")
        .build();

    public RetentionArchiveTier() {
      super(SCHEMA);
    }

    /**
     * The maximum number of snapshots to retain in the archive storage tier for each volume. The
     * count must ensure that each snapshot remains in the archive tier for at least 90 days. For
     * example, if the schedule creates snapshots every 30 days, you must specify a count of 3 or
     * more to ensure that each snapshot is archived for at least 90 days.
     *
     * <p>Range: 1 to 1000. CloudFormation property {@code Count}.
     */
    public RetentionArchiveTier count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public RetentionArchiveTier count(Value<Integer> value) {
      return set("Count", value);
    }

    /**
     * Specifies the period of time to retain snapshots in the archive tier. After this period
     * expires, the snapshot is permanently deleted.
     *
     * <p>Range: at least 1. CloudFormation property {@code Interval}.
     */
    public RetentionArchiveTier interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public RetentionArchiveTier interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The unit of time in which to measure the <em>Interval</em> . For example, to retain a
     * snapshots in the archive tier for 6 months, specify <code>Interval=6</code> and
     * <code>IntervalUnit=MONTHS</code> .
     *
     * <p>Allowed values: {@code DAYS}, {@code MONTHS}, {@code WEEKS}, {@code YEARS}. CloudFormation
     * property {@code IntervalUnit}.
     */
    public RetentionArchiveTier intervalUnit(String value) {
      return set("IntervalUnit", Value.of(value));
    }

    /** Sets {@code IntervalUnit} to this value; see {@link #intervalUnit(String)}. */
    public RetentionArchiveTier intervalUnit(Value<String> value) {
      return set("IntervalUnit", value);
    }
  }

  /**
   * <em>[Custom snapshot and AMI policies only]</em> Specifies a schedule for a snapshot or AMI
   * lifecycle policy.
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.Schedule")
        .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z _-]+$").minLength(0).maxLength(120))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * <em>[Custom snapshot policies that target volumes only]</em> The snapshot archiving rule for
     * the schedule. When you specify an archiving rule, snapshots are automatically moved from the
     * standard tier to the archive tier once the schedule's retention threshold is met. Snapshots
     * are then retained in the archive tier for the archive retention period that you specify.
     *
     * <p>For more information about using snapshot archiving, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/snapshot-ami-policy.html#dlm-archive">Considerations
     * for snapshot lifecycle policies</a> .
     *
     * <p>CloudFormation property {@code ArchiveRule}.
     */
    public Schedule archiveRule(Value<ArchiveRule> value) {
      return set("ArchiveRule", value);
    }

    /**
     * Copy all user-defined tags on a source volume to snapshots of the volume created by this
     * policy.
     *
     * <p>CloudFormation property {@code CopyTags}.
     */
    public Schedule copyTags(boolean value) {
      return set("CopyTags", Value.of(value));
    }

    /** Sets {@code CopyTags} to this value; see {@link #copyTags(boolean)}. */
    public Schedule copyTags(Value<Boolean> value) {
      return set("CopyTags", value);
    }

    /**
     * The creation rule.
     *
     * <p>CloudFormation property {@code CreateRule}.
     */
    public Schedule createRule(Value<CreateRule> value) {
      return set("CreateRule", value);
    }

    /**
     * Specifies a rule for copying snapshots or AMIs across Regions.
     *
     * <p>You can't specify cross-Region copy rules for policies that create snapshots on an Outpost
     * or in a Local Zone. If the policy creates snapshots in a Region, then snapshots can be copied
     * to up to three Regions or Outposts.
     *
     * <p>CloudFormation property {@code CrossRegionCopyRules}.
     */
    public Schedule crossRegionCopyRules(List<CrossRegionCopyRule> value) {
      return set("CrossRegionCopyRules", Value.listOf(value));
    }

    /** Sets {@code CrossRegionCopyRules} to this value; see {@link #crossRegionCopyRules(List)}. */
    public Schedule crossRegionCopyRules(Value<List<CrossRegionCopyRule>> value) {
      return set("CrossRegionCopyRules", value);
    }

    /**
     * Sets {@code CrossRegionCopyRules} to a list of these; see {@link
     * #crossRegionCopyRules(List)}.
     */
    public Schedule crossRegionCopyRules(CrossRegionCopyRule... values) {
      return set("CrossRegionCopyRules", Value.list(values));
    }

    /**
     * <em>[Custom AMI policies only]</em> The AMI deprecation rule for the schedule.
     *
     * <p>CloudFormation property {@code DeprecateRule}.
     */
    public Schedule deprecateRule(Value<DeprecateRule> value) {
      return set("DeprecateRule", value);
    }

    /**
     * <em>[Custom snapshot policies only]</em> The rule for enabling fast snapshot restore.
     *
     * <p>CloudFormation property {@code FastRestoreRule}.
     */
    public Schedule fastRestoreRule(Value<FastRestoreRule> value) {
      return set("FastRestoreRule", value);
    }

    /**
     * The name of the schedule.
     *
     * <p>Length: 0 to 120 characters. Pattern: {@code ^[0-9A-Za-z _-]+$}. CloudFormation property
     * {@code Name}.
     */
    public Schedule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Schedule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The retention rule for snapshots or AMIs created by the policy.
     *
     * <p>CloudFormation property {@code RetainRule}.
     */
    public Schedule retainRule(Value<RetainRule> value) {
      return set("RetainRule", value);
    }

    /**
     * <em>[Custom snapshot policies only]</em> The rule for sharing snapshots with other AWS
     * accounts .
     *
     * <p>CloudFormation property {@code ShareRules}.
     */
    public Schedule shareRules(List<ShareRule> value) {
      return set("ShareRules", Value.listOf(value));
    }

    /** Sets {@code ShareRules} to this value; see {@link #shareRules(List)}. */
    public Schedule shareRules(Value<List<ShareRule>> value) {
      return set("ShareRules", value);
    }

    /** Sets {@code ShareRules} to a list of these; see {@link #shareRules(List)}. */
    public Schedule shareRules(ShareRule... values) {
      return set("ShareRules", Value.list(values));
    }

    /**
     * The tags to apply to policy-created resources. These user-defined tags are in addition to the
     * AWS -added lifecycle tags.
     *
     * <p>CloudFormation property {@code TagsToAdd}.
     */
    public Schedule tagsToAdd(List<Tag> value) {
      return set("TagsToAdd", Value.listOf(value));
    }

    /** Sets {@code TagsToAdd} to this value; see {@link #tagsToAdd(List)}. */
    public Schedule tagsToAdd(Value<List<Tag>> value) {
      return set("TagsToAdd", value);
    }

    /**
     * <em>[AMI policies and snapshot policies that target instances only]</em> A collection of
     * key/value pairs with values determined dynamically when the policy is executed. Keys may be
     * any valid Amazon EC2 tag key. Values must be in one of the two following formats:
     * <code>$(instance-id)</code> or <code>$(timestamp)</code> . Variable tags are only valid for
     * EBS Snapshot Management – Instance policies.
     *
     * <p>CloudFormation property {@code VariableTags}.
     */
    public Schedule variableTags(List<Tag> value) {
      return set("VariableTags", Value.listOf(value));
    }

    /** Sets {@code VariableTags} to this value; see {@link #variableTags(List)}. */
    public Schedule variableTags(Value<List<Tag>> value) {
      return set("VariableTags", value);
    }
  }

  /**
   * <em>[Custom snapshot policies that target instances only]</em> Information about pre and/or
   * post scripts for a snapshot lifecycle policy that targets instances. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/automate-app-consistent-backups.html">Automating
   * application-consistent snapshots with pre and post scripts</a> .
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.Script}.
   */
  public static final class Script extends Struct<Script> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.Script")
        .constrain("ExecutionHandler", Constraint.of().pattern("^([a-zA-Z0-9_\\-.]{3,128}|[a-zA-Z0-9_\\-.:/]{3,200}|[A-Z0-9_]+)$").minLength(0).maxLength(200))
        .allowed("ExecutionHandlerService", "AWS_SYSTEMS_MANAGER")
        .constrain("ExecutionTimeout", Constraint.of().minimum(10).maximum(120))
        .constrain("MaximumRetryCount", Constraint.of().minimum(0).maximum(3))
        .allowed("Stages", "POST", "PRE")
        .build();

    public Script() {
      super(SCHEMA);
    }

    /**
     * Indicates whether Amazon Data Lifecycle Manager should default to crash-consistent snapshots
     * if the pre script fails.
     *
     * <ul> <li>To default to crash consistent snapshot if the pre script fails, specify
     * <code>true</code> . <li>To skip the instance for snapshot creation if the pre script fails,
     * specify <code>false</code> . </ul>
     *
     * <p>This parameter is supported only if you run a pre script. If you run a post script only,
     * omit this parameter.
     *
     * <p>Default: true
     *
     * <p>CloudFormation property {@code ExecuteOperationOnScriptFailure}.
     */
    public Script executeOperationOnScriptFailure(boolean value) {
      return set("ExecuteOperationOnScriptFailure", Value.of(value));
    }

    /**
     * Sets {@code ExecuteOperationOnScriptFailure} to this value; see {@link
     * #executeOperationOnScriptFailure(boolean)}.
     */
    public Script executeOperationOnScriptFailure(Value<Boolean> value) {
      return set("ExecuteOperationOnScriptFailure", value);
    }

    /**
     * The SSM document that includes the pre and/or post scripts to run.
     *
     * <ul> <li>If you are automating VSS backups, specify <code>AWS_VSS_BACKUP</code> . In this
     * case, Amazon Data Lifecycle Manager automatically uses the
     * <code>AWSEC2-CreateVssSnapshot</code> SSM document. <li>If you are automating
     * application-consistent snapshots for SAP HANA workloads, specify
     * <code>AWSSystemsManagerSAP-CreateDLMSnapshotForSAPHANA</code> . <li>If you are using a custom
     * SSM document that you own, specify either the name or ARN of the SSM document. If you are
     * using a custom SSM document that is shared with you, specify the ARN of the SSM document.
     * </ul>
     *
     * <p>Length: 0 to 200 characters. Pattern: {@code
     * ^([a-zA-Z0-9_&#92;-.]{3,128}|[a-zA-Z0-9_&#92;-.:/]{3,200}|[A-Z0-9_]+)$}. CloudFormation
     * property {@code ExecutionHandler}.
     */
    public Script executionHandler(String value) {
      return set("ExecutionHandler", Value.of(value));
    }

    /** Sets {@code ExecutionHandler} to this value; see {@link #executionHandler(String)}. */
    public Script executionHandler(Value<String> value) {
      return set("ExecutionHandler", value);
    }

    /**
     * Indicates the service used to execute the pre and/or post scripts.
     *
     * <ul> <li>If you are using custom SSM documents or automating application-consistent snapshots
     * of SAP HANA workloads, specify <code>AWS_SYSTEMS_MANAGER</code> . <li>If you are automating
     * VSS Backups, omit this parameter. </ul>
     *
     * <p>Default: AWS_SYSTEMS_MANAGER
     *
     * <p>Allowed values: {@code AWS_SYSTEMS_MANAGER}. CloudFormation property {@code
     * ExecutionHandlerService}.
     */
    public Script executionHandlerService(String value) {
      return set("ExecutionHandlerService", Value.of(value));
    }

    /**
     * Sets {@code ExecutionHandlerService} to this value; see {@link
     * #executionHandlerService(String)}.
     */
    public Script executionHandlerService(Value<String> value) {
      return set("ExecutionHandlerService", value);
    }

    /**
     * Specifies a timeout period, in seconds, after which Amazon Data Lifecycle Manager fails the
     * script run attempt if it has not completed. If a script does not complete within its timeout
     * period, Amazon Data Lifecycle Manager fails the attempt. The timeout period applies to the
     * pre and post scripts individually.
     *
     * <p>If you are automating VSS Backups, omit this parameter.
     *
     * <p>Default: 10
     *
     * <p>Range: 10 to 120. CloudFormation property {@code ExecutionTimeout}.
     */
    public Script executionTimeout(int value) {
      return set("ExecutionTimeout", Value.of(value));
    }

    /** Sets {@code ExecutionTimeout} to this value; see {@link #executionTimeout(int)}. */
    public Script executionTimeout(Value<Integer> value) {
      return set("ExecutionTimeout", value);
    }

    /**
     * Specifies the number of times Amazon Data Lifecycle Manager should retry scripts that fail.
     *
     * <ul> <li>If the pre script fails, Amazon Data Lifecycle Manager retries the entire snapshot
     * creation process, including running the pre and post scripts. <li>If the post script fails,
     * Amazon Data Lifecycle Manager retries the post script only; in this case, the pre script will
     * have completed and the snapshot might have been created. </ul>
     *
     * <p>If you do not want Amazon Data Lifecycle Manager to retry failed scripts, specify
     * <code>0</code> .
     *
     * <p>Default: 0
     *
     * <p>Range: 0 to 3. CloudFormation property {@code MaximumRetryCount}.
     */
    public Script maximumRetryCount(int value) {
      return set("MaximumRetryCount", Value.of(value));
    }

    /** Sets {@code MaximumRetryCount} to this value; see {@link #maximumRetryCount(int)}. */
    public Script maximumRetryCount(Value<Integer> value) {
      return set("MaximumRetryCount", value);
    }

    /**
     * Indicate which scripts Amazon Data Lifecycle Manager should run on target instances. Pre
     * scripts run before Amazon Data Lifecycle Manager initiates snapshot creation. Post scripts
     * run after Amazon Data Lifecycle Manager initiates snapshot creation.
     *
     * <ul> <li>To run a pre script only, specify <code>PRE</code> . In this case, Amazon Data
     * Lifecycle Manager calls the SSM document with the <code>pre-script</code> parameter before
     * initiating snapshot creation. <li>To run a post script only, specify <code>POST</code> . In
     * this case, Amazon Data Lifecycle Manager calls the SSM document with the
     * <code>post-script</code> parameter after initiating snapshot creation. <li>To run both pre
     * and post scripts, specify both <code>PRE</code> and <code>POST</code> . In this case, Amazon
     * Data Lifecycle Manager calls the SSM document with the <code>pre-script</code> parameter
     * before initiating snapshot creation, and then it calls the SSM document again with the
     * <code>post-script</code> parameter after initiating snapshot creation. </ul>
     *
     * <p>If you are automating VSS Backups, omit this parameter.
     *
     * <p>Default: PRE and POST
     *
     * <p>Allowed values: {@code POST}, {@code PRE}. CloudFormation property {@code Stages}.
     */
    public Script stages(List<String> value) {
      return set("Stages", Value.listOf(value));
    }

    /** Sets {@code Stages} to this value; see {@link #stages(List)}. */
    public Script stages(Value<List<String>> value) {
      return set("Stages", value);
    }
  }

  /**
   * <em>[Custom snapshot policies only]</em> Specifies a rule for sharing snapshots across AWS
   * accounts .
   *
   * <p>Property type {@code AWS::DLM::LifecyclePolicy.ShareRule}.
   */
  public static final class ShareRule extends Struct<ShareRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DLM::LifecyclePolicy.ShareRule")
        .constrain("TargetAccounts", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("UnshareInterval", Constraint.of().minimum(1))
        .allowed("UnshareIntervalUnit", "DAYS", "MONTHS", "WEEKS", "YEARS")
        .build();

    public ShareRule() {
      super(SCHEMA);
    }

    /**
     * The IDs of the AWS accounts with which to share the snapshots.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * TargetAccounts}.
     */
    public ShareRule targetAccounts(List<String> value) {
      return set("TargetAccounts", Value.listOf(value));
    }

    /** Sets {@code TargetAccounts} to this value; see {@link #targetAccounts(List)}. */
    public ShareRule targetAccounts(Value<List<String>> value) {
      return set("TargetAccounts", value);
    }

    /**
     * The period after which snapshots that are shared with other AWS accounts are automatically
     * unshared.
     *
     * <p>Range: at least 1. CloudFormation property {@code UnshareInterval}.
     */
    public ShareRule unshareInterval(int value) {
      return set("UnshareInterval", Value.of(value));
    }

    /** Sets {@code UnshareInterval} to this value; see {@link #unshareInterval(int)}. */
    public ShareRule unshareInterval(Value<Integer> value) {
      return set("UnshareInterval", value);
    }

    /**
     * The unit of time for the automatic unsharing interval.
     *
     * <p>Allowed values: {@code DAYS}, {@code MONTHS}, {@code WEEKS}, {@code YEARS}. CloudFormation
     * property {@code UnshareIntervalUnit}.
     */
    public ShareRule unshareIntervalUnit(String value) {
      return set("UnshareIntervalUnit", Value.of(value));
    }

    /** Sets {@code UnshareIntervalUnit} to this value; see {@link #unshareIntervalUnit(String)}. */
    public ShareRule unshareIntervalUnit(Value<String> value) {
      return set("UnshareIntervalUnit", value);
    }
  }
}
