// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wellarchitected;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a review template for the Well-Architected Tool.
 *
 * <p>CloudFormation type {@code AWS::WellArchitected::ReviewTemplate}.
 */
public final class ReviewTemplate extends Resource<ReviewTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::ReviewTemplate")
      .required("Description", "Lenses", "TemplateName")
      .constrain("Description", Constraint.of().pattern("^[A-Za-z0-9-_.,:/()@!&?#+''\\s]+$").minLength(3).maxLength(250))
      .constrain("Lenses", Constraint.of().minLength(1).maxLength(128))
      .constrain("Notes", Constraint.of().minLength(0).maxLength(2084))
      .constrain("TemplateName", Constraint.of().pattern("^[A-Za-z0-9-_.,:/()@!&?#+''\\s]+$").minLength(3).maxLength(100))
      .refYields("TemplateArn")
      .attributes("Owner", "TemplateArn", "UpdateStatus", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReviewTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The review template description.
   *
   * <p>Required. Length: 3 to 250 characters. Pattern: {@code
   * ^[A-Za-z0-9-_.,:/()&#64;!&amp;?#+''&#92;s]+$}. CloudFormation property {@code Description}.
   */
  public ReviewTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ReviewTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The lenses applied to the review template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code Lenses}.
   */
  public ReviewTemplate lenses(List<String> value) {
    return set("Lenses", Value.listOf(value));
  }

  /** Sets {@code Lenses} to this value; see {@link #lenses(List)}. */
  public ReviewTemplate lenses(Value<List<String>> value) {
    return set("Lenses", value);
  }

  /**
   * The notes associated with the review template.
   *
   * <p>Length: 0 to 2084 characters. CloudFormation property {@code Notes}.
   */
  public ReviewTemplate notes(String value) {
    return set("Notes", Value.of(value));
  }

  /** Sets {@code Notes} to this value; see {@link #notes(String)}. */
  public ReviewTemplate notes(Value<String> value) {
    return set("Notes", value);
  }

  /**
   * The tags assigned to the review template.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReviewTemplate tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReviewTemplate tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public ReviewTemplate tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReviewTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the review template.
   *
   * <p>Required. Length: 3 to 100 characters. Pattern: {@code
   * ^[A-Za-z0-9-_.,:/()&#64;!&amp;?#+''&#92;s]+$}. CloudFormation property {@code TemplateName}.
   */
  public ReviewTemplate templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public ReviewTemplate templateName(Value<String> value) {
    return set("TemplateName", value);
  }

  /**
   * The owner of the review template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Owner}.
   */
  public Value<String> owner() {
    return getAtt("Owner");
  }

  /**
   * The review template ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TemplateArn}.
   */
  public Value<String> templateArn() {
    return getAtt("TemplateArn");
  }

  /**
   * The latest status of the review template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateStatus}.
   */
  public Value<String> updateStatus() {
    return getAtt("UpdateStatus");
  }

  /**
   * The date and time the review template was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::WellArchitected::ReviewTemplate.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::ReviewTemplate.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
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
