// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cassandra;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>CreateType</code> operation creates a new user-defined type in the specified keyspace.
 *
 * <p>To configure the required permissions, see <a
 * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/configure-udt-permissions.html#udt-permissions-create">Permissions
 * to create a UDT</a> in the <em>Amazon Keyspaces Developer Guide</em> .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/udts.html">User-defined types
 * (UDTs)</a> in the <em>Amazon Keyspaces Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Cassandra::Type}.
 */
public final class Type extends Resource<Type> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Type")
      .required("Fields", "KeyspaceName", "TypeName")
      .attributes("DirectParentTypes", "DirectReferringTables", "KeyspaceArn",
          "LastModifiedTimestamp", "MaxNestingDepth")
      .build();

  public Type(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of fields that define this type.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Fields}.
   */
  public Type fields(List<Field> value) {
    return set("Fields", Value.listOf(value));
  }

  /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
  public Type fields(Value<List<Field>> value) {
    return set("Fields", value);
  }

  /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
  public Type fields(Field... values) {
    return set("Fields", Value.list(values));
  }

  /**
   * The name of the keyspace to create the type in. The keyspace must already exist.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code KeyspaceName}.
   */
  public Type keyspaceName(String value) {
    return set("KeyspaceName", Value.of(value));
  }

  /** Sets {@code KeyspaceName} to this value; see {@link #keyspaceName(String)}. */
  public Type keyspaceName(Value<String> value) {
    return set("KeyspaceName", value);
  }

  /**
   * The name of the user-defined type. UDT names must contain 48 characters or less, must begin
   * with an alphabetic character, and can only contain alpha-numeric characters and underscores.
   * Amazon Keyspaces converts upper case characters automatically into lower case characters. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/keyspaces-create-udt.html">Create a
   * user-defined type (UDT) in Amazon Keyspaces</a> in the <em>Amazon Keyspaces Developer
   * Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TypeName}.
   */
  public Type typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public Type typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * A list of user-defined types that use this type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DirectParentTypes}.
   */
  public Value<List<String>> directParentTypes() {
    return getAtt("DirectParentTypes");
  }

  /**
   * A list of tables that use this type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DirectReferringTables}.
   */
  public Value<List<String>> directReferringTables() {
    return getAtt("DirectReferringTables");
  }

  /**
   * The unique identifier of the keyspace that contains this type in the format of Amazon Resource
   * Name (ARN)
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyspaceArn}.
   */
  public Value<String> keyspaceArn() {
    return getAtt("KeyspaceArn");
  }

  /**
   * The last time this type was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTimestamp}.
   */
  public Value<Double> lastModifiedTimestamp() {
    return getAtt("LastModifiedTimestamp");
  }

  /**
   * The maximum nesting depth of this type. For more information, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/quotas.html#quotas-udts">Amazon
   * Keyspaces UDT quotas and default values</a> in the <em>Amazon Keyspaces Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaxNestingDepth}.
   */
  public Value<Integer> maxNestingDepth() {
    return getAtt("MaxNestingDepth");
  }

  /**
   * The name and data type of an individual field in a user-defined type (UDT). In addition to a
   * Cassandra data type, you can also use another UDT. When you nest another UDT or collection data
   * type, you have to declare them with the <code>FROZEN</code> keyword.
   *
   * <p>Property type {@code AWS::Cassandra::Type.Field}.
   */
  public static final class Field extends Struct<Field> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Type.Field")
        .required("FieldName", "FieldType")
        .build();

    public Field() {
      super(SCHEMA);
    }

    /**
     * The name of the field.
     *
     * <p>Required. CloudFormation property {@code FieldName}.
     */
    public Field fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public Field fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * The data type of the field. This can be any Cassandra data type or another user-defined type.
     *
     * <p>Required. CloudFormation property {@code FieldType}.
     */
    public Field fieldType(String value) {
      return set("FieldType", Value.of(value));
    }

    /** Sets {@code FieldType} to this value; see {@link #fieldType(String)}. */
    public Field fieldType(Value<String> value) {
      return set("FieldType", value);
    }
  }
}
