// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appmesh;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a route that is associated with a virtual router.
 *
 * <p>You can route several different protocols and define a retry policy for a route. Traffic can
 * be routed to one or more virtual nodes.
 *
 * <p>For more information about routes, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/routes.html">Routes</a> .
 *
 * <p>CloudFormation type {@code AWS::AppMesh::Route}.
 */
public final class Route extends Resource<Route> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route")
      .required("MeshName", "Spec", "VirtualRouterName")
      .refYields("Arn")
      .attributes("Arn", "Id", "MeshName", "MeshOwner", "ResourceOwner", "RouteName", "Uid",
          "VirtualRouterName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Route(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the service mesh to create the route in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MeshName}.
   */
  public Route meshName(String value) {
    return set("MeshName", Value.of(value));
  }

  /** Sets {@code MeshName} to this value; see {@link #meshName(String)}. */
  public Route meshName(Value<String> value) {
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
  public Route meshOwner(String value) {
    return set("MeshOwner", Value.of(value));
  }

  /** Sets {@code MeshOwner} to this value; see {@link #meshOwner(String)}. */
  public Route meshOwner(Value<String> value) {
    return set("MeshOwner", value);
  }

  /**
   * The name to use for the route.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RouteName}.
   */
  public Route routeName(String value) {
    return set("RouteName", Value.of(value));
  }

  /** Sets {@code RouteName} to this value; see {@link #routeName(String)}. */
  public Route routeName(Value<String> value) {
    return set("RouteName", value);
  }

  /**
   * The route specification to apply.
   *
   * <p>Required. CloudFormation property {@code Spec}.
   */
  public Route spec(Value<RouteSpec> value) {
    return set("Spec", value);
  }

  /**
   * Optional metadata that you can apply to the route to assist with categorization and
   * organization. Each tag consists of a key and an optional value, both of which you define. Tag
   * keys can have a maximum character length of 128 characters, and tag values can have a maximum
   * length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Route tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Route tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Route tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the virtual router in which to create the route. If the virtual router is in a
   * shared mesh, then you must be the owner of the virtual router resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * VirtualRouterName}.
   */
  public Route virtualRouterName(String value) {
    return set("VirtualRouterName", Value.of(value));
  }

  /** Sets {@code VirtualRouterName} to this value; see {@link #virtualRouterName(String)}. */
  public Route virtualRouterName(Value<String> value) {
    return set("VirtualRouterName", value);
  }

  /**
   * The full Amazon Resource Name (ARN) for the route.
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
   * The name of the service mesh that the route resides in.
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
   * The name of the route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RouteName}.
   */
  public Value<String> routeName() {
    return getAtt("RouteName");
  }

  /**
   * The unique identifier for the route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uid}.
   */
  public Value<String> uid() {
    return getAtt("Uid");
  }

  /**
   * The name of the virtual router that the route is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualRouterName}.
   */
  public Value<String> virtualRouterName() {
    return getAtt("VirtualRouterName");
  }

  /**
   * An object that represents a duration of time.
   *
   * <p>Property type {@code AWS::AppMesh::Route.Duration}.
   */
  public static final class Duration extends Struct<Duration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.Duration")
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
   * An object that represents a retry policy. Specify at least one value for at least one of the
   * types of <code>RetryEvents</code> , a value for <code>maxRetries</code> , and a value for
   * <code>perRetryTimeout</code> . Both <code>server-error</code> and <code>gateway-error</code>
   * under <code>httpRetryEvents</code> include the Envoy <code>reset</code> policy. For more
   * information on the <code>reset</code> policy, see the <a
   * href="https://docs.aws.amazon.com/https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter#x-envoy-retry-on">Envoy
   * documentation</a> .
   *
   * <p>Property type {@code AWS::AppMesh::Route.GrpcRetryPolicy}.
   */
  public static final class GrpcRetryPolicy extends Struct<GrpcRetryPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.GrpcRetryPolicy")
        .required("MaxRetries", "PerRetryTimeout")
        .build();

    public GrpcRetryPolicy() {
      super(SCHEMA);
    }

    /**
     * Specify at least one of the valid values.
     *
     * <p>CloudFormation property {@code GrpcRetryEvents}.
     */
    public GrpcRetryPolicy grpcRetryEvents(List<String> value) {
      return set("GrpcRetryEvents", Value.listOf(value));
    }

    /** Sets {@code GrpcRetryEvents} to this value; see {@link #grpcRetryEvents(List)}. */
    public GrpcRetryPolicy grpcRetryEvents(Value<List<String>> value) {
      return set("GrpcRetryEvents", value);
    }

    /**
     * Specify at least one of the following values.
     *
     * <ul> <li><em>server-error</em> – HTTP status codes 500, 501, 502, 503, 504, 505, 506, 507,
     * 508, 510, and 511 <li><em>gateway-error</em> – HTTP status codes 502, 503, and 504
     * <li><em>client-error</em> – HTTP status code 409 <li><em>stream-error</em> – Retry on refused
     * stream </ul>
     *
     * <p>CloudFormation property {@code HttpRetryEvents}.
     */
    public GrpcRetryPolicy httpRetryEvents(List<String> value) {
      return set("HttpRetryEvents", Value.listOf(value));
    }

    /** Sets {@code HttpRetryEvents} to this value; see {@link #httpRetryEvents(List)}. */
    public GrpcRetryPolicy httpRetryEvents(Value<List<String>> value) {
      return set("HttpRetryEvents", value);
    }

    /**
     * The maximum number of retry attempts.
     *
     * <p>Required. CloudFormation property {@code MaxRetries}.
     */
    public GrpcRetryPolicy maxRetries(int value) {
      return set("MaxRetries", Value.of(value));
    }

    /** Sets {@code MaxRetries} to this value; see {@link #maxRetries(int)}. */
    public GrpcRetryPolicy maxRetries(Value<Integer> value) {
      return set("MaxRetries", value);
    }

    /**
     * The timeout for each retry attempt.
     *
     * <p>Required. CloudFormation property {@code PerRetryTimeout}.
     */
    public GrpcRetryPolicy perRetryTimeout(Value<Duration> value) {
      return set("PerRetryTimeout", value);
    }

    /**
     * Specify a valid value. The event occurs before any processing of a request has started and is
     * encountered when the upstream is temporarily or permanently unavailable.
     *
     * <p>CloudFormation property {@code TcpRetryEvents}.
     */
    public GrpcRetryPolicy tcpRetryEvents(List<String> value) {
      return set("TcpRetryEvents", Value.listOf(value));
    }

    /** Sets {@code TcpRetryEvents} to this value; see {@link #tcpRetryEvents(List)}. */
    public GrpcRetryPolicy tcpRetryEvents(Value<List<String>> value) {
      return set("TcpRetryEvents", value);
    }
  }

  /**
   * An object that represents a gRPC route type.
   *
   * <p>Property type {@code AWS::AppMesh::Route.GrpcRoute}.
   */
  public static final class GrpcRoute extends Struct<GrpcRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.GrpcRoute")
        .required("Action", "Match")
        .build();

    public GrpcRoute() {
      super(SCHEMA);
    }

    /**
     * An object that represents the action to take if a match is determined.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public GrpcRoute action(Value<GrpcRouteAction> value) {
      return set("Action", value);
    }

    /**
     * An object that represents the criteria for determining a request match.
     *
     * <p>Required. CloudFormation property {@code Match}.
     */
    public GrpcRoute match(Value<GrpcRouteMatch> value) {
      return set("Match", value);
    }

    /**
     * An object that represents a retry policy.
     *
     * <p>CloudFormation property {@code RetryPolicy}.
     */
    public GrpcRoute retryPolicy(Value<GrpcRetryPolicy> value) {
      return set("RetryPolicy", value);
    }

    /**
     * An object that represents types of timeouts.
     *
     * <p>CloudFormation property {@code Timeout}.
     */
    public GrpcRoute timeout(Value<GrpcTimeout> value) {
      return set("Timeout", value);
    }
  }

  /**
   * An object that represents the action to take if a match is determined.
   *
   * <p>Property type {@code AWS::AppMesh::Route.GrpcRouteAction}.
   */
  public static final class GrpcRouteAction extends Struct<GrpcRouteAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.GrpcRouteAction")
        .required("WeightedTargets")
        .build();

    public GrpcRouteAction() {
      super(SCHEMA);
    }

    /**
     * An object that represents the targets that traffic is routed to when a request matches the
     * route.
     *
     * <p>Required. CloudFormation property {@code WeightedTargets}.
     */
    public GrpcRouteAction weightedTargets(List<WeightedTarget> value) {
      return set("WeightedTargets", Value.listOf(value));
    }

    /** Sets {@code WeightedTargets} to this value; see {@link #weightedTargets(List)}. */
    public GrpcRouteAction weightedTargets(Value<List<WeightedTarget>> value) {
      return set("WeightedTargets", value);
    }

    /** Sets {@code WeightedTargets} to a list of these; see {@link #weightedTargets(List)}. */
    public GrpcRouteAction weightedTargets(WeightedTarget... values) {
      return set("WeightedTargets", Value.list(values));
    }
  }

  /**
   * An object that represents the criteria for determining a request match.
   *
   * <p>Property type {@code AWS::AppMesh::Route.GrpcRouteMatch}.
   */
  public static final class GrpcRouteMatch extends Struct<GrpcRouteMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.GrpcRouteMatch");

    public GrpcRouteMatch() {
      super(SCHEMA);
    }

    /**
     * An object that represents the data to match from the request.
     *
     * <p>CloudFormation property {@code Metadata}.
     */
    public GrpcRouteMatch metadata(List<GrpcRouteMetadata> value) {
      return set("Metadata", Value.listOf(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(List)}. */
    public GrpcRouteMatch metadata(Value<List<GrpcRouteMetadata>> value) {
      return set("Metadata", value);
    }

    /** Sets {@code Metadata} to a list of these; see {@link #metadata(List)}. */
    public GrpcRouteMatch metadata(GrpcRouteMetadata... values) {
      return set("Metadata", Value.list(values));
    }

    /**
     * The method name to match from the request. If you specify a name, you must also specify a
     * <code>serviceName</code> .
     *
     * <p>CloudFormation property {@code MethodName}.
     */
    public GrpcRouteMatch methodName(String value) {
      return set("MethodName", Value.of(value));
    }

    /** Sets {@code MethodName} to this value; see {@link #methodName(String)}. */
    public GrpcRouteMatch methodName(Value<String> value) {
      return set("MethodName", value);
    }

    /**
     * The port number to match on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public GrpcRouteMatch port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public GrpcRouteMatch port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The fully qualified domain name for the service to match from the request.
     *
     * <p>CloudFormation property {@code ServiceName}.
     */
    public GrpcRouteMatch serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public GrpcRouteMatch serviceName(Value<String> value) {
      return set("ServiceName", value);
    }
  }

  /**
   * An object that represents the match metadata for the route.
   *
   * <p>Property type {@code AWS::AppMesh::Route.GrpcRouteMetadata}.
   */
  public static final class GrpcRouteMetadata extends Struct<GrpcRouteMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.GrpcRouteMetadata")
        .required("Name")
        .build();

    public GrpcRouteMetadata() {
      super(SCHEMA);
    }

    /**
     * Specify <code>True</code> to match anything except the match criteria. The default value is
     * <code>False</code> .
     *
     * <p>CloudFormation property {@code Invert}.
     */
    public GrpcRouteMetadata invert(boolean value) {
      return set("Invert", Value.of(value));
    }

    /** Sets {@code Invert} to this value; see {@link #invert(boolean)}. */
    public GrpcRouteMetadata invert(Value<Boolean> value) {
      return set("Invert", value);
    }

    /**
     * An object that represents the data to match from the request.
     *
     * <p>CloudFormation property {@code Match}.
     */
    public GrpcRouteMetadata match(Value<GrpcRouteMetadataMatchMethod> value) {
      return set("Match", value);
    }

    /**
     * The name of the route.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public GrpcRouteMetadata name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GrpcRouteMetadata name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An object that represents the match method. Specify one of the match values.
   *
   * <p>Property type {@code AWS::AppMesh::Route.GrpcRouteMetadataMatchMethod}.
   */
  public static final class GrpcRouteMetadataMatchMethod extends Struct<GrpcRouteMetadataMatchMethod> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.GrpcRouteMetadataMatchMethod");

    public GrpcRouteMetadataMatchMethod() {
      super(SCHEMA);
    }

    /**
     * The value sent by the client must match the specified value exactly.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public GrpcRouteMetadataMatchMethod exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public GrpcRouteMetadataMatchMethod exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * The value sent by the client must begin with the specified characters.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public GrpcRouteMetadataMatchMethod prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public GrpcRouteMetadataMatchMethod prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * An object that represents the range of values to match on.
     *
     * <p>CloudFormation property {@code Range}.
     */
    public GrpcRouteMetadataMatchMethod range(Value<MatchRange> value) {
      return set("Range", value);
    }

    /**
     * The value sent by the client must include the specified characters.
     *
     * <p>CloudFormation property {@code Regex}.
     */
    public GrpcRouteMetadataMatchMethod regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public GrpcRouteMetadataMatchMethod regex(Value<String> value) {
      return set("Regex", value);
    }

    /**
     * The value sent by the client must end with the specified characters.
     *
     * <p>CloudFormation property {@code Suffix}.
     */
    public GrpcRouteMetadataMatchMethod suffix(String value) {
      return set("Suffix", Value.of(value));
    }

    /** Sets {@code Suffix} to this value; see {@link #suffix(String)}. */
    public GrpcRouteMetadataMatchMethod suffix(Value<String> value) {
      return set("Suffix", value);
    }
  }

  /**
   * An object that represents types of timeouts.
   *
   * <p>Property type {@code AWS::AppMesh::Route.GrpcTimeout}.
   */
  public static final class GrpcTimeout extends Struct<GrpcTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.GrpcTimeout");

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
   * An object that represents the method and value to match with the header value sent in a
   * request. Specify one match method.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HeaderMatchMethod}.
   */
  public static final class HeaderMatchMethod extends Struct<HeaderMatchMethod> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.HeaderMatchMethod");

    public HeaderMatchMethod() {
      super(SCHEMA);
    }

    /**
     * The value sent by the client must match the specified value exactly.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public HeaderMatchMethod exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public HeaderMatchMethod exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * The value sent by the client must begin with the specified characters.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public HeaderMatchMethod prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public HeaderMatchMethod prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * An object that represents the range of values to match on.
     *
     * <p>CloudFormation property {@code Range}.
     */
    public HeaderMatchMethod range(Value<MatchRange> value) {
      return set("Range", value);
    }

    /**
     * The value sent by the client must include the specified characters.
     *
     * <p>CloudFormation property {@code Regex}.
     */
    public HeaderMatchMethod regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public HeaderMatchMethod regex(Value<String> value) {
      return set("Regex", value);
    }

    /**
     * The value sent by the client must end with the specified characters.
     *
     * <p>CloudFormation property {@code Suffix}.
     */
    public HeaderMatchMethod suffix(String value) {
      return set("Suffix", Value.of(value));
    }

    /** Sets {@code Suffix} to this value; see {@link #suffix(String)}. */
    public HeaderMatchMethod suffix(Value<String> value) {
      return set("Suffix", value);
    }
  }

  /**
   * An object representing the path to match in the request.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpPathMatch}.
   */
  public static final class HttpPathMatch extends Struct<HttpPathMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.HttpPathMatch");

    public HttpPathMatch() {
      super(SCHEMA);
    }

    /**
     * The exact path to match on.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public HttpPathMatch exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public HttpPathMatch exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * The regex used to match the path.
     *
     * <p>CloudFormation property {@code Regex}.
     */
    public HttpPathMatch regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public HttpPathMatch regex(Value<String> value) {
      return set("Regex", value);
    }
  }

  /**
   * An object representing the query parameter to match.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpQueryParameterMatch}.
   */
  public static final class HttpQueryParameterMatch extends Struct<HttpQueryParameterMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.HttpQueryParameterMatch");

    public HttpQueryParameterMatch() {
      super(SCHEMA);
    }

    /**
     * The exact query parameter to match on.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public HttpQueryParameterMatch exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public HttpQueryParameterMatch exact(Value<String> value) {
      return set("Exact", value);
    }
  }

  /**
   * An object that represents a retry policy. Specify at least one value for at least one of the
   * types of <code>RetryEvents</code> , a value for <code>maxRetries</code> , and a value for
   * <code>perRetryTimeout</code> . Both <code>server-error</code> and <code>gateway-error</code>
   * under <code>httpRetryEvents</code> include the Envoy <code>reset</code> policy. For more
   * information on the <code>reset</code> policy, see the <a
   * href="https://docs.aws.amazon.com/https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter#x-envoy-retry-on">Envoy
   * documentation</a> .
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpRetryPolicy}.
   */
  public static final class HttpRetryPolicy extends Struct<HttpRetryPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.HttpRetryPolicy")
        .required("MaxRetries", "PerRetryTimeout")
        .build();

    public HttpRetryPolicy() {
      super(SCHEMA);
    }

    /**
     * Specify at least one of the following values.
     *
     * <ul> <li><em>server-error</em> – HTTP status codes 500, 501, 502, 503, 504, 505, 506, 507,
     * 508, 510, and 511 <li><em>gateway-error</em> – HTTP status codes 502, 503, and 504
     * <li><em>client-error</em> – HTTP status code 409 <li><em>stream-error</em> – Retry on refused
     * stream </ul>
     *
     * <p>CloudFormation property {@code HttpRetryEvents}.
     */
    public HttpRetryPolicy httpRetryEvents(List<String> value) {
      return set("HttpRetryEvents", Value.listOf(value));
    }

    /** Sets {@code HttpRetryEvents} to this value; see {@link #httpRetryEvents(List)}. */
    public HttpRetryPolicy httpRetryEvents(Value<List<String>> value) {
      return set("HttpRetryEvents", value);
    }

    /**
     * The maximum number of retry attempts.
     *
     * <p>Required. CloudFormation property {@code MaxRetries}.
     */
    public HttpRetryPolicy maxRetries(int value) {
      return set("MaxRetries", Value.of(value));
    }

    /** Sets {@code MaxRetries} to this value; see {@link #maxRetries(int)}. */
    public HttpRetryPolicy maxRetries(Value<Integer> value) {
      return set("MaxRetries", value);
    }

    /**
     * The timeout for each retry attempt.
     *
     * <p>Required. CloudFormation property {@code PerRetryTimeout}.
     */
    public HttpRetryPolicy perRetryTimeout(Value<Duration> value) {
      return set("PerRetryTimeout", value);
    }

    /**
     * Specify a valid value. The event occurs before any processing of a request has started and is
     * encountered when the upstream is temporarily or permanently unavailable.
     *
     * <p>CloudFormation property {@code TcpRetryEvents}.
     */
    public HttpRetryPolicy tcpRetryEvents(List<String> value) {
      return set("TcpRetryEvents", Value.listOf(value));
    }

    /** Sets {@code TcpRetryEvents} to this value; see {@link #tcpRetryEvents(List)}. */
    public HttpRetryPolicy tcpRetryEvents(Value<List<String>> value) {
      return set("TcpRetryEvents", value);
    }
  }

  /**
   * An object that represents an HTTP or HTTP/2 route type.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpRoute}.
   */
  public static final class HttpRoute extends Struct<HttpRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.HttpRoute")
        .required("Action", "Match")
        .build();

    public HttpRoute() {
      super(SCHEMA);
    }

    /**
     * An object that represents the action to take if a match is determined.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public HttpRoute action(Value<HttpRouteAction> value) {
      return set("Action", value);
    }

    /**
     * An object that represents the criteria for determining a request match.
     *
     * <p>Required. CloudFormation property {@code Match}.
     */
    public HttpRoute match(Value<HttpRouteMatch> value) {
      return set("Match", value);
    }

    /**
     * An object that represents a retry policy.
     *
     * <p>CloudFormation property {@code RetryPolicy}.
     */
    public HttpRoute retryPolicy(Value<HttpRetryPolicy> value) {
      return set("RetryPolicy", value);
    }

    /**
     * An object that represents types of timeouts.
     *
     * <p>CloudFormation property {@code Timeout}.
     */
    public HttpRoute timeout(Value<HttpTimeout> value) {
      return set("Timeout", value);
    }
  }

  /**
   * An object that represents the action to take if a match is determined.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpRouteAction}.
   */
  public static final class HttpRouteAction extends Struct<HttpRouteAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.HttpRouteAction")
        .required("WeightedTargets")
        .build();

    public HttpRouteAction() {
      super(SCHEMA);
    }

    /**
     * An object that represents the targets that traffic is routed to when a request matches the
     * route.
     *
     * <p>Required. CloudFormation property {@code WeightedTargets}.
     */
    public HttpRouteAction weightedTargets(List<WeightedTarget> value) {
      return set("WeightedTargets", Value.listOf(value));
    }

    /** Sets {@code WeightedTargets} to this value; see {@link #weightedTargets(List)}. */
    public HttpRouteAction weightedTargets(Value<List<WeightedTarget>> value) {
      return set("WeightedTargets", value);
    }

    /** Sets {@code WeightedTargets} to a list of these; see {@link #weightedTargets(List)}. */
    public HttpRouteAction weightedTargets(WeightedTarget... values) {
      return set("WeightedTargets", Value.list(values));
    }
  }

  /**
   * An object that represents the HTTP header in the request.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpRouteHeader}.
   */
  public static final class HttpRouteHeader extends Struct<HttpRouteHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.HttpRouteHeader")
        .required("Name")
        .build();

    public HttpRouteHeader() {
      super(SCHEMA);
    }

    /**
     * Specify <code>True</code> to match anything except the match criteria. The default value is
     * <code>False</code> .
     *
     * <p>CloudFormation property {@code Invert}.
     */
    public HttpRouteHeader invert(boolean value) {
      return set("Invert", Value.of(value));
    }

    /** Sets {@code Invert} to this value; see {@link #invert(boolean)}. */
    public HttpRouteHeader invert(Value<Boolean> value) {
      return set("Invert", value);
    }

    /**
     * The <code>HeaderMatchMethod</code> object.
     *
     * <p>CloudFormation property {@code Match}.
     */
    public HttpRouteHeader match(Value<HeaderMatchMethod> value) {
      return set("Match", value);
    }

    /**
     * A name for the HTTP header in the client request that will be matched on.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public HttpRouteHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HttpRouteHeader name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An object that represents the requirements for a route to match HTTP requests for a virtual
   * router.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpRouteMatch}.
   */
  public static final class HttpRouteMatch extends Struct<HttpRouteMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.HttpRouteMatch");

    public HttpRouteMatch() {
      super(SCHEMA);
    }

    /**
     * The client request headers to match on.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public HttpRouteMatch headers(List<HttpRouteHeader> value) {
      return set("Headers", Value.listOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(List)}. */
    public HttpRouteMatch headers(Value<List<HttpRouteHeader>> value) {
      return set("Headers", value);
    }

    /** Sets {@code Headers} to a list of these; see {@link #headers(List)}. */
    public HttpRouteMatch headers(HttpRouteHeader... values) {
      return set("Headers", Value.list(values));
    }

    /**
     * The client request method to match on. Specify only one.
     *
     * <p>CloudFormation property {@code Method}.
     */
    public HttpRouteMatch method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public HttpRouteMatch method(Value<String> value) {
      return set("Method", value);
    }

    /**
     * The client request path to match on.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public HttpRouteMatch path(Value<HttpPathMatch> value) {
      return set("Path", value);
    }

    /**
     * The port number to match on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public HttpRouteMatch port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public HttpRouteMatch port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * Specifies the path to match requests with. This parameter must always start with
     * <code>/</code> , which by itself matches all requests to the virtual service name. You can
     * also match for path-based routing of requests. For example, if your virtual service name is
     * <code>my-service.local</code> and you want the route to match requests to
     * <code>my-service.local/metrics</code> , your prefix should be <code>/metrics</code> .
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public HttpRouteMatch prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public HttpRouteMatch prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The client request query parameters to match on.
     *
     * <p>CloudFormation property {@code QueryParameters}.
     */
    public HttpRouteMatch queryParameters(List<QueryParameter> value) {
      return set("QueryParameters", Value.listOf(value));
    }

    /** Sets {@code QueryParameters} to this value; see {@link #queryParameters(List)}. */
    public HttpRouteMatch queryParameters(Value<List<QueryParameter>> value) {
      return set("QueryParameters", value);
    }

    /** Sets {@code QueryParameters} to a list of these; see {@link #queryParameters(List)}. */
    public HttpRouteMatch queryParameters(QueryParameter... values) {
      return set("QueryParameters", Value.list(values));
    }

    /**
     * The client request scheme to match on. Specify only one. Applicable only for HTTP2 routes.
     *
     * <p>CloudFormation property {@code Scheme}.
     */
    public HttpRouteMatch scheme(String value) {
      return set("Scheme", Value.of(value));
    }

    /** Sets {@code Scheme} to this value; see {@link #scheme(String)}. */
    public HttpRouteMatch scheme(Value<String> value) {
      return set("Scheme", value);
    }
  }

  /**
   * An object that represents types of timeouts.
   *
   * <p>Property type {@code AWS::AppMesh::Route.HttpTimeout}.
   */
  public static final class HttpTimeout extends Struct<HttpTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.HttpTimeout");

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
   * An object that represents the range of values to match on. The first character of the range is
   * included in the range, though the last character is not. For example, if the range specified
   * were 1-100, only values 1-99 would be matched.
   *
   * <p>Property type {@code AWS::AppMesh::Route.MatchRange}.
   */
  public static final class MatchRange extends Struct<MatchRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.MatchRange")
        .required("End", "Start")
        .build();

    public MatchRange() {
      super(SCHEMA);
    }

    /**
     * The end of the range.
     *
     * <p>Required. CloudFormation property {@code End}.
     */
    public MatchRange end(int value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(int)}. */
    public MatchRange end(Value<Integer> value) {
      return set("End", value);
    }

    /**
     * The start of the range.
     *
     * <p>Required. CloudFormation property {@code Start}.
     */
    public MatchRange start(int value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(int)}. */
    public MatchRange start(Value<Integer> value) {
      return set("Start", value);
    }
  }

  /**
   * An object that represents the query parameter in the request.
   *
   * <p>Property type {@code AWS::AppMesh::Route.QueryParameter}.
   */
  public static final class QueryParameter extends Struct<QueryParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.QueryParameter")
        .required("Name")
        .build();

    public QueryParameter() {
      super(SCHEMA);
    }

    /**
     * The query parameter to match on.
     *
     * <p>CloudFormation property {@code Match}.
     */
    public QueryParameter match(Value<HttpQueryParameterMatch> value) {
      return set("Match", value);
    }

    /**
     * A name for the query parameter that will be matched on.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public QueryParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public QueryParameter name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An object that represents a route specification. Specify one route type.
   *
   * <p>Property type {@code AWS::AppMesh::Route.RouteSpec}.
   */
  public static final class RouteSpec extends Struct<RouteSpec> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.RouteSpec");

    public RouteSpec() {
      super(SCHEMA);
    }

    /**
     * An object that represents the specification of a gRPC route.
     *
     * <p>CloudFormation property {@code GrpcRoute}.
     */
    public RouteSpec grpcRoute(Value<GrpcRoute> value) {
      return set("GrpcRoute", value);
    }

    /**
     * An object that represents the specification of an HTTP/2 route.
     *
     * <p>CloudFormation property {@code Http2Route}.
     */
    public RouteSpec http2Route(Value<HttpRoute> value) {
      return set("Http2Route", value);
    }

    /**
     * An object that represents the specification of an HTTP route.
     *
     * <p>CloudFormation property {@code HttpRoute}.
     */
    public RouteSpec httpRoute(Value<HttpRoute> value) {
      return set("HttpRoute", value);
    }

    /**
     * The priority for the route. Routes are matched based on the specified value, where 0 is the
     * highest priority.
     *
     * <p>CloudFormation property {@code Priority}.
     */
    public RouteSpec priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public RouteSpec priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * An object that represents the specification of a TCP route.
     *
     * <p>CloudFormation property {@code TcpRoute}.
     */
    public RouteSpec tcpRoute(Value<TcpRoute> value) {
      return set("TcpRoute", value);
    }
  }

  /**
   * An object that represents a TCP route type.
   *
   * <p>Property type {@code AWS::AppMesh::Route.TcpRoute}.
   */
  public static final class TcpRoute extends Struct<TcpRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.TcpRoute")
        .required("Action")
        .build();

    public TcpRoute() {
      super(SCHEMA);
    }

    /**
     * The action to take if a match is determined.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public TcpRoute action(Value<TcpRouteAction> value) {
      return set("Action", value);
    }

    /**
     * An object that represents the criteria for determining a request match.
     *
     * <p>CloudFormation property {@code Match}.
     */
    public TcpRoute match(Value<TcpRouteMatch> value) {
      return set("Match", value);
    }

    /**
     * An object that represents types of timeouts.
     *
     * <p>CloudFormation property {@code Timeout}.
     */
    public TcpRoute timeout(Value<TcpTimeout> value) {
      return set("Timeout", value);
    }
  }

  /**
   * An object that represents the action to take if a match is determined.
   *
   * <p>Property type {@code AWS::AppMesh::Route.TcpRouteAction}.
   */
  public static final class TcpRouteAction extends Struct<TcpRouteAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.TcpRouteAction")
        .required("WeightedTargets")
        .build();

    public TcpRouteAction() {
      super(SCHEMA);
    }

    /**
     * An object that represents the targets that traffic is routed to when a request matches the
     * route.
     *
     * <p>Required. CloudFormation property {@code WeightedTargets}.
     */
    public TcpRouteAction weightedTargets(List<WeightedTarget> value) {
      return set("WeightedTargets", Value.listOf(value));
    }

    /** Sets {@code WeightedTargets} to this value; see {@link #weightedTargets(List)}. */
    public TcpRouteAction weightedTargets(Value<List<WeightedTarget>> value) {
      return set("WeightedTargets", value);
    }

    /** Sets {@code WeightedTargets} to a list of these; see {@link #weightedTargets(List)}. */
    public TcpRouteAction weightedTargets(WeightedTarget... values) {
      return set("WeightedTargets", Value.list(values));
    }
  }

  /**
   * An object representing the TCP route to match.
   *
   * <p>Property type {@code AWS::AppMesh::Route.TcpRouteMatch}.
   */
  public static final class TcpRouteMatch extends Struct<TcpRouteMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.TcpRouteMatch");

    public TcpRouteMatch() {
      super(SCHEMA);
    }

    /**
     * The port number to match on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public TcpRouteMatch port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public TcpRouteMatch port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * An object that represents types of timeouts.
   *
   * <p>Property type {@code AWS::AppMesh::Route.TcpTimeout}.
   */
  public static final class TcpTimeout extends Struct<TcpTimeout> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Route.TcpTimeout");

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
   * An object that represents a target and its relative weight. Traffic is distributed across
   * targets according to their relative weight. For example, a weighted target with a relative
   * weight of 50 receives five times as much traffic as one with a relative weight of 10. The total
   * weight for all targets combined must be less than or equal to 100.
   *
   * <p>Property type {@code AWS::AppMesh::Route.WeightedTarget}.
   */
  public static final class WeightedTarget extends Struct<WeightedTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Route.WeightedTarget")
        .required("VirtualNode", "Weight")
        .build();

    public WeightedTarget() {
      super(SCHEMA);
    }

    /**
     * The targeted port of the weighted object.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public WeightedTarget port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public WeightedTarget port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The virtual node to associate with the weighted target.
     *
     * <p>Required. CloudFormation property {@code VirtualNode}.
     */
    public WeightedTarget virtualNode(String value) {
      return set("VirtualNode", Value.of(value));
    }

    /** Sets {@code VirtualNode} to this value; see {@link #virtualNode(String)}. */
    public WeightedTarget virtualNode(Value<String> value) {
      return set("VirtualNode", value);
    }

    /**
     * The relative weight of the weighted target.
     *
     * <p>Required. CloudFormation property {@code Weight}.
     */
    public WeightedTarget weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public WeightedTarget weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }
}
