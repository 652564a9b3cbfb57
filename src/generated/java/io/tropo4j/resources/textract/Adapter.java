// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.textract;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::Textract::Adapter resource creates an Amazon Textract adapter, which can be fine-tuned
 * for enhanced performance on user-provided documents.
 *
 * <p>CloudFormation type {@code AWS::Textract::Adapter}.
 */
public final class Adapter extends Resource<Adapter> {
  private static final Schema SCHEMA = Schema.builder("AWS::Textract::Adapter")
      .required("AdapterName", "FeatureTypes")
      .constrain("AdapterName", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(128))
      .allowed("AutoUpdate", "ENABLED", "DISABLED")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\s!\"\\#\\$%'&\\(\\)\\*\\+\\,\\-\\./:;=\\?@\\[\\\\\\]\\^_`\\{\\|\\}~><]+$").minLength(1).maxLength(256))
      .allowed("FeatureTypes", "QUERIES")
      .refYields("Arn")
      .attributes("AdapterId", "Arn", "CreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Adapter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name to be assigned to the adapter being created.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]+$}. CloudFormation
   * property {@code AdapterName}.
   */
  public Adapter adapterName(String value) {
    return set("AdapterName", Value.of(value));
  }

  /** Sets {@code AdapterName} to this value; see {@link #adapterName(String)}. */
  public Adapter adapterName(Value<String> value) {
    return set("AdapterName", value);
  }

  /**
   * Controls whether or not the adapter should automatically update.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * AutoUpdate}.
   */
  public Adapter autoUpdate(String value) {
    return set("AutoUpdate", Value.of(value));
  }

  /** Sets {@code AutoUpdate} to this value; see {@link #autoUpdate(String)}. */
  public Adapter autoUpdate(Value<String> value) {
    return set("AutoUpdate", value);
  }

  /**
   * The description to be assigned to the adapter being created.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s!"&#92;#&#92;$%'&amp;&#92;(&#92;)&#92;*&#92;+&#92;,&#92;-&#92;./:;=&#92;?&#64;&#92;[&#92;&#92;&#92;]&#92;^_`&#92;{&#92;|&#92;}~&gt;&lt;]+$}.
   * CloudFormation property {@code Description}.
   */
  public Adapter description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Adapter description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The type of feature that the adapter is being trained on. Currently, supported feature types
   * are: QUERIES
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code QUERIES}. CloudFormation
   * property {@code FeatureTypes}.
   */
  public Adapter featureTypes(List<String> value) {
    return set("FeatureTypes", Value.listOf(value));
  }

  /** Sets {@code FeatureTypes} to this value; see {@link #featureTypes(List)}. */
  public Adapter featureTypes(Value<List<String>> value) {
    return set("FeatureTypes", value);
  }

  /**
   * A list of tags to be added to the adapter.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Adapter tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Adapter tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Adapter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A unique identifier for the adapter resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AdapterId}.
   */
  public Value<String> adapterId() {
    return getAtt("AdapterId");
  }

  /**
   * The Amazon Resource Name (ARN) of the adapter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the adapter was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }
}
