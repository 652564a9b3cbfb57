// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cases;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Cases::RelatedItem. Creates a related item (comments) and
 * associates it with a case.
 *
 * <p>CloudFormation type {@code AWS::Cases::RelatedItem}.
 */
public final class RelatedItem extends Resource<RelatedItem> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cases::RelatedItem")
      .required("CaseId", "Content", "DomainId", "Type")
      .constrain("CaseId", Constraint.of().minLength(1).maxLength(500))
      .constrain("DomainId", Constraint.of().minLength(1).maxLength(500))
      .allowed("Type", "Contact", "Comment", "File", "Sla", "ConnectCase", "Custom")
      .refYields("RelatedItemArn")
      .attributes("RelatedItemArn", "RelatedItemId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RelatedItem(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique identifier of the case.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation
   * property {@code CaseId}.
   */
  public RelatedItem caseId(String value) {
    return set("CaseId", Value.of(value));
  }

  /** Sets {@code CaseId} to this value; see {@link #caseId(String)}. */
  public RelatedItem caseId(Value<String> value) {
    return set("CaseId", value);
  }

  /**
   * Represents the content of a related item.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Content}.
   */
  public RelatedItem content(Value<RelatedItemContent> value) {
    return set("Content", value);
  }

  /**
   * The unique identifier of the Cases domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation
   * property {@code DomainId}.
   */
  public RelatedItem domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public RelatedItem domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * A list of tags on the related item.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RelatedItem tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RelatedItem tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RelatedItem tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of a related item.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Contact}, {@code
   * Comment}, {@code File}, {@code Sla}, {@code ConnectCase}, {@code Custom}. CloudFormation
   * property {@code Type}.
   */
  public RelatedItem typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public RelatedItem typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the related item.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RelatedItemArn}.
   */
  public Value<String> relatedItemArn() {
    return getAtt("RelatedItemArn");
  }

  /**
   * The unique identifier of the related item.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RelatedItemId}.
   */
  public Value<String> relatedItemId() {
    return getAtt("RelatedItemId");
  }

  /**
   * Represents a comment.
   *
   * <p>Property type {@code AWS::Cases::RelatedItem.CommentContent}.
   */
  public static final class CommentContent extends Struct<CommentContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::RelatedItem.CommentContent")
        .required("Body", "ContentType")
        .constrain("Body", Constraint.of().minLength(1).maxLength(15000))
        .allowed("ContentType", "Text/Plain")
        .build();

    public CommentContent() {
      super(SCHEMA);
    }

    /**
     * Text in the body of a comment.
     *
     * <p>Required. Length: 1 to 15000 characters. CloudFormation property {@code Body}.
     */
    public CommentContent body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public CommentContent body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * Type of the text in the comment.
     *
     * <p>Required. Allowed values: {@code Text/Plain}. CloudFormation property {@code ContentType}.
     */
    public CommentContent contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public CommentContent contentType(Value<String> value) {
      return set("ContentType", value);
    }
  }

  /**
   * Represents the content of a related item.
   *
   * <p>Property type {@code AWS::Cases::RelatedItem.RelatedItemContent}.
   */
  public static final class RelatedItemContent extends Struct<RelatedItemContent> {
    private static final Schema SCHEMA = Schema.of("AWS::Cases::RelatedItem.RelatedItemContent");

    public RelatedItemContent() {
      super(SCHEMA);
    }

    /**
     * Represents a comment.
     *
     * <p>CloudFormation property {@code Comment}.
     */
    public RelatedItemContent comment(Value<CommentContent> value) {
      return set("Comment", value);
    }
  }
}
