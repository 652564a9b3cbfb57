// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS AppSync (prefix {@code appsync}), as the service authorization reference lists them.
 */
public final class Appsync {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appsync";

  /** {@code appsync:AssociateApi}: Write; on domain. */
  public static final Action ASSOCIATE_API = Action.of(PREFIX, "AssociateApi");

  /** {@code appsync:AssociateMergedGraphqlApi}: Write; on graphqlapi. */
  public static final Action ASSOCIATE_MERGED_GRAPHQL_API = Action.of(PREFIX, "AssociateMergedGraphqlApi");

  /** {@code appsync:AssociateSourceGraphqlApi}: Write; on graphqlapi. */
  public static final Action ASSOCIATE_SOURCE_GRAPHQL_API = Action.of(PREFIX, "AssociateSourceGraphqlApi");

  /** {@code appsync:AssociateWebACL}: Write; on api, graphqlapi. */
  public static final Action ASSOCIATE_WEB_ACL = Action.of(PREFIX, "AssociateWebACL");

  /** {@code appsync:CreateApi}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_API = Action.of(PREFIX, "CreateApi");

  /** {@code appsync:CreateApiCache}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_API_CACHE = Action.of(PREFIX, "CreateApiCache");

  /** {@code appsync:CreateApiKey}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_API_KEY = Action.of(PREFIX, "CreateApiKey");

  /** {@code appsync:CreateChannelNamespace}: Write; on channelNamespace. */
  public static final Action CREATE_CHANNEL_NAMESPACE = Action.of(PREFIX, "CreateChannelNamespace");

  /** {@code appsync:CreateDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_SOURCE = Action.of(PREFIX, "CreateDataSource");

  /** {@code appsync:CreateDomainName}: Write; on domain. */
  public static final Action CREATE_DOMAIN_NAME = Action.of(PREFIX, "CreateDomainName");

  /** {@code appsync:CreateFunction}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FUNCTION = Action.of(PREFIX, "CreateFunction");

  /** {@code appsync:CreateGraphqlApi}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GRAPHQL_API = Action.of(PREFIX, "CreateGraphqlApi");

  /** {@code appsync:CreateResolver}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESOLVER = Action.of(PREFIX, "CreateResolver");

  /** {@code appsync:CreateType}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TYPE = Action.of(PREFIX, "CreateType");

  /** {@code appsync:DeleteApi}: Write; on api. */
  public static final Action DELETE_API = Action.of(PREFIX, "DeleteApi");

  /** {@code appsync:DeleteApiCache}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_API_CACHE = Action.of(PREFIX, "DeleteApiCache");

  /** {@code appsync:DeleteApiKey}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_API_KEY = Action.of(PREFIX, "DeleteApiKey");

  /** {@code appsync:DeleteChannelNamespace}: Write; on channelNamespace. */
  public static final Action DELETE_CHANNEL_NAMESPACE = Action.of(PREFIX, "DeleteChannelNamespace");

  /** {@code appsync:DeleteDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code appsync:DeleteDomainName}: Write; on domain. */
  public static final Action DELETE_DOMAIN_NAME = Action.of(PREFIX, "DeleteDomainName");

  /** {@code appsync:DeleteFunction}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FUNCTION = Action.of(PREFIX, "DeleteFunction");

  /** {@code appsync:DeleteGraphqlApi}: Write; on graphqlapi. */
  public static final Action DELETE_GRAPHQL_API = Action.of(PREFIX, "DeleteGraphqlApi");

  /** {@code appsync:DeleteResolver}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOLVER = Action.of(PREFIX, "DeleteResolver");

  /** {@code appsync:DeleteResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code appsync:DeleteType}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TYPE = Action.of(PREFIX, "DeleteType");

  /** {@code appsync:DisassociateApi}: Write; on domain. */
  public static final Action DISASSOCIATE_API = Action.of(PREFIX, "DisassociateApi");

  /** {@code appsync:DisassociateMergedGraphqlApi}: Write; on mergedApiAssociation. */
  public static final Action DISASSOCIATE_MERGED_GRAPHQL_API = Action.of(PREFIX, "DisassociateMergedGraphqlApi");

  /** {@code appsync:DisassociateSourceGraphqlApi}: Write; on sourceApiAssociation. */
  public static final Action DISASSOCIATE_SOURCE_GRAPHQL_API = Action.of(PREFIX, "DisassociateSourceGraphqlApi");

