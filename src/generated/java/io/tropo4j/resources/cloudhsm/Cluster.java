// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudhsm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates and manages an AWS CloudHSM cluster.
 *
 * <p>CloudFormation type {@code AWS::CloudHSM::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudHSM::Cluster")
      .required("HsmType")
      .constrain("HsmType", Constraint.of().pattern("^((p|)hsm[0-9][a-z.]*\\.[a-zA-Z]+)$").maxLength(32))
      .allowed("Mode", "FIPS", "NON_FIPS")
      .allowed("NetworkType", "IPV4", "DUALSTACK")
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-fA-F]{8,17}$"))
      .refYields("Arn")
      .attributes("Arn", "BackupPolicy", "ClusterId", "SecurityGroup", "State", "SubnetMapping",
          "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A policy that defines how the service retains backups.
   *
   * <p>CloudFormation property {@code BackupRetentionPolicy}.
   */
  public Cluster backupRetentionPolicy(Value<BackupRetentionPolicy> value) {
    return set("BackupRetentionPolicy", value);
  }

  /**
   * The type of HSM to use in the cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 32 characters. Pattern: {@code
   * ^((p|)hsm[0-9][a-z.]*&#92;.[a-zA-Z]+)$}. CloudFormation property {@code HsmType}.
   */
  public Cluster hsmType(String value) {
    return set("HsmType", Value.of(value));
  }

  /** Sets {@code HsmType} to this value; see {@link #hsmType(String)}. */
  public Cluster hsmType(Value<String> value) {
    return set("HsmType", value);
  }

  /**
   * The mode to use in the cluster.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code FIPS}, {@code NON_FIPS}.
   * CloudFormation property {@code Mode}.
   */
  public Cluster mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public Cluster mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * The NetworkType to create a cluster with.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code DUALSTACK}.
   * CloudFormation property {@code NetworkType}.
   */
  public Cluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public Cluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The identifiers (IDs) of the subnets where the cluster is created. You must specify at least
   * one subnet.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^subnet-[0-9a-fA-F]{8,17}$}.
   * CloudFormation property {@code SubnetIds}.
   */
  public Cluster subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Cluster subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Tags to apply to the CloudHSM cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cluster tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Cluster tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The cluster's backup policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupPolicy}.
   */
  public Value<String> backupPolicy() {
    return getAtt("BackupPolicy");
  }

  /**
   * The cluster's identifier (ID).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterId}.
   */
  public Value<String> clusterId() {
    return getAtt("ClusterId");
  }

  /**
   * The identifier (ID) of the cluster's security group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecurityGroup}.
   */
  public Value<String> securityGroup() {
    return getAtt("SecurityGroup");
  }

  /**
   * The cluster's state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * A map from availability zone to the cluster's subnet in that availability zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubnetMapping}.
   */
  public Value<Map<String, String>> subnetMapping() {
    return getAtt("SubnetMapping");
  }

  /**
   * The identifier (ID) of the virtual private cloud (VPC) that contains the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * A policy that defines how the service retains backups.
   *
   * <p>Property type {@code AWS::CloudHSM::Cluster.BackupRetentionPolicy}.
   */
  public static final class BackupRetentionPolicy extends Struct<BackupRetentionPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudHSM::Cluster.BackupRetentionPolicy")
        .allowed("Type", "DAYS")
        .constrain("Value", Constraint.of().pattern("^[0-9]+$").minLength(1).maxLength(3))
        .build();

    public BackupRetentionPolicy() {
      super(SCHEMA);
    }

    /**
     * The type of backup retention policy.
     *
     * <p>Allowed values: {@code DAYS}. CloudFormation property {@code Type}.
     */
    public BackupRetentionPolicy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public BackupRetentionPolicy type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Use a value between 7 - 379.
     *
     * <p>Length: 1 to 3 characters. Pattern: {@code ^[0-9]+$}. CloudFormation property {@code
     * Value}.
     */
    public BackupRetentionPolicy value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public BackupRetentionPolicy value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::CloudHSM::Cluster.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudHSM::Cluster.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * The key of the tag.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the tag.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
