// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon API Gateway Management (prefix {@code apigateway}), as the service authorization reference lists them.
 */
public final class Apigateway {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "apigateway";

  /** {@code apigateway:AddCertificateToDomain}: Permissions management; on DomainName, DomainNames. */
  public static final Action ADD_CERTIFICATE_TO_DOMAIN = Action.of(PREFIX, "AddCertificateToDomain");

  /** {@code apigateway:CreateAccessAssociation}: Permissions management; on PrivateDomainName. */
  public static final Action CREATE_ACCESS_ASSOCIATION = Action.of(PREFIX, "CreateAccessAssociation");

  /** {@code apigateway:CreatePortal}: Write; on Portal. */
  public static final Action CREATE_PORTAL = Action.of(PREFIX, "CreatePortal");

  /** {@code apigateway:CreatePortalProduct}: Write; on PortalProduct. */
  public static final Action CREATE_PORTAL_PRODUCT = Action.of(PREFIX, "CreatePortalProduct");

  /** {@code apigateway:CreateProductPage}: Write; on ProductPage. */
  public static final Action CREATE_PRODUCT_PAGE = Action.of(PREFIX, "CreateProductPage");

  /** {@code apigateway:CreateProductRestEndpointPage}: Write; on ProductRestEndpointPage. */
  public static final Action CREATE_PRODUCT_REST_ENDPOINT_PAGE = Action.of(PREFIX, "CreateProductRestEndpointPage");

  /** {@code apigateway:CreateRoutingRule}: Write; on RoutingRule. */
  public static final Action CREATE_ROUTING_RULE = Action.of(PREFIX, "CreateRoutingRule");

  /** {@code apigateway:DELETE}: Write; on AccessLogSettings, Api, ApiMapping, Authorizer, AuthorizersCache, Cors, Deployment, Integration, IntegrationResponse, Model, Route, RouteRequestParameter, RouteResponse, RouteSettings, Stage, VpcLink. */
  public static final Action DELETE = Action.of(PREFIX, "DELETE");

  /** {@code apigateway:DeletePortal}: Write; on Portal. */
  public static final Action DELETE_PORTAL = Action.of(PREFIX, "DeletePortal");

  /** {@code apigateway:DeletePortalProduct}: Write; on PortalProduct. */
  public static final Action DELETE_PORTAL_PRODUCT = Action.of(PREFIX, "DeletePortalProduct");

  /** {@code apigateway:DeletePortalProductSharingPolicy}: Permissions management; on PortalProduct. */
  public static final Action DELETE_PORTAL_PRODUCT_SHARING_POLICY = Action.of(PREFIX, "DeletePortalProductSharingPolicy");

  /** {@code apigateway:DeleteProductPage}: Write; on ProductPage. */
  public static final Action DELETE_PRODUCT_PAGE = Action.of(PREFIX, "DeleteProductPage");

  /** {@code apigateway:DeleteProductRestEndpointPage}: Write; on PortalProduct, ProductRestEndpointPage. */
  public static final Action DELETE_PRODUCT_REST_ENDPOINT_PAGE = Action.of(PREFIX, "DeleteProductRestEndpointPage");

  /** {@code apigateway:DeleteRoutingRule}: Write; on RoutingRule. */
  public static final Action DELETE_ROUTING_RULE = Action.of(PREFIX, "DeleteRoutingRule");

  /** {@code apigateway:DisablePortal}: Write; on Portal. */
  public static final Action DISABLE_PORTAL = Action.of(PREFIX, "DisablePortal");

  /** {@code apigateway:GET}: Read; on AccessLogSettings, Api, ApiMapping, ApiMappings, Apis, Authorizer, Authorizers, AuthorizersCache, Cors, Deployment, Deployments, ExportedAPI, Integration, IntegrationResponse, IntegrationResponses, Integrations, Model, ModelTemplate, Models, Route, RouteRequestParameter, RouteResponse, RouteResponses, RouteSettings, Routes, Stage, Stages, VpcLink, VpcLinks. */
  public static final Action GET = Action.of(PREFIX, "GET");

  /** {@code apigateway:GetPortal}: Read; on Portal. */
  public static final Action GET_PORTAL = Action.of(PREFIX, "GetPortal");

  /** {@code apigateway:GetPortalProduct}: Read; on PortalProduct. */
  public static final Action GET_PORTAL_PRODUCT = Action.of(PREFIX, "GetPortalProduct");

  /** {@code apigateway:GetPortalProductSharingPolicy}: Read; on PortalProduct. */
  public static final Action GET_PORTAL_PRODUCT_SHARING_POLICY = Action.of(PREFIX, "GetPortalProductSharingPolicy");

  /** {@code apigateway:GetProductPage}: Read; on PortalProduct, ProductPage. */
  public static final Action GET_PRODUCT_PAGE = Action.of(PREFIX, "GetProductPage");

  /** {@code apigateway:GetProductRestEndpointPage}: Read; on PortalProduct, ProductRestEndpointPage. */
  public static final Action GET_PRODUCT_REST_ENDPOINT_PAGE = Action.of(PREFIX, "GetProductRestEndpointPage");

