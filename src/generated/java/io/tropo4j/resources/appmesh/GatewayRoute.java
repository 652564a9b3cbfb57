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
 * Creates a gateway route.
 *
 * <p>A gateway route is attached to a virtual gateway and routes traffic to an existing virtual
 * service. If a route matches a request, it can distribute traffic to a target virtual service.
 *
 * <p>For more information about gateway routes, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/gateway-routes.html">Gateway
 * routes</a> .
 *
 * <p>CloudFormation type {@code AWS::AppMesh::GatewayRoute}.
 */
public final class GatewayRoute extends Resource<GatewayRoute> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute")
      .required("MeshName", "Spec", "VirtualGatewayName")
      .refYields("Arn")
      .attributes("Arn", "GatewayRouteName", "Id", "MeshName", "MeshOwner", "ResourceOwner", "Uid",
          "VirtualGatewayName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GatewayRoute(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the gateway route.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code GatewayRouteName}.
   */
  public GatewayRoute gatewayRouteName(String value) {
    return set("GatewayRouteName", Value.of(value));
  }

  /** Sets {@code GatewayRouteName} to this value; see {@link #gatewayRouteName(String)}. */
  public GatewayRoute gatewayRouteName(Value<String> value) {
    return set("GatewayRouteName", value);
  }

  /**
   * The name of the service mesh that the resource resides in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MeshName}.
   */
  public GatewayRoute meshName(String value) {
    return set("MeshName", Value.of(value));
  }

  /** Sets {@code MeshName} to this value; see {@link #meshName(String)}. */
  public GatewayRoute meshName(Value<String> value) {
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
  public GatewayRoute meshOwner(String value) {
    return set("MeshOwner", Value.of(value));
  }

  /** Sets {@code MeshOwner} to this value; see {@link #meshOwner(String)}. */
  public GatewayRoute meshOwner(Value<String> value) {
    return set("MeshOwner", value);
  }

  /**
   * The specifications of the gateway route.
   *
   * <p>Required. CloudFormation property {@code Spec}.
   */
  public GatewayRoute spec(Value<GatewayRouteSpec> value) {
    return set("Spec", value);
  }

  /**
   * Optional metadata that you can apply to the gateway route to assist with categorization and
   * organization. Each tag consists of a key and an optional value, both of which you define. Tag
   * keys can have a maximum character length of 128 characters, and tag values can have a maximum
   * length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GatewayRoute tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GatewayRoute tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GatewayRoute tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The virtual gateway that the gateway route is associated with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * VirtualGatewayName}.
   */
  public GatewayRoute virtualGatewayName(String value) {
    return set("VirtualGatewayName", Value.of(value));
  }

  /** Sets {@code VirtualGatewayName} to this value; see {@link #virtualGatewayName(String)}. */
  public GatewayRoute virtualGatewayName(Value<String> value) {
    return set("VirtualGatewayName", value);
  }

  /**
   * The full Amazon Resource Name (ARN) for the gateway route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the gateway route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GatewayRouteName}.
   */
  public Value<String> gatewayRouteName() {
    return getAtt("GatewayRouteName");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the service mesh that the gateway route resides in.
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
   * The IAM account ID of the resource owner. If the account ID is not your own, then it's the ID
   * of the mesh owner or of another account that the mesh is shared with. For more information
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
   * The unique identifier for the gateway route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uid}.
   */
  public Value<String> uid() {
    return getAtt("Uid");
  }

  /**
   * The name of the virtual gateway that the gateway route is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualGatewayName}.
   */
  public Value<String> virtualGatewayName() {
    return getAtt("VirtualGatewayName");
  }

  /**
   * An object representing the gateway route host name to match.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GatewayRouteHostnameMatch}.
   */
  public static final class GatewayRouteHostnameMatch extends Struct<GatewayRouteHostnameMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.GatewayRouteHostnameMatch");

    public GatewayRouteHostnameMatch() {
      super(SCHEMA);
    }

    /**
     * The exact host name to match on.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public GatewayRouteHostnameMatch exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public GatewayRouteHostnameMatch exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * The specified ending characters of the host name to match on.
     *
     * <p>CloudFormation property {@code Suffix}.
     */
    public GatewayRouteHostnameMatch suffix(String value) {
      return set("Suffix", Value.of(value));
    }

    /** Sets {@code Suffix} to this value; see {@link #suffix(String)}. */
    public GatewayRouteHostnameMatch suffix(Value<String> value) {
      return set("Suffix", value);
    }
  }

  /**
   * An object representing the gateway route host name to rewrite.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GatewayRouteHostnameRewrite}.
   */
  public static final class GatewayRouteHostnameRewrite extends Struct<GatewayRouteHostnameRewrite> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.GatewayRouteHostnameRewrite");

    public GatewayRouteHostnameRewrite() {
      super(SCHEMA);
    }

    /**
     * The default target host name to write to.
     *
     * <p>CloudFormation property {@code DefaultTargetHostname}.
     */
    public GatewayRouteHostnameRewrite defaultTargetHostname(String value) {
      return set("DefaultTargetHostname", Value.of(value));
    }

    /**
     * Sets {@code DefaultTargetHostname} to this value; see {@link #defaultTargetHostname(String)}.
     */
    public GatewayRouteHostnameRewrite defaultTargetHostname(Value<String> value) {
      return set("DefaultTargetHostname", value);
    }
  }

  /**
   * An object representing the method header to be matched.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GatewayRouteMetadataMatch}.
   */
  public static final class GatewayRouteMetadataMatch extends Struct<GatewayRouteMetadataMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.GatewayRouteMetadataMatch");

    public GatewayRouteMetadataMatch() {
      super(SCHEMA);
    }

    /**
     * The exact method header to be matched on.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public GatewayRouteMetadataMatch exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public GatewayRouteMetadataMatch exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * The specified beginning characters of the method header to be matched on.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public GatewayRouteMetadataMatch prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public GatewayRouteMetadataMatch prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * An object that represents the range of values to match on.
     *
     * <p>CloudFormation property {@code Range}.
     */
    public GatewayRouteMetadataMatch range(Value<GatewayRouteRangeMatch> value) {
      return set("Range", value);
    }

    /**
     * The regex used to match the method header.
     *
     * <p>CloudFormation property {@code Regex}.
     */
    public GatewayRouteMetadataMatch regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public GatewayRouteMetadataMatch regex(Value<String> value) {
      return set("Regex", value);
    }

    /**
     * The specified ending characters of the method header to match on.
     *
     * <p>CloudFormation property {@code Suffix}.
     */
    public GatewayRouteMetadataMatch suffix(String value) {
      return set("Suffix", Value.of(value));
    }

    /** Sets {@code Suffix} to this value; see {@link #suffix(String)}. */
    public GatewayRouteMetadataMatch suffix(Value<String> value) {
      return set("Suffix", value);
    }
  }

  /**
   * An object that represents the range of values to match on. The first character of the range is
   * included in the range, though the last character is not. For example, if the range specified
   * were 1-100, only values 1-99 would be matched.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GatewayRouteRangeMatch}.
   */
  public static final class GatewayRouteRangeMatch extends Struct<GatewayRouteRangeMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.GatewayRouteRangeMatch")
        .required("End", "Start")
        .build();

    public GatewayRouteRangeMatch() {
      super(SCHEMA);
    }

    /**
     * The end of the range.
     *
     * <p>Required. CloudFormation property {@code End}.
     */
    public GatewayRouteRangeMatch end(int value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(int)}. */
    public GatewayRouteRangeMatch end(Value<Integer> value) {
      return set("End", value);
    }

    /**
     * The start of the range.
     *
     * <p>Required. CloudFormation property {@code Start}.
     */
    public GatewayRouteRangeMatch start(int value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(int)}. */
    public GatewayRouteRangeMatch start(Value<Integer> value) {
      return set("Start", value);
    }
  }

  /**
   * An object that represents a gateway route specification. Specify one gateway route type.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GatewayRouteSpec}.
   */
  public static final class GatewayRouteSpec extends Struct<GatewayRouteSpec> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.GatewayRouteSpec");

    public GatewayRouteSpec() {
      super(SCHEMA);
    }

    /**
     * An object that represents the specification of a gRPC gateway route.
     *
     * <p>CloudFormation property {@code GrpcRoute}.
     */
    public GatewayRouteSpec grpcRoute(Value<GrpcGatewayRoute> value) {
      return set("GrpcRoute", value);
    }

    /**
     * An object that represents the specification of an HTTP/2 gateway route.
     *
     * <p>CloudFormation property {@code Http2Route}.
     */
    public GatewayRouteSpec http2Route(Value<HttpGatewayRoute> value) {
      return set("Http2Route", value);
    }

    /**
     * An object that represents the specification of an HTTP gateway route.
     *
     * <p>CloudFormation property {@code HttpRoute}.
     */
    public GatewayRouteSpec httpRoute(Value<HttpGatewayRoute> value) {
      return set("HttpRoute", value);
    }

    /**
     * The ordering of the gateway routes spec.
     *
     * <p>CloudFormation property {@code Priority}.
     */
    public GatewayRouteSpec priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public GatewayRouteSpec priority(Value<Integer> value) {
      return set("Priority", value);
    }
  }

  /**
   * An object that represents a gateway route target.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GatewayRouteTarget}.
   */
  public static final class GatewayRouteTarget extends Struct<GatewayRouteTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.GatewayRouteTarget")
        .required("VirtualService")
        .build();

    public GatewayRouteTarget() {
      super(SCHEMA);
    }

    /**
     * The port number of the gateway route target.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public GatewayRouteTarget port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public GatewayRouteTarget port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * An object that represents a virtual service gateway route target.
     *
     * <p>Required. CloudFormation property {@code VirtualService}.
     */
    public GatewayRouteTarget virtualService(Value<GatewayRouteVirtualService> value) {
      return set("VirtualService", value);
    }
  }

  /**
   * An object that represents the virtual service that traffic is routed to.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GatewayRouteVirtualService}.
   */
  public static final class GatewayRouteVirtualService extends Struct<GatewayRouteVirtualService> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.GatewayRouteVirtualService")
        .required("VirtualServiceName")
        .build();

    public GatewayRouteVirtualService() {
      super(SCHEMA);
    }

    /**
     * The name of the virtual service that traffic is routed to.
     *
     * <p>Required. CloudFormation property {@code VirtualServiceName}.
     */
    public GatewayRouteVirtualService virtualServiceName(String value) {
      return set("VirtualServiceName", Value.of(value));
    }

    /** Sets {@code VirtualServiceName} to this value; see {@link #virtualServiceName(String)}. */
    public GatewayRouteVirtualService virtualServiceName(Value<String> value) {
      return set("VirtualServiceName", value);
    }
  }

  /**
   * An object that represents a gRPC gateway route.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GrpcGatewayRoute}.
   */
  public static final class GrpcGatewayRoute extends Struct<GrpcGatewayRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.GrpcGatewayRoute")
        .required("Action", "Match")
        .build();

    public GrpcGatewayRoute() {
      super(SCHEMA);
    }

    /**
     * An object that represents the action to take if a match is determined.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public GrpcGatewayRoute action(Value<GrpcGatewayRouteAction> value) {
      return set("Action", value);
    }

    /**
     * An object that represents the criteria for determining a request match.
     *
     * <p>Required. CloudFormation property {@code Match}.
     */
    public GrpcGatewayRoute match(Value<GrpcGatewayRouteMatch> value) {
      return set("Match", value);
    }
  }

  /**
   * An object that represents the action to take if a match is determined.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GrpcGatewayRouteAction}.
   */
  public static final class GrpcGatewayRouteAction extends Struct<GrpcGatewayRouteAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.GrpcGatewayRouteAction")
        .required("Target")
        .build();

    public GrpcGatewayRouteAction() {
      super(SCHEMA);
    }

    /**
     * The gateway route action to rewrite.
     *
     * <p>CloudFormation property {@code Rewrite}.
     */
    public GrpcGatewayRouteAction rewrite(Value<GrpcGatewayRouteRewrite> value) {
      return set("Rewrite", value);
    }

    /**
     * An object that represents the target that traffic is routed to when a request matches the
     * gateway route.
     *
     * <p>Required. CloudFormation property {@code Target}.
     */
    public GrpcGatewayRouteAction target(Value<GatewayRouteTarget> value) {
      return set("Target", value);
    }
  }

  /**
   * An object that represents the criteria for determining a request match.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GrpcGatewayRouteMatch}.
   */
  public static final class GrpcGatewayRouteMatch extends Struct<GrpcGatewayRouteMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.GrpcGatewayRouteMatch");

    public GrpcGatewayRouteMatch() {
      super(SCHEMA);
    }

    /**
     * The gateway route host name to be matched on.
     *
     * <p>CloudFormation property {@code Hostname}.
     */
    public GrpcGatewayRouteMatch hostname(Value<GatewayRouteHostnameMatch> value) {
      return set("Hostname", value);
    }

    /**
     * The gateway route metadata to be matched on.
     *
     * <p>CloudFormation property {@code Metadata}.
     */
    public GrpcGatewayRouteMatch metadata(List<GrpcGatewayRouteMetadata> value) {
      return set("Metadata", Value.listOf(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(List)}. */
    public GrpcGatewayRouteMatch metadata(Value<List<GrpcGatewayRouteMetadata>> value) {
      return set("Metadata", value);
    }

    /** Sets {@code Metadata} to a list of these; see {@link #metadata(List)}. */
    public GrpcGatewayRouteMatch metadata(GrpcGatewayRouteMetadata... values) {
      return set("Metadata", Value.list(values));
    }

    /**
     * The gateway route port to be matched on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public GrpcGatewayRouteMatch port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public GrpcGatewayRouteMatch port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The fully qualified domain name for the service to match from the request.
     *
     * <p>CloudFormation property {@code ServiceName}.
     */
    public GrpcGatewayRouteMatch serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public GrpcGatewayRouteMatch serviceName(Value<String> value) {
      return set("ServiceName", value);
    }
  }

  /**
   * An object representing the metadata of the gateway route.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GrpcGatewayRouteMetadata}.
   */
  public static final class GrpcGatewayRouteMetadata extends Struct<GrpcGatewayRouteMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.GrpcGatewayRouteMetadata")
        .required("Name")
        .build();

    public GrpcGatewayRouteMetadata() {
      super(SCHEMA);
    }

    /**
     * Specify <code>True</code> to match anything except the match criteria. The default value is
     * <code>False</code> .
     *
     * <p>CloudFormation property {@code Invert}.
     */
    public GrpcGatewayRouteMetadata invert(boolean value) {
      return set("Invert", Value.of(value));
    }

    /** Sets {@code Invert} to this value; see {@link #invert(boolean)}. */
    public GrpcGatewayRouteMetadata invert(Value<Boolean> value) {
      return set("Invert", value);
    }

    /**
     * The criteria for determining a metadata match.
     *
     * <p>CloudFormation property {@code Match}.
     */
    public GrpcGatewayRouteMetadata match(Value<GatewayRouteMetadataMatch> value) {
      return set("Match", value);
    }

    /**
     * A name for the gateway route metadata.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public GrpcGatewayRouteMetadata name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GrpcGatewayRouteMetadata name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An object that represents the gateway route to rewrite.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.GrpcGatewayRouteRewrite}.
   */
  public static final class GrpcGatewayRouteRewrite extends Struct<GrpcGatewayRouteRewrite> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.GrpcGatewayRouteRewrite");

    public GrpcGatewayRouteRewrite() {
      super(SCHEMA);
    }

    /**
     * The host name of the gateway route to rewrite.
     *
     * <p>CloudFormation property {@code Hostname}.
     */
    public GrpcGatewayRouteRewrite hostname(Value<GatewayRouteHostnameRewrite> value) {
      return set("Hostname", value);
    }
  }

  /**
   * An object that represents an HTTP gateway route.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRoute}.
   */
  public static final class HttpGatewayRoute extends Struct<HttpGatewayRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.HttpGatewayRoute")
        .required("Action", "Match")
        .build();

    public HttpGatewayRoute() {
      super(SCHEMA);
    }

    /**
     * An object that represents the action to take if a match is determined.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public HttpGatewayRoute action(Value<HttpGatewayRouteAction> value) {
      return set("Action", value);
    }

    /**
     * An object that represents the criteria for determining a request match.
     *
     * <p>Required. CloudFormation property {@code Match}.
     */
    public HttpGatewayRoute match(Value<HttpGatewayRouteMatch> value) {
      return set("Match", value);
    }
  }

  /**
   * An object that represents the action to take if a match is determined.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRouteAction}.
   */
  public static final class HttpGatewayRouteAction extends Struct<HttpGatewayRouteAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.HttpGatewayRouteAction")
        .required("Target")
        .build();

    public HttpGatewayRouteAction() {
      super(SCHEMA);
    }

    /**
     * The gateway route action to rewrite.
     *
     * <p>CloudFormation property {@code Rewrite}.
     */
    public HttpGatewayRouteAction rewrite(Value<HttpGatewayRouteRewrite> value) {
      return set("Rewrite", value);
    }

    /**
     * An object that represents the target that traffic is routed to when a request matches the
     * gateway route.
     *
     * <p>Required. CloudFormation property {@code Target}.
     */
    public HttpGatewayRouteAction target(Value<GatewayRouteTarget> value) {
      return set("Target", value);
    }
  }

  /**
   * An object that represents the HTTP header in the gateway route.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRouteHeader}.
   */
  public static final class HttpGatewayRouteHeader extends Struct<HttpGatewayRouteHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.HttpGatewayRouteHeader")
        .required("Name")
        .build();

    public HttpGatewayRouteHeader() {
      super(SCHEMA);
    }

    /**
     * Specify <code>True</code> to match anything except the match criteria. The default value is
     * <code>False</code> .
     *
     * <p>CloudFormation property {@code Invert}.
     */
    public HttpGatewayRouteHeader invert(boolean value) {
      return set("Invert", Value.of(value));
    }

    /** Sets {@code Invert} to this value; see {@link #invert(boolean)}. */
    public HttpGatewayRouteHeader invert(Value<Boolean> value) {
      return set("Invert", value);
    }

    /**
     * An object that represents the method and value to match with the header value sent in a
     * request. Specify one match method.
     *
     * <p>CloudFormation property {@code Match}.
     */
    public HttpGatewayRouteHeader match(Value<HttpGatewayRouteHeaderMatch> value) {
      return set("Match", value);
    }

    /**
     * A name for the HTTP header in the gateway route that will be matched on.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public HttpGatewayRouteHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HttpGatewayRouteHeader name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An object that represents the method and value to match with the header value sent in a
   * request. Specify one match method.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRouteHeaderMatch}.
   */
  public static final class HttpGatewayRouteHeaderMatch extends Struct<HttpGatewayRouteHeaderMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.HttpGatewayRouteHeaderMatch");

    public HttpGatewayRouteHeaderMatch() {
      super(SCHEMA);
    }

    /**
     * The value sent by the client must match the specified value exactly.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public HttpGatewayRouteHeaderMatch exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public HttpGatewayRouteHeaderMatch exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * The value sent by the client must begin with the specified characters.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public HttpGatewayRouteHeaderMatch prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public HttpGatewayRouteHeaderMatch prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * An object that represents the range of values to match on.
     *
     * <p>CloudFormation property {@code Range}.
     */
    public HttpGatewayRouteHeaderMatch range(Value<GatewayRouteRangeMatch> value) {
      return set("Range", value);
    }

    /**
     * The value sent by the client must include the specified characters.
     *
     * <p>CloudFormation property {@code Regex}.
     */
    public HttpGatewayRouteHeaderMatch regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public HttpGatewayRouteHeaderMatch regex(Value<String> value) {
      return set("Regex", value);
    }

    /**
     * The value sent by the client must end with the specified characters.
     *
     * <p>CloudFormation property {@code Suffix}.
     */
    public HttpGatewayRouteHeaderMatch suffix(String value) {
      return set("Suffix", Value.of(value));
    }

    /** Sets {@code Suffix} to this value; see {@link #suffix(String)}. */
    public HttpGatewayRouteHeaderMatch suffix(Value<String> value) {
      return set("Suffix", value);
    }
  }

  /**
   * An object that represents the criteria for determining a request match.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRouteMatch}.
   */
  public static final class HttpGatewayRouteMatch extends Struct<HttpGatewayRouteMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.HttpGatewayRouteMatch");

    public HttpGatewayRouteMatch() {
      super(SCHEMA);
    }

    /**
     * The client request headers to match on.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public HttpGatewayRouteMatch headers(List<HttpGatewayRouteHeader> value) {
      return set("Headers", Value.listOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(List)}. */
    public HttpGatewayRouteMatch headers(Value<List<HttpGatewayRouteHeader>> value) {
      return set("Headers", value);
    }

    /** Sets {@code Headers} to a list of these; see {@link #headers(List)}. */
    public HttpGatewayRouteMatch headers(HttpGatewayRouteHeader... values) {
      return set("Headers", Value.list(values));
    }

    /**
     * The host name to match on.
     *
     * <p>CloudFormation property {@code Hostname}.
     */
    public HttpGatewayRouteMatch hostname(Value<GatewayRouteHostnameMatch> value) {
      return set("Hostname", value);
    }

    /**
     * The method to match on.
     *
     * <p>CloudFormation property {@code Method}.
     */
    public HttpGatewayRouteMatch method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public HttpGatewayRouteMatch method(Value<String> value) {
      return set("Method", value);
    }

    /**
     * The path to match on.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public HttpGatewayRouteMatch path(Value<HttpPathMatch> value) {
      return set("Path", value);
    }

    /**
     * The port number to match on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public HttpGatewayRouteMatch port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public HttpGatewayRouteMatch port(Value<Integer> value) {
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
    public HttpGatewayRouteMatch prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public HttpGatewayRouteMatch prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The query parameter to match on.
     *
     * <p>CloudFormation property {@code QueryParameters}.
     */
    public HttpGatewayRouteMatch queryParameters(List<QueryParameter> value) {
      return set("QueryParameters", Value.listOf(value));
    }

    /** Sets {@code QueryParameters} to this value; see {@link #queryParameters(List)}. */
    public HttpGatewayRouteMatch queryParameters(Value<List<QueryParameter>> value) {
      return set("QueryParameters", value);
    }

    /** Sets {@code QueryParameters} to a list of these; see {@link #queryParameters(List)}. */
    public HttpGatewayRouteMatch queryParameters(QueryParameter... values) {
      return set("QueryParameters", Value.list(values));
    }
  }

  /**
   * An object that represents the path to rewrite.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRoutePathRewrite}.
   */
  public static final class HttpGatewayRoutePathRewrite extends Struct<HttpGatewayRoutePathRewrite> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.HttpGatewayRoutePathRewrite");

    public HttpGatewayRoutePathRewrite() {
      super(SCHEMA);
    }

    /**
     * The exact path to rewrite.
     *
     * <p>CloudFormation property {@code Exact}.
     */
    public HttpGatewayRoutePathRewrite exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public HttpGatewayRoutePathRewrite exact(Value<String> value) {
      return set("Exact", value);
    }
  }

  /**
   * An object representing the beginning characters of the route to rewrite.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRoutePrefixRewrite}.
   */
  public static final class HttpGatewayRoutePrefixRewrite extends Struct<HttpGatewayRoutePrefixRewrite> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.HttpGatewayRoutePrefixRewrite");

    public HttpGatewayRoutePrefixRewrite() {
      super(SCHEMA);
    }

    /**
     * The default prefix used to replace the incoming route prefix when rewritten.
     *
     * <p>CloudFormation property {@code DefaultPrefix}.
     */
    public HttpGatewayRoutePrefixRewrite defaultPrefix(String value) {
      return set("DefaultPrefix", Value.of(value));
    }

    /** Sets {@code DefaultPrefix} to this value; see {@link #defaultPrefix(String)}. */
    public HttpGatewayRoutePrefixRewrite defaultPrefix(Value<String> value) {
      return set("DefaultPrefix", value);
    }

    /**
     * The value used to replace the incoming route prefix when rewritten.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public HttpGatewayRoutePrefixRewrite value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public HttpGatewayRoutePrefixRewrite value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * An object representing the gateway route to rewrite.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpGatewayRouteRewrite}.
   */
  public static final class HttpGatewayRouteRewrite extends Struct<HttpGatewayRouteRewrite> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.HttpGatewayRouteRewrite");

    public HttpGatewayRouteRewrite() {
      super(SCHEMA);
    }

    /**
     * The host name to rewrite.
     *
     * <p>CloudFormation property {@code Hostname}.
     */
    public HttpGatewayRouteRewrite hostname(Value<GatewayRouteHostnameRewrite> value) {
      return set("Hostname", value);
    }

    /**
     * The path to rewrite.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public HttpGatewayRouteRewrite path(Value<HttpGatewayRoutePathRewrite> value) {
      return set("Path", value);
    }

    /**
     * The specified beginning characters to rewrite.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public HttpGatewayRouteRewrite prefix(Value<HttpGatewayRoutePrefixRewrite> value) {
      return set("Prefix", value);
    }
  }

  /**
   * An object representing the path to match in the request.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpPathMatch}.
   */
  public static final class HttpPathMatch extends Struct<HttpPathMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.HttpPathMatch");

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
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.HttpQueryParameterMatch}.
   */
  public static final class HttpQueryParameterMatch extends Struct<HttpQueryParameterMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::GatewayRoute.HttpQueryParameterMatch");

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
   * An object that represents the query parameter in the request.
   *
   * <p>Property type {@code AWS::AppMesh::GatewayRoute.QueryParameter}.
   */
  public static final class QueryParameter extends Struct<QueryParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::GatewayRoute.QueryParameter")
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
}
