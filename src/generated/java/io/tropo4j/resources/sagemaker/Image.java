// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom SageMaker AI image. A SageMaker AI image is a set of image versions. Each image
 * version represents a container image stored in Amazon ECR. For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/studio-byoi.html">Bring your own SageMaker
 * AI image</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Image}.
 */
public final class Image extends Resource<Image> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Image")
      .required("ImageName", "ImageRoleArn")
      .constrain("ImageDescription", Constraint.of().pattern(".+").minLength(1).maxLength(512))
      .constrain("ImageDisplayName", Constraint.of().pattern("^[A-Za-z0-9 -_]+$").minLength(1).maxLength(128))
      .constrain("ImageName", Constraint.of().pattern("^[a-zA-Z0-9]([-.]?[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .constrain("ImageRoleArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*$").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
      .refYields("ImageArn")
      .attributes("ImageArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Image(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the image.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code .+}. CloudFormation property {@code
   * ImageDescription}.
   */
  public Image imageDescription(String value) {
    return set("ImageDescription", Value.of(value));
  }

  /** Sets {@code ImageDescription} to this value; see {@link #imageDescription(String)}. */
  public Image imageDescription(Value<String> value) {
    return set("ImageDescription", value);
  }

  /**
   * The display name of the image.
   *
   * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 128.
   *
   * <p><em>Pattern</em> : <code>^&#92;S(.*&#92;S)?$</code>
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[A-Za-z0-9 -_]+$}. CloudFormation property
   * {@code ImageDisplayName}.
   */
  public Image imageDisplayName(String value) {
    return set("ImageDisplayName", Value.of(value));
  }

  /** Sets {@code ImageDisplayName} to this value; see {@link #imageDisplayName(String)}. */
  public Image imageDisplayName(Value<String> value) {
    return set("ImageDisplayName", value);
  }

  /**
   * The name of the Image. Must be unique by region in your account.
   *
   * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 63.
   *
   * <p><em>Pattern</em> : <code>^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9]([-.]?[a-zA-Z0-9])*$}. CloudFormation property {@code ImageName}.
   */
  public Image imageName(String value) {
    return set("ImageName", Value.of(value));
  }

  /** Sets {@code ImageName} to this value; see {@link #imageName(String)}. */
  public Image imageName(Value<String> value) {
    return set("ImageName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on
   * your behalf.
   *
   * <p><em>Length Constraints</em> : Minimum length of 20. Maximum length of 2048.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$</code>
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:aws(-[&#92;w]+)*:iam::[0-9]{12}:role/.*$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code ImageRoleArn}.
   */
  public Image imageRoleArn(String value) {
    return set("ImageRoleArn", Value.of(value));
  }

  /** Sets {@code ImageRoleArn} to this value; see {@link #imageRoleArn(String)}. */
  public Image imageRoleArn(Value<String> value) {
    return set("ImageRoleArn", value);
  }

  /**
   * A list of key-value pairs to apply to this resource.
   *
   * <p><em>Array Members</em> : Minimum number of 0 items. Maximum number of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Image tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Image tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Image tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the image.
   *
   * <p><em>Type</em> : String
   *
   * <p><em>Length Constraints</em> : Maximum length of 256.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:aws(-[&#92;w]+)<em>:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])</em>$</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImageArn}.
   */
  public Value<String> imageArn() {
    return getAtt("ImageArn");
  }
}
