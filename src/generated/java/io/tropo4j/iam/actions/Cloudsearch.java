// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudSearch (prefix {@code cloudsearch}), as the service authorization reference lists them.
 */
public final class Cloudsearch {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudsearch";

  /** {@code cloudsearch:AddTags}: Tagging; on domain. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code cloudsearch:BuildSuggesters}: Write; on domain. */
  public static final Action BUILD_SUGGESTERS = Action.of(PREFIX, "BuildSuggesters");

  /** {@code cloudsearch:CreateDomain}: Write; on domain. */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code cloudsearch:DefineAnalysisScheme}: Write; on domain. */
  public static final Action DEFINE_ANALYSIS_SCHEME = Action.of(PREFIX, "DefineAnalysisScheme");

  /** {@code cloudsearch:DefineExpression}: Write; on domain. */
  public static final Action DEFINE_EXPRESSION = Action.of(PREFIX, "DefineExpression");

  /** {@code cloudsearch:DefineIndexField}: Write; on domain. */
  public static final Action DEFINE_INDEX_FIELD = Action.of(PREFIX, "DefineIndexField");

  /** {@code cloudsearch:DefineSuggester}: Write; on domain. */
  public static final Action DEFINE_SUGGESTER = Action.of(PREFIX, "DefineSuggester");

  /** {@code cloudsearch:DeleteAnalysisScheme}: Write; on domain. */
  public static final Action DELETE_ANALYSIS_SCHEME = Action.of(PREFIX, "DeleteAnalysisScheme");

  /** {@code cloudsearch:DeleteDomain}: Write; on domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code cloudsearch:DeleteExpression}: Write; on domain. */
  public static final Action DELETE_EXPRESSION = Action.of(PREFIX, "DeleteExpression");

  /** {@code cloudsearch:DeleteIndexField}: Write; on domain. */
  public static final Action DELETE_INDEX_FIELD = Action.of(PREFIX, "DeleteIndexField");

  /** {@code cloudsearch:DeleteSuggester}: Write; on domain. */
  public static final Action DELETE_SUGGESTER = Action.of(PREFIX, "DeleteSuggester");

  /** {@code cloudsearch:DescribeAnalysisSchemes}: Read; on domain. */
  public static final Action DESCRIBE_ANALYSIS_SCHEMES = Action.of(PREFIX, "DescribeAnalysisSchemes");

  /** {@code cloudsearch:DescribeAvailabilityOptions}: Read; on domain. */
  public static final Action DESCRIBE_AVAILABILITY_OPTIONS = Action.of(PREFIX, "DescribeAvailabilityOptions");

  /** {@code cloudsearch:DescribeDomainEndpointOptions}: Read; on domain. */
  public static final Action DESCRIBE_DOMAIN_ENDPOINT_OPTIONS = Action.of(PREFIX, "DescribeDomainEndpointOptions");

  /** {@code cloudsearch:DescribeDomains}: List; on domain. */
  public static final Action DESCRIBE_DOMAINS = Action.of(PREFIX, "DescribeDomains");

  /** {@code cloudsearch:DescribeExpressions}: Read; on domain. */
  public static final Action DESCRIBE_EXPRESSIONS = Action.of(PREFIX, "DescribeExpressions");

  /** {@code cloudsearch:DescribeIndexFields}: Read; on domain. */
  public static final Action DESCRIBE_INDEX_FIELDS = Action.of(PREFIX, "DescribeIndexFields");

  /** {@code cloudsearch:DescribeScalingParameters}: Read; on domain. */
  public static final Action DESCRIBE_SCALING_PARAMETERS = Action.of(PREFIX, "DescribeScalingParameters");

  /** {@code cloudsearch:DescribeServiceAccessPolicies}: Read; on domain. */
  public static final Action DESCRIBE_SERVICE_ACCESS_POLICIES = Action.of(PREFIX, "DescribeServiceAccessPolicies");

  /** {@code cloudsearch:DescribeSuggesters}: Read; on domain. */
  public static final Action DESCRIBE_SUGGESTERS = Action.of(PREFIX, "DescribeSuggesters");

  /** {@code cloudsearch:IndexDocuments}: Write; on domain. */
  public static final Action INDEX_DOCUMENTS = Action.of(PREFIX, "IndexDocuments");

  /** {@code cloudsearch:ListDomainNames}: List; on domain. */
  public static final Action LIST_DOMAIN_NAMES = Action.of(PREFIX, "ListDomainNames");

  /** {@code cloudsearch:ListTags}: Read; on domain. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code cloudsearch:RemoveTags}: Tagging; on domain. */
  public static final Action REMOVE_TAGS = Action.of(PREFIX, "RemoveTags");

  /** {@code cloudsearch:UpdateAvailabilityOptions}: Write; on domain. */
  public static final Action UPDATE_AVAILABILITY_OPTIONS = Action.of(PREFIX, "UpdateAvailabilityOptions");

  /** {@code cloudsearch:UpdateDomainEndpointOptions}: Write; on domain. */
  public static final Action UPDATE_DOMAIN_ENDPOINT_OPTIONS = Action.of(PREFIX, "UpdateDomainEndpointOptions");

  /** {@code cloudsearch:UpdateScalingParameters}: Write; on domain. */
  public static final Action UPDATE_SCALING_PARAMETERS = Action.of(PREFIX, "UpdateScalingParameters");

  /** {@code cloudsearch:UpdateServiceAccessPolicies}: Permissions management; on domain. */
  public static final Action UPDATE_SERVICE_ACCESS_POLICIES = Action.of(PREFIX, "UpdateServiceAccessPolicies");

  /** {@code cloudsearch:document}: Write; on domain. */
  public static final Action DOCUMENT = Action.of(PREFIX, "document");

  /** {@code cloudsearch:search}: Read; on domain. */
  public static final Action SEARCH = Action.of(PREFIX, "search");

  /** {@code cloudsearch:suggest}: Read; on domain. */
  public static final Action SUGGEST = Action.of(PREFIX, "suggest");

  private Cloudsearch() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
