// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rbin;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Recycle Bin retention rule. You can create two types of retention rules:
 *
 * <ul> <li><em>Tag-level retention rules</em> - These retention rules use resource tags to identify
 * the resources to protect. For each retention rule, you specify one or more tag key and value
 * pairs. Resources (of the specified type) that have at least one of these tag key and value pairs
 * are automatically retained in the Recycle Bin upon deletion. Use this type of retention rule to
 * protect specific resources in your account based on their tags. <li><em>Region-level retention
 * rules</em> - These retention rules, by default, apply to all of the resources (of the specified
 * type) in the Region, even if the resources are not tagged. However, you can specify exclusion
 * tags to exclude resources that have specific tags. Use this type of retention rule to protect all
 * resources of a specific type in a Region. </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/ebs/latest/userguide/recycle-bin.html">Create Recycle Bin
 * retention rules</a> in the <em>Amazon EBS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Rbin::Rule}.
 */
public final class Rule extends Resource<Rule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Rbin::Rule")
      .required("ResourceType", "RetentionPeriod")
      .constrain("Description", Constraint.of().pattern("^[\\S ]{0,255}$").maxLength(255))
      .allowed("ResourceType", "EBS_SNAPSHOT", "EC2_IMAGE", "EBS_VOLUME")
      .constrain("Status", Constraint.of().pattern("pending|available"))
      .refYields("Arn")
      .attributes("Arn", "Identifier", "LockState")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Rule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The retention rule description.
   *
   * <p>Length: at most 255 characters. Pattern: {@code ^[&#92;S ]{0,255}$}. CloudFormation property
   * {@code Description}.
   */
  public Rule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Rule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * [Region-level retention rules only] Specifies the exclusion tags to use to identify resources
   * that are to be excluded, or ignored, by a Region-level retention rule. Resources that have any
   * of these tags are not retained by the retention rule upon deletion.
   *
   * <p>You can't specify exclusion tags for tag-level retention rules.
   *
   * <p>CloudFormation property {@code ExcludeResourceTags}.
   */
  public Rule excludeResourceTags(List<ResourceTag> value) {
    return set("ExcludeResourceTags", Value.listOf(value));
  }

  /** Sets {@code ExcludeResourceTags} to this value; see {@link #excludeResourceTags(List)}. */
  public Rule excludeResourceTags(Value<List<ResourceTag>> value) {
    return set("ExcludeResourceTags", value);
  }

  /**
   * Sets {@code ExcludeResourceTags} to a list of these; see {@link #excludeResourceTags(List)}.
   */
  public Rule excludeResourceTags(ResourceTag... values) {
    return set("ExcludeResourceTags", Value.list(values));
  }

  /**
   * Information about the retention rule lock configuration.
   *
   * <p>CloudFormation property {@code LockConfiguration}.
   */
  public Rule lockConfiguration(Value<UnlockDelay> value) {
    return set("LockConfiguration", value);
  }

  /**
   * [Tag-level retention rules only] Specifies the resource tags to use to identify resources that
   * are to be retained by a tag-level retention rule. For tag-level retention rules, only deleted
   * resources, of the specified resource type, that have one or more of the specified tag key and
   * value pairs are retained. If a resource is deleted, but it does not have any of the specified
   * tag key and value pairs, it is immediately deleted without being retained by the retention
   * rule.
   *
   * <p>You can add the same tag key and value pair to a maximum or five retention rules.
   *
   * <p>To create a Region-level retention rule, omit this parameter. A Region-level retention rule
   * does not have any resource tags specified. It retains all deleted resources of the specified
   * resource type in the Region in which the rule is created, even if the resources are not tagged.
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public Rule resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public Rule resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public Rule resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /**
   * The resource type to be retained by the retention rule. Currently, only EBS volumes, EBS
   * snapshots, and EBS-backed AMIs are supported.
   *
   * <ul> <li>To retain EBS volumes, specify <code>EBS_VOLUME</code> . <li>To retain EBS snapshots,
   * specify <code>EBS_SNAPSHOT</code> <li>To retain EBS-backed AMIs, specify <code>EC2_IMAGE</code>
   * . </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code EBS_SNAPSHOT}, {@code
   * EC2_IMAGE}, {@code EBS_VOLUME}. CloudFormation property {@code ResourceType}.
   */
  public Rule resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public Rule resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * Information about the retention period for which the retention rule is to retain resources.
   *
   * <p>Required. CloudFormation property {@code RetentionPeriod}.
   */
  public Rule retentionPeriod(Value<RetentionPeriod> value) {
    return set("RetentionPeriod", value);
  }

  /**
   * The state of the retention rule. Only retention rules that are in the <code>available</code>
   * state retain resources.
   *
   * <p>Pattern: {@code pending|available}. CloudFormation property {@code Status}.
   */
  public Rule status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Rule status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Information about the tags to assign to the retention rule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Rule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Rule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Rule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the retention rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique ID of the retention rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Identifier}.
   */
  public Value<String> identifier() {
    return getAtt("Identifier");
  }

  /**
   * [Region-level retention rules only] The lock state for the retention rule.
   *
   * <ul> <li><code>locked</code> - The retention rule is locked and can't be modified or deleted.
   * <li><code>pending_unlock</code> - The retention rule has been unlocked but it is still within
   * the unlock delay period. The retention rule can be modified or deleted only after the unlock
   * delay period has expired. <li><code>unlocked</code> - The retention rule is unlocked and it can
   * be modified or deleted by any user with the required permissions. <li><code>null</code> - The
   * retention rule has never been locked. Once a retention rule has been locked, it can transition
   * between the <code>locked</code> and <code>unlocked</code> states only; it can never transition
   * back to <code>null</code> . </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code LockState}.
   */
  public Value<String> lockState() {
    return getAtt("LockState");
  }

  /**
   * [Tag-level retention rules only] Information about the resource tags used to identify resources
   * that are retained by the retention rule.
   *
   * <p>Property type {@code AWS::Rbin::Rule.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rbin::Rule.ResourceTag")
        .required("ResourceTagKey", "ResourceTagValue")
        .constrain("ResourceTagKey", Constraint.of().pattern("^[\\S\\s]{1,128}$").minLength(1).maxLength(128))
        .constrain("ResourceTagValue", Constraint.of().pattern("^[\\S\\s]{0,256}$").minLength(0).maxLength(256))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;S&#92;s]{1,128}$}.
     * CloudFormation property {@code ResourceTagKey}.
     */
    public ResourceTag resourceTagKey(String value) {
      return set("ResourceTagKey", Value.of(value));
    }

    /** Sets {@code ResourceTagKey} to this value; see {@link #resourceTagKey(String)}. */
    public ResourceTag resourceTagKey(Value<String> value) {
      return set("ResourceTagKey", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code ^[&#92;S&#92;s]{0,256}$}.
     * CloudFormation property {@code ResourceTagValue}.
     */
    public ResourceTag resourceTagValue(String value) {
      return set("ResourceTagValue", Value.of(value));
    }

    /** Sets {@code ResourceTagValue} to this value; see {@link #resourceTagValue(String)}. */
    public ResourceTag resourceTagValue(Value<String> value) {
      return set("ResourceTagValue", value);
    }
  }

  /**
   * Information about the retention period for which the retention rule is to retain resources.
   *
   * <p>Property type {@code AWS::Rbin::Rule.RetentionPeriod}.
   */
  public static final class RetentionPeriod extends Struct<RetentionPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rbin::Rule.RetentionPeriod")
        .required("RetentionPeriodUnit", "RetentionPeriodValue")
        .allowed("RetentionPeriodUnit", "DAYS")
        .constrain("RetentionPeriodValue", Constraint.of().minimum(1).maximum(3650))
        .build();

    public RetentionPeriod() {
      super(SCHEMA);
    }

    /**
     * The unit of time in which the retention period is measured. Currently, only <code>DAYS</code>
     * is supported.
     *
     * <p>Required. Allowed values: {@code DAYS}. CloudFormation property {@code
     * RetentionPeriodUnit}.
     */
    public RetentionPeriod retentionPeriodUnit(String value) {
      return set("RetentionPeriodUnit", Value.of(value));
    }

    /** Sets {@code RetentionPeriodUnit} to this value; see {@link #retentionPeriodUnit(String)}. */
    public RetentionPeriod retentionPeriodUnit(Value<String> value) {
      return set("RetentionPeriodUnit", value);
    }

    /**
     * The period value for which the retention rule is to retain resources, measured in days. The
     * supported retention periods are:
     *
     * <ul> <li>EBS volumes: 1 - 7 days <li>EBS snapshots and EBS-backed AMIs: 1 - 365 days </ul>
     *
     * <p>Required. Range: 1 to 3650. CloudFormation property {@code RetentionPeriodValue}.
     */
    public RetentionPeriod retentionPeriodValue(int value) {
      return set("RetentionPeriodValue", Value.of(value));
    }

    /** Sets {@code RetentionPeriodValue} to this value; see {@link #retentionPeriodValue(int)}. */
    public RetentionPeriod retentionPeriodValue(Value<Integer> value) {
      return set("RetentionPeriodValue", value);
    }
  }

  /**
   * Information about the retention rule unlock delay. The unlock delay is the period after which a
   * retention rule can be modified or edited after it has been unlocked by a user with the required
   * permissions. The retention rule can't be modified or deleted during the unlock delay.
   *
   * <p>Property type {@code AWS::Rbin::Rule.UnlockDelay}.
   */
  public static final class UnlockDelay extends Struct<UnlockDelay> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rbin::Rule.UnlockDelay")
        .allowed("UnlockDelayUnit", "DAYS")
        .constrain("UnlockDelayValue", Constraint.of().minimum(7).maximum(30))
        .build();

    public UnlockDelay() {
      super(SCHEMA);
    }

    /**
     * The unit of time in which to measure the unlock delay. Currently, the unlock delay can be
     * measured only in days.
     *
     * <p>Allowed values: {@code DAYS}. CloudFormation property {@code UnlockDelayUnit}.
     */
    public UnlockDelay unlockDelayUnit(String value) {
      return set("UnlockDelayUnit", Value.of(value));
    }

    /** Sets {@code UnlockDelayUnit} to this value; see {@link #unlockDelayUnit(String)}. */
    public UnlockDelay unlockDelayUnit(Value<String> value) {
      return set("UnlockDelayUnit", value);
    }

    /**
     * The unlock delay period, measured in the unit specified for <em>UnlockDelayUnit</em> .
     *
     * <p>Range: 7 to 30. CloudFormation property {@code UnlockDelayValue}.
     */
    public UnlockDelay unlockDelayValue(int value) {
      return set("UnlockDelayValue", Value.of(value));
    }

    /** Sets {@code UnlockDelayValue} to this value; see {@link #unlockDelayValue(int)}. */
    public UnlockDelay unlockDelayValue(Value<Integer> value) {
      return set("UnlockDelayValue", value);
    }
  }
}
