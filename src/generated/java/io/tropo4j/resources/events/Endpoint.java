// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.events;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A global endpoint used to improve your application's availability by making it regional-fault
 * tolerant. For more information about global endpoints, see <a
 * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html">Making
 * applications Regional-fault tolerant with global endpoints and event replication</a> in the
 * <b>Amazon EventBridge User Guide</b> .
 *
 * <p>CloudFormation type {@code AWS::Events::Endpoint}.
 */
public final class Endpoint extends Resource<Endpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::Events::Endpoint")
      .required("EventBuses", "RoutingConfig")
      .constrain("Description", Constraint.of().pattern(".*").maxLength(512))
      .constrain("Name", Constraint.of().pattern("^[\\.\\-_A-Za-z0-9]+$").minLength(1).maxLength(64))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::\\d{12}:role\\/[\\w+=,.@/-]+$").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
      .refYields("Name")
      .attributes("Arn", "EndpointId", "EndpointUrl", "State", "StateReason")
      .build();

  public Endpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the endpoint.
   *
   * <p>Length: at most 512 characters. Pattern: {@code .*}. CloudFormation property {@code
   * Description}.
   */
  public Endpoint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Endpoint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The event buses being used by the endpoint.
   *
   * <p><em>Exactly</em> : <code>2</code>
   *
   * <p>Required. CloudFormation property {@code EventBuses}.
   */
  public Endpoint eventBuses(List<EndpointEventBus> value) {
    return set("EventBuses", Value.listOf(value));
  }

  /** Sets {@code EventBuses} to this value; see {@link #eventBuses(List)}. */
  public Endpoint eventBuses(Value<List<EndpointEventBus>> value) {
    return set("EventBuses", value);
  }

  /** Sets {@code EventBuses} to a list of these; see {@link #eventBuses(List)}. */
  public Endpoint eventBuses(EndpointEventBus... values) {
    return set("EventBuses", Value.list(values));
  }

  /**
   * The name of the endpoint.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;.&#92;-_A-Za-z0-9]+$}. CloudFormation property {@code Name}.
   */
  public Endpoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Endpoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Whether event replication was enabled or disabled for this endpoint. The default state is
   * <code>ENABLED</code> which means you must supply a <code>RoleArn</code> . If you don't have a
   * <code>RoleArn</code> or you don't want event replication enabled, set the state to
   * <code>DISABLED</code> .
   *
   * <p>CloudFormation property {@code ReplicationConfig}.
   */
  public Endpoint replicationConfig(Value<ReplicationConfig> value) {
    return set("ReplicationConfig", value);
  }

  /**
   * The ARN of the role used by event replication for the endpoint.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code
   * ^arn:aws[a-z-]*:iam::&#92;d{12}:role&#92;/[&#92;w+=,.&#64;/-]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Endpoint roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Endpoint roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The routing configuration of the endpoint.
   *
   * <p>Required. CloudFormation property {@code RoutingConfig}.
   */
  public Endpoint routingConfig(Value<RoutingConfig> value) {
    return set("RoutingConfig", value);
  }

  /**
   * The ARN of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointId}.
   */
  public Value<String> endpointId() {
    return getAtt("EndpointId");
  }

  /**
   * The URL of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointUrl}.
   */
  public Value<String> endpointUrl() {
    return getAtt("EndpointUrl");
  }

  /**
   * The main Region of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The reason the endpoint is in its current state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateReason}.
   */
  public Value<String> stateReason() {
    return getAtt("StateReason");
  }

  /**
   * The event buses the endpoint is associated with.
   *
   * <p>Property type {@code AWS::Events::Endpoint.EndpointEventBus}.
   */
  public static final class EndpointEventBus extends Struct<EndpointEventBus> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Endpoint.EndpointEventBus")
        .required("EventBusArn")
        .constrain("EventBusArn", Constraint.of().pattern("^arn:aws[a-z-]*:events:[a-z]+-[a-z-]+-\\d+:\\d{12}:event-bus/[\\w.-]+$").minLength(1).maxLength(512))
        .build();

    public EndpointEventBus() {
      super(SCHEMA);
    }

    /**
     * The ARN of the event bus the endpoint is associated with.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code
     * ^arn:aws[a-z-]*:events:[a-z]+-[a-z-]+-&#92;d+:&#92;d{12}:event-bus/[&#92;w.-]+$}.
     * CloudFormation property {@code EventBusArn}.
     */
    public EndpointEventBus eventBusArn(String value) {
      return set("EventBusArn", Value.of(value));
    }

    /** Sets {@code EventBusArn} to this value; see {@link #eventBusArn(String)}. */
    public EndpointEventBus eventBusArn(Value<String> value) {
      return set("EventBusArn", value);
    }
  }

  /**
   * The failover configuration for an endpoint. This includes what triggers failover and what
   * happens when it's triggered.
   *
   * <p>Property type {@code AWS::Events::Endpoint.FailoverConfig}.
   */
  public static final class FailoverConfig extends Struct<FailoverConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Endpoint.FailoverConfig")
        .required("Primary", "Secondary")
        .build();

    public FailoverConfig() {
      super(SCHEMA);
    }

    /**
     * The main Region of the endpoint.
     *
     * <p>Required. CloudFormation property {@code Primary}.
     */
    public FailoverConfig primary(Value<Primary> value) {
      return set("Primary", value);
    }

    /**
     * The Region that events are routed to when failover is triggered or event replication is
     * enabled.
     *
     * <p>Required. CloudFormation property {@code Secondary}.
     */
    public FailoverConfig secondary(Value<Secondary> value) {
      return set("Secondary", value);
    }
  }

  /**
   * The primary Region of the endpoint.
   *
   * <p>Property type {@code AWS::Events::Endpoint.Primary}.
   */
  public static final class Primary extends Struct<Primary> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Endpoint.Primary")
        .required("HealthCheck")
        .constrain("HealthCheck", Constraint.of().pattern("^arn:aws([a-z]|\\-)*:route53:::healthcheck/[\\-a-z0-9]+$").minLength(1).maxLength(1600))
        .build();

    public Primary() {
      super(SCHEMA);
    }

    /**
     * The ARN of the health check used by the endpoint to determine whether failover is triggered.
     *
     * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws([a-z]|&#92;-)*:route53:::healthcheck/[&#92;-a-z0-9]+$}. CloudFormation property
     * {@code HealthCheck}.
     */
    public Primary healthCheck(String value) {
      return set("HealthCheck", Value.of(value));
    }

    /** Sets {@code HealthCheck} to this value; see {@link #healthCheck(String)}. */
    public Primary healthCheck(Value<String> value) {
      return set("HealthCheck", value);
    }
  }

  /**
   * Endpoints can replicate all events to the secondary Region.
   *
   * <p>Property type {@code AWS::Events::Endpoint.ReplicationConfig}.
   */
  public static final class ReplicationConfig extends Struct<ReplicationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Endpoint.ReplicationConfig")
        .required("State")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public ReplicationConfig() {
      super(SCHEMA);
    }

    /**
     * The state of event replication.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code State}.
     */
    public ReplicationConfig state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ReplicationConfig state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The routing configuration of the endpoint.
   *
   * <p>Property type {@code AWS::Events::Endpoint.RoutingConfig}.
   */
  public static final class RoutingConfig extends Struct<RoutingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Endpoint.RoutingConfig")
        .required("FailoverConfig")
        .build();

    public RoutingConfig() {
      super(SCHEMA);
    }

    /**
     * The failover configuration for an endpoint. This includes what triggers failover and what
     * happens when it's triggered.
     *
     * <p>Required. CloudFormation property {@code FailoverConfig}.
     */
    public RoutingConfig failoverConfig(Value<FailoverConfig> value) {
      return set("FailoverConfig", value);
    }
  }

  /**
   * The secondary Region that processes events when failover is triggered or replication is
   * enabled.
   *
   * <p>Property type {@code AWS::Events::Endpoint.Secondary}.
   */
  public static final class Secondary extends Struct<Secondary> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Endpoint.Secondary")
        .required("Route")
        .constrain("Route", Constraint.of().pattern("^[\\-a-z0-9]+$").minLength(9).maxLength(20))
        .build();

    public Secondary() {
      super(SCHEMA);
    }

    /**
     * Defines the secondary Region.
     *
     * <p>Required. Length: 9 to 20 characters. Pattern: {@code ^[&#92;-a-z0-9]+$}. CloudFormation
     * property {@code Route}.
     */
    public Secondary route(String value) {
      return set("Route", Value.of(value));
    }

    /** Sets {@code Route} to this value; see {@link #route(String)}. */
    public Secondary route(Value<String> value) {
      return set("Route", value);
    }
  }
}