  /** {@code appsync:DisassociateWebACL}: Write; on api, graphqlapi. */
  public static final Action DISASSOCIATE_WEB_ACL = Action.of(PREFIX, "DisassociateWebACL");

  /** {@code appsync:EvaluateCode}: Read; on no resource type (give {@code *}). */
  public static final Action EVALUATE_CODE = Action.of(PREFIX, "EvaluateCode");

  /** {@code appsync:EvaluateMappingTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action EVALUATE_MAPPING_TEMPLATE = Action.of(PREFIX, "EvaluateMappingTemplate");

  /** {@code appsync:EventConnect}: Write; on api. */
  public static final Action EVENT_CONNECT = Action.of(PREFIX, "EventConnect");

  /** {@code appsync:EventPublish}: Write; on channelNamespace. */
  public static final Action EVENT_PUBLISH = Action.of(PREFIX, "EventPublish");

  /** {@code appsync:EventSubscribe}: Write; on channelNamespace. */
  public static final Action EVENT_SUBSCRIBE = Action.of(PREFIX, "EventSubscribe");

  /** {@code appsync:FlushApiCache}: Write; on no resource type (give {@code *}). */
  public static final Action FLUSH_API_CACHE = Action.of(PREFIX, "FlushApiCache");

  /** {@code appsync:GetApi}: Read; on api. */
  public static final Action GET_API = Action.of(PREFIX, "GetApi");

  /** {@code appsync:GetApiAssociation}: Read; on domain. */
  public static final Action GET_API_ASSOCIATION = Action.of(PREFIX, "GetApiAssociation");

  /** {@code appsync:GetApiCache}: Read; on no resource type (give {@code *}). */
  public static final Action GET_API_CACHE = Action.of(PREFIX, "GetApiCache");

  /** {@code appsync:GetChannelNamespace}: Read; on channelNamespace. */
  public static final Action GET_CHANNEL_NAMESPACE = Action.of(PREFIX, "GetChannelNamespace");

  /** {@code appsync:GetDataSource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_SOURCE = Action.of(PREFIX, "GetDataSource");

  /** {@code appsync:GetDataSourceIntrospection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_SOURCE_INTROSPECTION = Action.of(PREFIX, "GetDataSourceIntrospection");

  /** {@code appsync:GetDomainName}: Read; on domain. */
  public static final Action GET_DOMAIN_NAME = Action.of(PREFIX, "GetDomainName");

  /** {@code appsync:GetFunction}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FUNCTION = Action.of(PREFIX, "GetFunction");

  /** {@code appsync:GetGraphqlApi}: Read; on graphqlapi. */
  public static final Action GET_GRAPHQL_API = Action.of(PREFIX, "GetGraphqlApi");

  /** {@code appsync:GetGraphqlApiEnvironmentVariables}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GRAPHQL_API_ENVIRONMENT_VARIABLES = Action.of(PREFIX, "GetGraphqlApiEnvironmentVariables");

  /** {@code appsync:GetIntrospectionSchema}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INTROSPECTION_SCHEMA = Action.of(PREFIX, "GetIntrospectionSchema");

  /** {@code appsync:GetResolver}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOLVER = Action.of(PREFIX, "GetResolver");

  /** {@code appsync:GetResourcePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code appsync:GetSchemaCreationStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SCHEMA_CREATION_STATUS = Action.of(PREFIX, "GetSchemaCreationStatus");

  /** {@code appsync:GetSourceApiAssociation}: Read; on sourceApiAssociation. */
  public static final Action GET_SOURCE_API_ASSOCIATION = Action.of(PREFIX, "GetSourceApiAssociation");

  /** {@code appsync:GetType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TYPE = Action.of(PREFIX, "GetType");

  /** {@code appsync:GetWebACLForResource}: Read; on api, graphqlapi. */
  public static final Action GET_WEB_ACL_FOR_RESOURCE = Action.of(PREFIX, "GetWebACLForResource");

  /** {@code appsync:GraphQL}: Write; on field, graphqlapi. */
  public static final Action GRAPH_QL = Action.of(PREFIX, "GraphQL");

  /** {@code appsync:ListApiKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_API_KEYS = Action.of(PREFIX, "ListApiKeys");

  /** {@code appsync:ListApis}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APIS = Action.of(PREFIX, "ListApis");

  /** {@code appsync:ListChannelNamespaces}: List; on api. */
  public static final Action LIST_CHANNEL_NAMESPACES = Action.of(PREFIX, "ListChannelNamespaces");

