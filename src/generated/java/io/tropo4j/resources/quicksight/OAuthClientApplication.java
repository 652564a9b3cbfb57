// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::QuickSight::OAuthClientApplication Resource Type
 *
 * <p>CloudFormation type {@code AWS::QuickSight::OAuthClientApplication}.
 */
public final class OAuthClientApplication extends Resource<OAuthClientApplication> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::OAuthClientApplication")
      .required("Name", "OAuthClientApplicationId", "OAuthClientAuthenticationType",
          "OAuthTokenEndpointUrl")
      .constrain("ClientId", Constraint.of().pattern("^[^\\p{Cc}]+$").minLength(1).maxLength(2048))
      .constrain("ClientSecret", Constraint.of().pattern("^[^\\p{Cc}]+$").minLength(1).maxLength(2048))
      .allowed("DataSourceType", "ADOBE_ANALYTICS", "AMAZON_ELASTICSEARCH", "AMAZON_OPENSEARCH",
          "ATHENA", "AURORA", "AURORA_POSTGRESQL", "AWS_IOT_ANALYTICS", "BIGQUERY", "CONFLUENCE",
          "DATABRICKS", "EXASOL", "GITHUB", "GOOGLESHEETS", "GOOGLE_DRIVE", "JIRA", "MARIADB",
          "MYSQL", "ONE_DRIVE", "ORACLE", "POSTGRESQL", "PRESTO", "QBUSINESS", "REDSHIFT", "S3",
          "S3_KNOWLEDGE_BASE", "S3_TABLES", "SALESFORCE", "SERVICENOW", "SHAREPOINT", "SNOWFLAKE",
          "SPARK", "SQLSERVER", "STARBURST", "TERADATA", "TIMESTREAM", "TRINO", "TWITTER",
          "WEB_CRAWLER")
      .constrain("Name", Constraint.of().minLength(1).maxLength(2048))
      .constrain("OAuthAuthorizationEndpointUrl", Constraint.of().pattern("^https://[^\\p{Cc}]+$").minLength(1).maxLength(2048))
      .constrain("OAuthClientApplicationId", Constraint.of().pattern("[^/][^\\u0000-\\u001f]*").minLength(1).maxLength(256))
      .allowed("OAuthClientAuthenticationType", "TOKEN")
      .constrain("OAuthScopes", Constraint.of().pattern("^[^\\p{Cc}]+$").minLength(1).maxLength(4096))
      .constrain("OAuthTokenEndpointUrl", Constraint.of().pattern("^https://[^\\p{Cc}]+$").minLength(1).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OAuthClientApplication(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;p{Cc}]+$}. CloudFormation property {@code
   * ClientId}.
   */
  public OAuthClientApplication clientId(String value) {
    return set("ClientId", Value.of(value));
  }

  /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
  public OAuthClientApplication clientId(Value<String> value) {
    return set("ClientId", value);
  }

  /**
   * Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;p{Cc}]+$}. CloudFormation property {@code
   * ClientSecret}.
   */
  public OAuthClientApplication clientSecret(String value) {
    return set("ClientSecret", Value.of(value));
  }

  /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
  public OAuthClientApplication clientSecret(Value<String> value) {
    return set("ClientSecret", value);
  }

  /**
   * Allowed values: {@code ADOBE_ANALYTICS}, {@code AMAZON_ELASTICSEARCH}, {@code
   * AMAZON_OPENSEARCH}, {@code ATHENA}, {@code AURORA}, {@code AURORA_POSTGRESQL}, {@code
   * AWS_IOT_ANALYTICS}, {@code BIGQUERY}, {@code CONFLUENCE}, {@code DATABRICKS}, {@code EXASOL},
   * {@code GITHUB}, {@code GOOGLESHEETS}, {@code GOOGLE_DRIVE}, {@code JIRA}, {@code MARIADB},
   * {@code MYSQL}, {@code ONE_DRIVE}, {@code ORACLE}, {@code POSTGRESQL}, {@code PRESTO}, {@code
   * QBUSINESS}, {@code REDSHIFT}, {@code S3}, {@code S3_KNOWLEDGE_BASE}, {@code S3_TABLES}, {@code
   * SALESFORCE}, {@code SERVICENOW}, {@code SHAREPOINT}, {@code SNOWFLAKE}, {@code SPARK}, {@code
   * SQLSERVER}, {@code STARBURST}, {@code TERADATA}, {@code TIMESTREAM}, {@code TRINO}, {@code
   * TWITTER}, {@code WEB_CRAWLER}. CloudFormation property {@code DataSourceType}.
   */
  public OAuthClientApplication dataSourceType(String value) {
    return set("DataSourceType", Value.of(value));
  }

  /** Sets {@code DataSourceType} to this value; see {@link #dataSourceType(String)}. */
  public OAuthClientApplication dataSourceType(Value<String> value) {
    return set("DataSourceType", value);
  }

  /** CloudFormation property {@code IdentityProviderVpcConnectionProperties}. */
  public OAuthClientApplication identityProviderVpcConnectionProperties(Value<IdentityProviderVpcConnectionProperties> value) {
    return set("IdentityProviderVpcConnectionProperties", value);
  }

  /** Required. Length: 1 to 2048 characters. CloudFormation property {@code Name}. */
  public OAuthClientApplication name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public OAuthClientApplication name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Length: 1 to 2048 characters. Pattern: {@code ^https://[^&#92;p{Cc}]+$}. CloudFormation
   * property {@code OAuthAuthorizationEndpointUrl}.
   */
  public OAuthClientApplication oAuthAuthorizationEndpointUrl(String value) {
    return set("OAuthAuthorizationEndpointUrl", Value.of(value));
  }

  /**
   * Sets {@code OAuthAuthorizationEndpointUrl} to this value; see {@link
   * #oAuthAuthorizationEndpointUrl(String)}.
   */
  public OAuthClientApplication oAuthAuthorizationEndpointUrl(Value<String> value) {
    return set("OAuthAuthorizationEndpointUrl", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [^/][^&#92;u0000-&#92;u001f]*}. CloudFormation property {@code OAuthClientApplicationId}.
   */
  public OAuthClientApplication oAuthClientApplicationId(String value) {
    return set("OAuthClientApplicationId", Value.of(value));
  }

  /**
   * Sets {@code OAuthClientApplicationId} to this value; see {@link
   * #oAuthClientApplicationId(String)}.
   */
  public OAuthClientApplication oAuthClientApplicationId(Value<String> value) {
    return set("OAuthClientApplicationId", value);
  }

  /**
   * Required. Changing it replaces the resource. Allowed values: {@code TOKEN}. CloudFormation
   * property {@code OAuthClientAuthenticationType}.
   */
  public OAuthClientApplication oAuthClientAuthenticationType(String value) {
    return set("OAuthClientAuthenticationType", Value.of(value));
  }

  /**
   * Sets {@code OAuthClientAuthenticationType} to this value; see {@link
   * #oAuthClientAuthenticationType(String)}.
   */
  public OAuthClientApplication oAuthClientAuthenticationType(Value<String> value) {
    return set("OAuthClientAuthenticationType", value);
  }

  /**
   * Length: 1 to 4096 characters. Pattern: {@code ^[^&#92;p{Cc}]+$}. CloudFormation property {@code
   * OAuthScopes}.
   */
  public OAuthClientApplication oAuthScopes(String value) {
    return set("OAuthScopes", Value.of(value));
  }

  /** Sets {@code OAuthScopes} to this value; see {@link #oAuthScopes(String)}. */
  public OAuthClientApplication oAuthScopes(Value<String> value) {
    return set("OAuthScopes", value);
  }

  /**
   * Required. Length: 1 to 2048 characters. Pattern: {@code ^https://[^&#92;p{Cc}]+$}.
   * CloudFormation property {@code OAuthTokenEndpointUrl}.
   */
  public OAuthClientApplication oAuthTokenEndpointUrl(String value) {
    return set("OAuthTokenEndpointUrl", Value.of(value));
  }

  /**
   * Sets {@code OAuthTokenEndpointUrl} to this value; see {@link #oAuthTokenEndpointUrl(String)}.
   */
  public OAuthClientApplication oAuthTokenEndpointUrl(Value<String> value) {
    return set("OAuthTokenEndpointUrl", value);
  }

  /** CloudFormation property {@code Tags}. */
  public OAuthClientApplication tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OAuthClientApplication tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OAuthClientApplication tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedTime}. */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LastUpdatedTime}. */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * Property type {@code
   * AWS::QuickSight::OAuthClientApplication.IdentityProviderVpcConnectionProperties}.
   */
  public static final class IdentityProviderVpcConnectionProperties extends Struct<IdentityProviderVpcConnectionProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::OAuthClientApplication.IdentityProviderVpcConnectionProperties")
        .required("VpcConnectionArn")
        .build();

    public IdentityProviderVpcConnectionProperties() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code VpcConnectionArn}. */
    public IdentityProviderVpcConnectionProperties vpcConnectionArn(String value) {
      return set("VpcConnectionArn", Value.of(value));
    }

    /** Sets {@code VpcConnectionArn} to this value; see {@link #vpcConnectionArn(String)}. */
    public IdentityProviderVpcConnectionProperties vpcConnectionArn(Value<String> value) {
      return set("VpcConnectionArn", value);
    }
  }
}
