// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The <code>AWS::SSM::Parameter</code> resource creates an SSM parameter in AWS Systems Manager
 * Parameter Store.
 *
 * <p>To create an SSM parameter, you must have the AWS Identity and Access Management ( IAM )
 * permissions <code>ssm:PutParameter</code> and <code>ssm:AddTagsToResource</code> . On stack
 * creation, AWS CloudFormation adds the following three tags to the parameter:
 * <code>aws:cloudformation:stack-name</code> , <code>aws:cloudformation:logical-id</code> , and
 * <code>aws:cloudformation:stack-id</code> , in addition to any custom tags you specify. To add,
 * update, or remove tags during stack update, you must have IAM permissions for both
 * <code>ssm:AddTagsToResource</code> and <code>ssm:RemoveTagsFromResource</code> . For more
 * information, see <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/security-iam.html#security_iam_access-manage">Managing
 * access using policies</a> in the <em>AWS Systems Manager User Guide</em> .
 *
 * <p>For information about valid values for parameters, see <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-su-create.html#sysman-parameter-name-constraints">About
 * requirements and constraints for parameter names</a> in the <em>AWS Systems Manager User
 * Guide</em> and <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html">PutParameter</a>
 * in the <em>AWS Systems Manager API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::SSM::Parameter}.
 */
public final class Parameter extends Resource<Parameter> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::Parameter")
      .required("Type", "Value")
      .constrain("AllowedPattern", Constraint.of().minLength(0).maxLength(1024))
      .allowed("DataType", "text", "aws:ec2:image")
      .constrain("DataType", Constraint.of().minLength(0).maxLength(128))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(2048))
      .constrain("Policies", Constraint.of().minLength(1).maxLength(4096))
      .allowed("Tier", "Standard", "Advanced", "Intelligent-Tiering")
      .allowed("Type", "String", "StringList")
      .refYields("Name")
      .attributes("Arn", "Type", "Value")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Parameter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A regular expression used to validate the parameter value. For example, for <code>String</code>
   * types with values restricted to numbers, you can specify the following:
   * <code>AllowedPattern=^&#92;d+$</code>
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code AllowedPattern}.
   */
  public Parameter allowedPattern(String value) {
    return set("AllowedPattern", Value.of(value));
  }

  /** Sets {@code AllowedPattern} to this value; see {@link #allowedPattern(String)}. */
  public Parameter allowedPattern(Value<String> value) {
    return set("AllowedPattern", value);
  }

  /**
   * The data type of the parameter, such as <code>text</code> or <code>aws:ec2:image</code> . The
   * default is <code>text</code> .
   *
   * <p>Allowed values: {@code text}, {@code aws:ec2:image}. Length: 0 to 128 characters.
   * CloudFormation property {@code DataType}.
   */
  public Parameter dataType(String value) {
    return set("DataType", Value.of(value));
  }

  /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
  public Parameter dataType(Value<String> value) {
    return set("DataType", value);
  }

  /**
   * Information about the parameter.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Parameter description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Parameter description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the parameter.
   *
   * <p>The reported maximum length of 2048 characters for a parameter name includes 1037 characters
   * that are reserved for internal use by Systems Manager . The maximum length for a parameter name
   * that you specify is 1011 characters. This count of 1011 characters includes the characters in
   * the ARN that precede the name you specify. This ARN length will vary depending on your
   * partition and Region. For example, the following 45 characters count toward the 1011 character
   * maximum for a parameter created in the US East (Ohio) Region:
   * <code>arn:aws:ssm:us-east-2:111122223333:parameter/</code> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
   * {@code Name}.
   */
  public Parameter name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Parameter name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Information about the policies assigned to a parameter.
   *
   * <p><a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-policies.html">Assigning
   * parameter policies</a> in the <em>AWS Systems Manager User Guide</em> .
   *
   * <p>Length: 1 to 4096 characters. CloudFormation property {@code Policies}.
   */
  public Parameter policies(String value) {
    return set("Policies", Value.of(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(String)}. */
  public Parameter policies(Value<String> value) {
    return set("Policies", value);
  }

  /**
   * Optional metadata that you assign to a resource in the form of an arbitrary set of tags
   * (key-value pairs). Tags enable you to categorize a resource in different ways, such as by
   * purpose, owner, or environment. For example, you might want to tag a Systems Manager parameter
   * to identify the type of resource to which it applies, the environment, or the type of
   * configuration data referenced by the parameter.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Parameter tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Parameter tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Parameter tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The parameter tier.
   *
   * <p>Allowed values: {@code Standard}, {@code Advanced}, {@code Intelligent-Tiering}.
   * CloudFormation property {@code Tier}.
   */
  public Parameter tier(String value) {
    return set("Tier", Value.of(value));
  }

  /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
  public Parameter tier(Value<String> value) {
    return set("Tier", value);
  }

  /**
   * The type of parameter.
   *
   * <p>Parameters of type <code>SecureString</code> are not supported by AWS CloudFormation .
   *
   * <p>Required. Allowed values: {@code String}, {@code StringList}. CloudFormation property {@code
   * Type}.
   */
  public Parameter typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Parameter typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The parameter value.
   *
   * <p>If type is <code>StringList</code> , the system returns a comma-separated string with no
   * spaces between commas in the <code>Value</code> field.
   *
   * <p>Required. CloudFormation property {@code Value}.
   */
  public Parameter value(String value) {
    return set("Value", Value.of(value));
  }

  /** Sets {@code Value} to this value; see {@link #value(String)}. */
  public Parameter value(Value<String> value) {
    return set("Value", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the type of the parameter. Valid values are <code>String</code> or
   * <code>StringList</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * Returns the value of the parameter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Value}.
   */
  public Value<String> value() {
    return getAtt("Value");
  }
}
