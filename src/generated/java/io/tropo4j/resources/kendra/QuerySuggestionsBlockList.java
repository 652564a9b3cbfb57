// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kendra;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A block list used for query suggestions for an Amazon Kendra index. A block list contains words
 * or phrases that should not appear as query suggestions.
 *
 * <p>CloudFormation type {@code AWS::Kendra::QuerySuggestionsBlockList}.
 */
public final class QuerySuggestionsBlockList extends Resource<QuerySuggestionsBlockList> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kendra::QuerySuggestionsBlockList")
      .required("IndexId", "Name", "RoleArn", "SourceS3Path")
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("IndexId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]*$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(100))
      .constrain("RoleArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(0).maxLength(1284).format("AWS::IAM::Role.Arn"))
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public QuerySuggestionsBlockList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the block list.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public QuerySuggestionsBlockList description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public QuerySuggestionsBlockList description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the index for the block list.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]*$}. CloudFormation property {@code IndexId}.
   */
  public QuerySuggestionsBlockList indexId(String value) {
    return set("IndexId", Value.of(value));
  }

  /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
  public QuerySuggestionsBlockList indexId(Value<String> value) {
    return set("IndexId", value);
  }

  /**
   * The name of the block list.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
   * CloudFormation property {@code Name}.
   */
  public QuerySuggestionsBlockList name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public QuerySuggestionsBlockList name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role with permission to access the S3 bucket that
   * contains the block list text file.
   *
   * <p>Required. Length: 0 to 1284 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public QuerySuggestionsBlockList roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public QuerySuggestionsBlockList roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Information required to find a specific file in an Amazon S3 bucket.
   *
   * <p>Required. CloudFormation property {@code SourceS3Path}.
   */
  public QuerySuggestionsBlockList sourceS3Path(Value<S3Path> value) {
    return set("SourceS3Path", value);
  }

  /**
   * Sets {@code SourceS3Path} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #sourceS3Path(Value)}.
   */
  public QuerySuggestionsBlockList sourceS3Path(Asset asset) {
    return set("SourceS3Path", new S3Path().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * A list of key-value pairs that identify or categorize the block list.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public QuerySuggestionsBlockList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public QuerySuggestionsBlockList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public QuerySuggestionsBlockList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the query suggestions block list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the block list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Information required to find a specific file in an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::Kendra::QuerySuggestionsBlockList.S3Path}.
   */
  public static final class S3Path extends Struct<S3Path> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::QuerySuggestionsBlockList.S3Path")
        .required("Bucket", "Key")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(3).maxLength(63))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Path() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket that contains the file.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. CloudFormation property {@code Bucket}.
     */
    public S3Path bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Path bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The name of the file.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Key}.
     */
    public S3Path key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Path key(Value<String> value) {
      return set("Key", value);
    }
  }
}
