// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspaces;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a pool of WorkSpaces.
 *
 * <p>CloudFormation type {@code AWS::WorkSpaces::WorkspacesPool}.
 */
public final class WorkspacesPool extends Resource<WorkspacesPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::WorkspacesPool")
      .required("BundleId", "Capacity", "DirectoryId", "PoolName")
      .constrain("BundleId", Constraint.of().pattern("^wsb-[0-9a-z]{8,63}$"))
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9_./() -]+$").minLength(1).maxLength(255))
      .constrain("DirectoryId", Constraint.of().pattern("^wsd-[0-9a-z]{8,63}$").minLength(10).maxLength(65))
      .constrain("PoolName", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"))
      .allowed("RunningMode", "ALWAYS_ON", "AUTO_STOP")
      .refYields("PoolId")
      .attributes("CreatedAt", "PoolArn", "PoolId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WorkspacesPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The persistent application settings for users of the pool.
   *
   * <p>CloudFormation property {@code ApplicationSettings}.
   */
  public WorkspacesPool applicationSettings(Value<ApplicationSettings> value) {
    return set("ApplicationSettings", value);
  }

  /**
   * The identifier of the bundle used by the pool.
   *
   * <p>Required. Pattern: {@code ^wsb-[0-9a-z]{8,63}$}. CloudFormation property {@code BundleId}.
   */
  public WorkspacesPool bundleId(String value) {
    return set("BundleId", Value.of(value));
  }

  /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
  public WorkspacesPool bundleId(Value<String> value) {
    return set("BundleId", value);
  }

  /**
   * Describes the user capacity for the pool.
   *
   * <p>Required. CloudFormation property {@code Capacity}.
   */
  public WorkspacesPool capacity(Value<Capacity> value) {
    return set("Capacity", value);
  }

  /**
   * The description of the pool.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_./() -]+$}. CloudFormation property
   * {@code Description}.
   */
  public WorkspacesPool description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public WorkspacesPool description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the directory used by the pool.
   *
   * <p>Required. Length: 10 to 65 characters. Pattern: {@code ^wsd-[0-9a-z]{8,63}$}. CloudFormation
   * property {@code DirectoryId}.
   */
  public WorkspacesPool directoryId(String value) {
    return set("DirectoryId", Value.of(value));
  }

  /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
  public WorkspacesPool directoryId(Value<String> value) {
    return set("DirectoryId", value);
  }

  /**
   * The name of the pool.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$}. CloudFormation property {@code PoolName}.
   */
  public WorkspacesPool poolName(String value) {
    return set("PoolName", Value.of(value));
  }

  /** Sets {@code PoolName} to this value; see {@link #poolName(String)}. */
  public WorkspacesPool poolName(Value<String> value) {
    return set("PoolName", value);
  }

  /**
   * The running mode of the pool.
   *
   * <p>Allowed values: {@code ALWAYS_ON}, {@code AUTO_STOP}. CloudFormation property {@code
   * RunningMode}.
   */
  public WorkspacesPool runningMode(String value) {
    return set("RunningMode", Value.of(value));
  }

  /** Sets {@code RunningMode} to this value; see {@link #runningMode(String)}. */
  public WorkspacesPool runningMode(Value<String> value) {
    return set("RunningMode", value);
  }

  /**
   * CloudFormation property {@code Tags}.
   *
   * @deprecated The specification marks {@code Tags} deprecated.
   */
  @Deprecated
  public WorkspacesPool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /**
   * Sets {@code Tags} to this value; see {@link #tags(List)}.
   *
   * @deprecated The specification marks {@code Tags} deprecated.
   */
  @Deprecated
  public WorkspacesPool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /**
   * Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}.
   *
   * @deprecated The specification marks {@code Tags} deprecated.
   */
  @Deprecated
  public WorkspacesPool tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The amount of time that a pool session remains active after users disconnect. If they try to
   * reconnect to the pool session after a disconnection or network interruption within this time
   * interval, they are connected to their previous session. Otherwise, they are connected to a new
   * session with a new pool instance.
   *
   * <p>CloudFormation property {@code TimeoutSettings}.
   */
  public WorkspacesPool timeoutSettings(Value<TimeoutSettings> value) {
    return set("TimeoutSettings", value);
  }

  /**
   * The time the pool was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) for the pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolArn}.
   */
  public Value<String> poolArn() {
    return getAtt("PoolArn");
  }

  /**
   * The identifier of the pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolId}.
   */
  public Value<String> poolId() {
    return getAtt("PoolId");
  }

  /**
   * The persistent application settings for users in the pool.
   *
   * <p>Property type {@code AWS::WorkSpaces::WorkspacesPool.ApplicationSettings}.
   */
  public static final class ApplicationSettings extends Struct<ApplicationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::WorkspacesPool.ApplicationSettings")
        .required("Status")
        .constrain("SettingsGroup", Constraint.of().pattern("^[A-Za-z0-9_./()!*'-]+$").minLength(0).maxLength(100))
        .allowed("Status", "DISABLED", "ENABLED")
        .build();

    public ApplicationSettings() {
      super(SCHEMA);
    }

    /**
     * The path prefix for the S3 bucket where users’ persistent application settings are stored.
     *
     * <p>Length: 0 to 100 characters. Pattern: {@code ^[A-Za-z0-9_./()!*'-]+$}. CloudFormation
     * property {@code SettingsGroup}.
     */
    public ApplicationSettings settingsGroup(String value) {
      return set("SettingsGroup", Value.of(value));
    }

    /** Sets {@code SettingsGroup} to this value; see {@link #settingsGroup(String)}. */
    public ApplicationSettings settingsGroup(Value<String> value) {
      return set("SettingsGroup", value);
    }

    /**
     * Enables or disables persistent application settings for users during their pool sessions.
     *
     * <p>Required. Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property
     * {@code Status}.
     */
    public ApplicationSettings status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ApplicationSettings status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Describes the user capacity for the pool.
   *
   * <p>Property type {@code AWS::WorkSpaces::WorkspacesPool.Capacity}.
   */
  public static final class Capacity extends Struct<Capacity> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::WorkspacesPool.Capacity")
        .required("DesiredUserSessions")
        .constrain("DesiredUserSessions", Constraint.of().minimum(0))
        .build();

    public Capacity() {
      super(SCHEMA);
    }

    /**
     * The desired number of user sessions for the WorkSpaces in the pool.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code DesiredUserSessions}.
     */
    public Capacity desiredUserSessions(int value) {
      return set("DesiredUserSessions", Value.of(value));
    }

    /** Sets {@code DesiredUserSessions} to this value; see {@link #desiredUserSessions(int)}. */
    public Capacity desiredUserSessions(Value<Integer> value) {
      return set("DesiredUserSessions", value);
    }
  }

  /**
   * Describes the timeout settings for the pool.
   *
   * <p>Property type {@code AWS::WorkSpaces::WorkspacesPool.TimeoutSettings}.
   */
  public static final class TimeoutSettings extends Struct<TimeoutSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpaces::WorkspacesPool.TimeoutSettings")
        .constrain("DisconnectTimeoutInSeconds", Constraint.of().minimum(60).maximum(36000))
        .constrain("IdleDisconnectTimeoutInSeconds", Constraint.of().minimum(0).maximum(36000))
        .constrain("MaxUserDurationInSeconds", Constraint.of().minimum(600).maximum(432000))
        .build();

    public TimeoutSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies the amount of time, in seconds, that a streaming session remains active after users
     * disconnect. If users try to reconnect to the streaming session after a disconnection or
     * network interruption within the time set, they are connected to their previous session.
     * Otherwise, they are connected to a new session with a new streaming instance.
     *
     * <p>Range: 60 to 36000. CloudFormation property {@code DisconnectTimeoutInSeconds}.
     */
    public TimeoutSettings disconnectTimeoutInSeconds(int value) {
      return set("DisconnectTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code DisconnectTimeoutInSeconds} to this value; see {@link
     * #disconnectTimeoutInSeconds(int)}.
     */
    public TimeoutSettings disconnectTimeoutInSeconds(Value<Integer> value) {
      return set("DisconnectTimeoutInSeconds", value);
    }

    /**
     * The amount of time in seconds a connection will stay active while idle.
     *
     * <p>Range: 0 to 36000. CloudFormation property {@code IdleDisconnectTimeoutInSeconds}.
     */
    public TimeoutSettings idleDisconnectTimeoutInSeconds(int value) {
      return set("IdleDisconnectTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code IdleDisconnectTimeoutInSeconds} to this value; see {@link
     * #idleDisconnectTimeoutInSeconds(int)}.
     */
    public TimeoutSettings idleDisconnectTimeoutInSeconds(Value<Integer> value) {
      return set("IdleDisconnectTimeoutInSeconds", value);
    }

    /**
     * Specifies the maximum amount of time, in seconds, that a streaming session can remain active.
     * If users are still connected to a streaming instance five minutes before this limit is
     * reached, they are prompted to save any open documents before being disconnected. After this
     * time elapses, the instance is terminated and replaced by a new instance.
     *
     * <p>Range: 600 to 432000. CloudFormation property {@code MaxUserDurationInSeconds}.
     */
    public TimeoutSettings maxUserDurationInSeconds(int value) {
      return set("MaxUserDurationInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaxUserDurationInSeconds} to this value; see {@link
     * #maxUserDurationInSeconds(int)}.
     */
    public TimeoutSettings maxUserDurationInSeconds(Value<Integer> value) {
      return set("MaxUserDurationInSeconds", value);
    }
  }
}