  /** {@code appsync:ListDataSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code appsync:ListDomainNames}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAIN_NAMES = Action.of(PREFIX, "ListDomainNames");

  /** {@code appsync:ListFunctions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FUNCTIONS = Action.of(PREFIX, "ListFunctions");

  /** {@code appsync:ListGraphqlApis}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GRAPHQL_APIS = Action.of(PREFIX, "ListGraphqlApis");

  /** {@code appsync:ListResolvers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOLVERS = Action.of(PREFIX, "ListResolvers");

  /** {@code appsync:ListResolversByFunction}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOLVERS_BY_FUNCTION = Action.of(PREFIX, "ListResolversByFunction");

  /** {@code appsync:ListResourcesForWebACL}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES_FOR_WEB_ACL = Action.of(PREFIX, "ListResourcesForWebACL");

  /** {@code appsync:ListSourceApiAssociations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOURCE_API_ASSOCIATIONS = Action.of(PREFIX, "ListSourceApiAssociations");

  /** {@code appsync:ListTagsForResource}: Read; on api, channelNamespace, domain, graphqlapi. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code appsync:ListTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TYPES = Action.of(PREFIX, "ListTypes");

  /** {@code appsync:ListTypesByAssociation}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TYPES_BY_ASSOCIATION = Action.of(PREFIX, "ListTypesByAssociation");

  /** {@code appsync:PutGraphqlApiEnvironmentVariables}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_GRAPHQL_API_ENVIRONMENT_VARIABLES = Action.of(PREFIX, "PutGraphqlApiEnvironmentVariables");

  /** {@code appsync:PutResourcePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code appsync:SetWebACL}: Permissions management; on no resource type (give {@code *}). */
  public static final Action SET_WEB_ACL = Action.of(PREFIX, "SetWebACL");

  /** {@code appsync:SourceGraphQL}: Write; on field, graphqlapi. */
  public static final Action SOURCE_GRAPH_QL = Action.of(PREFIX, "SourceGraphQL");

  /** {@code appsync:StartDataSourceIntrospection}: Write; on no resource type (give {@code *}). */
  public static final Action START_DATA_SOURCE_INTROSPECTION = Action.of(PREFIX, "StartDataSourceIntrospection");

  /** {@code appsync:StartSchemaCreation}: Write; on no resource type (give {@code *}). */
  public static final Action START_SCHEMA_CREATION = Action.of(PREFIX, "StartSchemaCreation");

  /** {@code appsync:StartSchemaMerge}: Write; on sourceApiAssociation. */
  public static final Action START_SCHEMA_MERGE = Action.of(PREFIX, "StartSchemaMerge");

  /** {@code appsync:TagResource}: Tagging; on api, channelNamespace, domain, graphqlapi. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code appsync:UntagResource}: Tagging; on api, channelNamespace, domain, graphqlapi. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code appsync:UpdateApi}: Write; on api. */
  public static final Action UPDATE_API = Action.of(PREFIX, "UpdateApi");

  /** {@code appsync:UpdateApiCache}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_API_CACHE = Action.of(PREFIX, "UpdateApiCache");

  /** {@code appsync:UpdateApiKey}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_API_KEY = Action.of(PREFIX, "UpdateApiKey");

  /** {@code appsync:UpdateChannelNamespace}: Write; on channelNamespace. */
  public static final Action UPDATE_CHANNEL_NAMESPACE = Action.of(PREFIX, "UpdateChannelNamespace");

  /** {@code appsync:UpdateDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code appsync:UpdateDomainName}: Write; on domain. */
  public static final Action UPDATE_DOMAIN_NAME = Action.of(PREFIX, "UpdateDomainName");

  /** {@code appsync:UpdateFunction}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FUNCTION = Action.of(PREFIX, "UpdateFunction");

  /** {@code appsync:UpdateGraphqlApi}: Write; on graphqlapi. */
  public static final Action UPDATE_GRAPHQL_API = Action.of(PREFIX, "UpdateGraphqlApi");

  /** {@code appsync:UpdateResolver}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RESOLVER = Action.of(PREFIX, "UpdateResolver");

  /** {@code appsync:UpdateSourceApiAssociation}: Write; on sourceApiAssociation. */
  public static final Action UPDATE_SOURCE_API_ASSOCIATION = Action.of(PREFIX, "UpdateSourceApiAssociation");

  /** {@code appsync:UpdateType}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TYPE = Action.of(PREFIX, "UpdateType");

  private Appsync() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
