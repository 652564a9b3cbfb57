// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resourceexplorer2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a view that users can query by using the <a
 * href="https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_Search.html">Search</a>
 * operation. Results from queries that you make using this view include only resources that match
 * the view's <code>Filters</code> .
 *
 * <p>CloudFormation type {@code AWS::ResourceExplorer2::View}.
 */
public final class View extends Resource<View> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResourceExplorer2::View")
      .required("ViewName")
      .constrain("ViewName", Constraint.of().pattern("^[a-zA-Z0-9\\-]{1,64}$"))
      .refYields("ViewArn")
      .attributes("ViewArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public View(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of strings that include search keywords, prefixes, and operators that filter the
   * results that are returned for queries made using this view. When you use this view in a <a
   * href="https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_Search.html">Search</a>
   * operation, the filter string is combined with the search's <code>QueryString</code> parameter
   * using a logical <code>AND</code> operator.
   *
   * <p>For information about the supported syntax, see <a
   * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/using-search-query-syntax.html">Search
   * query reference for Resource Explorer</a> in the <em>AWS Resource Explorer User Guide</em> .
   *
   * <p>This query string in the context of this operation supports only <a
   * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/using-search-query-syntax.html#query-syntax-filters">filter
   * prefixes</a> with optional <a
   * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/using-search-query-syntax.html#query-syntax-operators">operators</a>
   * . It doesn't support free-form text. For example, the string <code>region:us* service:ec2
   * -tag:stage=prod</code> includes all Amazon EC2 resources in any AWS Region that begin with the
   * letters <code>us</code> and are <em>not</em> tagged with a key <code>Stage</code> that has the
   * value <code>prod</code> .
   *
   * <p>CloudFormation property {@code Filters}.
   */
  public View filters(Value<SearchFilter> value) {
    return set("Filters", value);
  }

  /**
   * A list of fields that provide additional information about the view.
   *
   * <p>CloudFormation property {@code IncludedProperties}.
   */
  public View includedProperties(List<IncludedProperty> value) {
    return set("IncludedProperties", Value.listOf(value));
  }

  /** Sets {@code IncludedProperties} to this value; see {@link #includedProperties(List)}. */
  public View includedProperties(Value<List<IncludedProperty>> value) {
    return set("IncludedProperties", value);
  }

  /** Sets {@code IncludedProperties} to a list of these; see {@link #includedProperties(List)}. */
  public View includedProperties(IncludedProperty... values) {
    return set("IncludedProperties", Value.list(values));
  }

  /**
   * The root ARN of the account, an organizational unit (OU), or an organization ARN. If left
   * empty, the default is account.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Scope}.
   */
  public View scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public View scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * Tag key and value pairs that are attached to the view.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public View tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public View tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public View tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The name of the new view.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9&#92;-]{1,64}$}.
   * CloudFormation property {@code ViewName}.
   */
  public View viewName(String value) {
    return set("ViewName", Value.of(value));
  }

  /** Sets {@code ViewName} to this value; see {@link #viewName(String)}. */
  public View viewName(Value<String> value) {
    return set("ViewName", value);
  }

  /**
   * The ARN of the new view. For example:
   *
   * <p><code>arn:aws:resource-explorer-2:us-east-1:123456789012:view/MyView/EXAMPLE8-90ab-cdef-fedc-EXAMPLE22222</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ViewArn}.
   */
  public Value<String> viewArn() {
    return getAtt("ViewArn");
  }

  /** Property type {@code AWS::ResourceExplorer2::View.Filters}. */
  public static final class Filters extends Struct<Filters> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResourceExplorer2::View.Filters")
        .required("FilterString")
        .build();

    public Filters() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code FilterString}. */
    public Filters filterString(String value) {
      return set("FilterString", Value.of(value));
    }

    /** Sets {@code FilterString} to this value; see {@link #filterString(String)}. */
    public Filters filterString(Value<String> value) {
      return set("FilterString", value);
    }
  }

  /**
   * Information about an additional property that describes a resource, that you can optionally
   * include in a view.
   *
   * <p>Property type {@code AWS::ResourceExplorer2::View.IncludedProperty}.
   */
  public static final class IncludedProperty extends Struct<IncludedProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResourceExplorer2::View.IncludedProperty")
        .required("Name")
        .constrain("Name", Constraint.of().minLength(1).maxLength(1011))
        .build();

    public IncludedProperty() {
      super(SCHEMA);
    }

    /**
     * The name of the property that is included in this view.
     *
     * <p>Required. Length: 1 to 1011 characters. CloudFormation property {@code Name}.
     */
    public IncludedProperty name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IncludedProperty name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A search filter defines which resources can be part of a search query result set.
   *
   * <p>Property type {@code AWS::ResourceExplorer2::View.SearchFilter}.
   */
  public static final class SearchFilter extends Struct<SearchFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResourceExplorer2::View.SearchFilter")
        .required("FilterString")
        .constrain("FilterString", Constraint.of().minLength(0).maxLength(2048))
        .build();

    public SearchFilter() {
      super(SCHEMA);
    }

    /**
     * The string that contains the search keywords, prefixes, and operators to control the results
     * that can be returned by a Search operation.
     *
     * <p>For information about the supported syntax, see <a
     * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/using-search-query-syntax.html">Search
     * query reference</a> in the <em>AWS Resource Explorer User Guide</em> .
     *
     * <p>This query string in the context of this operation supports only <a
     * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/using-search-query-syntax.html#query-syntax-filters">filter
     * prefixes</a> with optional <a
     * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/using-search-query-syntax.html#query-syntax-operators">operators</a>
     * . It doesn't support free-form text. For example, the string <code>region:us* service:ec2
     * -tag:stage=prod</code> includes all Amazon EC2 resources in any AWS Region that begin with
     * the letters <code>us</code> and are <em>not</em> tagged with a key <code>Stage</code> that
     * has the value <code>prod</code> .
     *
     * <p>Required. Length: 0 to 2048 characters. CloudFormation property {@code FilterString}.
     */
    public SearchFilter filterString(String value) {
      return set("FilterString", Value.of(value));
    }

    /** Sets {@code FilterString} to this value; see {@link #filterString(String)}. */
    public SearchFilter filterString(Value<String> value) {
      return set("FilterString", value);
    }
  }
}