  /** {@code apigateway:GetRoutingRule}: Read; on RoutingRule. */
  public static final Action GET_ROUTING_RULE = Action.of(PREFIX, "GetRoutingRule");

  /** {@code apigateway:ListPortalProducts}: List; on PortalProduct. */
  public static final Action LIST_PORTAL_PRODUCTS = Action.of(PREFIX, "ListPortalProducts");

  /** {@code apigateway:ListPortals}: List; on Portal. */
  public static final Action LIST_PORTALS = Action.of(PREFIX, "ListPortals");

  /** {@code apigateway:ListProductPages}: List; on PortalProduct, ProductPage. */
  public static final Action LIST_PRODUCT_PAGES = Action.of(PREFIX, "ListProductPages");

  /** {@code apigateway:ListProductRestEndpointPages}: List; on PortalProduct, ProductRestEndpointPage. */
  public static final Action LIST_PRODUCT_REST_ENDPOINT_PAGES = Action.of(PREFIX, "ListProductRestEndpointPages");

  /** {@code apigateway:ListRoutingRules}: List; on RoutingRule. */
  public static final Action LIST_ROUTING_RULES = Action.of(PREFIX, "ListRoutingRules");

  /** {@code apigateway:PATCH}: Write; on Api, ApiMapping, Authorizer, Deployment, Integration, IntegrationResponse, Model, Route, RouteRequestParameter, RouteResponse, Stage, VpcLink. */
  public static final Action PATCH = Action.of(PREFIX, "PATCH");

  /** {@code apigateway:POST}: Write; on ApiMappings, Apis, Authorizers, Deployments, IntegrationResponses, Integrations, Models, RouteResponses, Routes, Stages, VpcLinks. */
  public static final Action POST = Action.of(PREFIX, "POST");

  /** {@code apigateway:PUT}: Write; on Api, Apis. */
  public static final Action PUT = Action.of(PREFIX, "PUT");

  /** {@code apigateway:PreviewPortal}: Write; on Portal. */
  public static final Action PREVIEW_PORTAL = Action.of(PREFIX, "PreviewPortal");

  /** {@code apigateway:PublishPortal}: Write; on Portal. */
  public static final Action PUBLISH_PORTAL = Action.of(PREFIX, "PublishPortal");

  /** {@code apigateway:PutPortalProductSharingPolicy}: Permissions management; on PortalProduct. */
  public static final Action PUT_PORTAL_PRODUCT_SHARING_POLICY = Action.of(PREFIX, "PutPortalProductSharingPolicy");

  /** {@code apigateway:RejectAccessAssociation}: Permissions management; on PrivateDomainName. */
  public static final Action REJECT_ACCESS_ASSOCIATION = Action.of(PREFIX, "RejectAccessAssociation");

  /** {@code apigateway:RemoveCertificateFromDomain}: Permissions management; on DomainName, DomainNames. */
  public static final Action REMOVE_CERTIFICATE_FROM_DOMAIN = Action.of(PREFIX, "RemoveCertificateFromDomain");

  /** {@code apigateway:SetWebACL}: Permissions management; on Stage, Stages. */
  public static final Action SET_WEB_ACL = Action.of(PREFIX, "SetWebACL");

  /** {@code apigateway:UpdateDomainNameManagementPolicy}: Permissions management; on PrivateDomainName. */
  public static final Action UPDATE_DOMAIN_NAME_MANAGEMENT_POLICY = Action.of(PREFIX, "UpdateDomainNameManagementPolicy");

  /** {@code apigateway:UpdateDomainNamePolicy}: Permissions management; on DomainNames, PrivateDomainName. */
  public static final Action UPDATE_DOMAIN_NAME_POLICY = Action.of(PREFIX, "UpdateDomainNamePolicy");

  /** {@code apigateway:UpdatePortal}: Write; on Portal. */
  public static final Action UPDATE_PORTAL = Action.of(PREFIX, "UpdatePortal");

  /** {@code apigateway:UpdatePortalProduct}: Write; on PortalProduct. */
  public static final Action UPDATE_PORTAL_PRODUCT = Action.of(PREFIX, "UpdatePortalProduct");

  /** {@code apigateway:UpdateProductPage}: Write; on ProductPage. */
  public static final Action UPDATE_PRODUCT_PAGE = Action.of(PREFIX, "UpdateProductPage");

  /** {@code apigateway:UpdateProductRestEndpointPage}: Write; on ProductRestEndpointPage. */
  public static final Action UPDATE_PRODUCT_REST_ENDPOINT_PAGE = Action.of(PREFIX, "UpdateProductRestEndpointPage");

  /** {@code apigateway:UpdateRestApiPolicy}: Permissions management; on RestApi, RestApis. */
  public static final Action UPDATE_REST_API_POLICY = Action.of(PREFIX, "UpdateRestApiPolicy");

  /** {@code apigateway:UpdateRoutingRule}: Write; on RoutingRule. */
  public static final Action UPDATE_ROUTING_RULE = Action.of(PREFIX, "UpdateRoutingRule");

  private Apigateway() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
