// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS App Mesh Preview (prefix {@code appmesh-preview}), as the service authorization reference lists them.
 */
public final class AppmeshPreview {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appmesh-preview";

  /** {@code appmesh-preview:CreateGatewayRoute}: Write; on gatewayRoute, virtualService. */
  public static final Action CREATE_GATEWAY_ROUTE = Action.of(PREFIX, "CreateGatewayRoute");

  /** {@code appmesh-preview:CreateMesh}: Write; on mesh. */
  public static final Action CREATE_MESH = Action.of(PREFIX, "CreateMesh");

  /** {@code appmesh-preview:CreateRoute}: Write; on route, virtualNode. */
  public static final Action CREATE_ROUTE = Action.of(PREFIX, "CreateRoute");

  /** {@code appmesh-preview:CreateVirtualGateway}: Write; on virtualGateway. */
  public static final Action CREATE_VIRTUAL_GATEWAY = Action.of(PREFIX, "CreateVirtualGateway");

  /** {@code appmesh-preview:CreateVirtualNode}: Write; on virtualNode, virtualService. */
  public static final Action CREATE_VIRTUAL_NODE = Action.of(PREFIX, "CreateVirtualNode");

  /** {@code appmesh-preview:CreateVirtualRouter}: Write; on virtualRouter. */
  public static final Action CREATE_VIRTUAL_ROUTER = Action.of(PREFIX, "CreateVirtualRouter");

  /** {@code appmesh-preview:CreateVirtualService}: Write; on virtualNode, virtualRouter, virtualService. */
  public static final Action CREATE_VIRTUAL_SERVICE = Action.of(PREFIX, "CreateVirtualService");

  /** {@code appmesh-preview:DeleteGatewayRoute}: Write; on gatewayRoute. */
  public static final Action DELETE_GATEWAY_ROUTE = Action.of(PREFIX, "DeleteGatewayRoute");

  /** {@code appmesh-preview:DeleteMesh}: Write; on mesh. */
  public static final Action DELETE_MESH = Action.of(PREFIX, "DeleteMesh");

  /** {@code appmesh-preview:DeleteMeshPolicy}: Write; on mesh. */
  public static final Action DELETE_MESH_POLICY = Action.of(PREFIX, "DeleteMeshPolicy");

  /** {@code appmesh-preview:DeleteRoute}: Write; on route. */
  public static final Action DELETE_ROUTE = Action.of(PREFIX, "DeleteRoute");

  /** {@code appmesh-preview:DeleteVirtualGateway}: Write; on virtualGateway. */
  public static final Action DELETE_VIRTUAL_GATEWAY = Action.of(PREFIX, "DeleteVirtualGateway");

  /** {@code appmesh-preview:DeleteVirtualNode}: Write; on virtualNode. */
  public static final Action DELETE_VIRTUAL_NODE = Action.of(PREFIX, "DeleteVirtualNode");

  /** {@code appmesh-preview:DeleteVirtualRouter}: Write; on virtualRouter. */
  public static final Action DELETE_VIRTUAL_ROUTER = Action.of(PREFIX, "DeleteVirtualRouter");

  /** {@code appmesh-preview:DeleteVirtualService}: Write; on virtualService. */
  public static final Action DELETE_VIRTUAL_SERVICE = Action.of(PREFIX, "DeleteVirtualService");

  /** {@code appmesh-preview:DescribeGatewayRoute}: Read; on gatewayRoute. */
  public static final Action DESCRIBE_GATEWAY_ROUTE = Action.of(PREFIX, "DescribeGatewayRoute");

  /** {@code appmesh-preview:DescribeMesh}: Read; on mesh. */
  public static final Action DESCRIBE_MESH = Action.of(PREFIX, "DescribeMesh");

  /** {@code appmesh-preview:DescribeRoute}: Read; on route. */
  public static final Action DESCRIBE_ROUTE = Action.of(PREFIX, "DescribeRoute");

  /** {@code appmesh-preview:DescribeVirtualGateway}: Read; on virtualGateway. */
  public static final Action DESCRIBE_VIRTUAL_GATEWAY = Action.of(PREFIX, "DescribeVirtualGateway");

