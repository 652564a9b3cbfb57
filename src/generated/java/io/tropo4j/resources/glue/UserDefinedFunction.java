// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

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
      .allowed("FunctionType", "REGULAR_FUNCTION", "AGGREGATE_FUNCTION", "STORED_PROCEDURE")
      .allowed("OwnerType", "USER", "ROLE", "GROUP")
      .attributes("Arn")
      .build();

  public UserDefinedFunction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Java class that contains the function code.
   *
   * <p>CloudFormation property {@code ClassName}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DatabaseName}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FunctionName}.
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
   * <p>CloudFormation property {@code OwnerName}.
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
     * <p>CloudFormation property {@code Uri}.
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
