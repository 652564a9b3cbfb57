// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rekognition;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Rekognition::Collection</code> type creates a server-side container called a
 * collection. You can use a collection to store information about detected faces and search for
 * known faces in images, stored videos, and streaming videos.
 *
 * <p>CloudFormation type {@code AWS::Rekognition::Collection}.
 */
public final class Collection extends Resource<Collection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::Collection")
      .required("CollectionId")
      .constrain("CollectionId", Constraint.of().pattern("\\A[a-zA-Z0-9_\\.\\-]+$").minLength(1).maxLength(255))
      .refYields("CollectionId")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Collection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * ID for the collection that you are creating.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * &#92;A[a-zA-Z0-9_&#92;.&#92;-]+$}. CloudFormation property {@code CollectionId}.
   */
  public Collection collectionId(String value) {
    return set("CollectionId", Value.of(value));
  }

  /** Sets {@code CollectionId} to this value; see {@link #collectionId(String)}. */
  public Collection collectionId(Value<String> value) {
    return set("CollectionId", value);
  }

  /**
   * A set of tags (key-value pairs) that you want to attach to the collection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Collection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Collection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Collection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name of the collection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
