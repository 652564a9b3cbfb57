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
 * A connection function.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::ConnectionFunction}.
 */
public final class ConnectionFunction extends Resource<ConnectionFunction> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ConnectionFunction")
      .required("ConnectionFunctionCode", "ConnectionFunctionConfig", "Name")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]{1,64}$").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("ConnectionFunctionArn", "CreatedTime", "ETag", "Id", "LastModifiedTime", "Stage",
          "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConnectionFunction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A flag that determines whether to automatically publish the function to the <code>LIVE</code>
   * stage when it’s created. To automatically publish to the <code>LIVE</code> stage, set this
   * property to <code>true</code> .
   *
   * <p>Default: {@code false}. CloudFormation property {@code AutoPublish}.
   */
  public ConnectionFunction autoPublish(boolean value) {
    return set("AutoPublish", Value.of(value));
  }

  /** Sets {@code AutoPublish} to this value; see {@link #autoPublish(boolean)}. */
  public ConnectionFunction autoPublish(Value<Boolean> value) {
    return set("AutoPublish", value);
  }

  /**
   * The code for the connection function.
   *
   * <p>Required. CloudFormation property {@code ConnectionFunctionCode}.
   */
  public ConnectionFunction connectionFunctionCode(String value) {
    return set("ConnectionFunctionCode", Value.of(value));
  }

  /**
   * Sets {@code ConnectionFunctionCode} to this value; see {@link #connectionFunctionCode(String)}.
   */
  public ConnectionFunction connectionFunctionCode(Value<String> value) {
    return set("ConnectionFunctionCode", value);
  }

  /**
   * Contains configuration information about a CloudFront function.
   *
   * <p>Required. CloudFormation property {@code ConnectionFunctionConfig}.
   */
  public ConnectionFunction connectionFunctionConfig(Value<ConnectionFunctionConfig> value) {
    return set("ConnectionFunctionConfig", value);
  }

  /**
   * The connection function name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]{1,64}$}. CloudFormation property {@code Name}.
   */
  public ConnectionFunction name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConnectionFunction name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConnectionFunction tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConnectionFunction tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConnectionFunction tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The connection function Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionFunctionArn}.
   */
  public Value<String> connectionFunctionArn() {
    return getAtt("ConnectionFunctionArn");
  }

  /**
   * The connection function created time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * A complex type that contains <code>Tag</code> key and <code>Tag</code> value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ETag}.
   */
  public Value<String> eTag() {
    return getAtt("ETag");
  }

  /**
   * The connection function ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The connection function last modified time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The connection function stage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Stage}.
   */
  public Value<String> stage() {
    return getAtt("Stage");
  }

  /**
   * The connection function status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Contains configuration information about a CloudFront function.
   *
   * <p>Property type {@code AWS::CloudFront::ConnectionFunction.ConnectionFunctionConfig}.
   */
  public static final class ConnectionFunctionConfig extends Struct<ConnectionFunctionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ConnectionFunction.ConnectionFunctionConfig")
        .required("Comment", "Runtime")
        .allowed("Runtime", "cloudfront-js-2.0")
        .build();

    public ConnectionFunctionConfig() {
      super(SCHEMA);
    }

    /**
     * A comment to describe the function.
     *
     * <p>Required. CloudFormation property {@code Comment}.
     */
    public ConnectionFunctionConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public ConnectionFunctionConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The configuration for the key value store associations.
     *
     * <p>CloudFormation property {@code KeyValueStoreAssociations}.
     */
    public ConnectionFunctionConfig keyValueStoreAssociations(List<KeyValueStoreAssociation> value) {
      return set("KeyValueStoreAssociations", Value.listOf(value));
    }

    /**
     * Sets {@code KeyValueStoreAssociations} to this value; see {@link
     * #keyValueStoreAssociations(List)}.
     */
    public ConnectionFunctionConfig keyValueStoreAssociations(Value<List<KeyValueStoreAssociation>> value) {
      return set("KeyValueStoreAssociations", value);
    }

    /**
     * Sets {@code KeyValueStoreAssociations} to a list of these; see {@link
     * #keyValueStoreAssociations(List)}.
     */
    public ConnectionFunctionConfig keyValueStoreAssociations(KeyValueStoreAssociation... values) {
      return set("KeyValueStoreAssociations", Value.list(values));
    }

    /**
     * The function's runtime environment version.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code cloudfront-js-2.0}.
     * CloudFormation property {@code Runtime}.
     */
    public ConnectionFunctionConfig runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public ConnectionFunctionConfig runtime(Value<String> value) {
      return set("Runtime", value);
    }
  }

  /**
   * The key value store association.
   *
   * <p>Property type {@code AWS::CloudFront::ConnectionFunction.KeyValueStoreAssociation}.
   */
  public static final class KeyValueStoreAssociation extends Struct<KeyValueStoreAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ConnectionFunction.KeyValueStoreAssociation")
        .required("KeyValueStoreARN")
        .build();

    public KeyValueStoreAssociation() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the key value store association.
     *
     * <p>Required. CloudFormation property {@code KeyValueStoreARN}.
     */
    public KeyValueStoreAssociation keyValueStoreARN(String value) {
      return set("KeyValueStoreARN", Value.of(value));
    }

    /** Sets {@code KeyValueStoreARN} to this value; see {@link #keyValueStoreARN(String)}. */
    public KeyValueStoreAssociation keyValueStoreARN(Value<String> value) {
      return set("KeyValueStoreARN", value);
    }
  }
}
