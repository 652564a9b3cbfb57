// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS App Mesh (prefix {@code appmesh}), as the service authorization reference lists them.
 */
public final class Appmesh {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appmesh";

  /** {@code appmesh:CreateGatewayRoute}: Write; on gatewayRoute, virtualService. */
  public static final Action CREATE_GATEWAY_ROUTE = Action.of(PREFIX, "CreateGatewayRoute");

  /** {@code appmesh:CreateMesh}: Write; on mesh. */
  public static final Action CREATE_MESH = Action.of(PREFIX, "CreateMesh");

  /** {@code appmesh:CreateRoute}: Write; on route, virtualNode. */
  public static final Action CREATE_ROUTE = Action.of(PREFIX, "CreateRoute");

  /** {@code appmesh:CreateVirtualGateway}: Write; on virtualGateway. */
  public static final Action CREATE_VIRTUAL_GATEWAY = Action.of(PREFIX, "CreateVirtualGateway");

  /** {@code appmesh:CreateVirtualNode}: Write; on virtualNode, virtualService. */
  public static final Action CREATE_VIRTUAL_NODE = Action.of(PREFIX, "CreateVirtualNode");

  /** {@code appmesh:CreateVirtualRouter}: Write; on virtualRouter. */
  public static final Action CREATE_VIRTUAL_ROUTER = Action.of(PREFIX, "CreateVirtualRouter");

  /** {@code appmesh:CreateVirtualService}: Write; on virtualNode, virtualRouter, virtualService. */
  public static final Action CREATE_VIRTUAL_SERVICE = Action.of(PREFIX, "CreateVirtualService");

  /** {@code appmesh:DeleteGatewayRoute}: Write; on gatewayRoute. */
  public static final Action DELETE_GATEWAY_ROUTE = Action.of(PREFIX, "DeleteGatewayRoute");

  /** {@code appmesh:DeleteMesh}: Write; on mesh. */
  public static final Action DELETE_MESH = Action.of(PREFIX, "DeleteMesh");

  /** {@code appmesh:DeleteMeshPolicy}: Write; on mesh. */
  public static final Action DELETE_MESH_POLICY = Action.of(PREFIX, "DeleteMeshPolicy");

  /** {@code appmesh:DeleteRoute}: Write; on route. */
  public static final Action DELETE_ROUTE = Action.of(PREFIX, "DeleteRoute");

  /** {@code appmesh:DeleteVirtualGateway}: Write; on virtualGateway. */
  public static final Action DELETE_VIRTUAL_GATEWAY = Action.of(PREFIX, "DeleteVirtualGateway");

  /** {@code appmesh:DeleteVirtualNode}: Write; on virtualNode. */
  public static final Action DELETE_VIRTUAL_NODE = Action.of(PREFIX, "DeleteVirtualNode");

  /** {@code appmesh:DeleteVirtualRouter}: Write; on virtualRouter. */
  public static final Action DELETE_VIRTUAL_ROUTER = Action.of(PREFIX, "DeleteVirtualRouter");

  /** {@code appmesh:DeleteVirtualService}: Write; on virtualService. */
  public static final Action DELETE_VIRTUAL_SERVICE = Action.of(PREFIX, "DeleteVirtualService");

  /** {@code appmesh:DescribeGatewayRoute}: Read; on gatewayRoute. */
  public static final Action DESCRIBE_GATEWAY_ROUTE = Action.of(PREFIX, "DescribeGatewayRoute");

  /** {@code appmesh:DescribeMesh}: Read; on mesh. */
  public static final Action DESCRIBE_MESH = Action.of(PREFIX, "DescribeMesh");

  /** {@code appmesh:DescribeRoute}: Read; on route. */
  public static final Action DESCRIBE_ROUTE = Action.of(PREFIX, "DescribeRoute");

  /** {@code appmesh:DescribeVirtualGateway}: Read; on virtualGateway. */
  public static final Action DESCRIBE_VIRTUAL_GATEWAY = Action.of(PREFIX, "DescribeVirtualGateway");

  /** {@code appmesh:DescribeVirtualNode}: Read; on virtualNode. */
  public static final Action DESCRIBE_VIRTUAL_NODE = Action.of(PREFIX, "DescribeVirtualNode");

