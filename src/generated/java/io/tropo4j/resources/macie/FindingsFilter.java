// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.macie;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Macie::FindingsFilter</code> resource specifies a findings filter. In Amazon Macie
 * , a <em>findings filter</em> , also referred to as a <em>filter rule</em> , is a set of custom
 * criteria that specifies which findings to include or exclude from the results of a query for
 * findings. The criteria can help you identify and focus on findings that have specific
 * characteristics, such as severity, type, or the name of an affected AWS resource. You can also
 * configure a findings filter to suppress (automatically archive) findings that match the filter's
 * criteria. For more information, see <a
 * href="https://docs.aws.amazon.com/macie/latest/user/findings-filter-overview.html">Filtering
 * Macie findings</a> in the <em>Amazon Macie User Guide</em> .
 *
 * <p>An <code>AWS::Macie::Session</code> resource must exist for an AWS account before you can
 * create an <code>AWS::Macie::FindingsFilter</code> resource for the account. Use a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * attribute</a> to ensure that an <code>AWS::Macie::Session</code> resource is created before other
 * Macie resources are created for an account. For example, <code>"DependsOn": "Session"</code> .
 *
 * <p>CloudFormation type {@code AWS::Macie::FindingsFilter}.
 */
public final class FindingsFilter extends Resource<FindingsFilter> {
  private static final Schema SCHEMA = Schema.builder("AWS::Macie::FindingsFilter")
      .required("FindingCriteria", "Name")
      .allowed("Action", "ARCHIVE", "NOOP")
      .refYields("Id")
      .attributes("Arn", "FindingsFilterListItems", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FindingsFilter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action to perform on findings that match the filter criteria ( <code>FindingCriteria</code>
   * ). Valid values are:
   *
   * <ul> <li><code>ARCHIVE</code> - Suppress (automatically archive) the findings.
   * <li><code>NOOP</code> - Don't perform any action on the findings. </ul>
   *
   * <p>Allowed values: {@code ARCHIVE}, {@code NOOP}. CloudFormation property {@code Action}.
   */
  public FindingsFilter action(String value) {
    return set("Action", Value.of(value));
  }

  /** Sets {@code Action} to this value; see {@link #action(String)}. */
  public FindingsFilter action(Value<String> value) {
    return set("Action", value);
  }

  /**
   * A custom description of the findings filter. The description can contain 1-512 characters.
   *
   * <p>Avoid including sensitive data in the description. Users of the account might be able to see
   * the description, depending on the actions that they're allowed to perform in Amazon Macie .
   *
   * <p>CloudFormation property {@code Description}.
   */
  public FindingsFilter description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FindingsFilter description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The criteria to use to filter findings.
   *
   * <p>Required. CloudFormation property {@code FindingCriteria}.
   */
  public FindingsFilter findingCriteria(Value<FindingCriteria> value) {
    return set("FindingCriteria", value);
  }

  /**
   * A custom name for the findings filter. The name can contain 3-64 characters.
   *
   * <p>Avoid including sensitive data in the name. Users of the account might be able to see the
   * name, depending on the actions that they're allowed to perform in Amazon Macie .
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public FindingsFilter name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FindingsFilter name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The position of the findings filter in the list of saved filter rules on the Amazon Macie
   * console. This value also determines the order in which the filter is applied to findings,
   * relative to other filters that are also applied to findings.
   *
   * <p>CloudFormation property {@code Position}.
   */
  public FindingsFilter position(int value) {
    return set("Position", Value.of(value));
  }

  /** Sets {@code Position} to this value; see {@link #position(int)}. */
  public FindingsFilter position(Value<Integer> value) {
    return set("Position", value);
  }

  /**
   * An array of key-value pairs to apply to the findings filter.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * tag</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FindingsFilter tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FindingsFilter tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FindingsFilter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the findings filter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code FindingsFilterListItems}. */
  public Value<List<Json>> findingsFilterListItems() {
    return getAtt("FindingsFilterListItems");
  }

  /**
   * The unique identifier for the findings filter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies a condition that defines the property, operator, and one or more values to use in a
   * findings filter. A <em>findings filter</em> , also referred to as a <em>filter rule</em> , is a
   * set of custom criteria that specifies which findings to include or exclude from the results of
   * a query for findings. You can also configure a findings filter to suppress (automatically
   * archive) findings that match the filter's criteria. For more information, see <a
   * href="https://docs.aws.amazon.com/macie/latest/user/findings-filter-overview.html">Filtering
   * Macie findings</a> in the <em>Amazon Macie User Guide</em> .
   *
   * <p>Property type {@code AWS::Macie::FindingsFilter.CriterionAdditionalProperties}.
   */
  public static final class CriterionAdditionalProperties extends Struct<CriterionAdditionalProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::Macie::FindingsFilter.CriterionAdditionalProperties");

    public CriterionAdditionalProperties() {
      super(SCHEMA);
    }

    /**
     * The value for the specified property matches (equals) the specified value. If you specify
     * multiple values, Amazon Macie uses OR logic to join the values.
     *
     * <p>CloudFormation property {@code eq}.
     */
    public CriterionAdditionalProperties eq(List<String> value) {
      return set("eq", Value.listOf(value));
    }

    /** Sets {@code eq} to this value; see {@link #eq(List)}. */
    public CriterionAdditionalProperties eq(Value<List<String>> value) {
      return set("eq", value);
    }

    /**
     * The value for the specified property is greater than the specified value.
     *
     * <p>CloudFormation property {@code gt}.
     */
    public CriterionAdditionalProperties gt(int value) {
      return set("gt", Value.of(value));
    }

    /** Sets {@code gt} to this value; see {@link #gt(int)}. */
    public CriterionAdditionalProperties gt(Value<Integer> value) {
      return set("gt", value);
    }

    /**
     * The value for the specified property is greater than or equal to the specified value.
     *
     * <p>CloudFormation property {@code gte}.
     */
    public CriterionAdditionalProperties gte(int value) {
      return set("gte", Value.of(value));
    }

    /** Sets {@code gte} to this value; see {@link #gte(int)}. */
    public CriterionAdditionalProperties gte(Value<Integer> value) {
      return set("gte", value);
    }

    /**
     * The value for the specified property is less than the specified value.
     *
     * <p>CloudFormation property {@code lt}.
     */
    public CriterionAdditionalProperties lt(int value) {
      return set("lt", Value.of(value));
    }

    /** Sets {@code lt} to this value; see {@link #lt(int)}. */
    public CriterionAdditionalProperties lt(Value<Integer> value) {
      return set("lt", value);
    }

    /**
     * The value for the specified property is less than or equal to the specified value.
     *
     * <p>CloudFormation property {@code lte}.
     */
    public CriterionAdditionalProperties lte(int value) {
      return set("lte", Value.of(value));
    }

    /** Sets {@code lte} to this value; see {@link #lte(int)}. */
    public CriterionAdditionalProperties lte(Value<Integer> value) {
      return set("lte", value);
    }

    /**
     * The value for the specified property doesn't match (doesn't equal) the specified value. If
     * you specify multiple values, Amazon Macie uses OR logic to join the values.
     *
     * <p>CloudFormation property {@code neq}.
     */
    public CriterionAdditionalProperties neq(List<String> value) {
      return set("neq", Value.listOf(value));
    }

    /** Sets {@code neq} to this value; see {@link #neq(List)}. */
    public CriterionAdditionalProperties neq(Value<List<String>> value) {
      return set("neq", value);
    }
  }

