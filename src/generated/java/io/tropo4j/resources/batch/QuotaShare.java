// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.batch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS Batch quota share. Each quota share operates as a virtual queue with a configured
 * compute capacity, resource sharing strategy, and borrow limits.
 *
 * <p>CloudFormation type {@code AWS::Batch::QuotaShare}.
 */
public final class QuotaShare extends Resource<QuotaShare> {
  private static final Schema SCHEMA = Schema.builder("AWS::Batch::QuotaShare")
      .required("CapacityLimits", "JobQueue", "PreemptionConfiguration", "QuotaShareName",
          "ResourceSharingConfiguration")
      .constrain("QuotaShareName", Constraint.of().minLength(1).maxLength(128))
      .allowed("State", "ENABLED", "DISABLED")
      .refYields("QuotaShareArn")
      .attributes("QuotaShareArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public QuotaShare(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list that specifies the quantity and type of compute capacity allocated to the quota share.
   *
   * <p>Required. CloudFormation property {@code CapacityLimits}.
   */
  public QuotaShare capacityLimits(List<QuotaShareCapacityLimit> value) {
    return set("CapacityLimits", Value.listOf(value));
  }

  /** Sets {@code CapacityLimits} to this value; see {@link #capacityLimits(List)}. */
  public QuotaShare capacityLimits(Value<List<QuotaShareCapacityLimit>> value) {
    return set("CapacityLimits", value);
  }

  /** Sets {@code CapacityLimits} to a list of these; see {@link #capacityLimits(List)}. */
  public QuotaShare capacityLimits(QuotaShareCapacityLimit... values) {
    return set("CapacityLimits", Value.list(values));
  }

  /**
   * The AWS Batch job queue associated with the quota share. This can be the job queue name or ARN.
   * A job queue must be in the <code>VALID</code> state before you can associate it with a quota
   * share.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code JobQueue}.
   */
  public QuotaShare jobQueue(String value) {
    return set("JobQueue", Value.of(value));
  }

  /** Sets {@code JobQueue} to this value; see {@link #jobQueue(String)}. */
  public QuotaShare jobQueue(Value<String> value) {
    return set("JobQueue", value);
  }

  /** Required. CloudFormation property {@code PreemptionConfiguration}. */
  public QuotaShare preemptionConfiguration(Value<QuotaSharePreemptionConfiguration> value) {
    return set("PreemptionConfiguration", value);
  }

  /**
   * The name of the quota share. It can be up to 128 characters long. It can contain uppercase and
   * lowercase letters, numbers, hyphens (-), and underscores (_).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code QuotaShareName}.
   */
  public QuotaShare quotaShareName(String value) {
    return set("QuotaShareName", Value.of(value));
  }

  /** Sets {@code QuotaShareName} to this value; see {@link #quotaShareName(String)}. */
  public QuotaShare quotaShareName(Value<String> value) {
    return set("QuotaShareName", value);
  }

  /** Required. CloudFormation property {@code ResourceSharingConfiguration}. */
  public QuotaShare resourceSharingConfiguration(Value<QuotaShareResourceSharingConfiguration> value) {
    return set("ResourceSharingConfiguration", value);
  }

  /**
   * The state of the quota share. If the quota share is <code>ENABLED</code>, it is able to accept
   * jobs. If the quota share is <code>DISABLED</code>, new jobs won't be accepted but jobs already
   * submitted can finish. The default state is <code>ENABLED</code>.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
   */
  public QuotaShare state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public QuotaShare state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags that you apply to the quota share to help you categorize and organize your resources.
   * Each tag consists of a key and an optional value.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public QuotaShare tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public QuotaShare tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public QuotaShare tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** {@code Fn::GetAtt} attribute {@code QuotaShareArn}. */
  public Value<String> quotaShareArn() {
    return getAtt("QuotaShareArn");
  }

  /** Property type {@code AWS::Batch::QuotaShare.QuotaShareCapacityLimit}. */
  public static final class QuotaShareCapacityLimit extends Struct<QuotaShareCapacityLimit> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::QuotaShare.QuotaShareCapacityLimit")
        .required("CapacityUnit", "MaxCapacity")
        .constrain("MaxCapacity", Constraint.of().minimum(1))
        .build();

    public QuotaShareCapacityLimit() {
      super(SCHEMA);
    }

    /**
     * The unit of compute capacity for the capacityLimit. For example, <code>ml.m5.large</code>.
     *
     * <p>Required. CloudFormation property {@code CapacityUnit}.
     */
    public QuotaShareCapacityLimit capacityUnit(String value) {
      return set("CapacityUnit", Value.of(value));
    }

    /** Sets {@code CapacityUnit} to this value; see {@link #capacityUnit(String)}. */
    public QuotaShareCapacityLimit capacityUnit(Value<String> value) {
      return set("CapacityUnit", value);
    }

    /**
     * The maximum capacity available for the quota share. This value represents the maximum
     * quantity of a resource that can be allocated to jobs in the quota share without borrowing.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxCapacity}.
     */
    public QuotaShareCapacityLimit maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public QuotaShareCapacityLimit maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }
  }

  /** Property type {@code AWS::Batch::QuotaShare.QuotaSharePreemptionConfiguration}. */
  public static final class QuotaSharePreemptionConfiguration extends Struct<QuotaSharePreemptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::QuotaShare.QuotaSharePreemptionConfiguration")
        .required("InSharePreemption")
        .allowed("InSharePreemption", "ENABLED", "DISABLED")
        .build();

    public QuotaSharePreemptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether jobs within a quota share can be preempted by another, higher priority job
     * in the same quota share.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code InSharePreemption}.
     */
    public QuotaSharePreemptionConfiguration inSharePreemption(String value) {
      return set("InSharePreemption", Value.of(value));
    }

    /** Sets {@code InSharePreemption} to this value; see {@link #inSharePreemption(String)}. */
    public QuotaSharePreemptionConfiguration inSharePreemption(Value<String> value) {
      return set("InSharePreemption", value);
    }
  }

  /** Property type {@code AWS::Batch::QuotaShare.QuotaShareResourceSharingConfiguration}. */
  public static final class QuotaShareResourceSharingConfiguration extends Struct<QuotaShareResourceSharingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::QuotaShare.QuotaShareResourceSharingConfiguration")
        .required("Strategy")
        .constrain("BorrowLimit", Constraint.of().minimum(-1))
        .allowed("Strategy", "RESERVE", "LEND", "LEND_AND_BORROW")
        .build();

    public QuotaShareResourceSharingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum percentage of additional capacity that the quota share can borrow from other
     * shares. <code>BorrowLimit</code> can only be applied to quota shares with a strategy of
     * <code>LEND_AND_BORROW</code>. This value is expressed as a percentage of the quota share's
     * configured CapacityLimits. The <code>BorrowLimit</code> is applied uniformly across all
     * capacity units. For example, if the <code>BorrowLimit</code> is 200, the quota share can
     * borrow up to 200% of its configured <code>maxCapacity</code> for each capacity unit. The
     * default <code>BorrowLimit</code> is -1, which indicates unlimited borrowing.
     *
     * <p>Range: at least -1. CloudFormation property {@code BorrowLimit}.
     */
    public QuotaShareResourceSharingConfiguration borrowLimit(int value) {
      return set("BorrowLimit", Value.of(value));
    }

    /** Sets {@code BorrowLimit} to this value; see {@link #borrowLimit(int)}. */
    public QuotaShareResourceSharingConfiguration borrowLimit(Value<Integer> value) {
      return set("BorrowLimit", value);
    }

    /**
     * The resource sharing strategy for the quota share. The <code>RESERVE</code> strategy allows a
     * quota share to reserve idle capacity for itself. <code>LEND</code> configures the share to
     * lend its idle capacity to another share in need of capacity. The <code>LEND_AND_BORROW</code>
     * strategy configures the share to borrow idle capacity from an underutilized share, as well as
     * lend to another share.
     *
     * <p>Required. Allowed values: {@code RESERVE}, {@code LEND}, {@code LEND_AND_BORROW}.
     * CloudFormation property {@code Strategy}.
     */
    public QuotaShareResourceSharingConfiguration strategy(String value) {
      return set("Strategy", Value.of(value));
    }

    /** Sets {@code Strategy} to this value; see {@link #strategy(String)}. */
    public QuotaShareResourceSharingConfiguration strategy(Value<String> value) {
      return set("Strategy", value);
    }
  }
}
