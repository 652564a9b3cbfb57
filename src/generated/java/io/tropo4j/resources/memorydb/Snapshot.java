// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.memorydb;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::MemoryDB::Snapshot. Represents a copy of an entire cluster as
 * of the time when the snapshot was taken.
 *
 * <p>CloudFormation type {@code AWS::MemoryDB::Snapshot}.
 */
public final class Snapshot extends Resource<Snapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::Snapshot")
      .required("ClusterName", "SnapshotName")
      .refYields("Arn")
      .attributes("Arn", "ClusterConfiguration", "DataTiering", "Source", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Snapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the cluster from which the snapshot was taken.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterName}.
   */
  public Snapshot clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Snapshot clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The ID of the KMS key used to encrypt the snapshot.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Snapshot kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Snapshot kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the snapshot.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SnapshotName}.
   */
  public Snapshot snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public Snapshot snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * A list of tags to be added to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Snapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Snapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Snapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN (Amazon Resource Name) of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code ClusterConfiguration}. */
  public Value<ClusterConfiguration> clusterConfiguration() {
    return getAtt("ClusterConfiguration");
  }

  /**
   * Enables data tiering. Data tiering is only supported for clusters using the r6gd node type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataTiering}.
   */
  public Value<String> dataTiering() {
    return getAtt("DataTiering");
  }

  /**
   * Indicates whether the snapshot is from an automatic backup (automated) or was created manually
   * (manual).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Source}.
   */
  public Value<String> source() {
    return getAtt("Source");
  }

  /**
   * The status of the snapshot. Valid values: creating | available | restoring | copying |
   * deleting.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::MemoryDB::Snapshot.ClusterConfiguration}. */
  public static final class ClusterConfiguration extends Struct<ClusterConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MemoryDB::Snapshot.ClusterConfiguration");

    public ClusterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The description of the cluster configuration.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ClusterConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ClusterConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of the engine used by the cluster configuration.
     *
     * <p>CloudFormation property {@code Engine}.
     */
    public ClusterConfiguration engine(String value) {
      return set("Engine", Value.of(value));
    }

    /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
    public ClusterConfiguration engine(Value<String> value) {
      return set("Engine", value);
    }

    /**
     * The Redis OSS engine version used by the cluster.
     *
     * <p>CloudFormation property {@code EngineVersion}.
     */
    public ClusterConfiguration engineVersion(String value) {
      return set("EngineVersion", Value.of(value));
    }

    /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
    public ClusterConfiguration engineVersion(Value<String> value) {
      return set("EngineVersion", value);
    }

    /**
     * The specified maintenance window for the cluster.
     *
     * <p>CloudFormation property {@code MaintenanceWindow}.
     */
    public ClusterConfiguration maintenanceWindow(String value) {
      return set("MaintenanceWindow", Value.of(value));
    }

    /** Sets {@code MaintenanceWindow} to this value; see {@link #maintenanceWindow(String)}. */
    public ClusterConfiguration maintenanceWindow(Value<String> value) {
      return set("MaintenanceWindow", value);
    }

    /**
     * The name of the cluster.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public ClusterConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ClusterConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The node type used for the cluster.
     *
     * <p>CloudFormation property {@code NodeType}.
     */
    public ClusterConfiguration nodeType(String value) {
      return set("NodeType", Value.of(value));
    }

    /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
    public ClusterConfiguration nodeType(Value<String> value) {
      return set("NodeType", value);
    }

    /**
     * The number of shards in the cluster.
     *
     * <p>CloudFormation property {@code NumShards}.
     */
    public ClusterConfiguration numShards(int value) {
      return set("NumShards", Value.of(value));
    }

    /** Sets {@code NumShards} to this value; see {@link #numShards(int)}. */
    public ClusterConfiguration numShards(Value<Integer> value) {
      return set("NumShards", value);
    }

    /**
     * The name of parameter group used by the cluster.
     *
     * <p>CloudFormation property {@code ParameterGroupName}.
     */
    public ClusterConfiguration parameterGroupName(String value) {
      return set("ParameterGroupName", Value.of(value));
    }

    /** Sets {@code ParameterGroupName} to this value; see {@link #parameterGroupName(String)}. */
    public ClusterConfiguration parameterGroupName(Value<String> value) {
      return set("ParameterGroupName", value);
    }

    /**
     * The port used by the cluster.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public ClusterConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public ClusterConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The snapshot retention limit set by the cluster.
     *
     * <p>CloudFormation property {@code SnapshotRetentionLimit}.
     */
    public ClusterConfiguration snapshotRetentionLimit(int value) {
      return set("SnapshotRetentionLimit", Value.of(value));
    }

    /**
     * Sets {@code SnapshotRetentionLimit} to this value; see {@link #snapshotRetentionLimit(int)}.
     */
    public ClusterConfiguration snapshotRetentionLimit(Value<Integer> value) {
      return set("SnapshotRetentionLimit", value);
    }

    /**
     * The snapshot window set by the cluster.
     *
     * <p>CloudFormation property {@code SnapshotWindow}.
     */
    public ClusterConfiguration snapshotWindow(String value) {
      return set("SnapshotWindow", Value.of(value));
    }

    /** Sets {@code SnapshotWindow} to this value; see {@link #snapshotWindow(String)}. */
    public ClusterConfiguration snapshotWindow(Value<String> value) {
      return set("SnapshotWindow", value);
    }

    /**
     * The name of the subnet group used by the cluster.
     *
     * <p>CloudFormation property {@code SubnetGroupName}.
     */
    public ClusterConfiguration subnetGroupName(String value) {
      return set("SubnetGroupName", Value.of(value));
    }

    /** Sets {@code SubnetGroupName} to this value; see {@link #subnetGroupName(String)}. */
    public ClusterConfiguration subnetGroupName(Value<String> value) {
      return set("SubnetGroupName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the SNS notification topic for the cluster.
     *
     * <p>CloudFormation property {@code TopicArn}.
     */
    public ClusterConfiguration topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public ClusterConfiguration topicArn(Value<String> value) {
      return set("TopicArn", value);
    }

    /**
     * The ID of the VPC the cluster belongs to.
     *
     * <p>CloudFormation property {@code VpcId}.
     */
    public ClusterConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public ClusterConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
