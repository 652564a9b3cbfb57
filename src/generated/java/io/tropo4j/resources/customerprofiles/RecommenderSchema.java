// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * A recommender schema defining the set of data columns available for training recommenders and
 * filters under an Amazon Connect Customer Profiles domain.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::RecommenderSchema}.
 */
public final class RecommenderSchema extends Resource<RecommenderSchema> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::RecommenderSchema")
      .required("DomainName", "Fields", "RecommenderSchemaName")
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("RecommenderSchemaName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RecommenderSchema(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public RecommenderSchema domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public RecommenderSchema domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Fields}. */
  public RecommenderSchema fields(Map<String, List<RecommenderSchemaField>> value) {
    return set("Fields", Value.mapOf(value));
  }

  /** Sets {@code Fields} to this value; see {@link #fields(Map)}. */
  public RecommenderSchema fields(Value<Map<String, List<RecommenderSchemaField>>> value) {
    return set("Fields", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code RecommenderSchemaName}.
   */
  public RecommenderSchema recommenderSchemaName(String value) {
    return set("RecommenderSchemaName", Value.of(value));
  }

  /**
   * Sets {@code RecommenderSchemaName} to this value; see {@link #recommenderSchemaName(String)}.
   */
  public RecommenderSchema recommenderSchemaName(Value<String> value) {
    return set("RecommenderSchemaName", value);
  }

  /** CloudFormation property {@code Tags}. */
  public RecommenderSchema tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RecommenderSchema tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public RecommenderSchema tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RecommenderSchema tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::CustomerProfiles::RecommenderSchema.RecommenderSchemaField}. */
  public static final class RecommenderSchemaField extends Struct<RecommenderSchemaField> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::RecommenderSchema.RecommenderSchemaField")
        .required("TargetFieldName")
        .allowed("ContentType", "STRING", "NUMBER")
        .allowed("FeatureType", "TEXTUAL", "CATEGORICAL")
        .build();

    public RecommenderSchemaField() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code STRING}, {@code NUMBER}. CloudFormation property {@code ContentType}.
     */
    public RecommenderSchemaField contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public RecommenderSchemaField contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * Allowed values: {@code TEXTUAL}, {@code CATEGORICAL}. CloudFormation property {@code
     * FeatureType}.
     */
    public RecommenderSchemaField featureType(String value) {
      return set("FeatureType", Value.of(value));
    }

    /** Sets {@code FeatureType} to this value; see {@link #featureType(String)}. */
    public RecommenderSchemaField featureType(Value<String> value) {
      return set("FeatureType", value);
    }

    /** Required. CloudFormation property {@code TargetFieldName}. */
    public RecommenderSchemaField targetFieldName(String value) {
      return set("TargetFieldName", Value.of(value));
    }

    /** Sets {@code TargetFieldName} to this value; see {@link #targetFieldName(String)}. */
    public RecommenderSchemaField targetFieldName(Value<String> value) {
      return set("TargetFieldName", value);
    }
  }

  /** Property type {@code AWS::CustomerProfiles::RecommenderSchema.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::RecommenderSchema.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^(?!aws:)[a-zA-Z+-=._:/]+$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 128 characters. Pattern: {@code ^(?!aws:)[a-zA-Z+-=._:/]+$}.
     * CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
