// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The <code>AWS::Glue::DataQualityRuleset</code> resource specifies a data quality ruleset with
 * DQDL rules applied to a specified AWS Glue table. For more information, see AWS Glue Data Quality
 * in the AWS Glue Developer Guide.
 *
 * <p>CloudFormation type {@code AWS::Glue::DataQualityRuleset}.
 */
public final class DataQualityRuleset extends Resource<DataQualityRuleset> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::DataQualityRuleset")
      .required("Name")
      .constrain("ClientToken", Constraint.of().minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("Ruleset", Constraint.of().minLength(1).maxLength(65536))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public DataQualityRuleset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Used for idempotency and is recommended to be set to a random ID (such as a UUID) to avoid
   * creating or starting multiple instances of the same resource.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code ClientToken}.
   */
  public DataQualityRuleset clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public DataQualityRuleset clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * A description of the data quality ruleset.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public DataQualityRuleset description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataQualityRuleset description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the data quality ruleset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public DataQualityRuleset name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataQualityRuleset name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A Data Quality Definition Language (DQDL) ruleset. For more information see the AWS Glue
   * Developer Guide.
   *
   * <p>Length: 1 to 65536 characters. CloudFormation property {@code Ruleset}.
   */
  public DataQualityRuleset ruleset(String value) {
    return set("Ruleset", Value.of(value));
  }

  /** Sets {@code Ruleset} to this value; see {@link #ruleset(String)}. */
  public DataQualityRuleset ruleset(Value<String> value) {
    return set("Ruleset", value);
  }

  /**
   * A list of tags applied to the data quality ruleset.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public DataQualityRuleset tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public DataQualityRuleset tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public DataQualityRuleset tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * An object representing an AWS Glue table.
   *
   * <p>CloudFormation property {@code TargetTable}.
   */
  public DataQualityRuleset targetTable(Value<DataQualityTargetTable> value) {
    return set("TargetTable", value);
  }

  /**
   * An object representing an AWS Glue table.
   *
   * <p>Property type {@code AWS::Glue::DataQualityRuleset.DataQualityTargetTable}.
   */
  public static final class DataQualityTargetTable extends Struct<DataQualityTargetTable> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::DataQualityRuleset.DataQualityTargetTable")
        .required("DatabaseName", "TableName")
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DataQualityTargetTable() {
      super(SCHEMA);
    }

    /**
     * The name of the database where the AWS Glue table exists.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code DatabaseName}.
     */
    public DataQualityTargetTable databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DataQualityTargetTable databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The name of the AWS Glue table.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code TableName}.
     */
    public DataQualityTargetTable tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DataQualityTargetTable tableName(Value<String> value) {
      return set("TableName", value);
    }
  }
}
