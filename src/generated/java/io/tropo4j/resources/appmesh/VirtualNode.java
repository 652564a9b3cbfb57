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
 * Creates a virtual node within a service mesh.
 *
 * <p>A virtual node acts as a logical pointer to a particular task group, such as an Amazon ECS
 * service or a Kubernetes deployment. When you create a virtual node, you can specify the service
 * discovery information for your task group, and whether the proxy running in a task group will
 * communicate with other proxies using Transport Layer Security (TLS).
 *
 * <p>You define a <code>listener</code> for any inbound traffic that your virtual node expects. Any
 * virtual service that your virtual node expects to communicate to is specified as a
 * <code>backend</code> .
 *
 * <p>The response metadata for your new virtual node contains the <code>arn</code> that is
 * associated with the virtual node. Set this value to the full ARN; for example,
 * <code>arn:aws:appmesh:us-west-2:123456789012:myMesh/default/virtualNode/myApp</code> ) as the
 * <code>APPMESH_RESOURCE_ARN</code> environment variable for your task group's Envoy proxy
 * container in your task definition or pod spec. This is then mapped to the <code>node.id</code>
 * and <code>node.cluster</code> Envoy parameters.
 *
 * <p>By default, App Mesh uses the name of the resource you specified in
 * <code>APPMESH_RESOURCE_ARN</code> when Envoy is referring to itself in metrics and traces. You
 * can override this behavior by setting the <code>APPMESH_RESOURCE_CLUSTER</code> environment
 * variable with your own name.
 *
 * <p>For more information about virtual nodes, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/virtual_nodes.html">Virtual nodes</a>
 * . You must be using <code>1.15.0</code> or later of the Envoy image when setting these variables.
 * For more information aboutApp Mesh Envoy variables, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/envoy.html">Envoy image</a> in the
 * AWS App Mesh User Guide.
 *
 * <p>CloudFormation type {@code AWS::AppMesh::VirtualNode}.
 */
