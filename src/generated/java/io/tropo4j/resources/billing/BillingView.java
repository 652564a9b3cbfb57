// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.billing;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a billing view with the specified billing view attributes.
 *
 * <p>CloudFormation type {@code AWS::Billing::BillingView}.
 */
public final class BillingView extends Resource<BillingView> {
  private static final Schema SCHEMA = Schema.builder("AWS::Billing::BillingView")
      .required("Name", "SourceViews")
      .constrain("Description", Constraint.of().pattern("^([ a-zA-Z0-9_\\+=\\.\\-@]+)?$").minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\+=\\.\\-@]+").minLength(1).maxLength(128))
      .constrain("SourceViews", Constraint.of().pattern("arn:aws[a-z-]*:(billing)::[0-9]{12}:billingview/[a-zA-Z0-9_+=.@-]{1,75}"))
      .refYields("Arn")
      .attributes("Arn", "BillingViewType", "CreatedAt", "OwnerAccountId", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public BillingView(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * See <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_Expression.html">Expression</a>
   * . Billing view only supports <code>LINKED_ACCOUNT</code> and <code>Tags</code> .
   *
   * <p>CloudFormation property {@code DataFilterExpression}.
   */
  public BillingView dataFilterExpression(Value<DataFilterExpression> value) {
    return set("DataFilterExpression", value);
  }

  /**
   * The description of the billing view.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code ^([
   * a-zA-Z0-9_&#92;+=&#92;.&#92;-&#64;]+)?$}. CloudFormation property {@code Description}.
   */
  public BillingView description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public BillingView description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the billing view.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;+=&#92;.&#92;-&#64;]+}. CloudFormation property {@code Name}.
   */
  public BillingView name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public BillingView name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of billing views used as the data source for the custom billing view.
   *
   * <p>Required. Pattern: {@code
   * arn:aws[a-z-]*:(billing)::[0-9]{12}:billingview/[a-zA-Z0-9_+=.&#64;-]{1,75}}. CloudFormation
   * property {@code SourceViews}.
   */
  public BillingView sourceViews(List<String> value) {
    return set("SourceViews", Value.listOf(value));
  }

  /** Sets {@code SourceViews} to this value; see {@link #sourceViews(List)}. */
  public BillingView sourceViews(Value<List<String>> value) {
    return set("SourceViews", value);
  }

  /**
   * A list of key value map specifying tags associated to the billing view being created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public BillingView tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public BillingView tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public BillingView tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) that can be used to uniquely identify the billing view.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The type of billing group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BillingViewType}.
   */
  public Value<String> billingViewType() {
    return getAtt("BillingViewType");
  }

  /**
   * The time when the billing view was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<Double> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The account owner of the billing view.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccountId}.
   */
  public Value<String> ownerAccountId() {
    return getAtt("OwnerAccountId");
  }

  /**
   * The time when the billing view was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<Double> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * See <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_billing_Expression.html">Expression</a>
   * . Billing view only supports <code>LINKED_ACCOUNT</code> and <code>Tags</code> .
   *
   * <p>Property type {@code AWS::Billing::BillingView.DataFilterExpression}.
   */
  public static final class DataFilterExpression extends Struct<DataFilterExpression> {
    private static final Schema SCHEMA = Schema.of("AWS::Billing::BillingView.DataFilterExpression");

    public DataFilterExpression() {
      super(SCHEMA);
    }

    /**
     * The specific <code>Dimension</code> to use for <code>Expression</code> .
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public DataFilterExpression dimensions(Value<Dimensions> value) {
      return set("Dimensions", value);
    }

    /**
     * The specific <code>Tag</code> to use for <code>Expression</code> .
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public DataFilterExpression tags(Value<Tags> value) {
      return set("Tags", value);
    }

    /** CloudFormation property {@code TimeRange}. */
    public DataFilterExpression timeRange(Value<TimeRange> value) {
      return set("TimeRange", value);
    }
  }

  /**
   * The specific <code>Dimension</code> to use for <code>Expression</code> .
   *
   * <p>Property type {@code AWS::Billing::BillingView.Dimensions}.
   */
  public static final class Dimensions extends Struct<Dimensions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Billing::BillingView.Dimensions")
        .allowed("Key", "LINKED_ACCOUNT")
        .constrain("Values", Constraint.of().pattern("[\\S\\s]*").minLength(0).maxLength(1024))
        .build();

    public Dimensions() {
      super(SCHEMA);
    }

    /**
     * The key that's associated with the tag.
     *
     * <p>Allowed values: {@code LINKED_ACCOUNT}. CloudFormation property {@code Key}.
     */
    public Dimensions key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Dimensions key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The metadata that you can use to filter and group your results.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code [&#92;S&#92;s]*}. CloudFormation property
     * {@code Values}.
     */
    public Dimensions values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public Dimensions values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Tags associated with the billing view resource.
   *
   * <p>Property type {@code AWS::Billing::BillingView.Tags}.
   */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.builder("AWS::Billing::BillingView.Tags")
        .constrain("Key", Constraint.of().pattern("[\\S\\s]*").minLength(0).maxLength(1024))
        .constrain("Values", Constraint.of().pattern("[\\S\\s]*").minLength(0).maxLength(1024))
        .build();

    public Tags() {
      super(SCHEMA);
    }

    /**
     * A list of tag key value pairs that are associated with the resource.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code [&#92;S&#92;s]*}. CloudFormation property
     * {@code Key}.
     */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The metadata values that you can use to filter and group your results.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code [&#92;S&#92;s]*}. CloudFormation property
     * {@code Values}.
     */
    public Tags values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public Tags values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::Billing::BillingView.TimeRange}. */
  public static final class TimeRange extends Struct<TimeRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Billing::BillingView.TimeRange")
        .constrain("BeginDateInclusive", Constraint.of().format("date-time"))
        .constrain("EndDateInclusive", Constraint.of().format("date-time"))
        .build();

    public TimeRange() {
      super(SCHEMA);
    }

    /**
     * The time in ISO 8601 format, UTC time (YYYY-MM-DDTHH:MM:SSZ).
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code BeginDateInclusive}.
     */
    public TimeRange beginDateInclusive(String value) {
      return set("BeginDateInclusive", Value.of(value));
    }

    /** Sets {@code BeginDateInclusive} to this value; see {@link #beginDateInclusive(String)}. */
    public TimeRange beginDateInclusive(Value<String> value) {
      return set("BeginDateInclusive", value);
    }

    /**
     * The time in ISO 8601 format, UTC time (YYYY-MM-DDTHH:MM:SSZ).
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code EndDateInclusive}.
     */
    public TimeRange endDateInclusive(String value) {
      return set("EndDateInclusive", Value.of(value));
    }

    /** Sets {@code EndDateInclusive} to this value; see {@link #endDateInclusive(String)}. */
    public TimeRange endDateInclusive(Value<String> value) {
      return set("EndDateInclusive", value);
    }
  }
}
