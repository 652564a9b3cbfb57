// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a prompt for the specified Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::Prompt}.
 */
public final class Prompt extends Resource<Prompt> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Prompt")
      .required("InstanceArn", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(250))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .constrain("S3Uri", Constraint.of().pattern("s3://\\S+/.+|https://\\S+\\.s3(\\.\\S+)?\\.amazonaws\\.com/\\S+").minLength(1).maxLength(2000))
      .refYields("PromptArn")
      .attributes("PromptArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Prompt(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the prompt.
   *
   * <p>Length: 1 to 250 characters. CloudFormation property {@code Description}.
   */
  public Prompt description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Prompt description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the Connect Customer instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public Prompt instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Prompt instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public Prompt instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The name of the prompt.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public Prompt name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Prompt name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The URI for the S3 bucket where the prompt is stored. This property is required when you create
   * a prompt.
   *
   * <p>Length: 1 to 2000 characters. Pattern: {@code
   * s3://&#92;S+/.+|https://&#92;S+&#92;.s3(&#92;.&#92;S+)?&#92;.amazonaws&#92;.com/&#92;S+}.
   * CloudFormation property {@code S3Uri}.
   */
  public Prompt s3Uri(String value) {
    return set("S3Uri", Value.of(value));
  }

  /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
  public Prompt s3Uri(Value<String> value) {
    return set("S3Uri", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Prompt tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Prompt tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Prompt tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the prompt.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PromptArn}.
   */
  public Value<String> promptArn() {
    return getAtt("PromptArn");
  }
}
