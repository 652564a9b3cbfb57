// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The key value store. Use this to separate data from function code, allowing you to update data
 * without having to publish a new version of a function. The key value store holds keys and their
 * corresponding values.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::KeyValueStore}.
 */
public final class KeyValueStore extends Resource<KeyValueStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::KeyValueStore")
      .required("Name")
      .constrain("Comment", Constraint.of().minLength(0).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]{1,64}$").minLength(1).maxLength(64))
      .refYields("Name")
      .attributes("Arn", "Id", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public KeyValueStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A comment for the key value store.
   *
   * <p>Length: 0 to 128 characters. CloudFormation property {@code Comment}.
   */
  public KeyValueStore comment(String value) {
    return set("Comment", Value.of(value));
  }

  /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
  public KeyValueStore comment(Value<String> value) {
    return set("Comment", value);
  }

  /**
   * The import source for the key value store.
   *
   * <p>CloudFormation property {@code ImportSource}.
   */
  public KeyValueStore importSource(Value<ImportSource> value) {
    return set("ImportSource", value);
  }

  /**
   * The name of the key value store.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]{1,64}$}. CloudFormation property {@code Name}.
   */
  public KeyValueStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public KeyValueStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public KeyValueStore tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public KeyValueStore tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public KeyValueStore tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the key value store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique Id for the key value store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The current status of the key value store. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-create.html#key-value-store-status">Key
   * value store statuses</a> in the <em>.</em>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The import source for the key value store.
   *
   * <p>Property type {@code AWS::CloudFront::KeyValueStore.ImportSource}.
   */
  public static final class ImportSource extends Struct<ImportSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::KeyValueStore.ImportSource")
        .required("SourceArn", "SourceType")
        .allowed("SourceType", "S3")
        .build();

    public ImportSource() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the import source for the key value store.
     *
     * <p>Required. CloudFormation property {@code SourceArn}.
     */
    public ImportSource sourceArn(String value) {
      return set("SourceArn", Value.of(value));
    }

    /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
    public ImportSource sourceArn(Value<String> value) {
      return set("SourceArn", value);
    }

    /**
     * The source type of the import source for the key value store.
     *
     * <p>Required. Allowed values: {@code S3}. CloudFormation property {@code SourceType}.
     */
    public ImportSource sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public ImportSource sourceType(Value<String> value) {
      return set("SourceType", value);
    }
  }
}
