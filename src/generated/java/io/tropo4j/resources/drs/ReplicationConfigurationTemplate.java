// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.drs;

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
 * A replication configuration template for AWS Elastic Disaster Recovery Service.
 *
 * <p>CloudFormation type {@code AWS::DRS::ReplicationConfigurationTemplate}.
 */
public final class ReplicationConfigurationTemplate extends Resource<ReplicationConfigurationTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::DRS::ReplicationConfigurationTemplate")
      .required("BandwidthThrottling", "EbsEncryption", "PitPolicy",
          "ReplicationServersSecurityGroupsIDs", "StagingAreaSubnetId", "StagingAreaTags")
      .constrain("BandwidthThrottling", Constraint.of().minimum(0))
      .allowed("DataPlaneRouting", "PRIVATE_IP", "PUBLIC_IP")
      .allowed("DefaultLargeStagingDiskType", "GP2", "GP3", "ST1", "AUTO")
      .allowed("EbsEncryption", "DEFAULT", "CUSTOM", "NONE")
      .constrain("EbsEncryptionKeyArn", Constraint.of().pattern("^arn:.{16,2044}$").minLength(20).maxLength(2048))
      .allowed("InternetProtocol", "IPV4", "IPV6")
      .constrain("ReplicationServerInstanceType", Constraint.of().minLength(0).maxLength(255))
      .constrain("ReplicationServersSecurityGroupsIDs", Constraint.of().pattern("^sg-[0-9a-fA-F]{8,}$").minLength(0).maxLength(255))
      .constrain("StagingAreaSubnetId", Constraint.of().pattern("^subnet-[0-9a-fA-F]{8,}$").minLength(0).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "ReplicationConfigurationTemplateID")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicationConfigurationTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to associate the default Elastic Disaster Recovery Security group with the Replication
   * Configuration Template.
   *
   * <p>CloudFormation property {@code AssociateDefaultSecurityGroup}.
   */
  public ReplicationConfigurationTemplate associateDefaultSecurityGroup(boolean value) {
    return set("AssociateDefaultSecurityGroup", Value.of(value));
  }

  /**
   * Sets {@code AssociateDefaultSecurityGroup} to this value; see {@link
   * #associateDefaultSecurityGroup(boolean)}.
   */
  public ReplicationConfigurationTemplate associateDefaultSecurityGroup(Value<Boolean> value) {
    return set("AssociateDefaultSecurityGroup", value);
  }

  /**
   * Whether to allow the AWS replication agent to automatically replicate newly added disks.
   *
   * <p>CloudFormation property {@code AutoReplicateNewDisks}.
   */
  public ReplicationConfigurationTemplate autoReplicateNewDisks(boolean value) {
    return set("AutoReplicateNewDisks", Value.of(value));
  }

  /**
   * Sets {@code AutoReplicateNewDisks} to this value; see {@link #autoReplicateNewDisks(boolean)}.
   */
  public ReplicationConfigurationTemplate autoReplicateNewDisks(Value<Boolean> value) {
    return set("AutoReplicateNewDisks", value);
  }

  /**
   * Configure bandwidth throttling for the outbound data transfer rate of the Source Server in
   * Mbps.
   *
   * <p>Required. Range: at least 0. CloudFormation property {@code BandwidthThrottling}.
   */
  public ReplicationConfigurationTemplate bandwidthThrottling(int value) {
    return set("BandwidthThrottling", Value.of(value));
  }

  /** Sets {@code BandwidthThrottling} to this value; see {@link #bandwidthThrottling(int)}. */
  public ReplicationConfigurationTemplate bandwidthThrottling(Value<Integer> value) {
    return set("BandwidthThrottling", value);
  }

  /**
   * Whether to create a Public IP for the Recovery Instance by default.
   *
   * <p>CloudFormation property {@code CreatePublicIP}.
   */
  public ReplicationConfigurationTemplate createPublicIP(boolean value) {
    return set("CreatePublicIP", Value.of(value));
  }

  /** Sets {@code CreatePublicIP} to this value; see {@link #createPublicIP(boolean)}. */
  public ReplicationConfigurationTemplate createPublicIP(Value<Boolean> value) {
    return set("CreatePublicIP", value);
  }

  /**
   * The data plane routing mechanism that will be used for replication.
   *
   * <p>Allowed values: {@code PRIVATE_IP}, {@code PUBLIC_IP}. CloudFormation property {@code
   * DataPlaneRouting}.
   */
  public ReplicationConfigurationTemplate dataPlaneRouting(String value) {
    return set("DataPlaneRouting", Value.of(value));
  }

  /** Sets {@code DataPlaneRouting} to this value; see {@link #dataPlaneRouting(String)}. */
  public ReplicationConfigurationTemplate dataPlaneRouting(Value<String> value) {
    return set("DataPlaneRouting", value);
  }

  /**
   * The Staging Disk EBS volume type to be used during replication.
   *
   * <p>Allowed values: {@code GP2}, {@code GP3}, {@code ST1}, {@code AUTO}. CloudFormation property
   * {@code DefaultLargeStagingDiskType}.
   */
  public ReplicationConfigurationTemplate defaultLargeStagingDiskType(String value) {
    return set("DefaultLargeStagingDiskType", Value.of(value));
  }

  /**
   * Sets {@code DefaultLargeStagingDiskType} to this value; see {@link
   * #defaultLargeStagingDiskType(String)}.
   */
  public ReplicationConfigurationTemplate defaultLargeStagingDiskType(Value<String> value) {
    return set("DefaultLargeStagingDiskType", value);
  }

  /**
   * The type of EBS encryption to be used during replication.
   *
   * <p>Required. Allowed values: {@code DEFAULT}, {@code CUSTOM}, {@code NONE}. CloudFormation
   * property {@code EbsEncryption}.
   */
  public ReplicationConfigurationTemplate ebsEncryption(String value) {
    return set("EbsEncryption", Value.of(value));
  }

  /** Sets {@code EbsEncryption} to this value; see {@link #ebsEncryption(String)}. */
  public ReplicationConfigurationTemplate ebsEncryption(Value<String> value) {
    return set("EbsEncryption", value);
  }

  /**
   * The ARN of the EBS encryption key to be used during replication.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.{16,2044}$}. CloudFormation property
   * {@code EbsEncryptionKeyArn}.
   */
  public ReplicationConfigurationTemplate ebsEncryptionKeyArn(String value) {
    return set("EbsEncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EbsEncryptionKeyArn} to this value; see {@link #ebsEncryptionKeyArn(String)}. */
  public ReplicationConfigurationTemplate ebsEncryptionKeyArn(Value<String> value) {
    return set("EbsEncryptionKeyArn", value);
  }

  /**
   * Which version of the Internet Protocol to use for replication of data.
   *
   * <p>Allowed values: {@code IPV4}, {@code IPV6}. CloudFormation property {@code
   * InternetProtocol}.
   */
  public ReplicationConfigurationTemplate internetProtocol(String value) {
    return set("InternetProtocol", Value.of(value));
  }

  /** Sets {@code InternetProtocol} to this value; see {@link #internetProtocol(String)}. */
  public ReplicationConfigurationTemplate internetProtocol(Value<String> value) {
    return set("InternetProtocol", value);
  }

  /**
   * The Point in time (PIT) policy to manage snapshots taken during replication.
   *
   * <p>Required. CloudFormation property {@code PitPolicy}.
   */
  public ReplicationConfigurationTemplate pitPolicy(List<PITPolicyRule> value) {
    return set("PitPolicy", Value.listOf(value));
  }

  /** Sets {@code PitPolicy} to this value; see {@link #pitPolicy(List)}. */
  public ReplicationConfigurationTemplate pitPolicy(Value<List<PITPolicyRule>> value) {
    return set("PitPolicy", value);
  }

  /** Sets {@code PitPolicy} to a list of these; see {@link #pitPolicy(List)}. */
  public ReplicationConfigurationTemplate pitPolicy(PITPolicyRule... values) {
    return set("PitPolicy", Value.list(values));
  }

  /**
   * The instance type to be used for the replication server.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code ReplicationServerInstanceType}.
   */
  public ReplicationConfigurationTemplate replicationServerInstanceType(String value) {
    return set("ReplicationServerInstanceType", Value.of(value));
  }

  /**
   * Sets {@code ReplicationServerInstanceType} to this value; see {@link
   * #replicationServerInstanceType(String)}.
   */
  public ReplicationConfigurationTemplate replicationServerInstanceType(Value<String> value) {
    return set("ReplicationServerInstanceType", value);
  }

  /**
   * The security group IDs that will be used by the replication server.
   *
   * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^sg-[0-9a-fA-F]{8,}$}. CloudFormation
   * property {@code ReplicationServersSecurityGroupsIDs}.
   */
  public ReplicationConfigurationTemplate replicationServersSecurityGroupsIDs(List<String> value) {
    return set("ReplicationServersSecurityGroupsIDs", Value.listOf(value));
  }

  /**
   * Sets {@code ReplicationServersSecurityGroupsIDs} to this value; see {@link
   * #replicationServersSecurityGroupsIDs(List)}.
   */
  public ReplicationConfigurationTemplate replicationServersSecurityGroupsIDs(Value<List<String>> value) {
    return set("ReplicationServersSecurityGroupsIDs", value);
  }

  /**
   * The subnet to be used by the replication staging area.
   *
   * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^subnet-[0-9a-fA-F]{8,}$}.
   * CloudFormation property {@code StagingAreaSubnetId}.
   */
  public ReplicationConfigurationTemplate stagingAreaSubnetId(String value) {
    return set("StagingAreaSubnetId", Value.of(value));
  }

  /** Sets {@code StagingAreaSubnetId} to this value; see {@link #stagingAreaSubnetId(String)}. */
  public ReplicationConfigurationTemplate stagingAreaSubnetId(Value<String> value) {
    return set("StagingAreaSubnetId", value);
  }

  /**
   * A set of tags to be associated with all resources created in the replication staging area: EC2
   * replication server, EBS volumes, EBS snapshots, etc.
   *
   * <p>Required. CloudFormation property {@code StagingAreaTags}.
   */
  public ReplicationConfigurationTemplate stagingAreaTags(Map<String, String> value) {
    return set("StagingAreaTags", Value.mapOf(value));
  }

  /** Sets {@code StagingAreaTags} to this value; see {@link #stagingAreaTags(Map)}. */
  public ReplicationConfigurationTemplate stagingAreaTags(Value<Map<String, String>> value) {
    return set("StagingAreaTags", value);
  }

  /**
   * A set of tags to be associated with the Replication Configuration Template resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicationConfigurationTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicationConfigurationTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicationConfigurationTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Whether to use a dedicated Replication Server in the replication staging area.
   *
   * <p>CloudFormation property {@code UseDedicatedReplicationServer}.
   */
  public ReplicationConfigurationTemplate useDedicatedReplicationServer(boolean value) {
    return set("UseDedicatedReplicationServer", Value.of(value));
  }

  /**
   * Sets {@code UseDedicatedReplicationServer} to this value; see {@link
   * #useDedicatedReplicationServer(boolean)}.
   */
  public ReplicationConfigurationTemplate useDedicatedReplicationServer(Value<Boolean> value) {
    return set("UseDedicatedReplicationServer", value);
  }

  /**
   * The Replication Configuration Template ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Replication Configuration Template ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReplicationConfigurationTemplateID}.
   */
  public Value<String> replicationConfigurationTemplateID() {
    return getAtt("ReplicationConfigurationTemplateID");
  }

  /** Property type {@code AWS::DRS::ReplicationConfigurationTemplate.PITPolicyRule}. */
  public static final class PITPolicyRule extends Struct<PITPolicyRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::DRS::ReplicationConfigurationTemplate.PITPolicyRule")
        .required("Interval", "RetentionDuration", "Units")
        .constrain("Interval", Constraint.of().minimum(1))
        .constrain("RetentionDuration", Constraint.of().minimum(1))
        .constrain("RuleID", Constraint.of().minimum(0))
        .allowed("Units", "MINUTE", "HOUR", "DAY")
        .build();

    public PITPolicyRule() {
      super(SCHEMA);
    }

    /**
     * Whether this rule is enabled or not.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public PITPolicyRule enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public PITPolicyRule enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * How often, in the chosen units, a snapshot should be taken.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Interval}.
     */
    public PITPolicyRule interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public PITPolicyRule interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The duration to retain a snapshot for, in the chosen units.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code RetentionDuration}.
     */
    public PITPolicyRule retentionDuration(int value) {
      return set("RetentionDuration", Value.of(value));
    }

    /** Sets {@code RetentionDuration} to this value; see {@link #retentionDuration(int)}. */
    public PITPolicyRule retentionDuration(Value<Integer> value) {
      return set("RetentionDuration", value);
    }

    /**
     * The ID of the rule.
     *
     * <p>Range: at least 0. CloudFormation property {@code RuleID}.
     */
    public PITPolicyRule ruleID(int value) {
      return set("RuleID", Value.of(value));
    }

    /** Sets {@code RuleID} to this value; see {@link #ruleID(int)}. */
    public PITPolicyRule ruleID(Value<Integer> value) {
      return set("RuleID", value);
    }

    /**
     * The units used to measure the interval and retentionDuration.
     *
     * <p>Required. Allowed values: {@code MINUTE}, {@code HOUR}, {@code DAY}. CloudFormation
     * property {@code Units}.
     */
    public PITPolicyRule units(String value) {
      return set("Units", Value.of(value));
    }

    /** Sets {@code Units} to this value; see {@link #units(String)}. */
    public PITPolicyRule units(Value<String> value) {
      return set("Units", value);
    }
  }
}
