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
 * The <code>AWS::Batch::SchedulingPolicy</code> resource specifies the parameters for an AWS Batch
 * scheduling policy. For more information, see <a
 * href="https://docs.aws.amazon.com/batch/latest/userguide/scheduling_policies.html">Scheduling
 * Policies</a> in the ** .
 *
 * <p>CloudFormation type {@code AWS::Batch::SchedulingPolicy}.
 */
public final class SchedulingPolicy extends Resource<SchedulingPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Batch::SchedulingPolicy")
      .constrain("Name", Constraint.of().pattern(""))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SchedulingPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The fair-share scheduling policy details.
   *
   * <p>CloudFormation property {@code FairsharePolicy}.
   */
  public SchedulingPolicy fairsharePolicy(Value<FairsharePolicy> value) {
    return set("FairsharePolicy", value);
  }

  /**
   * The name of the fair-share scheduling policy. It can be up to 128 letters long. It can contain
   * uppercase and lowercase letters, numbers, hyphens (-), and underscores (_).
   *
   * <p>Changing it replaces the resource. Pattern: {@code }. CloudFormation property {@code Name}.
   */
  public SchedulingPolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SchedulingPolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Quota Share Policy for the Job Queue.
   *
   * <p>CloudFormation property {@code QuotaSharePolicy}.
   */
  public SchedulingPolicy quotaSharePolicy(Value<QuotaSharePolicy> value) {
    return set("QuotaSharePolicy", value);
  }

  /**
   * The tags that you apply to the scheduling policy to help you categorize and organize your
   * resources. Each tag consists of a key and an optional value. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in <em>AWS General Reference</em> .
   *
   * <p>These tags can be updated or removed using the <a
   * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_TagResource.html">TagResource</a>
   * and <a
   * href="https://docs.aws.amazon.com/batch/latest/APIReference/API_UntagResource.html">UntagResource</a>
   * API operations.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public SchedulingPolicy tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public SchedulingPolicy tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public SchedulingPolicy tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Returns the scheduling policy ARN, such as <code>batch: <em>us-east-1</em> :
   * <em>111122223333</em> :scheduling-policy/ <em>HighPriority</em></code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The fair-share scheduling policy details.
   *
   * <p>Property type {@code AWS::Batch::SchedulingPolicy.FairsharePolicy}.
   */
  public static final class FairsharePolicy extends Struct<FairsharePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::SchedulingPolicy.FairsharePolicy")
        .constrain("ComputeReservation", Constraint.of().minimum(0).maximum(99))
        .constrain("ShareDecaySeconds", Constraint.of().minimum(0).maximum(604800))
        .build();

    public FairsharePolicy() {
      super(SCHEMA);
    }

    /**
     * A value used to reserve some of the available maximum vCPU for share identifiers that aren't
     * already used.
     *
     * <p>The reserved ratio is <code>( <em>computeReservation</em> /100)^
     * <em>ActiveFairShares</em></code> where <code><em>ActiveFairShares</em></code> is the number
     * of active share identifiers.
     *
     * <p>For example, a <code>computeReservation</code> value of 50 indicates that AWS Batch
     * reserves 50% of the maximum available vCPU if there's only one share identifier. It reserves
     * 25% if there are two share identifiers. It reserves 12.5% if there are three share
     * identifiers. A <code>computeReservation</code> value of 25 indicates that AWS Batch should
     * reserve 25% of the maximum available vCPU if there's only one share identifier, 6.25% if
     * there are two fair share identifiers, and 1.56% if there are three share identifiers.
     *
     * <p>The minimum value is 0 and the maximum value is 99.
     *
     * <p>Range: 0 to 99. CloudFormation property {@code ComputeReservation}.
     */
    public FairsharePolicy computeReservation(double value) {
      return set("ComputeReservation", Value.of(value));
    }

    /** Sets {@code ComputeReservation} to this value; see {@link #computeReservation(double)}. */
    public FairsharePolicy computeReservation(Value<Double> value) {
      return set("ComputeReservation", value);
    }

    /**
     * The amount of time (in seconds) to use to calculate a fair-share percentage for each share
     * identifier in use. A value of zero (0) indicates the default minimum time window (600
     * seconds). The maximum supported value is 604800 (1 week).
     *
     * <p>The decay allows for more recently run jobs to have more weight than jobs that ran
     * earlier. Consider adjusting this number if you have jobs that (on average) run longer than
     * ten minutes, or a large difference in job count or job run times between share identifiers,
     * and the allocation of resources doesn't meet your needs.
     *
     * <p>Range: 0 to 604800. CloudFormation property {@code ShareDecaySeconds}.
     */
    public FairsharePolicy shareDecaySeconds(double value) {
      return set("ShareDecaySeconds", Value.of(value));
    }

    /** Sets {@code ShareDecaySeconds} to this value; see {@link #shareDecaySeconds(double)}. */
    public FairsharePolicy shareDecaySeconds(Value<Double> value) {
      return set("ShareDecaySeconds", value);
    }

    /**
     * An array of <code>SharedIdentifier</code> objects that contain the weights for the share
     * identifiers for the fair-share policy. Share identifiers that aren't included have a default
     * weight of <code>1.0</code> .
     *
     * <p>CloudFormation property {@code ShareDistribution}.
     */
    public FairsharePolicy shareDistribution(List<ShareAttributes> value) {
      return set("ShareDistribution", Value.listOf(value));
    }

    /** Sets {@code ShareDistribution} to this value; see {@link #shareDistribution(List)}. */
    public FairsharePolicy shareDistribution(Value<List<ShareAttributes>> value) {
      return set("ShareDistribution", value);
    }

    /** Sets {@code ShareDistribution} to a list of these; see {@link #shareDistribution(List)}. */
    public FairsharePolicy shareDistribution(ShareAttributes... values) {
      return set("ShareDistribution", Value.list(values));
    }
  }

  /**
   * Quota Share Policy for the Job Queue.
   *
   * <p>Property type {@code AWS::Batch::SchedulingPolicy.QuotaSharePolicy}.
   */
  public static final class QuotaSharePolicy extends Struct<QuotaSharePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::SchedulingPolicy.QuotaSharePolicy")
        .allowed("IdleResourceAssignmentStrategy", "FIFO")
        .build();

    public QuotaSharePolicy() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code FIFO}. CloudFormation property {@code IdleResourceAssignmentStrategy}.
     */
    public QuotaSharePolicy idleResourceAssignmentStrategy(String value) {
      return set("IdleResourceAssignmentStrategy", Value.of(value));
    }

    /**
     * Sets {@code IdleResourceAssignmentStrategy} to this value; see {@link
     * #idleResourceAssignmentStrategy(String)}.
     */
    public QuotaSharePolicy idleResourceAssignmentStrategy(Value<String> value) {
      return set("IdleResourceAssignmentStrategy", value);
    }
  }

  /**
   * Specifies the weights for the share identifiers for the fair-share policy. Share identifiers
   * that aren't included have a default weight of <code>1.0</code> .
   *
   * <p>Property type {@code AWS::Batch::SchedulingPolicy.ShareAttributes}.
   */
  public static final class ShareAttributes extends Struct<ShareAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::SchedulingPolicy.ShareAttributes")
        .constrain("WeightFactor", Constraint.of().minimum(0).maximum(1000))
        .build();

    public ShareAttributes() {
      super(SCHEMA);
    }

    /**
     * A share identifier or share identifier prefix. If the string ends with an asterisk (<em>),
     * this entry specifies the weight factor to use for share identifiers that start with that
     * prefix. The list of share identifiers in a fair-share policy can't overlap. For example, you
     * can't have one that specifies a <code>shareIdentifier</code> of <code>UserA</em></code> and
     * another that specifies a <code>shareIdentifier</code> of <code>UserA1</code> .
     *
     * <p>There can be no more than 500 share identifiers active in a job queue.
     *
     * <p>The string is limited to 255 alphanumeric characters, and can be followed by an asterisk
     * (*).
     *
     * <p>CloudFormation property {@code ShareIdentifier}.
     */
    public ShareAttributes shareIdentifier(String value) {
      return set("ShareIdentifier", Value.of(value));
    }

    /** Sets {@code ShareIdentifier} to this value; see {@link #shareIdentifier(String)}. */
    public ShareAttributes shareIdentifier(Value<String> value) {
      return set("ShareIdentifier", value);
    }

    /**
     * The weight factor for the share identifier. The default value is 1.0. A lower value has a
     * higher priority for compute resources. For example, jobs that use a share identifier with a
     * weight factor of 0.125 (1/8) get 8 times the compute resources of jobs that use a share
     * identifier with a weight factor of 1.
     *
     * <p>The smallest supported value is 0.0001, and the largest supported value is 999.9999.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code WeightFactor}.
     */
    public ShareAttributes weightFactor(double value) {
      return set("WeightFactor", Value.of(value));
    }

    /** Sets {@code WeightFactor} to this value; see {@link #weightFactor(double)}. */
    public ShareAttributes weightFactor(Value<Double> value) {
      return set("WeightFactor", value);
    }
  }
}