  /** {@code appmesh-preview:DescribeVirtualNode}: Read; on virtualNode. */
  public static final Action DESCRIBE_VIRTUAL_NODE = Action.of(PREFIX, "DescribeVirtualNode");

  /** {@code appmesh-preview:DescribeVirtualRouter}: Read; on virtualRouter. */
  public static final Action DESCRIBE_VIRTUAL_ROUTER = Action.of(PREFIX, "DescribeVirtualRouter");

  /** {@code appmesh-preview:DescribeVirtualService}: Read; on virtualService. */
  public static final Action DESCRIBE_VIRTUAL_SERVICE = Action.of(PREFIX, "DescribeVirtualService");

  /** {@code appmesh-preview:GetMeshPolicy}: Read; on mesh. */
  public static final Action GET_MESH_POLICY = Action.of(PREFIX, "GetMeshPolicy");

  /** {@code appmesh-preview:ListGatewayRoutes}: List; on virtualGateway. */
  public static final Action LIST_GATEWAY_ROUTES = Action.of(PREFIX, "ListGatewayRoutes");

  /** {@code appmesh-preview:ListMeshes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MESHES = Action.of(PREFIX, "ListMeshes");

  /** {@code appmesh-preview:ListRoutes}: List; on virtualRouter. */
  public static final Action LIST_ROUTES = Action.of(PREFIX, "ListRoutes");

  /** {@code appmesh-preview:ListVirtualGateways}: List; on mesh. */
  public static final Action LIST_VIRTUAL_GATEWAYS = Action.of(PREFIX, "ListVirtualGateways");

  /** {@code appmesh-preview:ListVirtualNodes}: List; on mesh. */
  public static final Action LIST_VIRTUAL_NODES = Action.of(PREFIX, "ListVirtualNodes");

  /** {@code appmesh-preview:ListVirtualRouters}: List; on mesh. */
  public static final Action LIST_VIRTUAL_ROUTERS = Action.of(PREFIX, "ListVirtualRouters");

  /** {@code appmesh-preview:ListVirtualServices}: List; on mesh. */
  public static final Action LIST_VIRTUAL_SERVICES = Action.of(PREFIX, "ListVirtualServices");

  /** {@code appmesh-preview:PutMeshPolicy}: Write; on mesh. */
  public static final Action PUT_MESH_POLICY = Action.of(PREFIX, "PutMeshPolicy");

  /** {@code appmesh-preview:StreamAggregatedResources}: Read; on virtualGateway, virtualNode. */
  public static final Action STREAM_AGGREGATED_RESOURCES = Action.of(PREFIX, "StreamAggregatedResources");

  /** {@code appmesh-preview:UpdateGatewayRoute}: Write; on gatewayRoute, virtualService. */
  public static final Action UPDATE_GATEWAY_ROUTE = Action.of(PREFIX, "UpdateGatewayRoute");

  /** {@code appmesh-preview:UpdateMesh}: Write; on mesh. */
  public static final Action UPDATE_MESH = Action.of(PREFIX, "UpdateMesh");

  /** {@code appmesh-preview:UpdateRoute}: Write; on route, virtualNode. */
  public static final Action UPDATE_ROUTE = Action.of(PREFIX, "UpdateRoute");

  /** {@code appmesh-preview:UpdateVirtualGateway}: Write; on virtualGateway. */
  public static final Action UPDATE_VIRTUAL_GATEWAY = Action.of(PREFIX, "UpdateVirtualGateway");

  /** {@code appmesh-preview:UpdateVirtualNode}: Write; on virtualNode. */
  public static final Action UPDATE_VIRTUAL_NODE = Action.of(PREFIX, "UpdateVirtualNode");

  /** {@code appmesh-preview:UpdateVirtualRouter}: Write; on virtualRouter. */
  public static final Action UPDATE_VIRTUAL_ROUTER = Action.of(PREFIX, "UpdateVirtualRouter");

  /** {@code appmesh-preview:UpdateVirtualService}: Write; on virtualNode, virtualRouter, virtualService. */
  public static final Action UPDATE_VIRTUAL_SERVICE = Action.of(PREFIX, "UpdateVirtualService");

  private AppmeshPreview() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
