// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.entityresolution;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a schema mapping, which defines the schema of the input customer records table. The
 * <code>SchemaMapping</code> also provides AWS Entity Resolution with some metadata about the
 * table, such as the attribute types of the columns and which columns to match on.
 *
 * <p>CloudFormation type {@code AWS::EntityResolution::SchemaMapping}.
 */
public final class SchemaMapping extends Resource<SchemaMapping> {
  private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::SchemaMapping")
      .required("MappedInputFields", "SchemaName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(255))
      .constrain("SchemaName", Constraint.of().pattern("^[a-zA-Z_0-9-]*$").minLength(0).maxLength(255))
      .refYields("SchemaName")
      .attributes("CreatedAt", "HasWorkflows", "SchemaArn", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SchemaMapping(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the schema.
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation property
   * {@code Description}.
   */
  public SchemaMapping description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SchemaMapping description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A list of <code>MappedInputFields</code> . Each <code>MappedInputField</code> corresponds to a
   * column the source data table, and contains column name plus additional information that AWS
   * Entity Resolution uses for matching.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * MappedInputFields}.
   */
  public SchemaMapping mappedInputFields(List<SchemaInputAttribute> value) {
    return set("MappedInputFields", Value.listOf(value));
  }

  /** Sets {@code MappedInputFields} to this value; see {@link #mappedInputFields(List)}. */
  public SchemaMapping mappedInputFields(Value<List<SchemaInputAttribute>> value) {
    return set("MappedInputFields", value);
  }

  /** Sets {@code MappedInputFields} to a list of these; see {@link #mappedInputFields(List)}. */
  public SchemaMapping mappedInputFields(SchemaInputAttribute... values) {
    return set("MappedInputFields", Value.list(values));
  }

  /**
   * The name of the schema. There can't be multiple <code>SchemaMappings</code> with the same name.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_0-9-]*$}. CloudFormation property {@code SchemaName}.
   */
  public SchemaMapping schemaName(String value) {
    return set("SchemaName", Value.of(value));
  }

  /** Sets {@code SchemaName} to this value; see {@link #schemaName(String)}. */
  public SchemaMapping schemaName(Value<String> value) {
    return set("SchemaName", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SchemaMapping tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SchemaMapping tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SchemaMapping tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time of this SchemaMapping got created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The boolean value that indicates whether or not a SchemaMapping has MatchingWorkflows that are
   * associated with
   *
   * <p>{@code Fn::GetAtt} attribute {@code HasWorkflows}.
   */
  public Value<Boolean> hasWorkflows() {
    return getAtt("HasWorkflows");
  }

  /**
   * The SchemaMapping arn associated with the Schema
   *
   * <p>{@code Fn::GetAtt} attribute {@code SchemaArn}.
   */
  public Value<String> schemaArn() {
    return getAtt("SchemaArn");
  }

  /**
   * The time of this SchemaMapping got last updated at
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * A configuration object for defining input data fields in AWS Entity Resolution . The
   * <code>SchemaInputAttribute</code> specifies how individual fields in your input data should be
   * processed and matched.
   *
   * <p>Property type {@code AWS::EntityResolution::SchemaMapping.SchemaInputAttribute}.
   */
  public static final class SchemaInputAttribute extends Struct<SchemaInputAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::SchemaMapping.SchemaInputAttribute")
        .required("FieldName", "Type")
        .constrain("FieldName", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .constrain("GroupName", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .constrain("MatchKey", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .constrain("SubType", Constraint.of().pattern("^[a-zA-Z_0-9- ]*$").maxLength(255))
        .allowed("Type", "NAME", "NAME_FIRST", "NAME_MIDDLE", "NAME_LAST", "ADDRESS",
            "ADDRESS_STREET1", "ADDRESS_STREET2", "ADDRESS_STREET3", "ADDRESS_CITY",
            "ADDRESS_STATE", "ADDRESS_COUNTRY", "ADDRESS_POSTALCODE", "PHONE", "PHONE_NUMBER",
            "PHONE_COUNTRYCODE", "EMAIL_ADDRESS", "UNIQUE_ID", "DATE", "STRING", "PROVIDER_ID")
        .build();

    public SchemaInputAttribute() {
      super(SCHEMA);
    }

    /**
     * A string containing the field name.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
     * ^[a-zA-Z_0-9- &#92;t]*$}. CloudFormation property {@code FieldName}.
     */
    public SchemaInputAttribute fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public SchemaInputAttribute fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * A string that instructs AWS Entity Resolution to combine several columns into a unified
     * column with the identical attribute type.
     *
     * <p>For example, when working with columns such as <code>NAME_FIRST</code> ,
     * <code>NAME_MIDDLE</code> , and <code>NAME_LAST</code> , assigning them a common
     * <code>groupName</code> will prompt AWS Entity Resolution to concatenate them into a single
     * value.
     *
     * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
     * ^[a-zA-Z_0-9- &#92;t]*$}. CloudFormation property {@code GroupName}.
     */
    public SchemaInputAttribute groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public SchemaInputAttribute groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * Indicates if the column values are hashed in the schema input.
     *
     * <p>If the value is set to <code>TRUE</code> , the column values are hashed.
     *
     * <p>If the value is set to <code>FALSE</code> , the column values are cleartext.
     *
     * <p>CloudFormation property {@code Hashed}.
     */
    public SchemaInputAttribute hashed(boolean value) {
      return set("Hashed", Value.of(value));
    }

    /** Sets {@code Hashed} to this value; see {@link #hashed(boolean)}. */
    public SchemaInputAttribute hashed(Value<Boolean> value) {
      return set("Hashed", value);
    }

    /**
     * A key that allows grouping of multiple input attributes into a unified matching group.
     *
     * <p>For example, consider a scenario where the source table contains various addresses, such
     * as <code>business_address</code> and <code>shipping_address</code> . By assigning a
     * <code>matchKey</code> called <code>address</code> to both attributes, AWS Entity Resolution
     * will match records across these fields to create a consolidated matching group.
     *
     * <p>If no <code>matchKey</code> is specified for a column, it won't be utilized for matching
     * purposes but will still be included in the output table.
     *
     * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
     * ^[a-zA-Z_0-9- &#92;t]*$}. CloudFormation property {@code MatchKey}.
     */
    public SchemaInputAttribute matchKey(String value) {
      return set("MatchKey", Value.of(value));
    }

    /** Sets {@code MatchKey} to this value; see {@link #matchKey(String)}. */
    public SchemaInputAttribute matchKey(Value<String> value) {
      return set("MatchKey", value);
    }

    /**
     * The subtype of the attribute, selected from a list of values.
     *
     * <p>Length: at most 255 characters. Pattern: {@code ^[a-zA-Z_0-9- ]*$}. CloudFormation
     * property {@code SubType}.
     */
    public SchemaInputAttribute subType(String value) {
      return set("SubType", Value.of(value));
    }

    /** Sets {@code SubType} to this value; see {@link #subType(String)}. */
    public SchemaInputAttribute subType(Value<String> value) {
      return set("SubType", value);
    }

    /**
     * The type of the attribute, selected from a list of values.
     *
     * <p>LiveRamp supports: <code>NAME</code> | <code>NAME_FIRST</code> | <code>NAME_MIDDLE</code>
     * | <code>NAME_LAST</code> | <code>ADDRESS</code> | <code>ADDRESS_STREET1</code> |
     * <code>ADDRESS_STREET2</code> | <code>ADDRESS_STREET3</code> | <code>ADDRESS_CITY</code> |
     * <code>ADDRESS_STATE</code> | <code>ADDRESS_COUNTRY</code> | <code>ADDRESS_POSTALCODE</code> |
     * <code>PHONE</code> | <code>PHONE_NUMBER</code> | <code>EMAIL_ADDRESS</code> |
     * <code>UNIQUE_ID</code> | <code>PROVIDER_ID</code>
     *
     * <p>TransUnion supports: <code>NAME</code> | <code>NAME_FIRST</code> | <code>NAME_LAST</code>
     * | <code>ADDRESS</code> | <code>ADDRESS_CITY</code> | <code>ADDRESS_STATE</code> |
     * <code>ADDRESS_COUNTRY</code> | <code>ADDRESS_POSTALCODE</code> | <code>PHONE_NUMBER</code> |
     * <code>EMAIL_ADDRESS</code> | <code>UNIQUE_ID</code> | <code>IPV4</code> | <code>IPV6</code> |
     * <code>MAID</code>
     *
     * <p>Unified ID 2.0 supports: <code>PHONE_NUMBER</code> | <code>EMAIL_ADDRESS</code> |
     * <code>UNIQUE_ID</code>
     *
     * <p>Normalization is only supported for <code>NAME</code> , <code>ADDRESS</code> ,
     * <code>PHONE</code> , and <code>EMAIL_ADDRESS</code> . If you want to normalize
     * <code>NAME_FIRST</code> , <code>NAME_MIDDLE</code> , and <code>NAME_LAST</code> , you must
     * group them by assigning them to the <code>NAME</code> <code>groupName</code> . If you want to
     * normalize <code>ADDRESS_STREET1</code> , <code>ADDRESS_STREET2</code> ,
     * <code>ADDRESS_STREET3</code> , <code>ADDRESS_CITY</code> , <code>ADDRESS_STATE</code> ,
     * <code>ADDRESS_COUNTRY</code> , and <code>ADDRESS_POSTALCODE</code> , you must group them by
     * assigning them to the <code>ADDRESS</code> <code>groupName</code> . If you want to normalize
     * <code>PHONE_NUMBER</code> and <code>PHONE_COUNTRYCODE</code> , you must group them by
     * assigning them to the <code>PHONE</code> <code>groupName</code> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code NAME}, {@code
     * NAME_FIRST}, {@code NAME_MIDDLE}, {@code NAME_LAST}, {@code ADDRESS}, {@code
     * ADDRESS_STREET1}, {@code ADDRESS_STREET2}, {@code ADDRESS_STREET3}, {@code ADDRESS_CITY},
     * {@code ADDRESS_STATE}, {@code ADDRESS_COUNTRY}, {@code ADDRESS_POSTALCODE}, {@code PHONE},
     * {@code PHONE_NUMBER}, {@code PHONE_COUNTRYCODE}, {@code EMAIL_ADDRESS}, {@code UNIQUE_ID},
     * {@code DATE}, {@code STRING}, {@code PROVIDER_ID}. CloudFormation property {@code Type}.
     */
    public SchemaInputAttribute type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SchemaInputAttribute type(Value<String> value) {
      return set("Type", value);
    }
  }
}
