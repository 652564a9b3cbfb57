// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codeguruprofiler;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * Creates a profiling group.
 *
 * <p>CloudFormation type {@code AWS::CodeGuruProfiler::ProfilingGroup}.
 */
public final class ProfilingGroup extends Resource<ProfilingGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeGuruProfiler::ProfilingGroup")
      .required("ProfilingGroupName")
      .allowed("ComputePlatform", "Default", "AWSLambda")
      .constrain("ProfilingGroupName", Constraint.of().pattern("^[\\w-]+$").minLength(1).maxLength(255))
      .references("ProfilingGroupName", "AWS::Lambda::Function.Ref")
      .refYields("ProfilingGroupName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProfilingGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The agent permissions attached to this profiling group. This action group grants
   * <code>ConfigureAgent</code> and <code>PostAgentProfile</code> permissions to perform actions
   * required by the profiling agent. The Json consists of key <code>Principals</code> .
   *
   * <p><em>Principals</em> : A list of string ARNs for the roles and users you want to grant access
   * to the profiling group. Wildcards are not supported in the ARNs. You are allowed to provide up
   * to 50 ARNs. An empty list is not permitted. This is a required key.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/codeguru/latest/profiler-ug/resource-based-policies.html">Resource-based
   * policies in CodeGuru Profiler</a> in the <em>Amazon CodeGuru Profiler user guide</em> , <a
   * href="https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_ConfigureAgent.html">ConfigureAgent</a>
   * , and <a
   * href="https://docs.aws.amazon.com/codeguru/latest/profiler-api/API_PostAgentProfile.html">PostAgentProfile</a>
   * .
   *
   * <p>CloudFormation property {@code AgentPermissions}.
   */
  public ProfilingGroup agentPermissions(Value<AgentPermissions> value) {
    return set("AgentPermissions", value);
  }

  /**
   * Adds anomaly notifications for a profiling group.
   *
   * <p>CloudFormation property {@code AnomalyDetectionNotificationConfiguration}.
   */
  public ProfilingGroup anomalyDetectionNotificationConfiguration(List<Channel> value) {
    return set("AnomalyDetectionNotificationConfiguration", Value.listOf(value));
  }

  /**
   * Sets {@code AnomalyDetectionNotificationConfiguration} to this value; see {@link
   * #anomalyDetectionNotificationConfiguration(List)}.
   */
  public ProfilingGroup anomalyDetectionNotificationConfiguration(Value<List<Channel>> value) {
    return set("AnomalyDetectionNotificationConfiguration", value);
  }

  /**
   * Sets {@code AnomalyDetectionNotificationConfiguration} to a list of these; see {@link
   * #anomalyDetectionNotificationConfiguration(List)}.
   */
  public ProfilingGroup anomalyDetectionNotificationConfiguration(Channel... values) {
    return set("AnomalyDetectionNotificationConfiguration", Value.list(values));
  }

  /**
   * The compute platform of the profiling group. Use <code>AWSLambda</code> if your application
   * runs on AWS Lambda. Use <code>Default</code> if your application runs on a compute platform
   * that is not AWS Lambda , such an Amazon EC2 instance, an on-premises server, or a different
   * platform. If not specified, <code>Default</code> is used. This property is immutable.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Default}, {@code AWSLambda}.
   * CloudFormation property {@code ComputePlatform}.
   */
  public ProfilingGroup computePlatform(String value) {
    return set("ComputePlatform", Value.of(value));
  }

  /** Sets {@code ComputePlatform} to this value; see {@link #computePlatform(String)}. */
  public ProfilingGroup computePlatform(Value<String> value) {
    return set("ComputePlatform", value);
  }

  /**
   * The name of the profiling group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;w-]+$}. CloudFormation property {@code ProfilingGroupName}.
   */
  public ProfilingGroup profilingGroupName(String value) {
    return set("ProfilingGroupName", Value.of(value));
  }

  /** Sets {@code ProfilingGroupName} to this value; see {@link #profilingGroupName(String)}. */
  public ProfilingGroup profilingGroupName(Value<String> value) {
    return set("ProfilingGroupName", value);
  }

  /**
   * Sets {@code ProfilingGroupName} to the Ref of {@code AWS::Lambda::Function}; see {@link
   * #profilingGroupName(String)}.
   */
  public ProfilingGroup profilingGroupName(Function resource) {
    return set("ProfilingGroupName", resource.ref());
  }

  /**
   * A list of tags to add to the created profiling group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ProfilingGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProfilingGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProfilingGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The full Amazon Resource Name (ARN) for that profiling group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The agent permissions attached to this profiling group.
   *
   * <p>Property type {@code AWS::CodeGuruProfiler::ProfilingGroup.AgentPermissions}.
   */
  public static final class AgentPermissions extends Struct<AgentPermissions> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeGuruProfiler::ProfilingGroup.AgentPermissions")
        .required("Principals")
        .constrain("Principals", Constraint.of().pattern("^arn:aws([-\\w]*):iam::([0-9]{12}):[\\S]+$"))
        .references("Principals", "AWS::IAM::Role.Arn")
        .build();

    public AgentPermissions() {
      super(SCHEMA);
    }

    /**
     * The principals for the agent permissions.
     *
     * <p>Required. Pattern: {@code ^arn:aws([-&#92;w]*):iam::([0-9]{12}):[&#92;S]+$}.
     * CloudFormation property {@code Principals}.
     */
    public AgentPermissions principals(List<String> value) {
      return set("Principals", Value.listOf(value));
    }

    /** Sets {@code Principals} to this value; see {@link #principals(List)}. */
    public AgentPermissions principals(Value<List<String>> value) {
      return set("Principals", value);
    }

    /**
     * Sets {@code Principals} to the Arn of each {@code AWS::IAM::Role}; see {@link
     * #principals(List)}.
     */
    public AgentPermissions principals(Role... resources) {
      return set("Principals", Value.attributes("Arn", resources));
    }
  }

  /**
   * Notification medium for users to get alerted for events that occur in application profile. We
   * support SNS topic as a notification channel.
   *
   * <p>Property type {@code AWS::CodeGuruProfiler::ProfilingGroup.Channel}.
   */
  public static final class Channel extends Struct<Channel> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeGuruProfiler::ProfilingGroup.Channel")
        .required("channelUri")
        .constrain("channelId", Constraint.of().pattern("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"))
        .constrain("channelUri", Constraint.of().pattern("^arn:aws([-\\w]*):[a-z-]+:(([a-z]+-)+[0-9]+)?:([0-9]{12}):[^.]+$"))
        .build();

    public Channel() {
      super(SCHEMA);
    }

    /**
     * The channel ID.
     *
     * <p>Pattern: {@code [a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}}.
     * CloudFormation property {@code channelId}.
     */
    public Channel channelId(String value) {
      return set("channelId", Value.of(value));
    }

    /** Sets {@code channelId} to this value; see {@link #channelId(String)}. */
    public Channel channelId(Value<String> value) {
      return set("channelId", value);
    }

    /**
     * The channel URI.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws([-&#92;w]*):[a-z-]+:(([a-z]+-)+[0-9]+)?:([0-9]{12}):[^.]+$}. CloudFormation property
     * {@code channelUri}.
     */
    public Channel channelUri(String value) {
      return set("channelUri", Value.of(value));
    }

    /** Sets {@code channelUri} to this value; see {@link #channelUri(String)}. */
    public Channel channelUri(Value<String> value) {
      return set("channelUri", value);
    }
  }
}
