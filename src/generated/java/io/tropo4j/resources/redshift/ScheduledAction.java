// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a scheduled action. A scheduled action contains a schedule and an Amazon Redshift API
 * action. For example, you can create a schedule of when to run the <code>ResizeCluster</code> API
 * operation.
 *
 * <p>CloudFormation type {@code AWS::Redshift::ScheduledAction}.
 */
public final class ScheduledAction extends Resource<ScheduledAction> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ScheduledAction")
      .required("ScheduledActionName")
      .constrain("IamRole", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("Schedule", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ScheduledActionDescription", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ScheduledActionName", Constraint.of().minLength(0).maxLength(2147483647))
      .refYields("ScheduledActionName")
      .attributes("NextInvocations", "State")
      .build();

  public ScheduledAction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If true, the schedule is enabled. If false, the scheduled action does not trigger. For more
   * information about <code>state</code> of the scheduled action, see <code>ScheduledAction</code>
   * .
   *
   * <p>CloudFormation property {@code Enable}.
   */
  public ScheduledAction enable(boolean value) {
    return set("Enable", Value.of(value));
  }

  /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
  public ScheduledAction enable(Value<Boolean> value) {
    return set("Enable", value);
  }

  /**
   * The end time in UTC when the schedule is no longer active. After this time, the scheduled
   * action does not trigger.
   *
   * <p>CloudFormation property {@code EndTime}.
   */
  public ScheduledAction endTime(String value) {
    return set("EndTime", Value.of(value));
  }

  /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
  public ScheduledAction endTime(Value<String> value) {
    return set("EndTime", value);
  }

  /**
   * The IAM role to assume to run the scheduled action. This IAM role must have permission to run
   * the Amazon Redshift API operation in the scheduled action. This IAM role must allow the Amazon
   * Redshift scheduler (Principal scheduler.redshift.amazonaws.com) to assume permissions on your
   * behalf. For more information about the IAM role to use with the Amazon Redshift scheduler, see
   * <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-iam-access-control-identity-based.html">Using
   * Identity-Based Policies for Amazon Redshift</a> in the <em>Amazon Redshift Cluster Management
   * Guide</em> .
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code IamRole}.
   */
  public ScheduledAction iamRole(String value) {
    return set("IamRole", Value.of(value));
  }

  /** Sets {@code IamRole} to this value; see {@link #iamRole(String)}. */
  public ScheduledAction iamRole(Value<String> value) {
    return set("IamRole", value);
  }

  /**
   * The schedule for a one-time (at format) or recurring (cron format) scheduled action. Schedule
   * invocations must be separated by at least one hour.
   *
   * <p>Format of at expressions is " <code>at(yyyy-mm-ddThh:mm:ss)</code> ". For example, "
   * <code>at(2016-03-04T17:27:00)</code> ".
   *
   * <p>Format of cron expressions is " <code>cron(Minutes Hours Day-of-month Month Day-of-week
   * Year)</code> ". For example, " <code>cron(0 10 ? * MON *)</code> ". For more information, see
   * <a
   * href="https://docs.aws.amazon.com//AmazonCloudWatch/latest/events/ScheduledEvents.html#CronExpressions">Cron
   * Expressions</a> in the <em>Amazon CloudWatch Events User Guide</em> .
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code Schedule}.
   */
  public ScheduledAction schedule(String value) {
    return set("Schedule", Value.of(value));
  }

  /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
  public ScheduledAction schedule(Value<String> value) {
    return set("Schedule", value);
  }

  /**
   * The description of the scheduled action.
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code
   * ScheduledActionDescription}.
   */
  public ScheduledAction scheduledActionDescription(String value) {
    return set("ScheduledActionDescription", Value.of(value));
  }

  /**
   * Sets {@code ScheduledActionDescription} to this value; see {@link
   * #scheduledActionDescription(String)}.
   */
  public ScheduledAction scheduledActionDescription(Value<String> value) {
    return set("ScheduledActionDescription", value);
  }

  /**
   * The name of the scheduled action.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code ScheduledActionName}.
   */
  public ScheduledAction scheduledActionName(String value) {
    return set("ScheduledActionName", Value.of(value));
  }

  /** Sets {@code ScheduledActionName} to this value; see {@link #scheduledActionName(String)}. */
  public ScheduledAction scheduledActionName(Value<String> value) {
    return set("ScheduledActionName", value);
  }

  /**
   * The start time in UTC when the schedule is active. Before this time, the scheduled action does
   * not trigger.
   *
   * <p>CloudFormation property {@code StartTime}.
   */
  public ScheduledAction startTime(String value) {
    return set("StartTime", Value.of(value));
  }

  /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
  public ScheduledAction startTime(Value<String> value) {
    return set("StartTime", value);
  }

  /**
   * A JSON format string of the Amazon Redshift API operation with input parameters.
   *
   * <p>"
   * <code>{&#92;"ResizeCluster&#92;":{&#92;"NodeType&#92;":&#92;"ra3.4xlarge&#92;",&#92;"ClusterIdentifier&#92;":&#92;"my-test-cluster&#92;",&#92;"NumberOfNodes&#92;":3}}</code>
   * ".
   *
   * <p>CloudFormation property {@code TargetAction}.
   */
  public ScheduledAction targetAction(Value<ScheduledActionType> value) {
    return set("TargetAction", value);
  }

  /**
   * List of times when the scheduled action will run.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NextInvocations}.
   */
  public Value<List<String>> nextInvocations() {
    return getAtt("NextInvocations");
  }

  /**
   * The state of the scheduled action. For example, <code>DISABLED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Describes a pause cluster operation. For example, a scheduled action to run the
   * <code>PauseCluster</code> API operation.
   *
   * <p>Property type {@code AWS::Redshift::ScheduledAction.PauseClusterMessage}.
   */
  public static final class PauseClusterMessage extends Struct<PauseClusterMessage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ScheduledAction.PauseClusterMessage")
        .required("ClusterIdentifier")
        .build();

    public PauseClusterMessage() {
      super(SCHEMA);
    }

    /**
     * The identifier of the cluster to be paused.
     *
     * <p>Required. CloudFormation property {@code ClusterIdentifier}.
     */
    public PauseClusterMessage clusterIdentifier(String value) {
      return set("ClusterIdentifier", Value.of(value));
    }

    /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
    public PauseClusterMessage clusterIdentifier(Value<String> value) {
      return set("ClusterIdentifier", value);
    }
  }

  /**
   * Describes a resize cluster operation. For example, a scheduled action to run the
   * <code>ResizeCluster</code> API operation.
   *
   * <p>Property type {@code AWS::Redshift::ScheduledAction.ResizeClusterMessage}.
   */
  public static final class ResizeClusterMessage extends Struct<ResizeClusterMessage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ScheduledAction.ResizeClusterMessage")
        .required("ClusterIdentifier")
        .build();

    public ResizeClusterMessage() {
      super(SCHEMA);
    }

    /**
     * A boolean value indicating whether the resize operation is using the classic resize process.
     * If you don't provide this parameter or set the value to <code>false</code> , the resize type
     * is elastic.
     *
     * <p>CloudFormation property {@code Classic}.
     */
    public ResizeClusterMessage classic(boolean value) {
      return set("Classic", Value.of(value));
    }

    /** Sets {@code Classic} to this value; see {@link #classic(boolean)}. */
    public ResizeClusterMessage classic(Value<Boolean> value) {
      return set("Classic", value);
    }

    /**
     * The unique identifier for the cluster to resize.
     *
     * <p>Required. CloudFormation property {@code ClusterIdentifier}.
     */
    public ResizeClusterMessage clusterIdentifier(String value) {
      return set("ClusterIdentifier", Value.of(value));
    }

    /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
    public ResizeClusterMessage clusterIdentifier(Value<String> value) {
      return set("ClusterIdentifier", value);
    }

    /**
     * The new cluster type for the specified cluster.
     *
     * <p>CloudFormation property {@code ClusterType}.
     */
    public ResizeClusterMessage clusterType(String value) {
      return set("ClusterType", Value.of(value));
    }

    /** Sets {@code ClusterType} to this value; see {@link #clusterType(String)}. */
    public ResizeClusterMessage clusterType(Value<String> value) {
      return set("ClusterType", value);
    }

    /**
     * The new node type for the nodes you are adding. If not specified, the cluster's current node
     * type is used.
     *
     * <p>CloudFormation property {@code NodeType}.
     */
    public ResizeClusterMessage nodeType(String value) {
      return set("NodeType", Value.of(value));
    }

    /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
    public ResizeClusterMessage nodeType(Value<String> value) {
      return set("NodeType", value);
    }

    /**
     * The new number of nodes for the cluster. If not specified, the cluster's current number of
     * nodes is used.
     *
     * <p>CloudFormation property {@code NumberOfNodes}.
     */
    public ResizeClusterMessage numberOfNodes(int value) {
      return set("NumberOfNodes", Value.of(value));
    }

    /** Sets {@code NumberOfNodes} to this value; see {@link #numberOfNodes(int)}. */
    public ResizeClusterMessage numberOfNodes(Value<Integer> value) {
      return set("NumberOfNodes", value);
    }
  }

  /**
   * Describes a resume cluster operation. For example, a scheduled action to run the
   * <code>ResumeCluster</code> API operation.
   *
   * <p>Property type {@code AWS::Redshift::ScheduledAction.ResumeClusterMessage}.
   */
  public static final class ResumeClusterMessage extends Struct<ResumeClusterMessage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ScheduledAction.ResumeClusterMessage")
        .required("ClusterIdentifier")
        .build();

    public ResumeClusterMessage() {
      super(SCHEMA);
    }

    /**
     * The identifier of the cluster to be resumed.
     *
     * <p>Required. CloudFormation property {@code ClusterIdentifier}.
     */
    public ResumeClusterMessage clusterIdentifier(String value) {
      return set("ClusterIdentifier", Value.of(value));
    }

    /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
    public ResumeClusterMessage clusterIdentifier(Value<String> value) {
      return set("ClusterIdentifier", value);
    }
  }

  /**
   * The action type that specifies an Amazon Redshift API operation that is supported by the Amazon
   * Redshift scheduler.
   *
   * <p>Property type {@code AWS::Redshift::ScheduledAction.ScheduledActionType}.
   */
  public static final class ScheduledActionType extends Struct<ScheduledActionType> {
    private static final Schema SCHEMA = Schema.of("AWS::Redshift::ScheduledAction.ScheduledActionType");

    public ScheduledActionType() {
      super(SCHEMA);
    }

    /**
     * An action that runs a <code>PauseCluster</code> API operation.
     *
     * <p>CloudFormation property {@code PauseCluster}.
     */
    public ScheduledActionType pauseCluster(Value<PauseClusterMessage> value) {
      return set("PauseCluster", value);
    }

    /**
     * An action that runs a <code>ResizeCluster</code> API operation.
     *
     * <p>CloudFormation property {@code ResizeCluster}.
     */
    public ScheduledActionType resizeCluster(Value<ResizeClusterMessage> value) {
      return set("ResizeCluster", value);
    }

    /**
     * An action that runs a <code>ResumeCluster</code> API operation.
     *
     * <p>CloudFormation property {@code ResumeCluster}.
     */
    public ScheduledActionType resumeCluster(Value<ResumeClusterMessage> value) {
      return set("ResumeCluster", value);
    }
  }
}
