// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appmesh;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a virtual gateway.
 *
 * <p>A virtual gateway allows resources outside your mesh to communicate to resources that are
 * inside your mesh. The virtual gateway represents an Envoy proxy running in an Amazon ECS task, in
 * a Kubernetes service, or on an Amazon EC2 instance. Unlike a virtual node, which represents an
 * Envoy running with an application, a virtual gateway represents Envoy deployed by itself.
 *
 * <p>For more information about virtual gateways, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/virtual_gateways.html">Virtual
 * gateways</a> .
 *
 * <p>CloudFormation type {@code AWS::AppMesh::VirtualGateway}.
 */
public final class VirtualGateway extends Resource<VirtualGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway")
      .required("MeshName", "Spec")
      .refYields("Arn")
      .attributes("Arn", "Id", "MeshName", "MeshOwner", "ResourceOwner", "Uid",
          "VirtualGatewayName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VirtualGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the service mesh that the virtual gateway resides in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MeshName}.
   */
  public VirtualGateway meshName(String value) {
    return set("MeshName", Value.of(value));
  }

  /** Sets {@code MeshName} to this value; see {@link #meshName(String)}. */
  public VirtualGateway meshName(Value<String> value) {
    return set("MeshName", value);
  }

  /**
   * The AWS IAM account ID of the service mesh owner. If the account ID is not your own, then it's
   * the ID of the account that shared the mesh with your account. For more information about mesh
   * sharing, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html">Working with shared
   * meshes</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MeshOwner}.
   */
  public VirtualGateway meshOwner(String value) {
    return set("MeshOwner", Value.of(value));
  }

  /** Sets {@code MeshOwner} to this value; see {@link #meshOwner(String)}. */
  public VirtualGateway meshOwner(Value<String> value) {
    return set("MeshOwner", value);
  }

  /**
   * The specifications of the virtual gateway.
   *
   * <p>Required. CloudFormation property {@code Spec}.
   */
  public VirtualGateway spec(Value<VirtualGatewaySpec> value) {
    return set("Spec", value);
  }

  /**
   * Optional metadata that you can apply to the virtual gateway to assist with categorization and
   * organization. Each tag consists of a key and an optional value, both of which you define. Tag
   * keys can have a maximum character length of 128 characters, and tag values can have a maximum
   * length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VirtualGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VirtualGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VirtualGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the virtual gateway.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VirtualGatewayName}.
   */
  public VirtualGateway virtualGatewayName(String value) {
    return set("VirtualGatewayName", Value.of(value));
  }

  /** Sets {@code VirtualGatewayName} to this value; see {@link #virtualGatewayName(String)}. */
  public VirtualGateway virtualGatewayName(Value<String> value) {
    return set("VirtualGatewayName", value);
  }

  /**
   * The full Amazon Resource Name (ARN) for the virtual gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the service mesh that the virtual gateway resides in.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MeshName}.
   */
  public Value<String> meshName() {
    return getAtt("MeshName");
  }

  /**
   * The AWS IAM account ID of the service mesh owner. If the account ID is not your own, then it's
   * the ID of the account that shared the mesh with your account. For more information about mesh
   * sharing, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html">Working with Shared
   * Meshes</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code MeshOwner}.
   */
  public Value<String> meshOwner() {
    return getAtt("MeshOwner");
  }

  /**
   * The AWS IAM account ID of the resource owner. If the account ID is not your own, then it's the
   * ID of the mesh owner or of another account that the mesh is shared with. For more information
   * about mesh sharing, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html">Working with Shared
   * Meshes</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceOwner}.
   */
  public Value<String> resourceOwner() {
    return getAtt("ResourceOwner");
  }

  /**
   * The unique identifier for the virtual gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uid}.
   */
  public Value<String> uid() {
    return getAtt("Uid");
  }

  /**
   * The name of the virtual gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualGatewayName}.
   */
  public Value<String> virtualGatewayName() {
    return getAtt("VirtualGatewayName");
  }

  /**
   * An object that represents the key value pairs for the JSON.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.JsonFormatRef}.
   */
  public static final class JsonFormatRef extends Struct<JsonFormatRef> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.JsonFormatRef")
        .required("Key", "Value")
        .build();

    public JsonFormatRef() {
      super(SCHEMA);
    }

    /**
     * The specified key for the JSON.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public JsonFormatRef key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public JsonFormatRef key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The specified value for the JSON.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public JsonFormatRef value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public JsonFormatRef value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that represents the format for the logs.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.LoggingFormat}.
   */
  public static final class LoggingFormat extends Struct<LoggingFormat> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.LoggingFormat");

    public LoggingFormat() {
      super(SCHEMA);
    }

    /**
     * The logging format for JSON.
     *
     * <p>CloudFormation property {@code Json}.
     */
    public LoggingFormat json(List<JsonFormatRef> value) {
      return set("Json", Value.listOf(value));
    }

    /** Sets {@code Json} to this value; see {@link #json(List)}. */
    public LoggingFormat json(Value<List<JsonFormatRef>> value) {
      return set("Json", value);
    }

    /** Sets {@code Json} to a list of these; see {@link #json(List)}. */
    public LoggingFormat json(JsonFormatRef... values) {
      return set("Json", Value.list(values));
    }

    /**
     * The logging format for text.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public LoggingFormat text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public LoggingFormat text(Value<String> value) {
      return set("Text", value);
    }
  }

  /**
   * An object that represents the methods by which a subject alternative name on a peer Transport
   * Layer Security (TLS) certificate can be matched.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.SubjectAlternativeNameMatchers}.
   */
  public static final class SubjectAlternativeNameMatchers extends Struct<SubjectAlternativeNameMatchers> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.SubjectAlternativeNameMatchers");

    public SubjectAlternativeNameMatchers() {
      super(SCHEMA);
    }

    /**
     * The values sent must match the specified values exactly.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public SubjectAlternativeNameMatchers exact(List<String> value) {
      return set("Exact", Value.listOf(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(List)}. */
    public SubjectAlternativeNameMatchers exact(Value<List<String>> value) {
      return set("Exact", value);
    }
  }

  /**
   * An object that represents the subject alternative names secured by the certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.SubjectAlternativeNames}.
   */
  public static final class SubjectAlternativeNames extends Struct<SubjectAlternativeNames> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.SubjectAlternativeNames")
        .required("Match")
        .build();

    public SubjectAlternativeNames() {
      super(SCHEMA);
    }

    /**
     * An object that represents the criteria for determining a SANs match.
     *
     * <p>Required. CloudFormation property {@code Match}.
     */
    public SubjectAlternativeNames match(Value<SubjectAlternativeNameMatchers> value) {
      return set("Match", value);
    }
  }

  /**
   * The access log configuration for a virtual gateway.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayAccessLog}.
   */
  public static final class VirtualGatewayAccessLog extends Struct<VirtualGatewayAccessLog> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayAccessLog");

    public VirtualGatewayAccessLog() {
      super(SCHEMA);
    }

    /**
     * The file object to send virtual gateway access logs to.
     *
     * <p>CloudFormation property {@code File}.
     */
    public VirtualGatewayAccessLog file(Value<VirtualGatewayFileAccessLog> value) {
      return set("File", value);
    }
  }

  /**
   * An object that represents the default properties for a backend.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayBackendDefaults}.
   */
  public static final class VirtualGatewayBackendDefaults extends Struct<VirtualGatewayBackendDefaults> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayBackendDefaults");

    public VirtualGatewayBackendDefaults() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a client policy.
     *
     * <p>CloudFormation property {@code ClientPolicy}.
     */
    public VirtualGatewayBackendDefaults clientPolicy(Value<VirtualGatewayClientPolicy> value) {
      return set("ClientPolicy", value);
    }
  }

  /**
   * An object that represents a client policy.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayClientPolicy}.
   */
  public static final class VirtualGatewayClientPolicy extends Struct<VirtualGatewayClientPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayClientPolicy");

    public VirtualGatewayClientPolicy() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a Transport Layer Security (TLS) client policy.
     *
     * <p>CloudFormation property {@code TLS}.
     */
    public VirtualGatewayClientPolicy tls(Value<VirtualGatewayClientPolicyTls> value) {
      return set("TLS", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) client policy.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayClientPolicyTls}.
   */
  public static final class VirtualGatewayClientPolicyTls extends Struct<VirtualGatewayClientPolicyTls> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayClientPolicyTls")
        .required("Validation")
        .build();

    public VirtualGatewayClientPolicyTls() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a virtual gateway's client's Transport Layer
     * Security (TLS) certificate.
     *
     * <p>CloudFormation property {@code Certificate}.
     */
    public VirtualGatewayClientPolicyTls certificate(Value<VirtualGatewayClientTlsCertificate> value) {
      return set("Certificate", value);
    }

    /**
     * Whether the policy is enforced. The default is <code>True</code> , if a value isn't
     * specified.
     *
     * <p>CloudFormation property {@code Enforce}.
     */
    public VirtualGatewayClientPolicyTls enforce(boolean value) {
      return set("Enforce", Value.of(value));
    }

    /** Sets {@code Enforce} to this value; see {@link #enforce(boolean)}. */
    public VirtualGatewayClientPolicyTls enforce(Value<Boolean> value) {
      return set("Enforce", value);
    }

    /**
     * One or more ports that the policy is enforced for.
     *
     * <p>CloudFormation property {@code Ports}.
     */
    public VirtualGatewayClientPolicyTls ports(List<Integer> value) {
      return set("Ports", Value.listOf(value));
    }

    /** Sets {@code Ports} to this value; see {@link #ports(List)}. */
    public VirtualGatewayClientPolicyTls ports(Value<List<Integer>> value) {
      return set("Ports", value);
    }

    /**
     * A reference to an object that represents a Transport Layer Security (TLS) validation context.
     *
     * <p>Required. CloudFormation property {@code Validation}.
     */
    public VirtualGatewayClientPolicyTls validation(Value<VirtualGatewayTlsValidationContext> value) {
      return set("Validation", value);
    }
  }

  /**
   * An object that represents the virtual gateway's client's Transport Layer Security (TLS)
   * certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayClientTlsCertificate}.
   */
  public static final class VirtualGatewayClientTlsCertificate extends Struct<VirtualGatewayClientTlsCertificate> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayClientTlsCertificate");

    public VirtualGatewayClientTlsCertificate() {
      super(SCHEMA);
    }

    /**
     * An object that represents a local file certificate. The certificate must meet specific
     * requirements and you must have proxy authorization enabled. For more information, see <a
     * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html">Transport Layer
     * Security (TLS)</a> .
     *
     * <p>CloudFormation property {@code File}.
     */
    public VirtualGatewayClientTlsCertificate file(Value<VirtualGatewayListenerTlsFileCertificate> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a virtual gateway's client's Secret Discovery
     * Service certificate.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public VirtualGatewayClientTlsCertificate sds(Value<VirtualGatewayListenerTlsSdsCertificate> value) {
      return set("SDS", value);
    }
  }

  /**
   * An object that represents the type of virtual gateway connection pool.
   *
   * <p>Only one protocol is used at a time and should be the same protocol as the one chosen under
   * port mapping.
   *
   * <p>If not present the default value for <code>maxPendingRequests</code> is
   * <code>2147483647</code> .
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayConnectionPool}.
   */
  public static final class VirtualGatewayConnectionPool extends Struct<VirtualGatewayConnectionPool> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayConnectionPool");

    public VirtualGatewayConnectionPool() {
      super(SCHEMA);
    }

    /**
     * An object that represents a type of connection pool.
     *
     * <p>CloudFormation property {@code GRPC}.
     */
    public VirtualGatewayConnectionPool grpc(Value<VirtualGatewayGrpcConnectionPool> value) {
      return set("GRPC", value);
    }

    /**
     * An object that represents a type of connection pool.
     *
     * <p>CloudFormation property {@code HTTP}.
     */
    public VirtualGatewayConnectionPool http(Value<VirtualGatewayHttpConnectionPool> value) {
      return set("HTTP", value);
    }

    /**
     * An object that represents a type of connection pool.
     *
     * <p>CloudFormation property {@code HTTP2}.
     */
    public VirtualGatewayConnectionPool http2(Value<VirtualGatewayHttp2ConnectionPool> value) {
      return set("HTTP2", value);
    }
  }

  /**
   * An object that represents an access log file.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayFileAccessLog}.
   */
  public static final class VirtualGatewayFileAccessLog extends Struct<VirtualGatewayFileAccessLog> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayFileAccessLog")
        .required("Path")
        .build();

    public VirtualGatewayFileAccessLog() {
      super(SCHEMA);
    }

    /**
     * The specified format for the virtual gateway access logs. It can be either
     * <code>json_format</code> or <code>text_format</code> .
     *
     * <p>CloudFormation property {@code Format}.
     */
    public VirtualGatewayFileAccessLog format(Value<LoggingFormat> value) {
      return set("Format", value);
    }

    /**
     * The file path to write access logs to. You can use <code>/dev/stdout</code> to send access
     * logs to standard out and configure your Envoy container to use a log driver, such as
     * <code>awslogs</code> , to export the access logs to a log storage service such as Amazon
     * CloudWatch Logs. You can also specify a path in the Envoy container's file system to write
     * the files to disk.
     *
     * <p>Required. CloudFormation property {@code Path}.
     */
    public VirtualGatewayFileAccessLog path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public VirtualGatewayFileAccessLog path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * An object that represents a type of connection pool.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayGrpcConnectionPool}.
   */
  public static final class VirtualGatewayGrpcConnectionPool extends Struct<VirtualGatewayGrpcConnectionPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayGrpcConnectionPool")
        .required("MaxRequests")
        .build();

    public VirtualGatewayGrpcConnectionPool() {
      super(SCHEMA);
    }

    /**
     * Maximum number of inflight requests Envoy can concurrently support across hosts in upstream
     * cluster.
     *
     * <p>Required. CloudFormation property {@code MaxRequests}.
     */
    public VirtualGatewayGrpcConnectionPool maxRequests(int value) {
      return set("MaxRequests", Value.of(value));
    }

    /** Sets {@code MaxRequests} to this value; see {@link #maxRequests(int)}. */
    public VirtualGatewayGrpcConnectionPool maxRequests(Value<Integer> value) {
      return set("MaxRequests", value);
    }
  }

  /**
   * An object that represents the health check policy for a virtual gateway's listener.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayHealthCheckPolicy}.
   */
  public static final class VirtualGatewayHealthCheckPolicy extends Struct<VirtualGatewayHealthCheckPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayHealthCheckPolicy")
        .required("HealthyThreshold", "IntervalMillis", "Protocol", "TimeoutMillis",
            "UnhealthyThreshold")
        .build();

    public VirtualGatewayHealthCheckPolicy() {
      super(SCHEMA);
    }

    /**
     * The number of consecutive successful health checks that must occur before declaring the
     * listener healthy.
     *
     * <p>Required. CloudFormation property {@code HealthyThreshold}.
     */
    public VirtualGatewayHealthCheckPolicy healthyThreshold(int value) {
      return set("HealthyThreshold", Value.of(value));
    }

    /** Sets {@code HealthyThreshold} to this value; see {@link #healthyThreshold(int)}. */
    public VirtualGatewayHealthCheckPolicy healthyThreshold(Value<Integer> value) {
      return set("HealthyThreshold", value);
    }

    /**
     * The time period in milliseconds between each health check execution.
     *
     * <p>Required. CloudFormation property {@code IntervalMillis}.
     */
    public VirtualGatewayHealthCheckPolicy intervalMillis(int value) {
      return set("IntervalMillis", Value.of(value));
    }

    /** Sets {@code IntervalMillis} to this value; see {@link #intervalMillis(int)}. */
    public VirtualGatewayHealthCheckPolicy intervalMillis(Value<Integer> value) {
      return set("IntervalMillis", value);
    }

    /**
     * The destination path for the health check request. This value is only used if the specified
     * protocol is HTTP or HTTP/2. For any other protocol, this value is ignored.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public VirtualGatewayHealthCheckPolicy path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public VirtualGatewayHealthCheckPolicy path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The destination port for the health check request. This port must match the port defined in
     * the <code>PortMapping</code> for the listener.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public VirtualGatewayHealthCheckPolicy port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public VirtualGatewayHealthCheckPolicy port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The protocol for the health check request. If you specify <code>grpc</code> , then your
     * service must conform to the <a
     * href="https://docs.aws.amazon.com/https://github.com/grpc/grpc/blob/master/doc/health-checking.md">GRPC
     * Health Checking Protocol</a> .
     *
     * <p>Required. CloudFormation property {@code Protocol}.
     */
    public VirtualGatewayHealthCheckPolicy protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public VirtualGatewayHealthCheckPolicy protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The amount of time to wait when receiving a response from the health check, in milliseconds.
     *
     * <p>Required. CloudFormation property {@code TimeoutMillis}.
     */
    public VirtualGatewayHealthCheckPolicy timeoutMillis(int value) {
      return set("TimeoutMillis", Value.of(value));
    }

    /** Sets {@code TimeoutMillis} to this value; see {@link #timeoutMillis(int)}. */
    public VirtualGatewayHealthCheckPolicy timeoutMillis(Value<Integer> value) {
      return set("TimeoutMillis", value);
    }

    /**
     * The number of consecutive failed health checks that must occur before declaring a virtual
     * gateway unhealthy.
     *
     * <p>Required. CloudFormation property {@code UnhealthyThreshold}.
     */
    public VirtualGatewayHealthCheckPolicy unhealthyThreshold(int value) {
      return set("UnhealthyThreshold", Value.of(value));
    }

    /** Sets {@code UnhealthyThreshold} to this value; see {@link #unhealthyThreshold(int)}. */
    public VirtualGatewayHealthCheckPolicy unhealthyThreshold(Value<Integer> value) {
      return set("UnhealthyThreshold", value);
    }
  }

  /**
   * An object that represents a type of connection pool.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayHttp2ConnectionPool}.
   */
  public static final class VirtualGatewayHttp2ConnectionPool extends Struct<VirtualGatewayHttp2ConnectionPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayHttp2ConnectionPool")
        .required("MaxRequests")
        .build();

    public VirtualGatewayHttp2ConnectionPool() {
      super(SCHEMA);
    }

    /**
     * Maximum number of inflight requests Envoy can concurrently support across hosts in upstream
     * cluster.
     *
     * <p>Required. CloudFormation property {@code MaxRequests}.
     */
    public VirtualGatewayHttp2ConnectionPool maxRequests(int value) {
      return set("MaxRequests", Value.of(value));
    }

    /** Sets {@code MaxRequests} to this value; see {@link #maxRequests(int)}. */
    public VirtualGatewayHttp2ConnectionPool maxRequests(Value<Integer> value) {
      return set("MaxRequests", value);
    }
  }

  /**
   * An object that represents a type of connection pool.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayHttpConnectionPool}.
   */
  public static final class VirtualGatewayHttpConnectionPool extends Struct<VirtualGatewayHttpConnectionPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayHttpConnectionPool")
        .required("MaxConnections")
        .build();

    public VirtualGatewayHttpConnectionPool() {
      super(SCHEMA);
    }

    /**
     * Maximum number of outbound TCP connections Envoy can establish concurrently with all hosts in
     * upstream cluster.
     *
     * <p>Required. CloudFormation property {@code MaxConnections}.
     */
    public VirtualGatewayHttpConnectionPool maxConnections(int value) {
      return set("MaxConnections", Value.of(value));
    }

    /** Sets {@code MaxConnections} to this value; see {@link #maxConnections(int)}. */
    public VirtualGatewayHttpConnectionPool maxConnections(Value<Integer> value) {
      return set("MaxConnections", value);
    }

    /**
     * Number of overflowing requests after <code>max_connections</code> Envoy will queue to
     * upstream cluster.
     *
     * <p>CloudFormation property {@code MaxPendingRequests}.
     */
    public VirtualGatewayHttpConnectionPool maxPendingRequests(int value) {
      return set("MaxPendingRequests", Value.of(value));
    }

    /** Sets {@code MaxPendingRequests} to this value; see {@link #maxPendingRequests(int)}. */
    public VirtualGatewayHttpConnectionPool maxPendingRequests(Value<Integer> value) {
      return set("MaxPendingRequests", value);
    }
  }

  /**
   * An object that represents a listener for a virtual gateway.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayListener}.
   */
  public static final class VirtualGatewayListener extends Struct<VirtualGatewayListener> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayListener")
        .required("PortMapping")
        .build();

    public VirtualGatewayListener() {
      super(SCHEMA);
    }

    /**
     * The connection pool information for the listener.
     *
     * <p>CloudFormation property {@code ConnectionPool}.
     */
    public VirtualGatewayListener connectionPool(Value<VirtualGatewayConnectionPool> value) {
      return set("ConnectionPool", value);
    }

    /**
     * The health check information for the listener.
     *
     * <p>CloudFormation property {@code HealthCheck}.
     */
    public VirtualGatewayListener healthCheck(Value<VirtualGatewayHealthCheckPolicy> value) {
      return set("HealthCheck", value);
    }

    /**
     * The port mapping information for the listener.
     *
     * <p>Required. CloudFormation property {@code PortMapping}.
     */
    public VirtualGatewayListener portMapping(Value<VirtualGatewayPortMapping> value) {
      return set("PortMapping", value);
    }

    /**
     * A reference to an object that represents the Transport Layer Security (TLS) properties for
     * the listener.
     *
     * <p>CloudFormation property {@code TLS}.
     */
    public VirtualGatewayListener tls(Value<VirtualGatewayListenerTls> value) {
      return set("TLS", value);
    }
  }

  /**
   * An object that represents the Transport Layer Security (TLS) properties for a listener.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTls}.
   */
  public static final class VirtualGatewayListenerTls extends Struct<VirtualGatewayListenerTls> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTls")
        .required("Certificate", "Mode")
        .build();

    public VirtualGatewayListenerTls() {
      super(SCHEMA);
    }

    /**
     * An object that represents a Transport Layer Security (TLS) certificate.
     *
     * <p>Required. CloudFormation property {@code Certificate}.
     */
    public VirtualGatewayListenerTls certificate(Value<VirtualGatewayListenerTlsCertificate> value) {
      return set("Certificate", value);
    }

    /**
     * Specify one of the following modes.
     *
     * <ul> <li>** STRICT – Listener only accepts connections with TLS enabled. <li>** PERMISSIVE –
     * Listener accepts connections with or without TLS enabled. <li>** DISABLED – Listener only
     * accepts connections without TLS. </ul>
     *
     * <p>Required. CloudFormation property {@code Mode}.
     */
    public VirtualGatewayListenerTls mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public VirtualGatewayListenerTls mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * A reference to an object that represents a virtual gateway's listener's Transport Layer
     * Security (TLS) validation context.
     *
     * <p>CloudFormation property {@code Validation}.
     */
    public VirtualGatewayListenerTls validation(Value<VirtualGatewayListenerTlsValidationContext> value) {
      return set("Validation", value);
    }
  }

  /**
   * An object that represents an Certificate Manager certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsAcmCertificate}.
   */
  public static final class VirtualGatewayListenerTlsAcmCertificate extends Struct<VirtualGatewayListenerTlsAcmCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsAcmCertificate")
        .required("CertificateArn")
        .constrain("CertificateArn", Constraint.of().format("AWS::ACM::Certificate.Arn"))
        .build();

    public VirtualGatewayListenerTlsAcmCertificate() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the certificate. The certificate must meet specific
     * requirements and you must have proxy authorization enabled. For more information, see <a
     * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html#virtual-node-tls-prerequisites">Transport
     * Layer Security (TLS)</a> .
     *
     * <p>Required. Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code
     * CertificateArn}.
     */
    public VirtualGatewayListenerTlsAcmCertificate certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public VirtualGatewayListenerTlsAcmCertificate certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }
  }

  /**
   * An object that represents a listener's Transport Layer Security (TLS) certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsCertificate}.
   */
  public static final class VirtualGatewayListenerTlsCertificate extends Struct<VirtualGatewayListenerTlsCertificate> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsCertificate");

    public VirtualGatewayListenerTlsCertificate() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents an Certificate Manager certificate.
     *
     * <p>CloudFormation property {@code ACM}.
     */
    public VirtualGatewayListenerTlsCertificate acm(Value<VirtualGatewayListenerTlsAcmCertificate> value) {
      return set("ACM", value);
    }

    /**
     * A reference to an object that represents a local file certificate.
     *
     * <p>CloudFormation property {@code File}.
     */
    public VirtualGatewayListenerTlsCertificate file(Value<VirtualGatewayListenerTlsFileCertificate> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a virtual gateway's listener's Secret Discovery
     * Service certificate.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public VirtualGatewayListenerTlsCertificate sds(Value<VirtualGatewayListenerTlsSdsCertificate> value) {
      return set("SDS", value);
    }
  }

  /**
   * An object that represents a local file certificate. The certificate must meet specific
   * requirements and you must have proxy authorization enabled. For more information, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html#virtual-node-tls-prerequisites">Transport
   * Layer Security (TLS)</a> .
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsFileCertificate}.
   */
  public static final class VirtualGatewayListenerTlsFileCertificate extends Struct<VirtualGatewayListenerTlsFileCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsFileCertificate")
        .required("CertificateChain", "PrivateKey")
        .build();

    public VirtualGatewayListenerTlsFileCertificate() {
      super(SCHEMA);
    }

    /**
     * The certificate chain for the certificate.
     *
     * <p>Required. CloudFormation property {@code CertificateChain}.
     */
    public VirtualGatewayListenerTlsFileCertificate certificateChain(String value) {
      return set("CertificateChain", Value.of(value));
    }

    /** Sets {@code CertificateChain} to this value; see {@link #certificateChain(String)}. */
    public VirtualGatewayListenerTlsFileCertificate certificateChain(Value<String> value) {
      return set("CertificateChain", value);
    }

    /**
     * The private key for a certificate stored on the file system of the mesh endpoint that the
     * proxy is running on.
     *
     * <p>Required. CloudFormation property {@code PrivateKey}.
     */
    public VirtualGatewayListenerTlsFileCertificate privateKey(String value) {
      return set("PrivateKey", Value.of(value));
    }

    /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
    public VirtualGatewayListenerTlsFileCertificate privateKey(Value<String> value) {
      return set("PrivateKey", value);
    }
  }

  /**
   * An object that represents the virtual gateway's listener's Secret Discovery Service
   * certificate.The proxy must be configured with a local SDS provider via a Unix Domain Socket.
   * See App Mesh <a href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html">TLS
   * documentation</a> for more info.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsSdsCertificate}.
   */
  public static final class VirtualGatewayListenerTlsSdsCertificate extends Struct<VirtualGatewayListenerTlsSdsCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsSdsCertificate")
        .required("SecretName")
        .build();

    public VirtualGatewayListenerTlsSdsCertificate() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the name of the secret secret requested from the
     * Secret Discovery Service provider representing Transport Layer Security (TLS) materials like
     * a certificate or certificate chain.
     *
     * <p>Required. CloudFormation property {@code SecretName}.
     */
    public VirtualGatewayListenerTlsSdsCertificate secretName(String value) {
      return set("SecretName", Value.of(value));
    }

    /** Sets {@code SecretName} to this value; see {@link #secretName(String)}. */
    public VirtualGatewayListenerTlsSdsCertificate secretName(Value<String> value) {
      return set("SecretName", value);
    }
  }

  /**
   * An object that represents a virtual gateway's listener's Transport Layer Security (TLS)
   * validation context.
   *
   * <p>Property type {@code
   * AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsValidationContext}.
   */
  public static final class VirtualGatewayListenerTlsValidationContext extends Struct<VirtualGatewayListenerTlsValidationContext> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsValidationContext")
        .required("Trust")
        .build();

    public VirtualGatewayListenerTlsValidationContext() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the SANs for a virtual gateway listener's Transport
     * Layer Security (TLS) validation context.
     *
     * <p>CloudFormation property {@code SubjectAlternativeNames}.
     */
    public VirtualGatewayListenerTlsValidationContext subjectAlternativeNames(Value<SubjectAlternativeNames> value) {
      return set("SubjectAlternativeNames", value);
    }

    /**
     * A reference to where to retrieve the trust chain when validating a peer’s Transport Layer
     * Security (TLS) certificate.
     *
     * <p>Required. CloudFormation property {@code Trust}.
     */
    public VirtualGatewayListenerTlsValidationContext trust(Value<VirtualGatewayListenerTlsValidationContextTrust> value) {
      return set("Trust", value);
    }
  }

  /**
   * An object that represents a virtual gateway's listener's Transport Layer Security (TLS)
   * validation context trust.
   *
   * <p>Property type {@code
   * AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsValidationContextTrust}.
   */
  public static final class VirtualGatewayListenerTlsValidationContextTrust extends Struct<VirtualGatewayListenerTlsValidationContextTrust> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayListenerTlsValidationContextTrust");

    public VirtualGatewayListenerTlsValidationContextTrust() {
      super(SCHEMA);
    }

    /**
     * An object that represents a Transport Layer Security (TLS) validation context trust for a
     * local file.
     *
     * <p>CloudFormation property {@code File}.
     */
    public VirtualGatewayListenerTlsValidationContextTrust file(Value<VirtualGatewayTlsValidationContextFileTrust> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a virtual gateway's listener's Transport Layer
     * Security (TLS) Secret Discovery Service validation context trust.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public VirtualGatewayListenerTlsValidationContextTrust sds(Value<VirtualGatewayTlsValidationContextSdsTrust> value) {
      return set("SDS", value);
    }
  }

  /**
   * An object that represents logging information.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayLogging}.
   */
  public static final class VirtualGatewayLogging extends Struct<VirtualGatewayLogging> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayLogging");

    public VirtualGatewayLogging() {
      super(SCHEMA);
    }

    /**
     * The access log configuration.
     *
     * <p>CloudFormation property {@code AccessLog}.
     */
    public VirtualGatewayLogging accessLog(Value<VirtualGatewayAccessLog> value) {
      return set("AccessLog", value);
    }
  }

  /**
   * An object that represents a port mapping.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayPortMapping}.
   */
  public static final class VirtualGatewayPortMapping extends Struct<VirtualGatewayPortMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayPortMapping")
        .required("Port", "Protocol")
        .build();

    public VirtualGatewayPortMapping() {
      super(SCHEMA);
    }

    /**
     * The port used for the port mapping. Specify one protocol.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public VirtualGatewayPortMapping port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public VirtualGatewayPortMapping port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The protocol used for the port mapping.
     *
     * <p>Required. CloudFormation property {@code Protocol}.
     */
    public VirtualGatewayPortMapping protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public VirtualGatewayPortMapping protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * An object that represents the specification of a service mesh resource.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewaySpec}.
   */
  public static final class VirtualGatewaySpec extends Struct<VirtualGatewaySpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewaySpec")
        .required("Listeners")
        .build();

    public VirtualGatewaySpec() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the defaults for backends.
     *
     * <p>CloudFormation property {@code BackendDefaults}.
     */
    public VirtualGatewaySpec backendDefaults(Value<VirtualGatewayBackendDefaults> value) {
      return set("BackendDefaults", value);
    }

    /**
     * The listeners that the mesh endpoint is expected to receive inbound traffic from. You can
     * specify one listener.
     *
     * <p>Required. CloudFormation property {@code Listeners}.
     */
    public VirtualGatewaySpec listeners(List<VirtualGatewayListener> value) {
      return set("Listeners", Value.listOf(value));
    }

    /** Sets {@code Listeners} to this value; see {@link #listeners(List)}. */
    public VirtualGatewaySpec listeners(Value<List<VirtualGatewayListener>> value) {
      return set("Listeners", value);
    }

    /** Sets {@code Listeners} to a list of these; see {@link #listeners(List)}. */
    public VirtualGatewaySpec listeners(VirtualGatewayListener... values) {
      return set("Listeners", Value.list(values));
    }

    /**
     * An object that represents logging information.
     *
     * <p>CloudFormation property {@code Logging}.
     */
    public VirtualGatewaySpec logging(Value<VirtualGatewayLogging> value) {
      return set("Logging", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) validation context.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContext}.
   */
  public static final class VirtualGatewayTlsValidationContext extends Struct<VirtualGatewayTlsValidationContext> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContext")
        .required("Trust")
        .build();

    public VirtualGatewayTlsValidationContext() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the SANs for a virtual gateway's listener's
     * Transport Layer Security (TLS) validation context.
     *
     * <p>CloudFormation property {@code SubjectAlternativeNames}.
     */
    public VirtualGatewayTlsValidationContext subjectAlternativeNames(Value<SubjectAlternativeNames> value) {
      return set("SubjectAlternativeNames", value);
    }

    /**
     * A reference to where to retrieve the trust chain when validating a peer’s Transport Layer
     * Security (TLS) certificate.
     *
     * <p>Required. CloudFormation property {@code Trust}.
     */
    public VirtualGatewayTlsValidationContext trust(Value<VirtualGatewayTlsValidationContextTrust> value) {
      return set("Trust", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) validation context trust for an
   * Certificate Manager certificate.
   *
   * <p>Property type {@code
   * AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextAcmTrust}.
   */
  public static final class VirtualGatewayTlsValidationContextAcmTrust extends Struct<VirtualGatewayTlsValidationContextAcmTrust> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextAcmTrust")
        .required("CertificateAuthorityArns")
        .build();

    public VirtualGatewayTlsValidationContextAcmTrust() {
      super(SCHEMA);
    }

    /**
     * One or more ACM Amazon Resource Name (ARN)s.
     *
     * <p>Required. CloudFormation property {@code CertificateAuthorityArns}.
     */
    public VirtualGatewayTlsValidationContextAcmTrust certificateAuthorityArns(List<String> value) {
      return set("CertificateAuthorityArns", Value.listOf(value));
    }

    /**
     * Sets {@code CertificateAuthorityArns} to this value; see {@link
     * #certificateAuthorityArns(List)}.
     */
    public VirtualGatewayTlsValidationContextAcmTrust certificateAuthorityArns(Value<List<String>> value) {
      return set("CertificateAuthorityArns", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) validation context trust for a local
   * file.
   *
   * <p>Property type {@code
   * AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextFileTrust}.
   */
  public static final class VirtualGatewayTlsValidationContextFileTrust extends Struct<VirtualGatewayTlsValidationContextFileTrust> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextFileTrust")
        .required("CertificateChain")
        .build();

    public VirtualGatewayTlsValidationContextFileTrust() {
      super(SCHEMA);
    }

    /**
     * The certificate trust chain for a certificate stored on the file system of the virtual node
     * that the proxy is running on.
     *
     * <p>Required. CloudFormation property {@code CertificateChain}.
     */
    public VirtualGatewayTlsValidationContextFileTrust certificateChain(String value) {
      return set("CertificateChain", Value.of(value));
    }

    /** Sets {@code CertificateChain} to this value; see {@link #certificateChain(String)}. */
    public VirtualGatewayTlsValidationContextFileTrust certificateChain(Value<String> value) {
      return set("CertificateChain", value);
    }
  }

  /**
   * An object that represents a virtual gateway's listener's Transport Layer Security (TLS) Secret
   * Discovery Service validation context trust. The proxy must be configured with a local SDS
   * provider via a Unix Domain Socket. See App Mesh <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html">TLS documentation</a> for
   * more info.
   *
   * <p>Property type {@code
   * AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextSdsTrust}.
   */
  public static final class VirtualGatewayTlsValidationContextSdsTrust extends Struct<VirtualGatewayTlsValidationContextSdsTrust> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextSdsTrust")
        .required("SecretName")
        .build();

    public VirtualGatewayTlsValidationContextSdsTrust() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the name of the secret for a virtual gateway's
     * Transport Layer Security (TLS) Secret Discovery Service validation context trust.
     *
     * <p>Required. CloudFormation property {@code SecretName}.
     */
    public VirtualGatewayTlsValidationContextSdsTrust secretName(String value) {
      return set("SecretName", Value.of(value));
    }

    /** Sets {@code SecretName} to this value; see {@link #secretName(String)}. */
    public VirtualGatewayTlsValidationContextSdsTrust secretName(Value<String> value) {
      return set("SecretName", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) validation context trust.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextTrust}.
   */
  public static final class VirtualGatewayTlsValidationContextTrust extends Struct<VirtualGatewayTlsValidationContextTrust> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualGateway.VirtualGatewayTlsValidationContextTrust");

    public VirtualGatewayTlsValidationContextTrust() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a Transport Layer Security (TLS) validation context
     * trust for an Certificate Manager certificate.
     *
     * <p>CloudFormation property {@code ACM}.
     */
    public VirtualGatewayTlsValidationContextTrust acm(Value<VirtualGatewayTlsValidationContextAcmTrust> value) {
      return set("ACM", value);
    }

    /**
     * An object that represents a Transport Layer Security (TLS) validation context trust for a
     * local file.
     *
     * <p>CloudFormation property {@code File}.
     */
    public VirtualGatewayTlsValidationContextTrust file(Value<VirtualGatewayTlsValidationContextFileTrust> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a virtual gateway's Transport Layer Security (TLS)
     * Secret Discovery Service validation context trust.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public VirtualGatewayTlsValidationContextTrust sds(Value<VirtualGatewayTlsValidationContextSdsTrust> value) {
      return set("SDS", value);
    }
  }
}
