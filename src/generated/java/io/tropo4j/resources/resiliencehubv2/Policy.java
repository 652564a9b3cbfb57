// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resiliencehubv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a resilience policy that defines availability and disaster recovery requirements.
 *
 * <p>CloudFormation type {@code AWS::ResilienceHubV2::Policy}.
 */
public final class Policy extends Resource<Policy> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Policy")
      .required("Name")
      .constrain("Description", Constraint.of().maxLength(615))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .refYields("PolicyArn")
      .attributes("AssociatedServiceCount", "CreatedAt", "PolicyArn", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Policy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code AvailabilitySlo}. */
  public Policy availabilitySlo(Value<AvailabilitySlo> value) {
    return set("AvailabilitySlo", value);
  }

  /** CloudFormation property {@code DataRecovery}. */
  public Policy dataRecovery(Value<DataRecoveryTargets> value) {
    return set("DataRecovery", value);
  }

  /**
   * The description of the policy.
   *
   * <p>Length: at most 615 characters. CloudFormation property {@code Description}.
   */
  public Policy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Policy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The KMS key ID for encrypting policy data.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Policy kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Policy kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** CloudFormation property {@code MultiAz}. */
  public Policy multiAz(Value<MultiAzTargets> value) {
    return set("MultiAz", value);
  }

  /** CloudFormation property {@code MultiRegion}. */
  public Policy multiRegion(Value<MultiRegionTargets> value) {
    return set("MultiRegion", value);
  }

  /**
   * The name of the policy.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public Policy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Policy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Whether the policy is enabled to be shared with other members of the Organization. Only
   * applicable if the policy owner is a management account or delegated admin.
   *
   * <p>Default: {@code false}. CloudFormation property {@code SharingEnabled}.
   */
  public Policy sharingEnabled(boolean value) {
    return set("SharingEnabled", Value.of(value));
  }

  /** Sets {@code SharingEnabled} to this value; see {@link #sharingEnabled(boolean)}. */
  public Policy sharingEnabled(Value<Boolean> value) {
    return set("SharingEnabled", value);
  }

  /**
   * Tags assigned to the policy.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Policy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Policy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Policy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The number of services associated with this policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedServiceCount}.
   */
  public Value<Integer> associatedServiceCount() {
    return getAtt("AssociatedServiceCount");
  }

  /**
   * The timestamp when the policy was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyArn}.
   */
  public Value<String> policyArn() {
    return getAtt("PolicyArn");
  }

  /**
   * The timestamp when the policy was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::ResilienceHubV2::Policy.AvailabilitySlo}. */
  public static final class AvailabilitySlo extends Struct<AvailabilitySlo> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Policy.AvailabilitySlo")
        .constrain("Target", Constraint.of().minimum(0).maximum(100))
        .build();

    public AvailabilitySlo() {
      super(SCHEMA);
    }

    /**
     * Availability target percentage.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code Target}.
     */
    public AvailabilitySlo target(double value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(double)}. */
    public AvailabilitySlo target(Value<Double> value) {
      return set("Target", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Policy.DataRecoveryTargets}. */
  public static final class DataRecoveryTargets extends Struct<DataRecoveryTargets> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Policy.DataRecoveryTargets")
        .constrain("TimeBetweenBackupsInMinutes", Constraint.of().minimum(0))
        .build();

    public DataRecoveryTargets() {
      super(SCHEMA);
    }

    /**
     * Time between backups in minutes.
     *
     * <p>Range: at least 0. CloudFormation property {@code TimeBetweenBackupsInMinutes}.
     */
    public DataRecoveryTargets timeBetweenBackupsInMinutes(int value) {
      return set("TimeBetweenBackupsInMinutes", Value.of(value));
    }

    /**
     * Sets {@code TimeBetweenBackupsInMinutes} to this value; see {@link
     * #timeBetweenBackupsInMinutes(int)}.
     */
    public DataRecoveryTargets timeBetweenBackupsInMinutes(Value<Integer> value) {
      return set("TimeBetweenBackupsInMinutes", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Policy.MultiAzTargets}. */
  public static final class MultiAzTargets extends Struct<MultiAzTargets> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Policy.MultiAzTargets")
        .allowed("DisasterRecoveryApproach", "ACTIVE_ACTIVE", "HOT_STANDBY", "WARM_STANDBY",
            "PILOT_LIGHT", "BACKUP_AND_RESTORE")
        .constrain("RpoInMinutes", Constraint.of().minimum(0).maximum(2147483647))
        .constrain("RtoInMinutes", Constraint.of().minimum(0).maximum(2147483647))
        .build();

    public MultiAzTargets() {
      super(SCHEMA);
    }

    /**
     * Multi-AZ disaster recovery approach.
     *
     * <p>Allowed values: {@code ACTIVE_ACTIVE}, {@code HOT_STANDBY}, {@code WARM_STANDBY}, {@code
     * PILOT_LIGHT}, {@code BACKUP_AND_RESTORE}. CloudFormation property {@code
     * DisasterRecoveryApproach}.
     */
    public MultiAzTargets disasterRecoveryApproach(String value) {
      return set("DisasterRecoveryApproach", Value.of(value));
    }

    /**
     * Sets {@code DisasterRecoveryApproach} to this value; see {@link
     * #disasterRecoveryApproach(String)}.
     */
    public MultiAzTargets disasterRecoveryApproach(Value<String> value) {
      return set("DisasterRecoveryApproach", value);
    }

    /**
     * Recovery Point Objective in minutes.
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code RpoInMinutes}.
     */
    public MultiAzTargets rpoInMinutes(int value) {
      return set("RpoInMinutes", Value.of(value));
    }

    /** Sets {@code RpoInMinutes} to this value; see {@link #rpoInMinutes(int)}. */
    public MultiAzTargets rpoInMinutes(Value<Integer> value) {
      return set("RpoInMinutes", value);
    }

    /**
     * Recovery Time Objective in minutes.
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code RtoInMinutes}.
     */
    public MultiAzTargets rtoInMinutes(int value) {
      return set("RtoInMinutes", Value.of(value));
    }

    /** Sets {@code RtoInMinutes} to this value; see {@link #rtoInMinutes(int)}. */
    public MultiAzTargets rtoInMinutes(Value<Integer> value) {
      return set("RtoInMinutes", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Policy.MultiRegionTargets}. */
  public static final class MultiRegionTargets extends Struct<MultiRegionTargets> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Policy.MultiRegionTargets")
        .allowed("DisasterRecoveryApproach", "ACTIVE_ACTIVE", "HOT_STANDBY", "WARM_STANDBY",
            "PILOT_LIGHT", "BACKUP_AND_RESTORE")
        .constrain("RpoInMinutes", Constraint.of().minimum(0).maximum(2147483647))
        .constrain("RtoInMinutes", Constraint.of().minimum(0).maximum(2147483647))
        .build();

    public MultiRegionTargets() {
      super(SCHEMA);
    }

    /**
     * Multi-Region disaster recovery approach.
     *
     * <p>Allowed values: {@code ACTIVE_ACTIVE}, {@code HOT_STANDBY}, {@code WARM_STANDBY}, {@code
     * PILOT_LIGHT}, {@code BACKUP_AND_RESTORE}. CloudFormation property {@code
     * DisasterRecoveryApproach}.
     */
    public MultiRegionTargets disasterRecoveryApproach(String value) {
      return set("DisasterRecoveryApproach", Value.of(value));
    }

    /**
     * Sets {@code DisasterRecoveryApproach} to this value; see {@link
     * #disasterRecoveryApproach(String)}.
     */
    public MultiRegionTargets disasterRecoveryApproach(Value<String> value) {
      return set("DisasterRecoveryApproach", value);
    }

    /**
     * Recovery Point Objective in minutes.
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code RpoInMinutes}.
     */
    public MultiRegionTargets rpoInMinutes(int value) {
      return set("RpoInMinutes", Value.of(value));
    }

    /** Sets {@code RpoInMinutes} to this value; see {@link #rpoInMinutes(int)}. */
    public MultiRegionTargets rpoInMinutes(Value<Integer> value) {
      return set("RpoInMinutes", value);
    }

    /**
     * Recovery Time Objective in minutes.
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code RtoInMinutes}.
     */
    public MultiRegionTargets rtoInMinutes(int value) {
      return set("RtoInMinutes", Value.of(value));
    }

    /** Sets {@code RtoInMinutes} to this value; see {@link #rtoInMinutes(int)}. */
    public MultiRegionTargets rtoInMinutes(Value<Integer> value) {
      return set("RtoInMinutes", value);
    }
  }
}
