// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a user-defined function (UDF) definition in the AWS Glue Data Catalog.
 *
 * <p>CloudFormation type {@code AWS::Glue::UserDefinedFunction}.
 */
public final class UserDefinedFunction extends Resource<UserDefinedFunction> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::UserDefinedFunction")
      .required("DatabaseName", "FunctionName")
      .constrain("ClassName", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").minLength(1).maxLength(255))
      .constrain("DatabaseName", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").minLength(1).maxLength(255))
      .constrain("FunctionName", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").minLength(1).maxLength(255))
      .allowed("FunctionType", "REGULAR_FUNCTION", "AGGREGATE_FUNCTION", "STORED_PROCEDURE")
      .constrain("OwnerName", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").minLength(1).maxLength(255))
      .allowed("OwnerType", "USER", "ROLE", "GROUP")
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public UserDefinedFunction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Java class that contains the function code.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code ClassName}.
   */
  public UserDefinedFunction className(String value) {
    return set("ClassName", Value.of(value));
  }

  /** Sets {@code ClassName} to this value; see {@link #className(String)}. */
  public UserDefinedFunction className(Value<String> value) {
    return set("ClassName", value);
  }

  /**
   * The name of the catalog database in which the function is located.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code DatabaseName}.
   */
  public UserDefinedFunction databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public UserDefinedFunction databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * The name of the function.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code FunctionName}.
   */
  public UserDefinedFunction functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public UserDefinedFunction functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * The type of the function.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code REGULAR_FUNCTION}, {@code
   * AGGREGATE_FUNCTION}, {@code STORED_PROCEDURE}. CloudFormation property {@code FunctionType}.
   */
  public UserDefinedFunction functionType(String value) {
    return set("FunctionType", Value.of(value));
  }

  /** Sets {@code FunctionType} to this value; see {@link #functionType(String)}. */
  public UserDefinedFunction functionType(Value<String> value) {
    return set("FunctionType", value);
  }

  /**
   * The owner of the function.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code OwnerName}.
   */
  public UserDefinedFunction ownerName(String value) {
    return set("OwnerName", Value.of(value));
  }

  /** Sets {@code OwnerName} to this value; see {@link #ownerName(String)}. */
  public UserDefinedFunction ownerName(Value<String> value) {
    return set("OwnerName", value);
  }

  /**
   * The owner type.
   *
   * <p>Allowed values: {@code USER}, {@code ROLE}, {@code GROUP}. CloudFormation property {@code
   * OwnerType}.
   */
  public UserDefinedFunction ownerType(String value) {
    return set("OwnerType", Value.of(value));
  }

  /** Sets {@code OwnerType} to this value; see {@link #ownerType(String)}. */
  public UserDefinedFunction ownerType(Value<String> value) {
    return set("OwnerType", value);
  }

  /**
   * The resource URIs for the function.
   *
   * <p>CloudFormation property {@code ResourceUris}.
   */
  public UserDefinedFunction resourceUris(List<ResourceUri> value) {
    return set("ResourceUris", Value.listOf(value));
  }

  /** Sets {@code ResourceUris} to this value; see {@link #resourceUris(List)}. */
  public UserDefinedFunction resourceUris(Value<List<ResourceUri>> value) {
    return set("ResourceUris", value);
  }

  /** Sets {@code ResourceUris} to a list of these; see {@link #resourceUris(List)}. */
  public UserDefinedFunction resourceUris(ResourceUri... values) {
    return set("ResourceUris", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the user-defined function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The URIs for function resources.
   *
   * <p>Property type {@code AWS::Glue::UserDefinedFunction.ResourceUri}.
   */
  public static final class ResourceUri extends Struct<ResourceUri> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::UserDefinedFunction.ResourceUri")
        .allowed("ResourceType", "JAR", "FILE", "ARCHIVE")
        .constrain("Uri", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*$").minLength(1).maxLength(1024))
        .build();

    public ResourceUri() {
      super(SCHEMA);
    }

    /**
     * The type of the resource.
     *
     * <p>Allowed values: {@code JAR}, {@code FILE}, {@code ARCHIVE}. CloudFormation property {@code
     * ResourceType}.
     */
    public ResourceUri resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public ResourceUri resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The URI for accessing the resource.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;r&#92;n&#92;t]*$}.
     * CloudFormation property {@code Uri}.
     */
    public ResourceUri uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public ResourceUri uri(Value<String> value) {
      return set("Uri", value);
    }
  }
}
