// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kendra;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Kendra::FeaturedResultsSet. A set of featured results that are
 * displayed at the top of your search results. Featured results are placed above all other results
 * for certain queries. If there's an exact match of a query, then one or more specific documents
 * are featured in the search results.
 *
 * <p>CloudFormation type {@code AWS::Kendra::FeaturedResultsSet}.
 */
public final class FeaturedResultsSet extends Resource<FeaturedResultsSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kendra::FeaturedResultsSet")
      .required("FeaturedResultsSetName", "IndexId")
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("FeaturedResultsSetName", Constraint.of().pattern("^[a-zA-Z0-9][ a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .constrain("IndexId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]*$").minLength(36).maxLength(36))
      .allowed("Status", "ACTIVE", "INACTIVE")
      .refYields("Arn")
      .attributes("Arn", "FeaturedResultsSetId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FeaturedResultsSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the set of featured results.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public FeaturedResultsSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FeaturedResultsSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A list of document IDs for the documents you want to feature at the top of the search results
   * page.
   *
   * <p>CloudFormation property {@code FeaturedDocuments}.
   */
  public FeaturedResultsSet featuredDocuments(List<FeaturedDocument> value) {
    return set("FeaturedDocuments", Value.listOf(value));
  }

  /** Sets {@code FeaturedDocuments} to this value; see {@link #featuredDocuments(List)}. */
  public FeaturedResultsSet featuredDocuments(Value<List<FeaturedDocument>> value) {
    return set("FeaturedDocuments", value);
  }

  /** Sets {@code FeaturedDocuments} to a list of these; see {@link #featuredDocuments(List)}. */
  public FeaturedResultsSet featuredDocuments(FeaturedDocument... values) {
    return set("FeaturedDocuments", Value.list(values));
  }

  /**
   * A name for the set of featured results.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][ a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code FeaturedResultsSetName}.
   */
  public FeaturedResultsSet featuredResultsSetName(String value) {
    return set("FeaturedResultsSetName", Value.of(value));
  }

  /**
   * Sets {@code FeaturedResultsSetName} to this value; see {@link #featuredResultsSetName(String)}.
   */
  public FeaturedResultsSet featuredResultsSetName(Value<String> value) {
    return set("FeaturedResultsSetName", value);
  }

  /**
   * The identifier of the index that you want to use for featuring results.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]*$}. CloudFormation property {@code IndexId}.
   */
  public FeaturedResultsSet indexId(String value) {
    return set("IndexId", Value.of(value));
  }

  /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
  public FeaturedResultsSet indexId(Value<String> value) {
    return set("IndexId", value);
  }

  /**
   * A list of queries for featuring results.
   *
   * <p>CloudFormation property {@code QueryTexts}.
   */
  public FeaturedResultsSet queryTexts(List<String> value) {
    return set("QueryTexts", Value.listOf(value));
  }

  /** Sets {@code QueryTexts} to this value; see {@link #queryTexts(List)}. */
  public FeaturedResultsSet queryTexts(Value<List<String>> value) {
    return set("QueryTexts", value);
  }

  /**
   * The current status of the set of featured results. When the value is ACTIVE, featured results
   * are ready for use.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code Status}.
   */
  public FeaturedResultsSet status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public FeaturedResultsSet status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * A list of key-value pairs that identify or categorize the featured results set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FeaturedResultsSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FeaturedResultsSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FeaturedResultsSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the featured results set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the set of featured results.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FeaturedResultsSetId}.
   */
  public Value<String> featuredResultsSetId() {
    return getAtt("FeaturedResultsSetId");
  }

  /**
   * A featured document. This document is displayed at the top of the search results page.
   *
   * <p>Property type {@code AWS::Kendra::FeaturedResultsSet.FeaturedDocument}.
   */
  public static final class FeaturedDocument extends Struct<FeaturedDocument> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::FeaturedResultsSet.FeaturedDocument")
        .constrain("Id", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public FeaturedDocument() {
      super(SCHEMA);
    }

    /**
     * The identifier of the document to feature in the search results.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Id}.
     */
    public FeaturedDocument id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public FeaturedDocument id(Value<String> value) {
      return set("Id", value);
    }
  }
}
