// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a self-service action.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::ServiceAction}.
 */
public final class ServiceAction extends Resource<ServiceAction> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::ServiceAction")
      .required("Definition", "DefinitionType", "Name")
      .allowed("AcceptLanguage", "en", "jp", "zh")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .allowed("DefinitionType", "SSM_AUTOMATION")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]*$").minLength(1).maxLength(256))
      .refYields("Id")
      .attributes("Id")
      .build();

  public ServiceAction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>en</code> - English (default) <li><code>jp</code> - Japanese <li><code>zh</code>
   * - Chinese </ul>
   *
   * <p>Allowed values: {@code en}, {@code jp}, {@code zh}. Length: 0 to 100 characters.
   * CloudFormation property {@code AcceptLanguage}.
   */
  public ServiceAction acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public ServiceAction acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * A map that defines the self-service action.
   *
   * <p>Required. CloudFormation property {@code Definition}.
   */
  public ServiceAction definition(List<DefinitionParameter> value) {
    return set("Definition", Value.listOf(value));
  }

  /** Sets {@code Definition} to this value; see {@link #definition(List)}. */
  public ServiceAction definition(Value<List<DefinitionParameter>> value) {
    return set("Definition", value);
  }

  /** Sets {@code Definition} to a list of these; see {@link #definition(List)}. */
  public ServiceAction definition(DefinitionParameter... values) {
    return set("Definition", Value.list(values));
  }

  /**
   * The self-service action definition type. For example, <code>SSM_AUTOMATION</code> .
   *
   * <p>Required. Allowed values: {@code SSM_AUTOMATION}. CloudFormation property {@code
   * DefinitionType}.
   */
  public ServiceAction definitionType(String value) {
    return set("DefinitionType", Value.of(value));
  }

  /** Sets {@code DefinitionType} to this value; see {@link #definitionType(String)}. */
  public ServiceAction definitionType(Value<String> value) {
    return set("DefinitionType", value);
  }

  /**
   * The self-service action description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public ServiceAction description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ServiceAction description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The self-service action name.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-.]*$}.
   * CloudFormation property {@code Name}.
   */
  public ServiceAction name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ServiceAction name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The self-service action identifier. For example, <code>act-fs7abcd89wxyz</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The list of parameters in JSON format. For example:
   * <code>[{&#92;"Name&#92;":&#92;"InstanceId&#92;",&#92;"Type&#92;":&#92;"TARGET&#92;"}] or
   * [{&#92;"Name&#92;":&#92;"InstanceId&#92;",&#92;"Type&#92;":&#92;"TEXT_VALUE&#92;"}]</code> .
   *
   * <p>Property type {@code AWS::ServiceCatalog::ServiceAction.DefinitionParameter}.
   */
  public static final class DefinitionParameter extends Struct<DefinitionParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::ServiceAction.DefinitionParameter")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Value", Constraint.of().maxLength(4096))
        .build();

    public DefinitionParameter() {
      super(SCHEMA);
    }

    /**
     * The parameter key.
     *
     * <p>Required. Length: 1 to 1000 characters. CloudFormation property {@code Key}.
     */
    public DefinitionParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public DefinitionParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the parameter.
     *
     * <p>Required. Length: at most 4096 characters. CloudFormation property {@code Value}.
     */
    public DefinitionParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public DefinitionParameter value(Value<String> value) {
      return set("Value", value);
    }
  }
}