public final class VirtualNode extends Resource<VirtualNode> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode")
      .required("MeshName", "Spec")
      .refYields("Arn")
      .attributes("Arn", "Id", "MeshName", "MeshOwner", "ResourceOwner", "Uid", "VirtualNodeName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VirtualNode(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the service mesh to create the virtual node in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MeshName}.
   */
  public VirtualNode meshName(String value) {
    return set("MeshName", Value.of(value));
  }

  /** Sets {@code MeshName} to this value; see {@link #meshName(String)}. */
  public VirtualNode meshName(Value<String> value) {
    return set("MeshName", value);
  }

  /**
   * The AWS IAM account ID of the service mesh owner. If the account ID is not your own, then the
   * account that you specify must share the mesh with your account before you can create the
   * resource in the service mesh. For more information about mesh sharing, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html">Working with shared
   * meshes</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MeshOwner}.
   */
  public VirtualNode meshOwner(String value) {
    return set("MeshOwner", Value.of(value));
  }

  /** Sets {@code MeshOwner} to this value; see {@link #meshOwner(String)}. */
  public VirtualNode meshOwner(Value<String> value) {
    return set("MeshOwner", value);
  }

  /**
   * The virtual node specification to apply.
   *
   * <p>Required. CloudFormation property {@code Spec}.
   */
  public VirtualNode spec(Value<VirtualNodeSpec> value) {
    return set("Spec", value);
  }

  /**
   * Optional metadata that you can apply to the virtual node to assist with categorization and
   * organization. Each tag consists of a key and an optional value, both of which you define. Tag
   * keys can have a maximum character length of 128 characters, and tag values can have a maximum
   * length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VirtualNode tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VirtualNode tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VirtualNode tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name to use for the virtual node.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VirtualNodeName}.
   */
  public VirtualNode virtualNodeName(String value) {
    return set("VirtualNodeName", Value.of(value));
  }

  /** Sets {@code VirtualNodeName} to this value; see {@link #virtualNodeName(String)}. */
  public VirtualNode virtualNodeName(Value<String> value) {
    return set("VirtualNodeName", value);
  }

  /**
   * The full Amazon Resource Name (ARN) for the virtual node.
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
   * The name of the service mesh that the virtual node resides in.
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
   * The unique identifier for the virtual node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uid}.
   */
  public Value<String> uid() {
    return getAtt("Uid");
  }

  /**
   * The name of the virtual node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualNodeName}.
   */
  public Value<String> virtualNodeName() {
    return getAtt("VirtualNodeName");
  }

  /**
   * An object that represents the access logging information for a virtual node.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.AccessLog}.
   */
  public static final class AccessLog extends Struct<AccessLog> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.AccessLog");

    public AccessLog() {
      super(SCHEMA);
    }

    /**
     * The file object to send virtual node access logs to.
     *
     * <p>CloudFormation property {@code File}.
     */
    public AccessLog file(Value<FileAccessLog> value) {
      return set("File", value);
    }
  }

  /**
   * An object that represents the AWS Cloud Map attribute information for your virtual node.
   *
   * <p>AWS Cloud Map is not available in the eu-south-1 Region.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.AwsCloudMapInstanceAttribute}.
   */
  public static final class AwsCloudMapInstanceAttribute extends Struct<AwsCloudMapInstanceAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.AwsCloudMapInstanceAttribute")
        .required("Key", "Value")
        .build();

    public AwsCloudMapInstanceAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of an AWS Cloud Map service instance attribute key. Any AWS Cloud Map service
     * instance that contains the specified key and value is returned.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public AwsCloudMapInstanceAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AwsCloudMapInstanceAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of an AWS Cloud Map service instance attribute key. Any AWS Cloud Map service
     * instance that contains the specified key and value is returned.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public AwsCloudMapInstanceAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AwsCloudMapInstanceAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that represents the AWS Cloud Map service discovery information for your virtual
   * node.
   *
   * <p>AWS Cloud Map is not available in the eu-south-1 Region.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.AwsCloudMapServiceDiscovery}.
   */
  public static final class AwsCloudMapServiceDiscovery extends Struct<AwsCloudMapServiceDiscovery> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.AwsCloudMapServiceDiscovery")
        .required("NamespaceName", "ServiceName")
        .build();

    public AwsCloudMapServiceDiscovery() {
      super(SCHEMA);
    }

    /**
     * A string map that contains attributes with values that you can use to filter instances by any
     * custom attribute that you specified when you registered the instance. Only instances that
     * match all of the specified key/value pairs will be returned.
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public AwsCloudMapServiceDiscovery attributes(List<AwsCloudMapInstanceAttribute> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public AwsCloudMapServiceDiscovery attributes(Value<List<AwsCloudMapInstanceAttribute>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public AwsCloudMapServiceDiscovery attributes(AwsCloudMapInstanceAttribute... values) {
      return set("Attributes", Value.list(values));
    }

    /**
     * The preferred IP version that this virtual node uses. Setting the IP preference on the
     * virtual node only overrides the IP preference set for the mesh on this specific node.
     *
     * <p>CloudFormation property {@code IpPreference}.
     */
    public AwsCloudMapServiceDiscovery ipPreference(String value) {
      return set("IpPreference", Value.of(value));
    }

    /** Sets {@code IpPreference} to this value; see {@link #ipPreference(String)}. */
    public AwsCloudMapServiceDiscovery ipPreference(Value<String> value) {
      return set("IpPreference", value);
    }

    /**
     * The HTTP name of the AWS Cloud Map namespace to use.
     *
     * <p>Required. CloudFormation property {@code NamespaceName}.
     */
    public AwsCloudMapServiceDiscovery namespaceName(String value) {
      return set("NamespaceName", Value.of(value));
    }

    /** Sets {@code NamespaceName} to this value; see {@link #namespaceName(String)}. */
    public AwsCloudMapServiceDiscovery namespaceName(Value<String> value) {
      return set("NamespaceName", value);
    }

    /**
     * The name of the AWS Cloud Map service to use.
     *
     * <p>Required. CloudFormation property {@code ServiceName}.
     */
    public AwsCloudMapServiceDiscovery serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public AwsCloudMapServiceDiscovery serviceName(Value<String> value) {
      return set("ServiceName", value);
    }
  }

  /**
   * An object that represents the backends that a virtual node is expected to send outbound traffic
   * to.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.Backend}.
   */
  public static final class Backend extends Struct<Backend> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.Backend");

    public Backend() {
      super(SCHEMA);
    }

    /**
     * Specifies a virtual service to use as a backend.
     *
     * <p>CloudFormation property {@code VirtualService}.
     */
    public Backend virtualService(Value<VirtualServiceBackend> value) {
      return set("VirtualService", value);
    }
  }

  /**
   * An object that represents the default properties for a backend.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.BackendDefaults}.
   */
  public static final class BackendDefaults extends Struct<BackendDefaults> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.BackendDefaults");

    public BackendDefaults() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a client policy.
     *
     * <p>CloudFormation property {@code ClientPolicy}.
     */
    public BackendDefaults clientPolicy(Value<ClientPolicy> value) {
      return set("ClientPolicy", value);
    }
  }

  /**
   * An object that represents a client policy.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ClientPolicy}.
   */
  public static final class ClientPolicy extends Struct<ClientPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.ClientPolicy");

    public ClientPolicy() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a Transport Layer Security (TLS) client policy.
     *
     * <p>CloudFormation property {@code TLS}.
     */
    public ClientPolicy tls(Value<ClientPolicyTls> value) {
      return set("TLS", value);
    }
  }

  /**
   * A reference to an object that represents a Transport Layer Security (TLS) client policy.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ClientPolicyTls}.
   */
  public static final class ClientPolicyTls extends Struct<ClientPolicyTls> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.ClientPolicyTls")
        .required("Validation")
        .build();

    public ClientPolicyTls() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a client's TLS certificate.
     *
     * <p>CloudFormation property {@code Certificate}.
     */
    public ClientPolicyTls certificate(Value<ClientTlsCertificate> value) {
      return set("Certificate", value);
    }

    /**
     * Whether the policy is enforced. The default is <code>True</code> , if a value isn't
     * specified.
     *
     * <p>CloudFormation property {@code Enforce}.
     */
    public ClientPolicyTls enforce(boolean value) {
      return set("Enforce", Value.of(value));
    }

    /** Sets {@code Enforce} to this value; see {@link #enforce(boolean)}. */
    public ClientPolicyTls enforce(Value<Boolean> value) {
      return set("Enforce", value);
    }

    /**
     * One or more ports that the policy is enforced for.
     *
     * <p>CloudFormation property {@code Ports}.
     */
    public ClientPolicyTls ports(List<Integer> value) {
      return set("Ports", Value.listOf(value));
    }

    /** Sets {@code Ports} to this value; see {@link #ports(List)}. */
    public ClientPolicyTls ports(Value<List<Integer>> value) {
      return set("Ports", value);
    }

    /**
     * A reference to an object that represents a TLS validation context.
     *
     * <p>Required. CloudFormation property {@code Validation}.
     */
    public ClientPolicyTls validation(Value<TlsValidationContext> value) {
      return set("Validation", value);
    }
  }

  /**
   * An object that represents the client's certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ClientTlsCertificate}.
   */
  public static final class ClientTlsCertificate extends Struct<ClientTlsCertificate> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.ClientTlsCertificate");

    public ClientTlsCertificate() {
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
    public ClientTlsCertificate file(Value<ListenerTlsFileCertificate> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a client's TLS Secret Discovery Service certificate.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public ClientTlsCertificate sds(Value<ListenerTlsSdsCertificate> value) {
      return set("SDS", value);
    }
  }

  /**
   * An object that represents the DNS service discovery information for your virtual node.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.DnsServiceDiscovery}.
   */
  public static final class DnsServiceDiscovery extends Struct<DnsServiceDiscovery> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.DnsServiceDiscovery")
        .required("Hostname")
        .build();

    public DnsServiceDiscovery() {
      super(SCHEMA);
    }

    /**
     * Specifies the DNS service discovery hostname for the virtual node.
     *
     * <p>Required. CloudFormation property {@code Hostname}.
     */
    public DnsServiceDiscovery hostname(String value) {
      return set("Hostname", Value.of(value));
    }

    /** Sets {@code Hostname} to this value; see {@link #hostname(String)}. */
    public DnsServiceDiscovery hostname(Value<String> value) {
      return set("Hostname", value);
    }

    /**
     * The preferred IP version that this virtual node uses. Setting the IP preference on the
     * virtual node only overrides the IP preference set for the mesh on this specific node.
     *
     * <p>CloudFormation property {@code IpPreference}.
     */
    public DnsServiceDiscovery ipPreference(String value) {
      return set("IpPreference", Value.of(value));
    }

    /** Sets {@code IpPreference} to this value; see {@link #ipPreference(String)}. */
    public DnsServiceDiscovery ipPreference(Value<String> value) {
      return set("IpPreference", value);
    }

    /**
     * Specifies the DNS response type for the virtual node.
     *
     * <p>CloudFormation property {@code ResponseType}.
     */
    public DnsServiceDiscovery responseType(String value) {
      return set("ResponseType", Value.of(value));
    }

    /** Sets {@code ResponseType} to this value; see {@link #responseType(String)}. */
    public DnsServiceDiscovery responseType(Value<String> value) {
      return set("ResponseType", value);
    }
  }

  /**
   * An object that represents a duration of time.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.Duration}.
   */
  public static final class Duration extends Struct<Duration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.Duration")
        .required("Unit", "Value")
        .build();

    public Duration() {
      super(SCHEMA);
    }

    /**
     * A unit of time.
     *
     * <p>Required. CloudFormation property {@code Unit}.
     */
    public Duration unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Duration unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * A number of time units.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Duration value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Duration value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * An object that represents an access log file.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.FileAccessLog}.
   */
  public static final class FileAccessLog extends Struct<FileAccessLog> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.FileAccessLog")
        .required("Path")
        .build();

    public FileAccessLog() {
      super(SCHEMA);
    }

    /**
     * The specified format for the logs. The format is either <code>json_format</code> or
     * <code>text_format</code> .
     *
     * <p>CloudFormation property {@code Format}.
     */
    public FileAccessLog format(Value<LoggingFormat> value) {
      return set("Format", value);
    }

    /**
     * The file path to write access logs to. You can use <code>/dev/stdout</code> to send access
     * logs to standard out and configure your Envoy container to use a log driver, such as
     * <code>awslogs</code> , to export the access logs to a log storage service such as Amazon
     * CloudWatch Logs. You can also specify a path in the Envoy container's file system to write
     * the files to disk.
     *
     * <p>The Envoy process must have write permissions to the path that you specify here.
     * Otherwise, Envoy fails to bootstrap properly.
     *
     * <p>Required. CloudFormation property {@code Path}.
     */
    public FileAccessLog path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public FileAccessLog path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * An object that represents types of timeouts.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.GrpcTimeout}.
   */
  public static final class GrpcTimeout extends Struct<GrpcTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.GrpcTimeout");

    public GrpcTimeout() {
      super(SCHEMA);
    }

    /**
     * An object that represents an idle timeout. An idle timeout bounds the amount of time that a
     * connection may be idle. The default value is none.
     *
     * <p>CloudFormation property {@code Idle}.
     */
    public GrpcTimeout idle(Value<Duration> value) {
      return set("Idle", value);
    }

    /**
     * An object that represents a per request timeout. The default value is 15 seconds. If you set
     * a higher timeout, then make sure that the higher value is set for each App Mesh resource in a
     * conversation. For example, if a virtual node backend uses a virtual router provider to route
     * to another virtual node, then the timeout should be greater than 15 seconds for the source
     * and destination virtual node and the route.
     *
     * <p>CloudFormation property {@code PerRequest}.
     */
    public GrpcTimeout perRequest(Value<Duration> value) {
      return set("PerRequest", value);
    }
  }

  /**
   * An object that represents the health check policy for a virtual node's listener.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.HealthCheck}.
   */
  public static final class HealthCheck extends Struct<HealthCheck> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.HealthCheck")
        .required("HealthyThreshold", "IntervalMillis", "Protocol", "TimeoutMillis",
            "UnhealthyThreshold")
        .build();

    public HealthCheck() {
      super(SCHEMA);
    }

    /**
     * The number of consecutive successful health checks that must occur before declaring listener
     * healthy.
     *
     * <p>Required. CloudFormation property {@code HealthyThreshold}.
     */
    public HealthCheck healthyThreshold(int value) {
      return set("HealthyThreshold", Value.of(value));
    }

    /** Sets {@code HealthyThreshold} to this value; see {@link #healthyThreshold(int)}. */
    public HealthCheck healthyThreshold(Value<Integer> value) {
      return set("HealthyThreshold", value);
    }

    /**
     * The time period in milliseconds between each health check execution.
     *
     * <p>Required. CloudFormation property {@code IntervalMillis}.
     */
    public HealthCheck intervalMillis(int value) {
      return set("IntervalMillis", Value.of(value));
    }

    /** Sets {@code IntervalMillis} to this value; see {@link #intervalMillis(int)}. */
    public HealthCheck intervalMillis(Value<Integer> value) {
      return set("IntervalMillis", value);
    }

    /**
     * The destination path for the health check request. This value is only used if the specified
     * protocol is HTTP or HTTP/2. For any other protocol, this value is ignored.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public HealthCheck path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HealthCheck path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The destination port for the health check request. This port must match the port defined in
     * the <code>PortMapping</code> for the listener.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public HealthCheck port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public HealthCheck port(Value<Integer> value) {
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
    public HealthCheck protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public HealthCheck protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The amount of time to wait when receiving a response from the health check, in milliseconds.
     *
     * <p>Required. CloudFormation property {@code TimeoutMillis}.
     */
    public HealthCheck timeoutMillis(int value) {
      return set("TimeoutMillis", Value.of(value));
    }

    /** Sets {@code TimeoutMillis} to this value; see {@link #timeoutMillis(int)}. */
    public HealthCheck timeoutMillis(Value<Integer> value) {
      return set("TimeoutMillis", value);
    }

    /**
     * The number of consecutive failed health checks that must occur before declaring a virtual
     * node unhealthy.
     *
     * <p>Required. CloudFormation property {@code UnhealthyThreshold}.
     */
    public HealthCheck unhealthyThreshold(int value) {
      return set("UnhealthyThreshold", Value.of(value));
    }

    /** Sets {@code UnhealthyThreshold} to this value; see {@link #unhealthyThreshold(int)}. */
    public HealthCheck unhealthyThreshold(Value<Integer> value) {
      return set("UnhealthyThreshold", value);
    }
  }

  /**
   * An object that represents types of timeouts.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.HttpTimeout}.
   */
  public static final class HttpTimeout extends Struct<HttpTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.HttpTimeout");

    public HttpTimeout() {
      super(SCHEMA);
    }

    /**
     * An object that represents an idle timeout. An idle timeout bounds the amount of time that a
     * connection may be idle. The default value is none.
     *
     * <p>CloudFormation property {@code Idle}.
     */
    public HttpTimeout idle(Value<Duration> value) {
      return set("Idle", value);
    }

    /**
     * An object that represents a per request timeout. The default value is 15 seconds. If you set
     * a higher timeout, then make sure that the higher value is set for each App Mesh resource in a
     * conversation. For example, if a virtual node backend uses a virtual router provider to route
     * to another virtual node, then the timeout should be greater than 15 seconds for the source
     * and destination virtual node and the route.
     *
     * <p>CloudFormation property {@code PerRequest}.
     */
    public HttpTimeout perRequest(Value<Duration> value) {
      return set("PerRequest", value);
    }
  }

  /**
   * An object that represents the key value pairs for the JSON.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.JsonFormatRef}.
   */
  public static final class JsonFormatRef extends Struct<JsonFormatRef> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.JsonFormatRef")
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
   * An object that represents a listener for a virtual node.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.Listener}.
   */
  public static final class Listener extends Struct<Listener> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.Listener")
        .required("PortMapping")
        .build();

    public Listener() {
      super(SCHEMA);
    }

    /**
     * The connection pool information for the listener.
     *
     * <p>CloudFormation property {@code ConnectionPool}.
     */
    public Listener connectionPool(Value<VirtualNodeConnectionPool> value) {
      return set("ConnectionPool", value);
    }

    /**
     * The health check information for the listener.
     *
     * <p>CloudFormation property {@code HealthCheck}.
     */
    public Listener healthCheck(Value<HealthCheck> value) {
      return set("HealthCheck", value);
    }

    /**
     * The outlier detection information for the listener.
     *
     * <p>CloudFormation property {@code OutlierDetection}.
     */
    public Listener outlierDetection(Value<OutlierDetection> value) {
      return set("OutlierDetection", value);
    }

    /**
     * The port mapping information for the listener.
     *
     * <p>Required. CloudFormation property {@code PortMapping}.
     */
    public Listener portMapping(Value<PortMapping> value) {
      return set("PortMapping", value);
    }

    /**
     * A reference to an object that represents the Transport Layer Security (TLS) properties for a
     * listener.
     *
     * <p>CloudFormation property {@code TLS}.
     */
    public Listener tls(Value<ListenerTls> value) {
      return set("TLS", value);
    }

    /**
     * An object that represents timeouts for different protocols.
     *
     * <p>CloudFormation property {@code Timeout}.
     */
    public Listener timeout(Value<ListenerTimeout> value) {
      return set("Timeout", value);
    }
  }

  /**
   * An object that represents timeouts for different protocols.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTimeout}.
   */
  public static final class ListenerTimeout extends Struct<ListenerTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.ListenerTimeout");

    public ListenerTimeout() {
      super(SCHEMA);
    }

    /**
     * An object that represents types of timeouts.
     *
     * <p>CloudFormation property {@code GRPC}.
     */
    public ListenerTimeout grpc(Value<GrpcTimeout> value) {
      return set("GRPC", value);
    }

    /**
     * An object that represents types of timeouts.
     *
     * <p>CloudFormation property {@code HTTP}.
     */
    public ListenerTimeout http(Value<HttpTimeout> value) {
      return set("HTTP", value);
    }

    /**
     * An object that represents types of timeouts.
     *
     * <p>CloudFormation property {@code HTTP2}.
     */
    public ListenerTimeout http2(Value<HttpTimeout> value) {
      return set("HTTP2", value);
    }

    /**
     * An object that represents types of timeouts.
     *
     * <p>CloudFormation property {@code TCP}.
     */
    public ListenerTimeout tcp(Value<TcpTimeout> value) {
      return set("TCP", value);
    }
  }

  /**
   * An object that represents the Transport Layer Security (TLS) properties for a listener.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTls}.
   */
  public static final class ListenerTls extends Struct<ListenerTls> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.ListenerTls")
        .required("Certificate", "Mode")
        .build();

    public ListenerTls() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a listener's Transport Layer Security (TLS)
     * certificate.
     *
     * <p>Required. CloudFormation property {@code Certificate}.
     */
    public ListenerTls certificate(Value<ListenerTlsCertificate> value) {
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
    public ListenerTls mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public ListenerTls mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * A reference to an object that represents a listener's Transport Layer Security (TLS)
     * validation context.
     *
     * <p>CloudFormation property {@code Validation}.
     */
    public ListenerTls validation(Value<ListenerTlsValidationContext> value) {
      return set("Validation", value);
    }
  }

  /**
   * An object that represents an Certificate Manager certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTlsAcmCertificate}.
   */
  public static final class ListenerTlsAcmCertificate extends Struct<ListenerTlsAcmCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.ListenerTlsAcmCertificate")
        .required("CertificateArn")
        .constrain("CertificateArn", Constraint.of().format("AWS::ACM::Certificate.Arn"))
        .build();

    public ListenerTlsAcmCertificate() {
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
    public ListenerTlsAcmCertificate certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public ListenerTlsAcmCertificate certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }
  }

  /**
   * An object that represents a listener's Transport Layer Security (TLS) certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTlsCertificate}.
   */
  public static final class ListenerTlsCertificate extends Struct<ListenerTlsCertificate> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.ListenerTlsCertificate");

    public ListenerTlsCertificate() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents an Certificate Manager certificate.
     *
     * <p>CloudFormation property {@code ACM}.
     */
    public ListenerTlsCertificate acm(Value<ListenerTlsAcmCertificate> value) {
      return set("ACM", value);
    }

    /**
     * A reference to an object that represents a local file certificate.
     *
     * <p>CloudFormation property {@code File}.
     */
    public ListenerTlsCertificate file(Value<ListenerTlsFileCertificate> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a listener's Secret Discovery Service certificate.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public ListenerTlsCertificate sds(Value<ListenerTlsSdsCertificate> value) {
      return set("SDS", value);
    }
  }

  /**
   * An object that represents a local file certificate. The certificate must meet specific
   * requirements and you must have proxy authorization enabled. For more information, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html#virtual-node-tls-prerequisites">Transport
   * Layer Security (TLS)</a> .
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTlsFileCertificate}.
   */
  public static final class ListenerTlsFileCertificate extends Struct<ListenerTlsFileCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.ListenerTlsFileCertificate")
        .required("CertificateChain", "PrivateKey")
        .build();

    public ListenerTlsFileCertificate() {
      super(SCHEMA);
    }

    /**
     * The certificate chain for the certificate.
     *
     * <p>Required. CloudFormation property {@code CertificateChain}.
     */
    public ListenerTlsFileCertificate certificateChain(String value) {
      return set("CertificateChain", Value.of(value));
    }

    /** Sets {@code CertificateChain} to this value; see {@link #certificateChain(String)}. */
    public ListenerTlsFileCertificate certificateChain(Value<String> value) {
      return set("CertificateChain", value);
    }

    /**
     * The private key for a certificate stored on the file system of the virtual node that the
     * proxy is running on.
     *
     * <p>Required. CloudFormation property {@code PrivateKey}.
     */
    public ListenerTlsFileCertificate privateKey(String value) {
      return set("PrivateKey", Value.of(value));
    }

    /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
    public ListenerTlsFileCertificate privateKey(Value<String> value) {
      return set("PrivateKey", value);
    }
  }

  /**
   * An object that represents the listener's Secret Discovery Service certificate. The proxy must
   * be configured with a local SDS provider via a Unix Domain Socket. See App Mesh <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html">TLS documentation</a> for
   * more info.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTlsSdsCertificate}.
   */
  public static final class ListenerTlsSdsCertificate extends Struct<ListenerTlsSdsCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.ListenerTlsSdsCertificate")
        .required("SecretName")
        .build();

    public ListenerTlsSdsCertificate() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the name of the secret requested from the Secret
     * Discovery Service provider representing Transport Layer Security (TLS) materials like a
     * certificate or certificate chain.
     *
     * <p>Required. CloudFormation property {@code SecretName}.
     */
    public ListenerTlsSdsCertificate secretName(String value) {
      return set("SecretName", Value.of(value));
    }

    /** Sets {@code SecretName} to this value; see {@link #secretName(String)}. */
    public ListenerTlsSdsCertificate secretName(Value<String> value) {
      return set("SecretName", value);
    }
  }

  /**
   * An object that represents a listener's Transport Layer Security (TLS) validation context.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTlsValidationContext}.
   */
  public static final class ListenerTlsValidationContext extends Struct<ListenerTlsValidationContext> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.ListenerTlsValidationContext")
        .required("Trust")
        .build();

    public ListenerTlsValidationContext() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the SANs for a listener's Transport Layer Security
     * (TLS) validation context.
     *
     * <p>CloudFormation property {@code SubjectAlternativeNames}.
     */
    public ListenerTlsValidationContext subjectAlternativeNames(Value<SubjectAlternativeNames> value) {
      return set("SubjectAlternativeNames", value);
    }

    /**
     * A reference to where to retrieve the trust chain when validating a peer’s Transport Layer
     * Security (TLS) certificate.
     *
     * <p>Required. CloudFormation property {@code Trust}.
     */
    public ListenerTlsValidationContext trust(Value<ListenerTlsValidationContextTrust> value) {
      return set("Trust", value);
    }
  }

  /**
   * An object that represents a listener's Transport Layer Security (TLS) validation context trust.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ListenerTlsValidationContextTrust}.
   */
  public static final class ListenerTlsValidationContextTrust extends Struct<ListenerTlsValidationContextTrust> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.ListenerTlsValidationContextTrust");

    public ListenerTlsValidationContextTrust() {
      super(SCHEMA);
    }

    /**
     * An object that represents a Transport Layer Security (TLS) validation context trust for a
     * local file.
     *
     * <p>CloudFormation property {@code File}.
     */
    public ListenerTlsValidationContextTrust file(Value<TlsValidationContextFileTrust> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a listener's Transport Layer Security (TLS) Secret
     * Discovery Service validation context trust.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public ListenerTlsValidationContextTrust sds(Value<TlsValidationContextSdsTrust> value) {
      return set("SDS", value);
    }
  }

  /**
   * An object that represents the logging information for a virtual node.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.Logging}.
   */
  public static final class Logging extends Struct<Logging> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.Logging");

    public Logging() {
      super(SCHEMA);
    }

    /**
     * The access log configuration for a virtual node.
     *
     * <p>CloudFormation property {@code AccessLog}.
     */
    public Logging accessLog(Value<AccessLog> value) {
      return set("AccessLog", value);
    }
  }

  /**
   * An object that represents the format for the logs.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.LoggingFormat}.
   */
  public static final class LoggingFormat extends Struct<LoggingFormat> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.LoggingFormat");

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
   * An object that represents the outlier detection for a virtual node's listener.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.OutlierDetection}.
   */
  public static final class OutlierDetection extends Struct<OutlierDetection> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.OutlierDetection")
        .required("BaseEjectionDuration", "Interval", "MaxEjectionPercent", "MaxServerErrors")
        .build();

    public OutlierDetection() {
      super(SCHEMA);
    }

    /**
     * The base amount of time for which a host is ejected.
     *
     * <p>Required. CloudFormation property {@code BaseEjectionDuration}.
     */
    public OutlierDetection baseEjectionDuration(Value<Duration> value) {
      return set("BaseEjectionDuration", value);
    }

    /**
     * The time interval between ejection sweep analysis.
     *
     * <p>Required. CloudFormation property {@code Interval}.
     */
    public OutlierDetection interval(Value<Duration> value) {
      return set("Interval", value);
    }

    /**
     * Maximum percentage of hosts in load balancing pool for upstream service that can be ejected.
     * Will eject at least one host regardless of the value.
     *
     * <p>Required. CloudFormation property {@code MaxEjectionPercent}.
     */
    public OutlierDetection maxEjectionPercent(int value) {
      return set("MaxEjectionPercent", Value.of(value));
    }

    /** Sets {@code MaxEjectionPercent} to this value; see {@link #maxEjectionPercent(int)}. */
    public OutlierDetection maxEjectionPercent(Value<Integer> value) {
      return set("MaxEjectionPercent", value);
    }

    /**
     * Number of consecutive <code>5xx</code> errors required for ejection.
     *
     * <p>Required. CloudFormation property {@code MaxServerErrors}.
     */
    public OutlierDetection maxServerErrors(int value) {
      return set("MaxServerErrors", Value.of(value));
    }

    /** Sets {@code MaxServerErrors} to this value; see {@link #maxServerErrors(int)}. */
    public OutlierDetection maxServerErrors(Value<Integer> value) {
      return set("MaxServerErrors", value);
    }
  }

  /**
   * An object representing a virtual node or virtual router listener port mapping.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.PortMapping}.
   */
  public static final class PortMapping extends Struct<PortMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.PortMapping")
        .required("Port", "Protocol")
        .build();

    public PortMapping() {
      super(SCHEMA);
    }

    /**
     * The port used for the port mapping.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public PortMapping port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public PortMapping port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The protocol used for the port mapping. Specify <code>http</code> , <code>http2</code> ,
     * <code>grpc</code> , or <code>tcp</code> .
     *
     * <p>Required. CloudFormation property {@code Protocol}.
     */
    public PortMapping protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public PortMapping protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * An object that represents the service discovery information for a virtual node.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.ServiceDiscovery}.
   */
  public static final class ServiceDiscovery extends Struct<ServiceDiscovery> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.ServiceDiscovery");

    public ServiceDiscovery() {
      super(SCHEMA);
    }

    /**
     * Specifies any AWS Cloud Map information for the virtual node.
     *
     * <p>CloudFormation property {@code AWSCloudMap}.
     */
    public ServiceDiscovery awsCloudMap(Value<AwsCloudMapServiceDiscovery> value) {
      return set("AWSCloudMap", value);
    }

    /**
     * Specifies the DNS information for the virtual node.
     *
     * <p>CloudFormation property {@code DNS}.
     */
    public ServiceDiscovery dns(Value<DnsServiceDiscovery> value) {
      return set("DNS", value);
    }
  }

  /**
   * An object that represents the methods by which a subject alternative name on a peer Transport
   * Layer Security (TLS) certificate can be matched.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.SubjectAlternativeNameMatchers}.
   */
  public static final class SubjectAlternativeNameMatchers extends Struct<SubjectAlternativeNameMatchers> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.SubjectAlternativeNameMatchers");

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
   * <p>Property type {@code AWS::AppMesh::VirtualNode.SubjectAlternativeNames}.
   */
  public static final class SubjectAlternativeNames extends Struct<SubjectAlternativeNames> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.SubjectAlternativeNames")
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
   * An object that represents types of timeouts.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.TcpTimeout}.
   */
  public static final class TcpTimeout extends Struct<TcpTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.TcpTimeout");

    public TcpTimeout() {
      super(SCHEMA);
    }

    /**
     * An object that represents an idle timeout. An idle timeout bounds the amount of time that a
     * connection may be idle. The default value is none.
     *
     * <p>CloudFormation property {@code Idle}.
     */
    public TcpTimeout idle(Value<Duration> value) {
      return set("Idle", value);
    }
  }

  /**
   * An object that represents how the proxy will validate its peer during Transport Layer Security
   * (TLS) negotiation.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.TlsValidationContext}.
   */
  public static final class TlsValidationContext extends Struct<TlsValidationContext> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.TlsValidationContext")
        .required("Trust")
        .build();

    public TlsValidationContext() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the SANs for a Transport Layer Security (TLS)
     * validation context. If you don't specify SANs on the <em>terminating</em> mesh endpoint, the
     * Envoy proxy for that node doesn't verify the SAN on a peer client certificate. If you don't
     * specify SANs on the <em>originating</em> mesh endpoint, the SAN on the certificate provided
     * by the terminating endpoint must match the mesh endpoint service discovery configuration.
     * Since SPIRE vended certificates have a SPIFFE ID as a name, you must set the SAN since the
     * name doesn't match the service discovery name.
     *
     * <p>CloudFormation property {@code SubjectAlternativeNames}.
     */
    public TlsValidationContext subjectAlternativeNames(Value<SubjectAlternativeNames> value) {
      return set("SubjectAlternativeNames", value);
    }

    /**
     * A reference to where to retrieve the trust chain when validating a peer’s Transport Layer
     * Security (TLS) certificate.
     *
     * <p>Required. CloudFormation property {@code Trust}.
     */
    public TlsValidationContext trust(Value<TlsValidationContextTrust> value) {
      return set("Trust", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) validation context trust for an
   * Certificate Manager certificate.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.TlsValidationContextAcmTrust}.
   */
  public static final class TlsValidationContextAcmTrust extends Struct<TlsValidationContextAcmTrust> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.TlsValidationContextAcmTrust")
        .required("CertificateAuthorityArns")
        .build();

    public TlsValidationContextAcmTrust() {
      super(SCHEMA);
    }

    /**
     * One or more ACM Amazon Resource Name (ARN)s.
     *
     * <p>Required. CloudFormation property {@code CertificateAuthorityArns}.
     */
    public TlsValidationContextAcmTrust certificateAuthorityArns(List<String> value) {
      return set("CertificateAuthorityArns", Value.listOf(value));
    }

    /**
     * Sets {@code CertificateAuthorityArns} to this value; see {@link
     * #certificateAuthorityArns(List)}.
     */
    public TlsValidationContextAcmTrust certificateAuthorityArns(Value<List<String>> value) {
      return set("CertificateAuthorityArns", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) validation context trust for a local
   * file.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.TlsValidationContextFileTrust}.
   */
  public static final class TlsValidationContextFileTrust extends Struct<TlsValidationContextFileTrust> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.TlsValidationContextFileTrust")
        .required("CertificateChain")
        .build();

    public TlsValidationContextFileTrust() {
      super(SCHEMA);
    }

    /**
     * The certificate trust chain for a certificate stored on the file system of the virtual node
     * that the proxy is running on.
     *
     * <p>Required. CloudFormation property {@code CertificateChain}.
     */
    public TlsValidationContextFileTrust certificateChain(String value) {
      return set("CertificateChain", Value.of(value));
    }

    /** Sets {@code CertificateChain} to this value; see {@link #certificateChain(String)}. */
    public TlsValidationContextFileTrust certificateChain(Value<String> value) {
      return set("CertificateChain", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) Secret Discovery Service validation
   * context trust. The proxy must be configured with a local SDS provider via a Unix Domain Socket.
   * See App Mesh <a href="https://docs.aws.amazon.com/app-mesh/latest/userguide/tls.html">TLS
   * documentation</a> for more info.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.TlsValidationContextSdsTrust}.
   */
  public static final class TlsValidationContextSdsTrust extends Struct<TlsValidationContextSdsTrust> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.TlsValidationContextSdsTrust")
        .required("SecretName")
        .build();

    public TlsValidationContextSdsTrust() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the name of the secret for a Transport Layer
     * Security (TLS) Secret Discovery Service validation context trust.
     *
     * <p>Required. CloudFormation property {@code SecretName}.
     */
    public TlsValidationContextSdsTrust secretName(String value) {
      return set("SecretName", Value.of(value));
    }

    /** Sets {@code SecretName} to this value; see {@link #secretName(String)}. */
    public TlsValidationContextSdsTrust secretName(Value<String> value) {
      return set("SecretName", value);
    }
  }

  /**
   * An object that represents a Transport Layer Security (TLS) validation context trust.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.TlsValidationContextTrust}.
   */
  public static final class TlsValidationContextTrust extends Struct<TlsValidationContextTrust> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.TlsValidationContextTrust");

    public TlsValidationContextTrust() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents a Transport Layer Security (TLS) validation context
     * trust for an Certificate Manager certificate.
     *
     * <p>CloudFormation property {@code ACM}.
     */
    public TlsValidationContextTrust acm(Value<TlsValidationContextAcmTrust> value) {
      return set("ACM", value);
    }

    /**
     * An object that represents a Transport Layer Security (TLS) validation context trust for a
     * local file.
     *
     * <p>CloudFormation property {@code File}.
     */
    public TlsValidationContextTrust file(Value<TlsValidationContextFileTrust> value) {
      return set("File", value);
    }

    /**
     * A reference to an object that represents a Transport Layer Security (TLS) Secret Discovery
     * Service validation context trust.
     *
     * <p>CloudFormation property {@code SDS}.
     */
    public TlsValidationContextTrust sds(Value<TlsValidationContextSdsTrust> value) {
      return set("SDS", value);
    }
  }

  /**
   * An object that represents the type of virtual node connection pool.
   *
   * <p>Only one protocol is used at a time and should be the same protocol as the one chosen under
   * port mapping.
   *
   * <p>If not present the default value for <code>maxPendingRequests</code> is
   * <code>2147483647</code> .
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.VirtualNodeConnectionPool}.
   */
  public static final class VirtualNodeConnectionPool extends Struct<VirtualNodeConnectionPool> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.VirtualNodeConnectionPool");

    public VirtualNodeConnectionPool() {
      super(SCHEMA);
    }

    /**
     * An object that represents a type of connection pool.
     *
     * <p>CloudFormation property {@code GRPC}.
     */
    public VirtualNodeConnectionPool grpc(Value<VirtualNodeGrpcConnectionPool> value) {
      return set("GRPC", value);
    }

    /**
     * An object that represents a type of connection pool.
     *
     * <p>CloudFormation property {@code HTTP}.
     */
    public VirtualNodeConnectionPool http(Value<VirtualNodeHttpConnectionPool> value) {
      return set("HTTP", value);
    }

    /**
     * An object that represents a type of connection pool.
     *
     * <p>CloudFormation property {@code HTTP2}.
     */
    public VirtualNodeConnectionPool http2(Value<VirtualNodeHttp2ConnectionPool> value) {
      return set("HTTP2", value);
    }

    /**
     * An object that represents a type of connection pool.
     *
     * <p>CloudFormation property {@code TCP}.
     */
    public VirtualNodeConnectionPool tcp(Value<VirtualNodeTcpConnectionPool> value) {
      return set("TCP", value);
    }
  }

  /**
   * An object that represents a type of connection pool.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.VirtualNodeGrpcConnectionPool}.
   */
  public static final class VirtualNodeGrpcConnectionPool extends Struct<VirtualNodeGrpcConnectionPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.VirtualNodeGrpcConnectionPool")
        .required("MaxRequests")
        .build();

    public VirtualNodeGrpcConnectionPool() {
      super(SCHEMA);
    }

    /**
     * Maximum number of inflight requests Envoy can concurrently support across hosts in upstream
     * cluster.
     *
     * <p>Required. CloudFormation property {@code MaxRequests}.
     */
    public VirtualNodeGrpcConnectionPool maxRequests(int value) {
      return set("MaxRequests", Value.of(value));
    }

    /** Sets {@code MaxRequests} to this value; see {@link #maxRequests(int)}. */
    public VirtualNodeGrpcConnectionPool maxRequests(Value<Integer> value) {
      return set("MaxRequests", value);
    }
  }

  /**
   * An object that represents a type of connection pool.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.VirtualNodeHttp2ConnectionPool}.
   */
  public static final class VirtualNodeHttp2ConnectionPool extends Struct<VirtualNodeHttp2ConnectionPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.VirtualNodeHttp2ConnectionPool")
        .required("MaxRequests")
        .build();

    public VirtualNodeHttp2ConnectionPool() {
      super(SCHEMA);
    }

    /**
     * Maximum number of inflight requests Envoy can concurrently support across hosts in upstream
     * cluster.
     *
     * <p>Required. CloudFormation property {@code MaxRequests}.
     */
    public VirtualNodeHttp2ConnectionPool maxRequests(int value) {
      return set("MaxRequests", Value.of(value));
    }

    /** Sets {@code MaxRequests} to this value; see {@link #maxRequests(int)}. */
    public VirtualNodeHttp2ConnectionPool maxRequests(Value<Integer> value) {
      return set("MaxRequests", value);
    }
  }

  /**
   * An object that represents a type of connection pool.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.VirtualNodeHttpConnectionPool}.
   */
  public static final class VirtualNodeHttpConnectionPool extends Struct<VirtualNodeHttpConnectionPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.VirtualNodeHttpConnectionPool")
        .required("MaxConnections")
        .build();

    public VirtualNodeHttpConnectionPool() {
      super(SCHEMA);
    }

    /**
     * Maximum number of outbound TCP connections Envoy can establish concurrently with all hosts in
     * upstream cluster.
     *
     * <p>Required. CloudFormation property {@code MaxConnections}.
     */
    public VirtualNodeHttpConnectionPool maxConnections(int value) {
      return set("MaxConnections", Value.of(value));
    }

    /** Sets {@code MaxConnections} to this value; see {@link #maxConnections(int)}. */
    public VirtualNodeHttpConnectionPool maxConnections(Value<Integer> value) {
      return set("MaxConnections", value);
    }

    /**
     * Number of overflowing requests after <code>max_connections</code> Envoy will queue to
     * upstream cluster.
     *
     * <p>CloudFormation property {@code MaxPendingRequests}.
     */
    public VirtualNodeHttpConnectionPool maxPendingRequests(int value) {
      return set("MaxPendingRequests", Value.of(value));
    }

    /** Sets {@code MaxPendingRequests} to this value; see {@link #maxPendingRequests(int)}. */
    public VirtualNodeHttpConnectionPool maxPendingRequests(Value<Integer> value) {
      return set("MaxPendingRequests", value);
    }
  }

  /**
   * An object that represents the specification of a virtual node.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.VirtualNodeSpec}.
   */
  public static final class VirtualNodeSpec extends Struct<VirtualNodeSpec> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualNode.VirtualNodeSpec");

    public VirtualNodeSpec() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the defaults for backends.
     *
     * <p>CloudFormation property {@code BackendDefaults}.
     */
    public VirtualNodeSpec backendDefaults(Value<BackendDefaults> value) {
      return set("BackendDefaults", value);
    }

    /**
     * The backends that the virtual node is expected to send outbound traffic to.
     *
     * <p>App Mesh doesn't validate the existence of those virtual services specified in backends.
     * This is to prevent a cyclic dependency between virtual nodes and virtual services creation.
     * Make sure the virtual service name is correct. The virtual service can be created afterwards
     * if it doesn't already exist.
     *
     * <p>CloudFormation property {@code Backends}.
     */
    public VirtualNodeSpec backends(List<Backend> value) {
      return set("Backends", Value.listOf(value));
    }

    /** Sets {@code Backends} to this value; see {@link #backends(List)}. */
    public VirtualNodeSpec backends(Value<List<Backend>> value) {
      return set("Backends", value);
    }

    /** Sets {@code Backends} to a list of these; see {@link #backends(List)}. */
    public VirtualNodeSpec backends(Backend... values) {
      return set("Backends", Value.list(values));
    }

    /**
     * The listener that the virtual node is expected to receive inbound traffic from. You can
     * specify one listener.
     *
     * <p>CloudFormation property {@code Listeners}.
     */
    public VirtualNodeSpec listeners(List<Listener> value) {
      return set("Listeners", Value.listOf(value));
    }

    /** Sets {@code Listeners} to this value; see {@link #listeners(List)}. */
    public VirtualNodeSpec listeners(Value<List<Listener>> value) {
      return set("Listeners", value);
    }

    /** Sets {@code Listeners} to a list of these; see {@link #listeners(List)}. */
    public VirtualNodeSpec listeners(Listener... values) {
      return set("Listeners", Value.list(values));
    }

    /**
     * The inbound and outbound access logging information for the virtual node.
     *
     * <p>CloudFormation property {@code Logging}.
     */
    public VirtualNodeSpec logging(Value<Logging> value) {
      return set("Logging", value);
    }

    /**
     * The service discovery information for the virtual node. If your virtual node does not expect
     * ingress traffic, you can omit this parameter. If you specify a <code>listener</code> , then
     * you must specify service discovery information.
     *
     * <p>CloudFormation property {@code ServiceDiscovery}.
     */
    public VirtualNodeSpec serviceDiscovery(Value<ServiceDiscovery> value) {
      return set("ServiceDiscovery", value);
    }
  }

  /**
   * An object that represents a type of connection pool.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.VirtualNodeTcpConnectionPool}.
   */
  public static final class VirtualNodeTcpConnectionPool extends Struct<VirtualNodeTcpConnectionPool> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.VirtualNodeTcpConnectionPool")
        .required("MaxConnections")
        .build();

    public VirtualNodeTcpConnectionPool() {
      super(SCHEMA);
    }

    /**
     * Maximum number of outbound TCP connections Envoy can establish concurrently with all hosts in
     * upstream cluster.
     *
     * <p>Required. CloudFormation property {@code MaxConnections}.
     */
    public VirtualNodeTcpConnectionPool maxConnections(int value) {
      return set("MaxConnections", Value.of(value));
    }

    /** Sets {@code MaxConnections} to this value; see {@link #maxConnections(int)}. */
    public VirtualNodeTcpConnectionPool maxConnections(Value<Integer> value) {
      return set("MaxConnections", value);
    }
  }

  /**
   * An object that represents a virtual service backend for a virtual node.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualNode.VirtualServiceBackend}.
   */
  public static final class VirtualServiceBackend extends Struct<VirtualServiceBackend> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualNode.VirtualServiceBackend")
        .required("VirtualServiceName")
        .build();

    public VirtualServiceBackend() {
      super(SCHEMA);
    }

    /**
     * A reference to an object that represents the client policy for a backend.
     *
     * <p>CloudFormation property {@code ClientPolicy}.
     */
    public VirtualServiceBackend clientPolicy(Value<ClientPolicy> value) {
      return set("ClientPolicy", value);
    }

    /**
     * The name of the virtual service that is acting as a virtual node backend.
     *
     * <p>App Mesh doesn't validate the existence of those virtual services specified in backends.
     * This is to prevent a cyclic dependency between virtual nodes and virtual services creation.
     * Make sure the virtual service name is correct. The virtual service can be created afterwards
     * if it doesn't already exist.
     *
     * <p>Required. CloudFormation property {@code VirtualServiceName}.
     */
    public VirtualServiceBackend virtualServiceName(String value) {
      return set("VirtualServiceName", Value.of(value));
    }

    /** Sets {@code VirtualServiceName} to this value; see {@link #virtualServiceName(String)}. */
    public VirtualServiceBackend virtualServiceName(Value<String> value) {
      return set("VirtualServiceName", value);
    }
  }
}
