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
 * Creates a CloudFront function.
 *
 * <p>To create a function, you provide the function code and some configuration information about
 * the function. The response contains an Amazon Resource Name (ARN) that uniquely identifies the
 * function, and the function’s stage.
 *
 * <p>By default, when you create a function, it’s in the <code>DEVELOPMENT</code> stage. In this
 * stage, you can <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/test-function.html">test
 * the function</a> in the CloudFront console (or with <code>TestFunction</code> in the CloudFront
 * API).
 *
 * <p>When you’re ready to use your function with a CloudFront distribution, publish the function to
 * the <code>LIVE</code> stage. You can do this in the CloudFront console, with
 * <code>PublishFunction</code> in the CloudFront API, or by updating the
 * <code>AWS::CloudFront::Function</code> resource with the <code>AutoPublish</code> property set to
 * <code>true</code> . When the function is published to the <code>LIVE</code> stage, you can attach
 * it to a distribution’s cache behavior, using the function’s ARN.
 *
 * <p>To automatically publish the function to the <code>LIVE</code> stage when it’s created, set
 * the <code>AutoPublish</code> property to <code>true</code> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::Function}.
 */
public final class Function extends Resource<Function> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Function")
      .required("FunctionCode", "FunctionConfig", "Name")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]{1,64}$").minLength(1).maxLength(64))
      .refYields("FunctionARN")
      .attributes("FunctionARN", "FunctionMetadata.FunctionARN", "Stage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Function(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A flag that determines whether to automatically publish the function to the <code>LIVE</code>
   * stage when it’s created. To automatically publish to the <code>LIVE</code> stage, set this
   * property to <code>true</code> .
   *
   * <p>CloudFormation property {@code AutoPublish}.
   */
  public Function autoPublish(boolean value) {
    return set("AutoPublish", Value.of(value));
  }

  /** Sets {@code AutoPublish} to this value; see {@link #autoPublish(boolean)}. */
  public Function autoPublish(Value<Boolean> value) {
    return set("AutoPublish", value);
  }

  /**
   * The function code. For more information about writing a CloudFront function, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/writing-function-code.html">Writing
   * function code for CloudFront Functions</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Required. CloudFormation property {@code FunctionCode}.
   */
  public Function functionCode(String value) {
    return set("FunctionCode", Value.of(value));
  }

  /** Sets {@code FunctionCode} to this value; see {@link #functionCode(String)}. */
  public Function functionCode(Value<String> value) {
    return set("FunctionCode", value);
  }

  /**
   * Contains configuration information about a CloudFront function.
   *
   * <p>Required. CloudFormation property {@code FunctionConfig}.
   */
  public Function functionConfig(Value<FunctionConfig> value) {
    return set("FunctionConfig", value);
  }

  /**
   * Contains metadata about a CloudFront function.
   *
   * <p>CloudFormation property {@code FunctionMetadata}.
   */
  public Function functionMetadata(Value<FunctionMetadata> value) {
    return set("FunctionMetadata", value);
  }

  /**
   * A name to identify the function.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]{1,64}$}. CloudFormation property {@code Name}.
   */
  public Function name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Function name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Function tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Function tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Function tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the function. For example:
   *
   * <p><code>arn:aws:cloudfront::123456789012:function/ExampleFunction</code> .
   *
   * <p>To get the function ARN, use the following syntax:
   *
   * <p><code>!GetAtt <em>Function_Logical_ID</em> .FunctionMetadata.FunctionARN</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code FunctionARN}.
   */
  public Value<String> functionARN() {
    return getAtt("FunctionARN");
  }

  /**
   * The Amazon Resource Name (ARN) of the function. The ARN uniquely identifies the function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FunctionMetadata.FunctionARN}.
   */
  public Value<String> functionMetadataFunctionARN() {
    return getAtt("FunctionMetadata.FunctionARN");
  }

  /** {@code Fn::GetAtt} attribute {@code Stage}. */
  public Value<String> stage() {
    return getAtt("Stage");
  }

  /**
   * Contains configuration information about a CloudFront function.
   *
   * <p>Property type {@code AWS::CloudFront::Function.FunctionConfig}.
   */
  public static final class FunctionConfig extends Struct<FunctionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Function.FunctionConfig")
        .required("Comment", "Runtime")
        .allowed("Runtime", "cloudfront-js-1.0", "cloudfront-js-2.0")
        .build();

    public FunctionConfig() {
      super(SCHEMA);
    }

    /**
     * A comment to describe the function.
     *
     * <p>Required. CloudFormation property {@code Comment}.
     */
    public FunctionConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public FunctionConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The configuration for the key value store associations.
     *
     * <p>CloudFormation property {@code KeyValueStoreAssociations}.
     */
    public FunctionConfig keyValueStoreAssociations(List<KeyValueStoreAssociation> value) {
      return set("KeyValueStoreAssociations", Value.listOf(value));
    }

    /**
     * Sets {@code KeyValueStoreAssociations} to this value; see {@link
     * #keyValueStoreAssociations(List)}.
     */
    public FunctionConfig keyValueStoreAssociations(Value<List<KeyValueStoreAssociation>> value) {
      return set("KeyValueStoreAssociations", value);
    }

    /**
     * Sets {@code KeyValueStoreAssociations} to a list of these; see {@link
     * #keyValueStoreAssociations(List)}.
     */
    public FunctionConfig keyValueStoreAssociations(KeyValueStoreAssociation... values) {
      return set("KeyValueStoreAssociations", Value.list(values));
    }

    /**
     * The function's runtime environment version.
     *
     * <p>Required. Allowed values: {@code cloudfront-js-1.0}, {@code cloudfront-js-2.0}.
     * CloudFormation property {@code Runtime}.
     */
    public FunctionConfig runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public FunctionConfig runtime(Value<String> value) {
      return set("Runtime", value);
    }
  }

  /**
   * Contains metadata about a CloudFront function.
   *
   * <p>Property type {@code AWS::CloudFront::Function.FunctionMetadata}.
   */
  public static final class FunctionMetadata extends Struct<FunctionMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::Function.FunctionMetadata");

    public FunctionMetadata() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the function. The ARN uniquely identifies the function.
     *
     * <p>CloudFormation property {@code FunctionARN}.
     */
    public FunctionMetadata functionARN(String value) {
      return set("FunctionARN", Value.of(value));
    }

    /** Sets {@code FunctionARN} to this value; see {@link #functionARN(String)}. */
    public FunctionMetadata functionARN(Value<String> value) {
      return set("FunctionARN", value);
    }
  }

  /**
   * The key value store association.
   *
   * <p>Property type {@code AWS::CloudFront::Function.KeyValueStoreAssociation}.
   */
  public static final class KeyValueStoreAssociation extends Struct<KeyValueStoreAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Function.KeyValueStoreAssociation")
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
