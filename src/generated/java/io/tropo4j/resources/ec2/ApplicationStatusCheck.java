// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An application status check monitors an HTTP or HTTPS endpoint on Amazon EC2 instances and
 * reports application-layer health. Configure a health check with a Protocol, Port, and Path, and
 * then associate it with EC2 instances via AWS::EC2::ApplicationStatusCheckInstanceAssociation or
 * AWS::EC2::ApplicationStatusCheckTagAssociation.
 *
 * <p>CloudFormation type {@code AWS::EC2::ApplicationStatusCheck}.
 */
public final class ApplicationStatusCheck extends Resource<ApplicationStatusCheck> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::ApplicationStatusCheck")
      .required("Port", "Protocol")
      .allowed("Aggregation", "included", "excluded")
      .constrain("InitializationGracePeriodSeconds", Constraint.of().minimum(-1).maximum(600))
      .allowed("IpScope", "private")
      .allowed("IpVersion", "ipv4", "ipv6")
      .constrain("Port", Constraint.of().minimum(1).maximum(65535))
      .allowed("Protocol", "http", "https")
      .refYields("Arn")
      .attributes("ApplicationStatusCheckId", "Arn", "CreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ApplicationStatusCheck(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether this check is included in the rolled-up application status.
   *
   * <p>Allowed values: {@code included}, {@code excluded}. CloudFormation property {@code
   * Aggregation}.
   */
  public ApplicationStatusCheck aggregation(String value) {
    return set("Aggregation", Value.of(value));
  }

  /** Sets {@code Aggregation} to this value; see {@link #aggregation(String)}. */
  public ApplicationStatusCheck aggregation(Value<String> value) {
    return set("Aggregation", value);
  }

  /**
   * The network interface device index used for the health check.
   *
   * <p>CloudFormation property {@code DeviceIndex}.
   */
  public ApplicationStatusCheck deviceIndex(int value) {
    return set("DeviceIndex", Value.of(value));
  }

  /** Sets {@code DeviceIndex} to this value; see {@link #deviceIndex(int)}. */
  public ApplicationStatusCheck deviceIndex(Value<Integer> value) {
    return set("DeviceIndex", value);
  }

  /**
   * The number of consecutive failed probes required to mark the instance unhealthy.
   *
   * <p>CloudFormation property {@code FailureThreshold}.
   */
  public ApplicationStatusCheck failureThreshold(int value) {
    return set("FailureThreshold", Value.of(value));
  }

  /** Sets {@code FailureThreshold} to this value; see {@link #failureThreshold(int)}. */
  public ApplicationStatusCheck failureThreshold(Value<Integer> value) {
    return set("FailureThreshold", value);
  }

  /**
   * The source/destination network paths used for the health check.
   *
   * <p>CloudFormation property {@code HealthCheckPaths}.
   */
  public ApplicationStatusCheck healthCheckPaths(List<HealthCheckPath> value) {
    return set("HealthCheckPaths", Value.listOf(value));
  }

  /** Sets {@code HealthCheckPaths} to this value; see {@link #healthCheckPaths(List)}. */
  public ApplicationStatusCheck healthCheckPaths(Value<List<HealthCheckPath>> value) {
    return set("HealthCheckPaths", value);
  }

  /** Sets {@code HealthCheckPaths} to a list of these; see {@link #healthCheckPaths(List)}. */
  public ApplicationStatusCheck healthCheckPaths(HealthCheckPath... values) {
    return set("HealthCheckPaths", Value.list(values));
  }

  /**
   * Seconds to wait after instance launch before beginning health checks.
   *
   * <p>Range: -1 to 600. CloudFormation property {@code InitializationGracePeriodSeconds}.
   */
  public ApplicationStatusCheck initializationGracePeriodSeconds(int value) {
    return set("InitializationGracePeriodSeconds", Value.of(value));
  }

  /**
   * Sets {@code InitializationGracePeriodSeconds} to this value; see {@link
   * #initializationGracePeriodSeconds(int)}.
   */
  public ApplicationStatusCheck initializationGracePeriodSeconds(Value<Integer> value) {
    return set("InitializationGracePeriodSeconds", value);
  }

  /**
   * The interval, in seconds, between health check probes.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Interval}.
   */
  public ApplicationStatusCheck interval(int value) {
    return set("Interval", Value.of(value));
  }

  /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
  public ApplicationStatusCheck interval(Value<Integer> value) {
    return set("Interval", value);
  }

  /**
   * The IP scope used for the health check.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code private}. CloudFormation property
   * {@code IpScope}.
   */
  public ApplicationStatusCheck ipScope(String value) {
    return set("IpScope", Value.of(value));
  }

  /** Sets {@code IpScope} to this value; see {@link #ipScope(String)}. */
  public ApplicationStatusCheck ipScope(Value<String> value) {
    return set("IpScope", value);
  }

  /**
   * The IP version used for the health check.
   *
   * <p>Allowed values: {@code ipv4}, {@code ipv6}. CloudFormation property {@code IpVersion}.
   */
  public ApplicationStatusCheck ipVersion(String value) {
    return set("IpVersion", Value.of(value));
  }

  /** Sets {@code IpVersion} to this value; see {@link #ipVersion(String)}. */
  public ApplicationStatusCheck ipVersion(Value<String> value) {
    return set("IpVersion", value);
  }

  /**
   * The HTTP path used for the health check.
   *
   * <p>CloudFormation property {@code Path}.
   */
  public ApplicationStatusCheck path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public ApplicationStatusCheck path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * The port used for the health check.
   *
   * <p>Required. Range: 1 to 65535. CloudFormation property {@code Port}.
   */
  public ApplicationStatusCheck port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public ApplicationStatusCheck port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The network protocol used for the health check.
   *
   * <p>Required. Allowed values: {@code http}, {@code https}. CloudFormation property {@code
   * Protocol}.
   */
  public ApplicationStatusCheck protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public ApplicationStatusCheck protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The HTTP status codes considered successful (e.g., "200-299").
   *
   * <p>CloudFormation property {@code StatusCodeMatcher}.
   */
  public ApplicationStatusCheck statusCodeMatcher(String value) {
    return set("StatusCodeMatcher", Value.of(value));
  }

  /** Sets {@code StatusCodeMatcher} to this value; see {@link #statusCodeMatcher(String)}. */
  public ApplicationStatusCheck statusCodeMatcher(Value<String> value) {
    return set("StatusCodeMatcher", value);
  }

  /**
   * The number of consecutive successful probes required to mark the instance healthy.
   *
   * <p>CloudFormation property {@code SuccessThreshold}.
   */
  public ApplicationStatusCheck successThreshold(int value) {
    return set("SuccessThreshold", Value.of(value));
  }

  /** Sets {@code SuccessThreshold} to this value; see {@link #successThreshold(int)}. */
  public ApplicationStatusCheck successThreshold(Value<Integer> value) {
    return set("SuccessThreshold", value);
  }

  /**
   * Tags to apply to the application status check.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ApplicationStatusCheck tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ApplicationStatusCheck tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ApplicationStatusCheck tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timeout, in seconds, for each health check probe.
   *
   * <p>CloudFormation property {@code Timeout}.
   */
  public ApplicationStatusCheck timeout(int value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
  public ApplicationStatusCheck timeout(Value<Integer> value) {
    return set("Timeout", value);
  }

  /**
   * The unique identifier of the application status check.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationStatusCheckId}.
   */
  public Value<String> applicationStatusCheckId() {
    return getAtt("ApplicationStatusCheckId");
  }

  /**
   * The Amazon Resource Name (ARN) of the application status check.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the application status check was created (ISO 8601).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /** Property type {@code AWS::EC2::ApplicationStatusCheck.HealthCheckPath}. */
  public static final class HealthCheckPath extends Struct<HealthCheckPath> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::ApplicationStatusCheck.HealthCheckPath");

    public HealthCheckPath() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Destinations}. */
    public HealthCheckPath destinations(List<HealthCheckPathDestination> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public HealthCheckPath destinations(Value<List<HealthCheckPathDestination>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public HealthCheckPath destinations(HealthCheckPathDestination... values) {
      return set("Destinations", Value.list(values));
    }

    /** CloudFormation property {@code Source}. */
    public HealthCheckPath source(Value<HealthCheckPathSource> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::EC2::ApplicationStatusCheck.HealthCheckPathDestination}. */
  public static final class HealthCheckPathDestination extends Struct<HealthCheckPathDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ApplicationStatusCheck.HealthCheckPathDestination")
        .constrain("SecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public HealthCheckPathDestination() {
      super(SCHEMA);
    }

    /**
     * Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupId}.
     */
    public HealthCheckPathDestination securityGroupId(String value) {
      return set("SecurityGroupId", Value.of(value));
    }

    /** Sets {@code SecurityGroupId} to this value; see {@link #securityGroupId(String)}. */
    public HealthCheckPathDestination securityGroupId(Value<String> value) {
      return set("SecurityGroupId", value);
    }

    /** Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}. */
    public HealthCheckPathDestination subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public HealthCheckPathDestination subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }

  /** Property type {@code AWS::EC2::ApplicationStatusCheck.HealthCheckPathSource}. */
  public static final class HealthCheckPathSource extends Struct<HealthCheckPathSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ApplicationStatusCheck.HealthCheckPathSource")
        .constrain("SecurityGroupId", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public HealthCheckPathSource() {
      super(SCHEMA);
    }

    /**
     * Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupId}.
     */
    public HealthCheckPathSource securityGroupId(String value) {
      return set("SecurityGroupId", Value.of(value));
    }

    /** Sets {@code SecurityGroupId} to this value; see {@link #securityGroupId(String)}. */
    public HealthCheckPathSource securityGroupId(Value<String> value) {
      return set("SecurityGroupId", value);
    }

    /** Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}. */
    public HealthCheckPathSource subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public HealthCheckPathSource subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }
}
