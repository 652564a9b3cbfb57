// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.m2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Specifies a new application with given parameters. Requires an existing runtime environment and
 * application definition file.
 *
 * <p>For information about application definitions, see the <a
 * href="https://docs.aws.amazon.com/m2/latest/userguide/applications-m2-definition.html">AWS
 * Mainframe Modernization User Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::M2::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::M2::Application")
      .required("EngineType", "Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .allowed("EngineType", "microfocus", "bluage")
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]|):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+=,@.-]{0,1023}$").format("AWS::IAM::Role.Arn"))
      .refYields("ApplicationArn")
      .attributes("ApplicationArn", "ApplicationId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application definition for a particular application. You can specify either inline JSON or
   * an Amazon S3 bucket location.
   *
   * <p>For information about application definitions, see the <a
   * href="https://docs.aws.amazon.com/m2/latest/userguide/applications-m2-definition.html">AWS
   * Mainframe Modernization User Guide</a> .
   *
   * <p>CloudFormation property {@code Definition}.
   */
  public Application definition(Value<Definition> value) {
    return set("Definition", value);
  }

  /**
   * The description of the application.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The type of the target platform for this application.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code microfocus}, {@code
   * bluage}. CloudFormation property {@code EngineType}.
   */
  public Application engineType(String value) {
    return set("EngineType", Value.of(value));
  }

  /** Sets {@code EngineType} to this value; see {@link #engineType(String)}. */
  public Application engineType(Value<String> value) {
    return set("EngineType", value);
  }

  /**
   * The identifier of a customer managed key.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Application kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Application kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the application.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the role associated with the application.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]|):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Application roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Application roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Application tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /**
   * The identifier of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * The application definition for a particular application. You can specify either inline JSON or
   * an Amazon S3 bucket location.
   *
   * <p>Property type {@code AWS::M2::Application.Definition}.
   */
  public static final class Definition extends Struct<Definition> {
    private static final Schema SCHEMA = Schema.of("AWS::M2::Application.Definition");

    public Definition() {
      super(SCHEMA);
    }

    /**
     * The content of the application definition. This is a JSON object that contains the resource
     * configuration/definitions that identify an application.
     *
     * <p>CloudFormation property {@code Content}.
     */
    public Definition content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public Definition content(Value<String> value) {
      return set("Content", value);
    }

    /**
     * The S3 bucket that contains the application definition.
     *
     * <p>CloudFormation property {@code S3Location}.
     */
    public Definition s3Location(String value) {
      return set("S3Location", Value.of(value));
    }

    /** Sets {@code S3Location} to this value; see {@link #s3Location(String)}. */
    public Definition s3Location(Value<String> value) {
      return set("S3Location", value);
    }
  }
}
