// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.applicationsignals;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A structure that contains the complete grouping configuration for an account, including all
 * defined grouping attributes and metadata about when it was last updated.
 *
 * <p>CloudFormation type {@code AWS::ApplicationSignals::GroupingConfiguration}.
 */
public final class GroupingConfiguration extends Resource<GroupingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::GroupingConfiguration")
      .required("GroupingAttributeDefinitions")
      .refYields("AccountId")
      .attributes("AccountId", "UpdatedAt")
      .build();

  public GroupingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of grouping attribute definitions that specify how services should be grouped based on
   * various attributes and source keys.
   *
   * <p>Required. CloudFormation property {@code GroupingAttributeDefinitions}.
   */
  public GroupingConfiguration groupingAttributeDefinitions(List<GroupingAttributeDefinition> value) {
    return set("GroupingAttributeDefinitions", Value.listOf(value));
  }

  /**
   * Sets {@code GroupingAttributeDefinitions} to this value; see {@link
   * #groupingAttributeDefinitions(List)}.
   */
  public GroupingConfiguration groupingAttributeDefinitions(Value<List<GroupingAttributeDefinition>> value) {
    return set("GroupingAttributeDefinitions", value);
  }

  /**
   * Sets {@code GroupingAttributeDefinitions} to a list of these; see {@link
   * #groupingAttributeDefinitions(List)}.
   */
  public GroupingConfiguration groupingAttributeDefinitions(GroupingAttributeDefinition... values) {
    return set("GroupingAttributeDefinitions", Value.list(values));
  }

  /**
   * The 12 digit AWS Account ID for the account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * The timestamp when this grouping configuration was last updated. When used in a raw HTTP Query
   * API, it is formatted as epoch time in seconds.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * A structure that defines how services should be grouped based on specific attributes. This
   * includes the friendly name for the grouping, the source keys to derive values from, and an
   * optional default value.
   *
   * <p>Property type {@code
   * AWS::ApplicationSignals::GroupingConfiguration.GroupingAttributeDefinition}.
   */
  public static final class GroupingAttributeDefinition extends Struct<GroupingAttributeDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::GroupingConfiguration.GroupingAttributeDefinition")
        .required("GroupingName", "GroupingSourceKeys")
        .constrain("DefaultGroupingValue", Constraint.of().pattern("^[a-zA-Z0-9\\s+\\-=\\._:/@]*$").minLength(1).maxLength(128))
        .constrain("GroupingName", Constraint.of().pattern("^[a-zA-Z0-9\\s+\\-=\\._:/@]*$").minLength(1).maxLength(128))
        .constrain("GroupingSourceKeys", Constraint.of().pattern("^[a-zA-Z0-9\\s+\\-=\\._:/@]*$").minLength(1).maxLength(128))
        .build();

    public GroupingAttributeDefinition() {
      super(SCHEMA);
    }

    /**
     * The default value to use for this grouping attribute when no value can be derived from the
     * source keys. This ensures all services have a grouping value even if the source data is
     * missing.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s+&#92;-=&#92;._:/&#64;]*$}.
     * CloudFormation property {@code DefaultGroupingValue}.
     */
    public GroupingAttributeDefinition defaultGroupingValue(String value) {
      return set("DefaultGroupingValue", Value.of(value));
    }

    /**
     * Sets {@code DefaultGroupingValue} to this value; see {@link #defaultGroupingValue(String)}.
     */
    public GroupingAttributeDefinition defaultGroupingValue(Value<String> value) {
      return set("DefaultGroupingValue", value);
    }

    /**
     * The friendly name for this grouping attribute, such as <code>BusinessUnit</code> or
     * <code>Environment</code> . This name is used to identify the grouping in the console and
     * APIs.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^[a-zA-Z0-9&#92;s+&#92;-=&#92;._:/&#64;]*$}. CloudFormation property {@code GroupingName}.
     */
    public GroupingAttributeDefinition groupingName(String value) {
      return set("GroupingName", Value.of(value));
    }

    /** Sets {@code GroupingName} to this value; see {@link #groupingName(String)}. */
    public GroupingAttributeDefinition groupingName(Value<String> value) {
      return set("GroupingName", value);
    }

    /**
     * An array of source keys used to derive the grouping attribute value from telemetry data, AWS
     * tags, or other sources. For example, ["business_unit", "team"] would look for values in those
     * fields.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^[a-zA-Z0-9&#92;s+&#92;-=&#92;._:/&#64;]*$}. CloudFormation property {@code
     * GroupingSourceKeys}.
     */
    public GroupingAttributeDefinition groupingSourceKeys(List<String> value) {
      return set("GroupingSourceKeys", Value.listOf(value));
    }

    /** Sets {@code GroupingSourceKeys} to this value; see {@link #groupingSourceKeys(List)}. */
    public GroupingAttributeDefinition groupingSourceKeys(Value<List<String>> value) {
      return set("GroupingSourceKeys", value);
    }
  }
}
