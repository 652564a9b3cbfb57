// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lakeformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::LakeFormation::Tag</code> resource represents an LF-tag, which consists of a key
 * and one or more possible values for the key. During a stack operation, AWS CloudFormation calls
 * the AWS Lake Formation <code>CreateLFTag</code> API to create a tag, and <code>UpdateLFTag</code>
 * API to update a tag resource, and a <code>DeleteLFTag</code> to delete it.
 *
 * <p>CloudFormation type {@code AWS::LakeFormation::Tag}.
 */
public final class Tag extends Resource<Tag> {
  private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::Tag")
      .required("TagKey", "TagValues")
      .constrain("CatalogId", Constraint.of().minLength(12).maxLength(12))
      .constrain("TagKey", Constraint.of().pattern("^([{a-zA-Z}{\\s}{0-9}_.:\\/=+\\-@%]*)$").minLength(1).maxLength(128))
      .constrain("TagValues", Constraint.of().pattern("^([{a-zA-Z}{\\s}{0-9}_.:\\*\\/=+\\-@%]*)$").minLength(0).maxLength(256))
      .refYields("TagKey")
      .build();

  public Tag(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Catalog id string, not less than 1 or more than 255 bytes long, matching the <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-aws-lake-formation-api-common.html">single-line
   * string pattern</a> .
   *
   * <p>The identifier for the Data Catalog . By default, the account ID. The Data Catalog is the
   * persistent metadata store. It contains database definitions, table definitions, and other
   * control information to manage your AWS Lake Formation environment.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. CloudFormation property
   * {@code CatalogId}.
   */
  public Tag catalogId(String value) {
    return set("CatalogId", Value.of(value));
  }

  /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
  public Tag catalogId(Value<String> value) {
    return set("CatalogId", value);
  }

  /**
   * UTF-8 string, not less than 1 or more than 255 bytes long, matching the <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-aws-lake-formation-api-common.html">single-line
   * string pattern</a> .
   *
   * <p>The key-name for the LF-tag.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^([{a-zA-Z}{&#92;s}{0-9}_.:&#92;/=+&#92;-&#64;%]*)$}. CloudFormation property {@code TagKey}.
   */
  public Tag tagKey(String value) {
    return set("TagKey", Value.of(value));
  }

  /** Sets {@code TagKey} to this value; see {@link #tagKey(String)}. */
  public Tag tagKey(Value<String> value) {
    return set("TagKey", value);
  }

  /**
   * An array of UTF-8 strings, not less than 1 or more than 50 strings.
   *
   * <p>A list of possible values of the corresponding <code>TagKey</code> of an LF-tag key-value
   * pair.
   *
   * <p>Required. Length: 0 to 256 characters. Pattern: {@code
   * ^([{a-zA-Z}{&#92;s}{0-9}_.:&#92;*&#92;/=+&#92;-&#64;%]*)$}. CloudFormation property {@code
   * TagValues}.
   */
  public Tag tagValues(List<String> value) {
    return set("TagValues", Value.listOf(value));
  }

  /** Sets {@code TagValues} to this value; see {@link #tagValues(List)}. */
  public Tag tagValues(Value<List<String>> value) {
    return set("TagValues", value);
  }
}
