// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.personalize;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon Personalize schema from the specified schema string. The schema you create must
 * be in Avro JSON format.
 *
 * <p>Amazon Personalize recognizes three schema variants. Each schema is associated with a dataset
 * type and has a set of required field and keywords. If you are creating a schema for a dataset in
 * a Domain dataset group, you provide the domain of the Domain dataset group. You specify a schema
 * when you call <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDataset.html">CreateDataset</a>
 * .
 *
 * <p>For more information on schemas, see <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/how-it-works-dataset-schema.html">Datasets
 * and schemas</a> .
 *
 * <p><b>Related APIs</b> - <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_ListSchemas.html">ListSchemas</a>
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_DescribeSchema.html">DescribeSchema</a>
 * <li><a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_DeleteSchema.html">DeleteSchema</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::Personalize::Schema}.
 */
public final class Schema extends Resource<Schema> {
  private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Personalize::Schema")
      .required("Name", "Schema")
      .allowed("Domain", "ECOMMERCE", "VIDEO_ON_DEMAND")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*").minLength(1).maxLength(63))
      .constrain("Schema", Constraint.of().minLength(0).maxLength(10000))
      .refYields("SchemaArn")
      .attributes("SchemaArn")
      .tags("Tags", io.tropo4j.core.Schema.TagForm.LIST)
      .build();

  public Schema(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The domain of a schema that you created for a dataset in a Domain dataset group.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ECOMMERCE}, {@code
   * VIDEO_ON_DEMAND}. CloudFormation property {@code Domain}.
   */
  public Schema domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public Schema domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * The name of the schema.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*}. CloudFormation property {@code Name}.
   */
  public Schema name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Schema name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The schema.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 10000 characters. CloudFormation
   * property {@code Schema}.
   */
  public Schema schemaProperty(String value) {
    return set("Schema", Value.of(value));
  }

  /** Sets {@code Schema} to this value; see {@link #schemaProperty(String)}. */
  public Schema schemaProperty(Value<String> value) {
    return set("Schema", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Schema tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Schema tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Schema tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the schema.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SchemaArn}.
   */
  public Value<String> schemaArn() {
    return getAtt("SchemaArn");
  }
}
