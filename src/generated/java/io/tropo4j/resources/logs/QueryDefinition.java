// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a query definition for CloudWatch Logs Insights. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html">Analyzing
 * Log Data with CloudWatch Logs Insights</a> .
 *
 * <p>CloudFormation type {@code AWS::Logs::QueryDefinition}.
 */
public final class QueryDefinition extends Resource<QueryDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::QueryDefinition")
      .required("Name", "QueryString")
      .constrain("LogGroupNames", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(512))
      .references("LogGroupNames", "AWS::Logs::LogGroup.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .allowed("QueryLanguage", "CWLI", "SQL", "PPL")
      .constrain("QueryString", Constraint.of().minLength(1).maxLength(10000))
      .refYields("QueryDefinitionId")
      .attributes("QueryDefinitionId")
      .build();

  public QueryDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Use this parameter if you want the query to query only certain log groups.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code [&#92;.&#92;-_/#A-Za-z0-9]+}. CloudFormation
   * property {@code LogGroupNames}.
   */
  public QueryDefinition logGroupNames(List<String> value) {
    return set("LogGroupNames", Value.listOf(value));
  }

  /** Sets {@code LogGroupNames} to this value; see {@link #logGroupNames(List)}. */
  public QueryDefinition logGroupNames(Value<List<String>> value) {
    return set("LogGroupNames", value);
  }

  /**
   * Sets {@code LogGroupNames} to the Ref of each {@code AWS::Logs::LogGroup}; see {@link
   * #logGroupNames(List)}.
   */
  public QueryDefinition logGroupNames(LogGroup... resources) {
    return set("LogGroupNames", Value.refs(resources));
  }

  /**
   * A name for the query definition.
   *
   * <p>You can use the name to create a folder structure for your queries. To create a folder, use
   * a forward slash (/) to prefix your desired query name with your desired folder name. For
   * example, <code><em>folder-name</em> / <em>query-name</em></code> .
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Name}.
   */
  public QueryDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public QueryDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Use this parameter to include specific query parameters as part of your query definition. Query
   * parameters are supported only for Logs Insights QL queries. Query parameters allow you to use
   * placeholder variables in your query string that are substituted with values at execution time.
   * Use the {{parameterName}} syntax in your query string to reference a parameter.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public QueryDefinition parameters(List<QueryParameter> value) {
    return set("Parameters", Value.listOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
  public QueryDefinition parameters(Value<List<QueryParameter>> value) {
    return set("Parameters", value);
  }

  /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
  public QueryDefinition parameters(QueryParameter... values) {
    return set("Parameters", Value.list(values));
  }

  /**
   * The query language used for this query. For more information about the query languages that
   * CloudWatch Logs supports, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html">Supported
   * query languages</a> .
   *
   * <p>Allowed values: {@code CWLI}, {@code SQL}, {@code PPL}. Default: {@code "CWLI"}.
   * CloudFormation property {@code QueryLanguage}.
   */
  public QueryDefinition queryLanguage(String value) {
    return set("QueryLanguage", Value.of(value));
  }

  /** Sets {@code QueryLanguage} to this value; see {@link #queryLanguage(String)}. */
  public QueryDefinition queryLanguage(Value<String> value) {
    return set("QueryLanguage", value);
  }

  /**
   * The query string to use for this query definition. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html">CloudWatch
   * Logs Insights Query Syntax</a> .
   *
   * <p>Required. Length: 1 to 10000 characters. CloudFormation property {@code QueryString}.
   */
  public QueryDefinition queryString(String value) {
    return set("QueryString", Value.of(value));
  }

  /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
  public QueryDefinition queryString(Value<String> value) {
    return set("QueryString", value);
  }

  /**
   * The ID of the query definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueryDefinitionId}.
   */
  public Value<String> queryDefinitionId() {
    return getAtt("QueryDefinitionId");
  }

  /**
   * This structure defines a query parameter for a saved CloudWatch Logs Insights query definition.
   * Query parameters are supported only for Logs Insights QL queries. They are placeholder
   * variables that you can reference in a query string using the {{parameterName}} syntax. Each
   * parameter can include a default value and a description.
   *
   * <p>Property type {@code AWS::Logs::QueryDefinition.QueryParameter}.
   */
  public static final class QueryParameter extends Struct<QueryParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::QueryDefinition.QueryParameter")
        .required("Name")
        .constrain("DefaultValue", Constraint.of().minLength(0).maxLength(1024))
        .constrain("Description", Constraint.of().minLength(0).maxLength(512))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z0-9_]*$").minLength(1).maxLength(128))
        .build();

    public QueryParameter() {
      super(SCHEMA);
    }

    /**
     * The default value to use for this query parameter if no value is supplied at execution time.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code DefaultValue}.
     */
    public QueryParameter defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public QueryParameter defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * A description of the query parameter that explains its purpose or expected values.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
     */
    public QueryParameter description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public QueryParameter description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of the query parameter. A query parameter name must start with a letter or
     * underscore, and contain only letters, digits, and underscores.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z_][a-zA-Z0-9_]*$}.
     * CloudFormation property {@code Name}.
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
