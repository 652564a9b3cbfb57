// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.frauddetector;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Manages a variable.
 *
 * <p>CloudFormation type {@code AWS::FraudDetector::Variable}.
 */
public final class Variable extends Resource<Variable> {
  private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::Variable")
      .required("DataSource", "DataType", "DefaultValue", "Name")
      .allowed("DataSource", "EVENT", "EXTERNAL_MODEL_SCORE")
      .allowed("DataType", "STRING", "INTEGER", "FLOAT", "BOOLEAN")
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-z_][a-z0-9_]{0,99}?$"))
      .allowed("VariableType", "AUTH_CODE", "AVS", "BILLING_ADDRESS_L1", "BILLING_ADDRESS_L2",
          "BILLING_CITY", "BILLING_COUNTRY", "BILLING_NAME", "BILLING_PHONE", "BILLING_STATE",
          "BILLING_ZIP", "CARD_BIN", "CATEGORICAL", "CURRENCY_CODE", "EMAIL_ADDRESS", "FINGERPRINT",
          "FRAUD_LABEL", "FREE_FORM_TEXT", "IP_ADDRESS", "NUMERIC", "ORDER_ID", "PAYMENT_TYPE",
          "PHONE_NUMBER", "PRICE", "PRODUCT_CATEGORY", "SHIPPING_ADDRESS_L1", "SHIPPING_ADDRESS_L2",
          "SHIPPING_CITY", "SHIPPING_COUNTRY", "SHIPPING_NAME", "SHIPPING_PHONE", "SHIPPING_STATE",
          "SHIPPING_ZIP", "USERAGENT")
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Variable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The data source of the variable.
   *
   * <p>Valid values: <code>EVENT | EXTERNAL_MODEL_SCORE</code>
   *
   * <p>When defining a variable within a detector, you can only use the <code>EVENT</code> value
   * for DataSource when the <em>Inline</em> property is set to true. If the <em>Inline</em>
   * property is set false, you can use either <code>EVENT</code> or <code>MODEL_SCORE</code> for
   * DataSource.
   *
   * <p>Required. Allowed values: {@code EVENT}, {@code EXTERNAL_MODEL_SCORE}. CloudFormation
   * property {@code DataSource}.
   */
  public Variable dataSource(String value) {
    return set("DataSource", Value.of(value));
  }

  /** Sets {@code DataSource} to this value; see {@link #dataSource(String)}. */
  public Variable dataSource(Value<String> value) {
    return set("DataSource", value);
  }

  /**
   * The data type of the variable.
   *
   * <p>Valid data types: <code>STRING | INTEGER | BOOLEAN | FLOAT</code>
   *
   * <p>Required. Allowed values: {@code STRING}, {@code INTEGER}, {@code FLOAT}, {@code BOOLEAN}.
   * CloudFormation property {@code DataType}.
   */
  public Variable dataType(String value) {
    return set("DataType", Value.of(value));
  }

  /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
  public Variable dataType(Value<String> value) {
    return set("DataType", value);
  }

  /**
   * The default value of the variable.
   *
   * <p>Required. CloudFormation property {@code DefaultValue}.
   */
  public Variable defaultValue(String value) {
    return set("DefaultValue", Value.of(value));
  }

  /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
  public Variable defaultValue(Value<String> value) {
    return set("DefaultValue", value);
  }

  /**
   * The description of the variable.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
   */
  public Variable description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Variable description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the variable.
   *
   * <p>Pattern: <code>^[0-9a-z_-]+$</code>
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-z_][a-z0-9_]{0,99}?$}.
   * CloudFormation property {@code Name}.
   */
  public Variable name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Variable name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Variable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Variable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Variable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the variable. For more information see <a
   * href="https://docs.aws.amazon.com/frauddetector/latest/ug/create-a-variable.html#variable-types">Variable
   * types</a> .
   *
   * <p>Valid Values: <code>AUTH_CODE | AVS | BILLING_ADDRESS_L1 | BILLING_ADDRESS_L2 | BILLING_CITY
   * | BILLING_COUNTRY | BILLING_NAME | BILLING_PHONE | BILLING_STATE | BILLING_ZIP | CARD_BIN |
   * CATEGORICAL | CURRENCY_CODE | EMAIL_ADDRESS | FINGERPRINT | FRAUD_LABEL | FREE_FORM_TEXT |
   * IP_ADDRESS | NUMERIC | ORDER_ID | PAYMENT_TYPE | PHONE_NUMBER | PRICE | PRODUCT_CATEGORY |
   * SHIPPING_ADDRESS_L1 | SHIPPING_ADDRESS_L2 | SHIPPING_CITY | SHIPPING_COUNTRY | SHIPPING_NAME |
   * SHIPPING_PHONE | SHIPPING_STATE | SHIPPING_ZIP | USERAGENT</code>
   *
   * <p>Allowed values: {@code AUTH_CODE}, {@code AVS}, {@code BILLING_ADDRESS_L1}, {@code
   * BILLING_ADDRESS_L2}, {@code BILLING_CITY}, {@code BILLING_COUNTRY}, {@code BILLING_NAME},
   * {@code BILLING_PHONE}, {@code BILLING_STATE}, {@code BILLING_ZIP}, {@code CARD_BIN}, {@code
   * CATEGORICAL}, {@code CURRENCY_CODE}, {@code EMAIL_ADDRESS}, {@code FINGERPRINT}, {@code
   * FRAUD_LABEL}, {@code FREE_FORM_TEXT}, {@code IP_ADDRESS}, {@code NUMERIC}, {@code ORDER_ID},
   * {@code PAYMENT_TYPE}, {@code PHONE_NUMBER}, {@code PRICE}, {@code PRODUCT_CATEGORY}, {@code
   * SHIPPING_ADDRESS_L1}, {@code SHIPPING_ADDRESS_L2}, {@code SHIPPING_CITY}, {@code
   * SHIPPING_COUNTRY}, {@code SHIPPING_NAME}, {@code SHIPPING_PHONE}, {@code SHIPPING_STATE},
   * {@code SHIPPING_ZIP}, {@code USERAGENT}. CloudFormation property {@code VariableType}.
   */
  public Variable variableType(String value) {
    return set("VariableType", Value.of(value));
  }

  /** Sets {@code VariableType} to this value; see {@link #variableType(String)}. */
  public Variable variableType(Value<String> value) {
    return set("VariableType", value);
  }

  /**
   * The ARN of the variable.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Timestamp of when variable was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp of when variable was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }
}
