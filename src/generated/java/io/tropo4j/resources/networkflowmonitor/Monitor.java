// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkflowmonitor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a monitor for specific network flows between local and remote resources to monitor
 * network performance for workloads.
 *
 * <p>CloudFormation type {@code AWS::NetworkFlowMonitor::Monitor}.
 */
public final class Monitor extends Resource<Monitor> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFlowMonitor::Monitor")
      .required("LocalResources", "MonitorName")
      .constrain("MonitorName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(255))
      .constrain("ScopeArn", Constraint.of().pattern("^arn:.*$").minLength(20).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "ModifiedAt", "MonitorStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Monitor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The local resources to monitor.
   *
   * <p>Required. CloudFormation property {@code LocalResources}.
   */
  public Monitor localResources(List<MonitorLocalResource> value) {
    return set("LocalResources", Value.listOf(value));
  }

  /** Sets {@code LocalResources} to this value; see {@link #localResources(List)}. */
  public Monitor localResources(Value<List<MonitorLocalResource>> value) {
    return set("LocalResources", value);
  }

  /** Sets {@code LocalResources} to a list of these; see {@link #localResources(List)}. */
  public Monitor localResources(MonitorLocalResource... values) {
    return set("LocalResources", Value.list(values));
  }

  /**
   * The name of the monitor.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code MonitorName}.
   */
  public Monitor monitorName(String value) {
    return set("MonitorName", Value.of(value));
  }

  /** Sets {@code MonitorName} to this value; see {@link #monitorName(String)}. */
  public Monitor monitorName(Value<String> value) {
    return set("MonitorName", value);
  }

  /**
   * The remote resources to monitor.
   *
   * <p>CloudFormation property {@code RemoteResources}.
   */
  public Monitor remoteResources(List<MonitorRemoteResource> value) {
    return set("RemoteResources", Value.listOf(value));
  }

  /** Sets {@code RemoteResources} to this value; see {@link #remoteResources(List)}. */
  public Monitor remoteResources(Value<List<MonitorRemoteResource>> value) {
    return set("RemoteResources", value);
  }

  /** Sets {@code RemoteResources} to a list of these; see {@link #remoteResources(List)}. */
  public Monitor remoteResources(MonitorRemoteResource... values) {
    return set("RemoteResources", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the scope for the monitor.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code ^arn:.*$}.
   * CloudFormation property {@code ScopeArn}.
   */
  public Monitor scopeArn(String value) {
    return set("ScopeArn", Value.of(value));
  }

  /** Sets {@code ScopeArn} to this value; see {@link #scopeArn(String)}. */
  public Monitor scopeArn(Value<String> value) {
    return set("ScopeArn", value);
  }

  /**
   * The tags for the monitor.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Monitor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Monitor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Monitor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the monitor was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The date and time when the monitor was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * The status of the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitorStatus}.
   */
  public Value<String> monitorStatus() {
    return getAtt("MonitorStatus");
  }

  /**
   * A local resource is the host where the agent is installed.
   *
   * <p>Property type {@code AWS::NetworkFlowMonitor::Monitor.MonitorLocalResource}.
   */
  public static final class MonitorLocalResource extends Struct<MonitorLocalResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFlowMonitor::Monitor.MonitorLocalResource")
        .required("Identifier", "Type")
        .allowed("Type", "AWS::EC2::VPC", "AWS::AvailabilityZone", "AWS::EC2::Subnet",
            "AWS::Region", "AWS::EKS::Cluster")
        .build();

    public MonitorLocalResource() {
      super(SCHEMA);
    }

    /**
     * The identifier of the local resource.
     *
     * <p>Required. CloudFormation property {@code Identifier}.
     */
    public MonitorLocalResource identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public MonitorLocalResource identifier(Value<String> value) {
      return set("Identifier", value);
    }

    /**
     * The type of the local resource.
     *
     * <p>Required. Allowed values: {@code AWS::EC2::VPC}, {@code AWS::AvailabilityZone}, {@code
     * AWS::EC2::Subnet}, {@code AWS::Region}, {@code AWS::EKS::Cluster}. CloudFormation property
     * {@code Type}.
     */
    public MonitorLocalResource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MonitorLocalResource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A remote resource is the other endpoint in a network flow.
   *
   * <p>Property type {@code AWS::NetworkFlowMonitor::Monitor.MonitorRemoteResource}.
   */
  public static final class MonitorRemoteResource extends Struct<MonitorRemoteResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFlowMonitor::Monitor.MonitorRemoteResource")
        .required("Identifier", "Type")
        .allowed("Type", "AWS::EC2::VPC", "AWS::AvailabilityZone", "AWS::EC2::Subnet",
            "AWS::AWSService", "AWS::Region")
        .build();

    public MonitorRemoteResource() {
      super(SCHEMA);
    }

    /**
     * The identifier of the remote resource.
     *
     * <p>Required. CloudFormation property {@code Identifier}.
     */
    public MonitorRemoteResource identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public MonitorRemoteResource identifier(Value<String> value) {
      return set("Identifier", value);
    }

    /**
     * The type of the remote resource.
     *
     * <p>Required. Allowed values: {@code AWS::EC2::VPC}, {@code AWS::AvailabilityZone}, {@code
     * AWS::EC2::Subnet}, {@code AWS::AWSService}, {@code AWS::Region}. CloudFormation property
     * {@code Type}.
     */
    public MonitorRemoteResource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MonitorRemoteResource type(Value<String> value) {
      return set("Type", value);
    }
  }
}
