// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a version of the SageMaker image specified by <code>ImageName</code> . The version
 * represents the Amazon Container Registry (ECR) container image specified by
 * <code>BaseImage</code> .
 *
 * <p>You can use the <code>DependsOn</code> attribute to specify that the creation of a specific
 * resource follows another. You can use it for the following use cases. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html"><code>DependsOn</code>
 * attribute</a> . 1. <code>DependsOn</code> can be used to establish a parent/child relationship
 * between <code>ImageVersion</code> and <code>Image</code> where the <code>ImageVersion</code>
 * <code>DependsOn</code> the <code>Image</code> . 2. <code>DependsOn</code> can be used to
 * establish order among <code>ImageVersion</code> s within the same <code>Image</code> namespace.
 * For example, if ImageVersionB <code>DependsOn</code> ImageVersionA and both share the same parent
 * <code>Image</code> , then ImageVersionA is version N and ImageVersionB is N+1.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ImageVersion}.
 */
public final class ImageVersion extends Resource<ImageVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ImageVersion")
      .required("BaseImage", "ImageName")
      .constrain("Alias", Constraint.of().pattern("(?!^[.-])^([a-zA-Z0-9-_.]+)$").minLength(1).maxLength(128))
      .constrain("Aliases", Constraint.of().pattern("(?!^[.-])^([a-zA-Z0-9-_.]+)$").minLength(1).maxLength(128))
      .constrain("BaseImage", Constraint.of().pattern(".+").minLength(1).maxLength(255))
      .constrain("ImageName", Constraint.of().pattern("^[A-Za-z0-9]([-.]?[A-Za-z0-9])*$").minLength(1).maxLength(63))
      .allowed("JobType", "TRAINING", "INFERENCE", "NOTEBOOK_KERNEL")
      .constrain("MLFramework", Constraint.of().pattern("^[a-zA-Z]+ ?\\d+\\.\\d+(\\.\\d+)?$").minLength(1).maxLength(128))
      .allowed("Processor", "CPU", "GPU")
      .constrain("ProgrammingLang", Constraint.of().pattern("^[a-zA-Z]+ ?\\d+\\.\\d+(\\.\\d+)?$").minLength(1).maxLength(128))
      .constrain("ReleaseNotes", Constraint.of().pattern(".*").minLength(1).maxLength(255))
      .allowed("VendorGuidance", "NOT_PROVIDED", "STABLE", "TO_BE_ARCHIVED", "ARCHIVED")
      .refYields("ImageVersionArn")
      .attributes("ContainerImage", "ImageArn", "ImageVersionArn", "Version")
      .build();

  public ImageVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The alias of the image version.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code (?!^[.-])^([a-zA-Z0-9-_.]+)$}. CloudFormation
   * property {@code Alias}.
   */
  public ImageVersion alias(String value) {
    return set("Alias", Value.of(value));
  }

  /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
  public ImageVersion alias(Value<String> value) {
    return set("Alias", value);
  }

  /**
   * List of aliases for the image version.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code (?!^[.-])^([a-zA-Z0-9-_.]+)$}. CloudFormation
   * property {@code Aliases}.
   */
  public ImageVersion aliases(List<String> value) {
    return set("Aliases", Value.listOf(value));
  }

  /** Sets {@code Aliases} to this value; see {@link #aliases(List)}. */
  public ImageVersion aliases(Value<List<String>> value) {
    return set("Aliases", value);
  }

  /**
   * The container image that the SageMaker image version is based on.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * .+}. CloudFormation property {@code BaseImage}.
   */
  public ImageVersion baseImage(String value) {
    return set("BaseImage", Value.of(value));
  }

  /** Sets {@code BaseImage} to this value; see {@link #baseImage(String)}. */
  public ImageVersion baseImage(Value<String> value) {
    return set("BaseImage", value);
  }

  /**
   * Indicates Horovod compatibility.
   *
   * <p>CloudFormation property {@code Horovod}.
   */
  public ImageVersion horovod(boolean value) {
    return set("Horovod", Value.of(value));
  }

  /** Sets {@code Horovod} to this value; see {@link #horovod(boolean)}. */
  public ImageVersion horovod(Value<Boolean> value) {
    return set("Horovod", value);
  }

  /**
   * The name of the parent image.
   *
   * <p><em>Length Constraints</em> : Minimum length of 1. Maximum length of 63.
   *
   * <p><em>Pattern</em> : <code>^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[A-Za-z0-9]([-.]?[A-Za-z0-9])*$}. CloudFormation property {@code ImageName}.
   */
  public ImageVersion imageName(String value) {
    return set("ImageName", Value.of(value));
  }

  /** Sets {@code ImageName} to this value; see {@link #imageName(String)}. */
  public ImageVersion imageName(Value<String> value) {
    return set("ImageName", value);
  }

  /**
   * Indicates SageMaker job type compatibility.
   *
   * <p>Allowed values: {@code TRAINING}, {@code INFERENCE}, {@code NOTEBOOK_KERNEL}. CloudFormation
   * property {@code JobType}.
   */
  public ImageVersion jobType(String value) {
    return set("JobType", Value.of(value));
  }

  /** Sets {@code JobType} to this value; see {@link #jobType(String)}. */
  public ImageVersion jobType(Value<String> value) {
    return set("JobType", value);
  }

  /**
   * The machine learning framework vended in the image version.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z]+
   * ?&#92;d+&#92;.&#92;d+(&#92;.&#92;d+)?$}. CloudFormation property {@code MLFramework}.
   */
  public ImageVersion mlFramework(String value) {
    return set("MLFramework", Value.of(value));
  }

  /** Sets {@code MLFramework} to this value; see {@link #mlFramework(String)}. */
  public ImageVersion mlFramework(Value<String> value) {
    return set("MLFramework", value);
  }

  /**
   * Indicates CPU or GPU compatibility.
   *
   * <p>Allowed values: {@code CPU}, {@code GPU}. CloudFormation property {@code Processor}.
   */
  public ImageVersion processor(String value) {
    return set("Processor", Value.of(value));
  }

  /** Sets {@code Processor} to this value; see {@link #processor(String)}. */
  public ImageVersion processor(Value<String> value) {
    return set("Processor", value);
  }

  /**
   * The supported programming language and its version.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z]+
   * ?&#92;d+&#92;.&#92;d+(&#92;.&#92;d+)?$}. CloudFormation property {@code ProgrammingLang}.
   */
  public ImageVersion programmingLang(String value) {
    return set("ProgrammingLang", Value.of(value));
  }

  /** Sets {@code ProgrammingLang} to this value; see {@link #programmingLang(String)}. */
  public ImageVersion programmingLang(Value<String> value) {
    return set("ProgrammingLang", value);
  }

  /**
   * The maintainer description of the image version.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code .*}. CloudFormation property {@code
   * ReleaseNotes}.
   */
  public ImageVersion releaseNotes(String value) {
    return set("ReleaseNotes", Value.of(value));
  }

  /** Sets {@code ReleaseNotes} to this value; see {@link #releaseNotes(String)}. */
  public ImageVersion releaseNotes(Value<String> value) {
    return set("ReleaseNotes", value);
  }

  /**
   * The availability of the image version specified by the maintainer.
   *
   * <p>Allowed values: {@code NOT_PROVIDED}, {@code STABLE}, {@code TO_BE_ARCHIVED}, {@code
   * ARCHIVED}. CloudFormation property {@code VendorGuidance}.
   */
  public ImageVersion vendorGuidance(String value) {
    return set("VendorGuidance", Value.of(value));
  }

  /** Sets {@code VendorGuidance} to this value; see {@link #vendorGuidance(String)}. */
  public ImageVersion vendorGuidance(Value<String> value) {
    return set("VendorGuidance", value);
  }

  /**
   * The URI of the container image version referenced by ImageVersion.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContainerImage}.
   */
  public Value<String> containerImage() {
    return getAtt("ContainerImage");
  }

  /**
   * The Amazon Resource Name (ARN) of the parent Image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImageArn}.
   */
  public Value<String> imageArn() {
    return getAtt("ImageArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the image version.
   *
   * <p><em>Type</em> : String
   *
   * <p><em>Length Constraints</em> : Maximum length of 256.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:aws(-[&#92;w]+)<em>:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])</em>&#47;[0-9]+$</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImageVersionArn}.
   */
  public Value<String> imageVersionArn() {
    return getAtt("ImageVersionArn");
  }

  /**
   * The version of the image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }
}