  /** {@code appmesh:DescribeVirtualRouter}: Read; on virtualRouter. */
  public static final Action DESCRIBE_VIRTUAL_ROUTER = Action.of(PREFIX, "DescribeVirtualRouter");

  /** {@code appmesh:DescribeVirtualService}: Read; on virtualService. */
  public static final Action DESCRIBE_VIRTUAL_SERVICE = Action.of(PREFIX, "DescribeVirtualService");

  /** {@code appmesh:GetMeshPolicy}: Read; on mesh. */
  public static final Action GET_MESH_POLICY = Action.of(PREFIX, "GetMeshPolicy");

  /** {@code appmesh:ListGatewayRoutes}: List; on virtualGateway. */
  public static final Action LIST_GATEWAY_ROUTES = Action.of(PREFIX, "ListGatewayRoutes");

  /** {@code appmesh:ListMeshes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MESHES = Action.of(PREFIX, "ListMeshes");

  /** {@code appmesh:ListRoutes}: List; on virtualRouter. */
  public static final Action LIST_ROUTES = Action.of(PREFIX, "ListRoutes");

  /** {@code appmesh:ListTagsForResource}: List; on gatewayRoute, mesh, route, virtualGateway, virtualNode, virtualRouter, virtualService. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code appmesh:ListVirtualGateways}: List; on mesh. */
  public static final Action LIST_VIRTUAL_GATEWAYS = Action.of(PREFIX, "ListVirtualGateways");

  /** {@code appmesh:ListVirtualNodes}: List; on mesh. */
  public static final Action LIST_VIRTUAL_NODES = Action.of(PREFIX, "ListVirtualNodes");

  /** {@code appmesh:ListVirtualRouters}: List; on mesh. */
  public static final Action LIST_VIRTUAL_ROUTERS = Action.of(PREFIX, "ListVirtualRouters");

  /** {@code appmesh:ListVirtualServices}: List; on mesh. */
  public static final Action LIST_VIRTUAL_SERVICES = Action.of(PREFIX, "ListVirtualServices");

  /** {@code appmesh:PutMeshPolicy}: Write; on mesh. */
  public static final Action PUT_MESH_POLICY = Action.of(PREFIX, "PutMeshPolicy");

  /** {@code appmesh:StreamAggregatedResources}: Read; on virtualGateway, virtualNode. */
  public static final Action STREAM_AGGREGATED_RESOURCES = Action.of(PREFIX, "StreamAggregatedResources");

  /** {@code appmesh:TagResource}: Tagging; on gatewayRoute, mesh, route, virtualGateway, virtualNode, virtualRouter, virtualService. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code appmesh:UntagResource}: Tagging; on gatewayRoute, mesh, route, virtualGateway, virtualNode, virtualRouter, virtualService. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code appmesh:UpdateGatewayRoute}: Write; on gatewayRoute, virtualService. */
  public static final Action UPDATE_GATEWAY_ROUTE = Action.of(PREFIX, "UpdateGatewayRoute");

  /** {@code appmesh:UpdateMesh}: Write; on mesh. */
  public static final Action UPDATE_MESH = Action.of(PREFIX, "UpdateMesh");

  /** {@code appmesh:UpdateRoute}: Write; on route, virtualNode. */
  public static final Action UPDATE_ROUTE = Action.of(PREFIX, "UpdateRoute");

  /** {@code appmesh:UpdateVirtualGateway}: Write; on virtualGateway. */
  public static final Action UPDATE_VIRTUAL_GATEWAY = Action.of(PREFIX, "UpdateVirtualGateway");

  /** {@code appmesh:UpdateVirtualNode}: Write; on virtualNode. */
  public static final Action UPDATE_VIRTUAL_NODE = Action.of(PREFIX, "UpdateVirtualNode");

  /** {@code appmesh:UpdateVirtualRouter}: Write; on virtualRouter. */
  public static final Action UPDATE_VIRTUAL_ROUTER = Action.of(PREFIX, "UpdateVirtualRouter");

  /** {@code appmesh:UpdateVirtualService}: Write; on virtualNode, virtualRouter, virtualService. */
  public static final Action UPDATE_VIRTUAL_SERVICE = Action.of(PREFIX, "UpdateVirtualService");

  private Appmesh() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
