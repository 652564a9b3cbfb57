// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A calculated attribute definition for Customer Profiles.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition}.
 */
public final class CalculatedAttributeDefinition extends Resource<CalculatedAttributeDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::CalculatedAttributeDefinition")
      .required("AttributeDetails", "CalculatedAttributeName", "DomainName", "Statistic")
      .constrain("CalculatedAttributeName", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-\\s]*$").minLength(1).maxLength(255))
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .allowed("Statistic", "FIRST_OCCURRENCE", "LAST_OCCURRENCE", "COUNT", "SUM", "MINIMUM",
          "MAXIMUM", "AVERAGE", "MAX_OCCURRENCE")
      .attributes("CreatedAt", "LastUpdatedAt", "Readiness", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CalculatedAttributeDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Mathematical expression and a list of attribute items specified in that expression.
   *
   * <p>Required. CloudFormation property {@code AttributeDetails}.
   */
  public CalculatedAttributeDefinition attributeDetails(Value<AttributeDetails> value) {
    return set("AttributeDetails", value);
  }

  /**
   * The name of an attribute defined in a profile object type.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_][a-zA-Z_0-9-]*$}. CloudFormation property {@code CalculatedAttributeName}.
   */
  public CalculatedAttributeDefinition calculatedAttributeName(String value) {
    return set("CalculatedAttributeName", Value.of(value));
  }

  /**
   * Sets {@code CalculatedAttributeName} to this value; see {@link
   * #calculatedAttributeName(String)}.
   */
  public CalculatedAttributeDefinition calculatedAttributeName(Value<String> value) {
    return set("CalculatedAttributeName", value);
  }

  /**
   * The conditions including range, object count, and threshold for the calculated attribute.
   *
   * <p>CloudFormation property {@code Conditions}.
   */
  public CalculatedAttributeDefinition conditions(Value<Conditions> value) {
    return set("Conditions", value);
  }

  /**
   * The description of the calculated attribute.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public CalculatedAttributeDefinition description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CalculatedAttributeDefinition description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the calculated attribute.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z_][a-zA-Z_0-9-&#92;s]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public CalculatedAttributeDefinition displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public CalculatedAttributeDefinition displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The unique name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public CalculatedAttributeDefinition domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public CalculatedAttributeDefinition domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The aggregation operation to perform for the calculated attribute.
   *
   * <p>Required. Allowed values: {@code FIRST_OCCURRENCE}, {@code LAST_OCCURRENCE}, {@code COUNT},
   * {@code SUM}, {@code MINIMUM}, {@code MAXIMUM}, {@code AVERAGE}, {@code MAX_OCCURRENCE}.
   * CloudFormation property {@code Statistic}.
   */
  public CalculatedAttributeDefinition statistic(String value) {
    return set("Statistic", Value.of(value));
  }

  /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
  public CalculatedAttributeDefinition statistic(Value<String> value) {
    return set("Statistic", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CalculatedAttributeDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CalculatedAttributeDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CalculatedAttributeDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Whether historical data ingested before the Calculated Attribute was created should be included
   * in calculations.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UseHistoricalData}.
   */
  public CalculatedAttributeDefinition useHistoricalData(boolean value) {
    return set("UseHistoricalData", Value.of(value));
  }

  /** Sets {@code UseHistoricalData} to this value; see {@link #useHistoricalData(boolean)}. */
  public CalculatedAttributeDefinition useHistoricalData(Value<Boolean> value) {
    return set("UseHistoricalData", value);
  }

  /**
   * The timestamp of when the calculated attribute definition was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp of when the calculated attribute definition was most recently edited.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The readiness status of the calculated attribute.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Readiness}.
   */
  public Value<Readiness> readiness() {
    return getAtt("Readiness");
  }

  /**
   * Status of the Calculated Attribute creation (whether all historical data has been indexed.)
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Mathematical expression and a list of attribute items specified in that expression.
   *
   * <p>Property type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition.AttributeDetails}.
   */
  public static final class AttributeDetails extends Struct<AttributeDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::CalculatedAttributeDefinition.AttributeDetails")
        .required("Attributes", "Expression")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(255))
        .build();

    public AttributeDetails() {
      super(SCHEMA);
    }

    /**
     * Mathematical expression and a list of attribute items specified in that expression.
     *
     * <p>Required. CloudFormation property {@code Attributes}.
     */
    public AttributeDetails attributes(List<AttributeItem> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public AttributeDetails attributes(Value<List<AttributeItem>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public AttributeDetails attributes(AttributeItem... values) {
      return set("Attributes", Value.list(values));
    }

    /**
     * Mathematical expression that is performed on attribute items provided in the attribute list.
     * Each element in the expression should follow the structure of
     * &#92;"{ObjectTypeName.AttributeName}&#92;".
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Expression}.
     */
    public AttributeDetails expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public AttributeDetails expression(Value<String> value) {
      return set("Expression", value);
    }
  }

  /**
   * The details of a single attribute item specified in the mathematical expression.
   *
   * <p>Property type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition.AttributeItem}.
   */
  public static final class AttributeItem extends Struct<AttributeItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::CalculatedAttributeDefinition.AttributeItem")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(64))
        .build();

    public AttributeItem() {
      super(SCHEMA);
    }

    /**
     * The unique name of the calculated attribute.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code Name}.
     */
    public AttributeItem name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AttributeItem name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The conditions including range, object count, and threshold for the calculated attribute.
   *
   * <p>Property type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition.Conditions}.
   */
  public static final class Conditions extends Struct<Conditions> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::CalculatedAttributeDefinition.Conditions")
        .constrain("ObjectCount", Constraint.of().minimum(1).maximum(300))
        .build();

    public Conditions() {
      super(SCHEMA);
    }

    /**
     * The number of profile objects used for the calculated attribute.
     *
     * <p>Range: 1 to 300. CloudFormation property {@code ObjectCount}.
     */
    public Conditions objectCount(int value) {
      return set("ObjectCount", Value.of(value));
    }

    /** Sets {@code ObjectCount} to this value; see {@link #objectCount(int)}. */
    public Conditions objectCount(Value<Integer> value) {
      return set("ObjectCount", value);
    }

    /**
     * The relative time period over which data is included in the aggregation.
     *
     * <p>CloudFormation property {@code Range}.
     */
    public Conditions range(Value<Range> value) {
      return set("Range", value);
    }

    /**
     * The threshold for the calculated attribute.
     *
     * <p>CloudFormation property {@code Threshold}.
     */
    public Conditions threshold(Value<Threshold> value) {
      return set("Threshold", value);
    }
  }

  /**
   * The relative time period over which data is included in the aggregation.
   *
   * <p>Property type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition.Range}.
   */
  public static final class Range extends Struct<Range> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::CalculatedAttributeDefinition.Range")
        .required("Unit")
        .constrain("TimestampFormat", Constraint.of().minLength(1).maxLength(255))
        .constrain("TimestampSource", Constraint.of().minLength(1).maxLength(255))
        .allowed("Unit", "DAYS")
        .constrain("Value", Constraint.of().minimum(1).maximum(2147483647))
        .build();

    public Range() {
      super(SCHEMA);
    }

    /**
     * The format the timestamp field in your JSON object is specified. This value should be one of
     * EPOCHMILLI (for Unix epoch timestamps with second/millisecond level precision) or ISO_8601
     * (following ISO_8601 format with second/millisecond level precision, with an optional offset
     * of Z or in the format HH:MM or HHMM.). E.g. if your object type is MyType and source JSON is
     * {"generatedAt": {"timestamp": "2001-07-04T12:08:56.235-0700"}}, then TimestampFormat should
     * be "ISO_8601"
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code TimestampFormat}.
     */
    public Range timestampFormat(String value) {
      return set("TimestampFormat", Value.of(value));
    }

    /** Sets {@code TimestampFormat} to this value; see {@link #timestampFormat(String)}. */
    public Range timestampFormat(Value<String> value) {
      return set("TimestampFormat", value);
    }

    /**
     * An expression specifying the field in your JSON object from which the date should be parsed.
     * The expression should follow the structure of &#92;"{ObjectTypeName.&lt;Location of timestamp
     * field in JSON pointer format&gt;}&#92;". E.g. if your object type is MyType and source JSON
     * is {"generatedAt": {"timestamp": "1737587945945"}}, then TimestampSource should be
     * "{MyType.generatedAt.timestamp}"
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code TimestampSource}.
     */
    public Range timestampSource(String value) {
      return set("TimestampSource", Value.of(value));
    }

    /** Sets {@code TimestampSource} to this value; see {@link #timestampSource(String)}. */
    public Range timestampSource(Value<String> value) {
      return set("TimestampSource", value);
    }

    /**
     * The unit of time.
     *
     * <p>Required. Allowed values: {@code DAYS}. CloudFormation property {@code Unit}.
     */
    public Range unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Range unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The amount of time of the specified unit.
     *
     * <p>Range: 1 to 2147483647. CloudFormation property {@code Value}.
     */
    public Range value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Range value(Value<Integer> value) {
      return set("Value", value);
    }

    /**
     * A structure letting customers specify a relative time window over which over which data is
     * included in the Calculated Attribute. Use positive numbers to indicate that the endpoint is
     * in the past, and negative numbers to indicate it is in the future. ValueRange overrides
     * Value.
     *
     * <p>CloudFormation property {@code ValueRange}.
     */
    public Range valueRange(Value<ValueRange> value) {
      return set("ValueRange", value);
    }
  }

  /**
   * Information indicating if the Calculated Attribute is ready for use by confirming all
   * historical data has been processed and reflected.
   *
   * <p>Property type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition.Readiness}.
   */
  public static final class Readiness extends Struct<Readiness> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::CalculatedAttributeDefinition.Readiness");

    public Readiness() {
      super(SCHEMA);
    }

    /**
     * Any customer messaging.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public Readiness message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public Readiness message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * Approximately how far the Calculated Attribute creation is from completion.
     *
     * <p>CloudFormation property {@code ProgressPercentage}.
     */
    public Readiness progressPercentage(int value) {
      return set("ProgressPercentage", Value.of(value));
    }

    /** Sets {@code ProgressPercentage} to this value; see {@link #progressPercentage(int)}. */
    public Readiness progressPercentage(Value<Integer> value) {
      return set("ProgressPercentage", value);
    }
  }

  /**
   * The threshold for the calculated attribute.
   *
   * <p>Property type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition.Threshold}.
   */
  public static final class Threshold extends Struct<Threshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::CalculatedAttributeDefinition.Threshold")
        .required("Operator", "Value")
        .allowed("Operator", "EQUAL_TO", "GREATER_THAN", "LESS_THAN", "NOT_EQUAL_TO")
        .constrain("Value", Constraint.of().minLength(1).maxLength(255))
        .build();

    public Threshold() {
      super(SCHEMA);
    }

    /**
     * The operator of the threshold.
     *
     * <p>Required. Allowed values: {@code EQUAL_TO}, {@code GREATER_THAN}, {@code LESS_THAN},
     * {@code NOT_EQUAL_TO}. CloudFormation property {@code Operator}.
     */
    public Threshold operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public Threshold operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The value of the threshold.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Value}.
     */
    public Threshold value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Threshold value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * A structure letting customers specify a relative time window over which over which data is
   * included in the Calculated Attribute. Use positive numbers to indicate that the endpoint is in
   * the past, and negative numbers to indicate it is in the future. ValueRange overrides Value.
   *
   * <p>Property type {@code AWS::CustomerProfiles::CalculatedAttributeDefinition.ValueRange}.
   */
  public static final class ValueRange extends Struct<ValueRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::CalculatedAttributeDefinition.ValueRange")
        .required("End", "Start")
        .constrain("End", Constraint.of().minimum(-2147483648).maximum(2147483647))
        .constrain("Start", Constraint.of().minimum(-2147483648).maximum(2147483647))
        .build();

    public ValueRange() {
      super(SCHEMA);
    }

    /**
     * The ending point for this overridden range. Positive numbers indicate how many days in the
     * past data should be included, and negative numbers indicate how many days in the future.
     *
     * <p>Required. Range: -2147483648 to 2147483647. CloudFormation property {@code End}.
     */
    public ValueRange end(int value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(int)}. */
    public ValueRange end(Value<Integer> value) {
      return set("End", value);
    }

    /**
     * The starting point for this overridden range. Positive numbers indicate how many days in the
     * past data should be included, and negative numbers indicate how many days in the future.
     *
     * <p>Required. Range: -2147483648 to 2147483647. CloudFormation property {@code Start}.
     */
    public ValueRange start(int value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(int)}. */
    public ValueRange start(Value<Integer> value) {
      return set("Start", value);
    }
  }
}