  /**
   * Specifies, as a map, one or more property-based conditions for a findings filter. A
   * <em>findings filter</em> , also referred to as a <em>filter rule</em> , is a set of custom
   * criteria that specifies which findings to include or exclude from the results of a query for
   * findings. You can also configure a findings filter to suppress (automatically archive) findings
   * that match the filter's criteria. For more information, see <a
   * href="https://docs.aws.amazon.com/macie/latest/user/findings-filter-overview.html">Filtering
   * Macie findings</a> in the <em>Amazon Macie User Guide</em> .
   *
   * <p>Property type {@code AWS::Macie::FindingsFilter.FindingCriteria}.
   */
  public static final class FindingCriteria extends Struct<FindingCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::Macie::FindingsFilter.FindingCriteria");

    public FindingCriteria() {
      super(SCHEMA);
    }

    /**
     * Specifies a condition that defines the property, operator, and one or more values to use to
     * filter the results.
     *
     * <p>CloudFormation property {@code Criterion}.
     */
    public FindingCriteria criterion(Map<String, CriterionAdditionalProperties> value) {
      return set("Criterion", Value.mapOf(value));
    }

    /** Sets {@code Criterion} to this value; see {@link #criterion(Map)}. */
    public FindingCriteria criterion(Value<Map<String, CriterionAdditionalProperties>> value) {
      return set("Criterion", value);
    }
  }

  /** Property type {@code AWS::Macie::FindingsFilter.FindingsFilterListItem}. */
  public static final class FindingsFilterListItem extends Struct<FindingsFilterListItem> {
    private static final Schema SCHEMA = Schema.of("AWS::Macie::FindingsFilter.FindingsFilterListItem");

    public FindingsFilterListItem() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Id}. */
    public FindingsFilterListItem id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public FindingsFilterListItem id(Value<String> value) {
      return set("Id", value);
    }

    /** CloudFormation property {@code Name}. */
    public FindingsFilterListItem name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FindingsFilterListItem name(Value<String> value) {
      return set("Name", value);
    }
  }
}
