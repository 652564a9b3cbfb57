// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a target group. A target group is a collection of targets, or compute resources, that run
 * your application or service. A target group can only be used by a single service.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/target-groups.html">Target groups</a> in
 * the <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::TargetGroup}.
 */
public final class TargetGroup extends Resource<TargetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::TargetGroup")
      .required("Type")
      .constrain("Name", Constraint.of().pattern("^(?!tg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$").minLength(3).maxLength(128))
      .allowed("Type", "IP", "LAMBDA", "INSTANCE", "ALB")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "LastUpdatedAt", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TargetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The target group configuration.
   *
   * <p>CloudFormation property {@code Config}.
   */
  public TargetGroup config(Value<TargetGroupConfig> value) {
    return set("Config", value);
  }

  /**
   * The name of the target group. The name must be unique within the account. The valid characters
   * are a-z, 0-9, and hyphens (-). You can't use a hyphen as the first or last character, or
   * immediately after another hyphen.
   *
   * <p>If you don't specify a name, CloudFormation generates one. However, if you specify a name,
   * and later want to replace the resource, you must specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 128 characters. Pattern: {@code
   * ^(?!tg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public TargetGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TargetGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags for the target group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TargetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TargetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TargetGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Describes a target.
   *
   * <p>CloudFormation property {@code Targets}.
   */
  public TargetGroup targets(List<Target> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public TargetGroup targets(Value<List<Target>> value) {
    return set("Targets", value);
  }

  /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
  public TargetGroup targets(Target... values) {
    return set("Targets", Value.list(values));
  }

  /**
   * The type of target group.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code IP}, {@code LAMBDA},
   * {@code INSTANCE}, {@code ALB}. CloudFormation property {@code Type}.
   */
  public TargetGroup typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public TargetGroup typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the target group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the target group was created, specified in ISO-8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID of the target group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time that the target group was last updated, specified in ISO-8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The operation's status. You can retry the operation if the status is <code>CREATE_FAILED</code>
   * . However, if you retry it while the status is <code>CREATE_IN_PROGRESS</code> , there is no
   * change in the status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Describes the health check configuration of a target group. Health check configurations aren't
   * used for target groups of type <code>LAMBDA</code> or <code>ALB</code> .
   *
   * <p>Property type {@code AWS::VpcLattice::TargetGroup.HealthCheckConfig}.
   */
  public static final class HealthCheckConfig extends Struct<HealthCheckConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::TargetGroup.HealthCheckConfig")
        .constrain("HealthCheckIntervalSeconds", Constraint.of().minimum(5).maximum(300))
        .constrain("HealthCheckTimeoutSeconds", Constraint.of().minimum(1).maximum(120))
        .constrain("HealthyThresholdCount", Constraint.of().minimum(2).maximum(10))
        .constrain("Path", Constraint.of().pattern("(^/[a-zA-Z0-9@:%_+.~#?&/=-]*$|(^$))").minLength(0).maxLength(2048))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .allowed("Protocol", "HTTP", "HTTPS")
        .allowed("ProtocolVersion", "HTTP1", "HTTP2")
        .constrain("UnhealthyThresholdCount", Constraint.of().minimum(2).maximum(10))
        .build();

    public HealthCheckConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether health checking is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public HealthCheckConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public HealthCheckConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The approximate amount of time, in seconds, between health checks of an individual target.
     * The range is 5–300 seconds. The default is 30 seconds.
     *
     * <p>Range: 5 to 300. CloudFormation property {@code HealthCheckIntervalSeconds}.
     */
    public HealthCheckConfig healthCheckIntervalSeconds(int value) {
      return set("HealthCheckIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code HealthCheckIntervalSeconds} to this value; see {@link
     * #healthCheckIntervalSeconds(int)}.
     */
    public HealthCheckConfig healthCheckIntervalSeconds(Value<Integer> value) {
      return set("HealthCheckIntervalSeconds", value);
    }

    /**
     * The amount of time, in seconds, to wait before reporting a target as unhealthy. The range is
     * 1–120 seconds. The default is 5 seconds.
     *
     * <p>Range: 1 to 120. CloudFormation property {@code HealthCheckTimeoutSeconds}.
     */
    public HealthCheckConfig healthCheckTimeoutSeconds(int value) {
      return set("HealthCheckTimeoutSeconds", Value.of(value));
    }

    /**
     * Sets {@code HealthCheckTimeoutSeconds} to this value; see {@link
     * #healthCheckTimeoutSeconds(int)}.
     */
    public HealthCheckConfig healthCheckTimeoutSeconds(Value<Integer> value) {
      return set("HealthCheckTimeoutSeconds", value);
    }

    /**
     * The number of consecutive successful health checks required before considering an unhealthy
     * target healthy. The range is 2–10. The default is 5.
     *
     * <p>Range: 2 to 10. CloudFormation property {@code HealthyThresholdCount}.
     */
    public HealthCheckConfig healthyThresholdCount(int value) {
      return set("HealthyThresholdCount", Value.of(value));
    }

    /**
     * Sets {@code HealthyThresholdCount} to this value; see {@link #healthyThresholdCount(int)}.
     */
    public HealthCheckConfig healthyThresholdCount(Value<Integer> value) {
      return set("HealthyThresholdCount", value);
    }

    /**
     * The codes to use when checking for a successful response from a target.
     *
     * <p>CloudFormation property {@code Matcher}.
     */
    public HealthCheckConfig matcher(Value<Matcher> value) {
      return set("Matcher", value);
    }

    /**
     * The destination for health checks on the targets. If the protocol version is
     * <code>HTTP/1.1</code> or <code>HTTP/2</code> , specify a valid URI (for example,
     * <code>/path?query</code> ). The default path is <code>/</code> . Health checks are not
     * supported if the protocol version is <code>gRPC</code> , however, you can choose
     * <code>HTTP/1.1</code> or <code>HTTP/2</code> and specify a valid URI.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * (^/[a-zA-Z0-9&#64;:%_+.~#?&amp;/=-]*$|(^$))}. CloudFormation property {@code Path}.
     */
    public HealthCheckConfig path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HealthCheckConfig path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The port used when performing health checks on targets. The default setting is the port that
     * a target receives traffic on.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public HealthCheckConfig port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public HealthCheckConfig port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The protocol used when performing health checks on targets. The possible protocols are
     * <code>HTTP</code> and <code>HTTPS</code> . The default is <code>HTTP</code> .
     *
     * <p>Allowed values: {@code HTTP}, {@code HTTPS}. CloudFormation property {@code Protocol}.
     */
    public HealthCheckConfig protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public HealthCheckConfig protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The protocol version used when performing health checks on targets. The possible protocol
     * versions are <code>HTTP1</code> and <code>HTTP2</code> .
     *
     * <p>Allowed values: {@code HTTP1}, {@code HTTP2}. CloudFormation property {@code
     * ProtocolVersion}.
     */
    public HealthCheckConfig protocolVersion(String value) {
      return set("ProtocolVersion", Value.of(value));
    }

    /** Sets {@code ProtocolVersion} to this value; see {@link #protocolVersion(String)}. */
    public HealthCheckConfig protocolVersion(Value<String> value) {
      return set("ProtocolVersion", value);
    }

    /**
     * The number of consecutive failed health checks required before considering a target
     * unhealthy. The range is 2–10. The default is 2.
     *
     * <p>Range: 2 to 10. CloudFormation property {@code UnhealthyThresholdCount}.
     */
    public HealthCheckConfig unhealthyThresholdCount(int value) {
      return set("UnhealthyThresholdCount", Value.of(value));
    }

    /**
     * Sets {@code UnhealthyThresholdCount} to this value; see {@link
     * #unhealthyThresholdCount(int)}.
     */
    public HealthCheckConfig unhealthyThresholdCount(Value<Integer> value) {
      return set("UnhealthyThresholdCount", value);
    }
  }

  /**
   * Describes the codes to use when checking for a successful response from a target for health
   * checks.
   *
   * <p>Property type {@code AWS::VpcLattice::TargetGroup.Matcher}.
   */
  public static final class Matcher extends Struct<Matcher> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::TargetGroup.Matcher")
        .required("HttpCode")
        .constrain("HttpCode", Constraint.of().pattern("^[0-9-,]+$").minLength(3).maxLength(2000))
        .build();

    public Matcher() {
      super(SCHEMA);
    }

    /**
     * The HTTP code to use when checking for a successful response from a target.
     *
     * <p>Required. Length: 3 to 2000 characters. Pattern: {@code ^[0-9-,]+$}. CloudFormation
     * property {@code HttpCode}.
     */
    public Matcher httpCode(String value) {
      return set("HttpCode", Value.of(value));
    }

    /** Sets {@code HttpCode} to this value; see {@link #httpCode(String)}. */
    public Matcher httpCode(Value<String> value) {
      return set("HttpCode", value);
    }
  }

  /**
   * Describes a target.
   *
   * <p>Property type {@code AWS::VpcLattice::TargetGroup.Target}.
   */
  public static final class Target extends Struct<Target> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::TargetGroup.Target")
        .required("Id")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public Target() {
      super(SCHEMA);
    }

    /**
     * The ID of the target. If the target group type is <code>INSTANCE</code> , this is an instance
     * ID. If the target group type is <code>IP</code> , this is an IP address. If the target group
     * type is <code>LAMBDA</code> , this is the ARN of a Lambda function. If the target group type
     * is <code>ALB</code> , this is the ARN of an Application Load Balancer.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public Target id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Target id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The port on which the target is listening. For HTTP, the default is 80. For HTTPS, the
     * default is 443.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public Target port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public Target port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * Describes the configuration of a target group.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/target-groups.html">Target groups</a>
   * in the <em>Amazon VPC Lattice User Guide</em> .
   *
   * <p>Property type {@code AWS::VpcLattice::TargetGroup.TargetGroupConfig}.
   */
  public static final class TargetGroupConfig extends Struct<TargetGroupConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::TargetGroup.TargetGroupConfig")
        .allowed("IpAddressType", "IPV4", "IPV6")
        .allowed("LambdaEventStructureVersion", "V1", "V2")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .allowed("Protocol", "HTTP", "HTTPS", "TCP")
        .allowed("ProtocolVersion", "HTTP1", "HTTP2", "GRPC")
        .constrain("VpcIdentifier", Constraint.of().pattern("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$").minLength(5).maxLength(2048))
        .build();

    public TargetGroupConfig() {
      super(SCHEMA);
    }

    /**
     * The health check configuration. Not supported if the target group type is <code>LAMBDA</code>
     * or <code>ALB</code> .
     *
     * <p>CloudFormation property {@code HealthCheck}.
     */
    public TargetGroupConfig healthCheck(Value<HealthCheckConfig> value) {
      return set("HealthCheck", value);
    }

    /**
     * The type of IP address used for the target group. Supported only if the target group type is
     * <code>IP</code> . The default is <code>IPV4</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code IPV6}. Default:
     * {@code "IPV4"}. CloudFormation property {@code IpAddressType}.
     */
    public TargetGroupConfig ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public TargetGroupConfig ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * The version of the event structure that your Lambda function receives. Supported only if the
     * target group type is <code>LAMBDA</code> . The default is <code>V1</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code V1}, {@code V2}. CloudFormation
     * property {@code LambdaEventStructureVersion}.
     */
    public TargetGroupConfig lambdaEventStructureVersion(String value) {
      return set("LambdaEventStructureVersion", Value.of(value));
    }

    /**
     * Sets {@code LambdaEventStructureVersion} to this value; see {@link
     * #lambdaEventStructureVersion(String)}.
     */
    public TargetGroupConfig lambdaEventStructureVersion(Value<String> value) {
      return set("LambdaEventStructureVersion", value);
    }

    /**
     * The port on which the targets are listening. For HTTP, the default is 80. For HTTPS, the
     * default is 443. Not supported if the target group type is <code>LAMBDA</code> .
     *
     * <p>Changing it replaces the resource. Range: 1 to 65535. CloudFormation property {@code
     * Port}.
     */
    public TargetGroupConfig port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public TargetGroupConfig port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The protocol to use for routing traffic to the targets. The default is the protocol of the
     * target group. Not supported if the target group type is <code>LAMBDA</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code HTTP}, {@code HTTPS}, {@code
     * TCP}. CloudFormation property {@code Protocol}.
     */
    public TargetGroupConfig protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public TargetGroupConfig protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The protocol version. The default is <code>HTTP1</code> . Not supported if the target group
     * type is <code>LAMBDA</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code HTTP1}, {@code HTTP2}, {@code
     * GRPC}. Default: {@code "HTTP1"}. CloudFormation property {@code ProtocolVersion}.
     */
    public TargetGroupConfig protocolVersion(String value) {
      return set("ProtocolVersion", Value.of(value));
    }

    /** Sets {@code ProtocolVersion} to this value; see {@link #protocolVersion(String)}. */
    public TargetGroupConfig protocolVersion(Value<String> value) {
      return set("ProtocolVersion", value);
    }

    /**
     * The ID of the VPC. Not supported if the target group type is <code>LAMBDA</code> .
     *
     * <p>Changing it replaces the resource. Length: 5 to 2048 characters. Pattern: {@code
     * ^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$}. CloudFormation property {@code VpcIdentifier}.
     */
    public TargetGroupConfig vpcIdentifier(String value) {
      return set("VpcIdentifier", Value.of(value));
    }

    /** Sets {@code VpcIdentifier} to this value; see {@link #vpcIdentifier(String)}. */
    public TargetGroupConfig vpcIdentifier(Value<String> value) {
      return set("VpcIdentifier", value);
    }
  }
}
