// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Information about a daemon resource.
 *
 * <p>CloudFormation type {@code AWS::ECS::Daemon}.
 */
public final class Daemon extends Resource<Daemon> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::Daemon")
      .allowed("PropagateTags", "DAEMON", "NONE")
      .refYields("DaemonArn")
      .attributes("CreatedAt", "DaemonArn", "DaemonStatus", "DeploymentArn", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Daemon(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Names (ARNs) of the capacity providers associated with the daemon.
   *
   * <p>CloudFormation property {@code CapacityProviderArns}.
   */
  public Daemon capacityProviderArns(List<String> value) {
    return set("CapacityProviderArns", Value.listOf(value));
  }

  /** Sets {@code CapacityProviderArns} to this value; see {@link #capacityProviderArns(List)}. */
  public Daemon capacityProviderArns(Value<List<String>> value) {
    return set("CapacityProviderArns", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster that the daemon is running in.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClusterArn}.
   */
  public Daemon clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public Daemon clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /** CloudFormation property {@code Critical}. */
  public Daemon critical(boolean value) {
    return set("Critical", Value.of(value));
  }

  /** Sets {@code Critical} to this value; see {@link #critical(boolean)}. */
  public Daemon critical(Value<Boolean> value) {
    return set("Critical", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DaemonName}. */
  public Daemon daemonName(String value) {
    return set("DaemonName", Value.of(value));
  }

  /** Sets {@code DaemonName} to this value; see {@link #daemonName(String)}. */
  public Daemon daemonName(Value<String> value) {
    return set("DaemonName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the daemon task definition used by this revision.
   *
   * <p>CloudFormation property {@code DaemonTaskDefinitionArn}.
   */
  public Daemon daemonTaskDefinitionArn(String value) {
    return set("DaemonTaskDefinitionArn", Value.of(value));
  }

  /**
   * Sets {@code DaemonTaskDefinitionArn} to this value; see {@link
   * #daemonTaskDefinitionArn(String)}.
   */
  public Daemon daemonTaskDefinitionArn(Value<String> value) {
    return set("DaemonTaskDefinitionArn", value);
  }

  /**
   * Optional deployment parameters that control how a daemon rolls out updates across container
   * instances.
   *
   * <p>CloudFormation property {@code DeploymentConfiguration}.
   */
  public Daemon deploymentConfiguration(Value<DaemonDeploymentConfiguration> value) {
    return set("DeploymentConfiguration", value);
  }

  /**
   * Specifies whether Amazon ECS managed tags are turned on for the daemon tasks.
   *
   * <p>CloudFormation property {@code EnableECSManagedTags}.
   */
  public Daemon enableECSManagedTags(boolean value) {
    return set("EnableECSManagedTags", Value.of(value));
  }

  /**
   * Sets {@code EnableECSManagedTags} to this value; see {@link #enableECSManagedTags(boolean)}.
   */
  public Daemon enableECSManagedTags(Value<Boolean> value) {
    return set("EnableECSManagedTags", value);
  }

  /**
   * Specifies whether the execute command functionality is turned on for the daemon tasks.
   *
   * <p>CloudFormation property {@code EnableExecuteCommand}.
   */
  public Daemon enableExecuteCommand(boolean value) {
    return set("EnableExecuteCommand", Value.of(value));
  }

  /**
   * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
   */
  public Daemon enableExecuteCommand(Value<Boolean> value) {
    return set("EnableExecuteCommand", value);
  }

  /**
   * Specifies whether tags are propagated from the daemon to the daemon tasks.
   *
   * <p>Allowed values: {@code DAEMON}, {@code NONE}. CloudFormation property {@code PropagateTags}.
   */
  public Daemon propagateTags(String value) {
    return set("PropagateTags", Value.of(value));
  }

  /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(String)}. */
  public Daemon propagateTags(Value<String> value) {
    return set("PropagateTags", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Daemon tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Daemon tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Daemon tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code DaemonArn}. */
  public Value<String> daemonArn() {
    return getAtt("DaemonArn");
  }

  /** {@code Fn::GetAtt} attribute {@code DaemonStatus}. */
  public Value<String> daemonStatus() {
    return getAtt("DaemonStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code DeploymentArn}. */
  public Value<String> deploymentArn() {
    return getAtt("DeploymentArn");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The CloudWatch alarm configuration for a daemon. When enabled, CloudWatch alarms determine
   * whether a daemon deployment has failed.
   *
   * <p>Property type {@code AWS::ECS::Daemon.DaemonAlarmConfiguration}.
   */
  public static final class DaemonAlarmConfiguration extends Struct<DaemonAlarmConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Daemon.DaemonAlarmConfiguration");

    public DaemonAlarmConfiguration() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch alarm names to monitor during a daemon deployment.
     *
     * <p>CloudFormation property {@code AlarmNames}.
     */
    public DaemonAlarmConfiguration alarmNames(List<String> value) {
      return set("AlarmNames", Value.listOf(value));
    }

    /** Sets {@code AlarmNames} to this value; see {@link #alarmNames(List)}. */
    public DaemonAlarmConfiguration alarmNames(Value<List<String>> value) {
      return set("AlarmNames", value);
    }

    /**
     * Determines whether to use the CloudWatch alarm option in the daemon deployment process. The
     * default value is <code>false</code>.
     *
     * <p>CloudFormation property {@code Enable}.
     */
    public DaemonAlarmConfiguration enable(boolean value) {
      return set("Enable", Value.of(value));
    }

    /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
    public DaemonAlarmConfiguration enable(Value<Boolean> value) {
      return set("Enable", value);
    }
  }

  /**
   * Optional deployment parameters that control how a daemon rolls out updates across container
   * instances.
   *
   * <p>Property type {@code AWS::ECS::Daemon.DaemonDeploymentConfiguration}.
   */
  public static final class DaemonDeploymentConfiguration extends Struct<DaemonDeploymentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Daemon.DaemonDeploymentConfiguration")
        .constrain("BakeTimeInMinutes", Constraint.of().minimum(0).maximum(1440))
        .constrain("DrainPercent", Constraint.of().minimum(0).maximum(100))
        .build();

    public DaemonDeploymentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch alarm configuration for a daemon. When enabled, CloudWatch alarms determine
     * whether a daemon deployment has failed.
     *
     * <p>CloudFormation property {@code Alarms}.
     */
    public DaemonDeploymentConfiguration alarms(Value<DaemonAlarmConfiguration> value) {
      return set("Alarms", value);
    }

    /**
     * The amount of time (in minutes) to wait after a successful deployment step before proceeding.
     * This allows time to monitor for issues before continuing. The default value is 0.
     *
     * <p>Range: 0 to 1440. CloudFormation property {@code BakeTimeInMinutes}.
     */
    public DaemonDeploymentConfiguration bakeTimeInMinutes(int value) {
      return set("BakeTimeInMinutes", Value.of(value));
    }

    /** Sets {@code BakeTimeInMinutes} to this value; see {@link #bakeTimeInMinutes(int)}. */
    public DaemonDeploymentConfiguration bakeTimeInMinutes(Value<Integer> value) {
      return set("BakeTimeInMinutes", value);
    }

    /**
     * The percentage of container instances to drain simultaneously during a daemon deployment.
     * Valid values are between 0.0 and 100.0.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code DrainPercent}.
     */
    public DaemonDeploymentConfiguration drainPercent(double value) {
      return set("DrainPercent", Value.of(value));
    }

    /** Sets {@code DrainPercent} to this value; see {@link #drainPercent(double)}. */
    public DaemonDeploymentConfiguration drainPercent(Value<Double> value) {
      return set("DrainPercent", value);
    }
  }
}
