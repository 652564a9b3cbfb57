// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kafkaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom plugin using the specified properties.
 *
 * <p>CloudFormation type {@code AWS::KafkaConnect::CustomPlugin}.
 */
public final class CustomPlugin extends Resource<CustomPlugin> {
  private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::CustomPlugin")
      .required("ContentType", "Location", "Name")
      .allowed("ContentType", "JAR", "ZIP")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .refYields("CustomPluginArn")
      .attributes("CustomPluginArn", "FileDescription", "Revision")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomPlugin(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The format of the plugin file.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code JAR}, {@code ZIP}.
   * CloudFormation property {@code ContentType}.
   */
  public CustomPlugin contentType(String value) {
    return set("ContentType", Value.of(value));
  }

  /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
  public CustomPlugin contentType(Value<String> value) {
    return set("ContentType", value);
  }

  /**
   * The description of the custom plugin.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public CustomPlugin description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CustomPlugin description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Information about the location of the custom plugin.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Location}.
   */
  public CustomPlugin location(Value<CustomPluginLocation> value) {
    return set("Location", value);
  }

  /**
   * The name of the custom plugin.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code Name}.
   */
  public CustomPlugin name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CustomPlugin name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomPlugin tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomPlugin tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomPlugin tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the custom plugin.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CustomPluginArn}.
   */
  public Value<String> customPluginArn() {
    return getAtt("CustomPluginArn");
  }

  /**
   * Details about the custom plugin file.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FileDescription}.
   */
  public Value<CustomPluginFileDescription> fileDescription() {
    return getAtt("FileDescription");
  }

  /**
   * The revision of the custom plugin.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Revision}.
   */
  public Value<Integer> revision() {
    return getAtt("Revision");
  }

  /**
   * Details about a custom plugin file.
   *
   * <p>Property type {@code AWS::KafkaConnect::CustomPlugin.CustomPluginFileDescription}.
   */
  public static final class CustomPluginFileDescription extends Struct<CustomPluginFileDescription> {
    private static final Schema SCHEMA = Schema.of("AWS::KafkaConnect::CustomPlugin.CustomPluginFileDescription");

    public CustomPluginFileDescription() {
      super(SCHEMA);
    }

    /**
     * The hex-encoded MD5 checksum of the custom plugin file. You can use it to validate the file.
     *
     * <p>CloudFormation property {@code FileMd5}.
     */
    public CustomPluginFileDescription fileMd5(String value) {
      return set("FileMd5", Value.of(value));
    }

    /** Sets {@code FileMd5} to this value; see {@link #fileMd5(String)}. */
    public CustomPluginFileDescription fileMd5(Value<String> value) {
      return set("FileMd5", value);
    }

    /**
     * The size in bytes of the custom plugin file. You can use it to validate the file.
     *
     * <p>CloudFormation property {@code FileSize}.
     */
    public CustomPluginFileDescription fileSize(int value) {
      return set("FileSize", Value.of(value));
    }

    /** Sets {@code FileSize} to this value; see {@link #fileSize(int)}. */
    public CustomPluginFileDescription fileSize(Value<Integer> value) {
      return set("FileSize", value);
    }
  }

  /**
   * Information about the location of a custom plugin.
   *
   * <p>Property type {@code AWS::KafkaConnect::CustomPlugin.CustomPluginLocation}.
   */
  public static final class CustomPluginLocation extends Struct<CustomPluginLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::CustomPlugin.CustomPluginLocation")
        .required("S3Location")
        .build();

    public CustomPluginLocation() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket Amazon Resource Name (ARN), file key, and object version of the plugin file
     * stored in Amazon S3.
     *
     * <p>Required. CloudFormation property {@code S3Location}.
     */
    public CustomPluginLocation s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }
  }

  /**
   * The location of an object in Amazon S3.
   *
   * <p>Property type {@code AWS::KafkaConnect::CustomPlugin.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::CustomPlugin.S3Location")
        .required("BucketArn", "FileKey")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an S3 bucket.
     *
     * <p>Required. CloudFormation property {@code BucketArn}.
     */
    public S3Location bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public S3Location bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }

    /**
     * The file key for an object in an S3 bucket.
     *
     * <p>Required. CloudFormation property {@code FileKey}.
     */
    public S3Location fileKey(String value) {
      return set("FileKey", Value.of(value));
    }

    /** Sets {@code FileKey} to this value; see {@link #fileKey(String)}. */
    public S3Location fileKey(Value<String> value) {
      return set("FileKey", value);
    }

    /**
     * The version of an object in an S3 bucket.
     *
     * <p>CloudFormation property {@code ObjectVersion}.
     */
    public S3Location objectVersion(String value) {
      return set("ObjectVersion", Value.of(value));
    }

    /** Sets {@code ObjectVersion} to this value; see {@link #objectVersion(String)}. */
    public S3Location objectVersion(Value<String> value) {
      return set("ObjectVersion", value);
    }
  }
}
