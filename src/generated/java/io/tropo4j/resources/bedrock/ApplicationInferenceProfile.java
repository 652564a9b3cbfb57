// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an inference profile as a resource in a top-level template. Use the
 * <code>ModelSource</code> field to specify the inference profile to copy into the resource. For
 * more information about using inference profiles in Amazon Bedrock , see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html">Improve
 * resilience with cross-region inference</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::ApplicationInferenceProfile}.
 */
public final class ApplicationInferenceProfile extends Resource<ApplicationInferenceProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::ApplicationInferenceProfile")
      .required("InferenceProfileName")
      .constrain("Description", Constraint.of().pattern("^([0-9a-zA-Z:.][ _-]?)+$").minLength(1).maxLength(200))
      .constrain("InferenceProfileName", Constraint.of().pattern("^([0-9a-zA-Z][ _-]?)+$").minLength(1).maxLength(64))
      .refYields("InferenceProfileIdentifier")
      .attributes("CreatedAt", "InferenceProfileArn", "InferenceProfileId",
          "InferenceProfileIdentifier", "Models", "Status", "Type", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ApplicationInferenceProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the inference profile.
   *
   * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^([0-9a-zA-Z:.][ _-]?)+$}. CloudFormation property {@code Description}.
   */
  public ApplicationInferenceProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApplicationInferenceProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the inference profile.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^([0-9a-zA-Z][ _-]?)+$}. CloudFormation property {@code InferenceProfileName}.
   */
  public ApplicationInferenceProfile inferenceProfileName(String value) {
    return set("InferenceProfileName", Value.of(value));
  }

  /** Sets {@code InferenceProfileName} to this value; see {@link #inferenceProfileName(String)}. */
  public ApplicationInferenceProfile inferenceProfileName(Value<String> value) {
    return set("InferenceProfileName", value);
  }

  /**
   * Contains configurations for the inference profile to copy as the resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ModelSource}.
   */
  public ApplicationInferenceProfile modelSource(Value<InferenceProfileModelSource> value) {
    return set("ModelSource", value);
  }

  /**
   * A list of tags associated with the inference profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ApplicationInferenceProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ApplicationInferenceProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ApplicationInferenceProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time at which the inference profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the inference profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InferenceProfileArn}.
   */
  public Value<String> inferenceProfileArn() {
    return getAtt("InferenceProfileArn");
  }

  /**
   * The unique identifier of the inference profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InferenceProfileId}.
   */
  public Value<String> inferenceProfileId() {
    return getAtt("InferenceProfileId");
  }

  /**
   * The ID or Amazon Resource Name (ARN) of the inference profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InferenceProfileIdentifier}.
   */
  public Value<String> inferenceProfileIdentifier() {
    return getAtt("InferenceProfileIdentifier");
  }

  /**
   * A list of information about each model in the inference profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Models}.
   */
  public Value<List<InferenceProfileModel>> models() {
    return getAtt("Models");
  }

  /**
   * The status of the inference profile. <code>ACTIVE</code> means that the inference profile is
   * ready to be used.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The type of the inference profile. The following types are possible:
   *
   * <ul> <li><code>SYSTEM_DEFINED</code> – The inference profile is defined by Amazon Bedrock. You
   * can route inference requests across regions with these inference profiles.
   * <li><code>APPLICATION</code> – The inference profile was created by a user. This type of
   * inference profile can track metrics and costs when invoking the model in it. The inference
   * profile may route requests to one or multiple regions. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * The time at which the inference profile was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Contains information about a model.
   *
   * <p>Property type {@code AWS::Bedrock::ApplicationInferenceProfile.InferenceProfileModel}.
   */
  public static final class InferenceProfileModel extends Struct<InferenceProfileModel> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::ApplicationInferenceProfile.InferenceProfileModel");

    public InferenceProfileModel() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the model.
     *
     * <p>CloudFormation property {@code ModelArn}.
     */
    public InferenceProfileModel modelArn(String value) {
      return set("ModelArn", Value.of(value));
    }

    /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
    public InferenceProfileModel modelArn(Value<String> value) {
      return set("ModelArn", value);
    }
  }

  /**
   * Contains information about the model or system-defined inference profile that is the source for
   * an inference profile..
   *
   * <p>Property type {@code AWS::Bedrock::ApplicationInferenceProfile.InferenceProfileModelSource}.
   */
  public static final class InferenceProfileModelSource extends Struct<InferenceProfileModelSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::ApplicationInferenceProfile.InferenceProfileModelSource")
        .required("CopyFrom")
        .build();

    public InferenceProfileModelSource() {
      super(SCHEMA);
    }

    /**
     * The ARN of the model or system-defined inference profile that is the source for the inference
     * profile.
     *
     * <p>Required. CloudFormation property {@code CopyFrom}.
     */
    public InferenceProfileModelSource copyFrom(String value) {
      return set("CopyFrom", Value.of(value));
    }

    /** Sets {@code CopyFrom} to this value; see {@link #copyFrom(String)}. */
    public InferenceProfileModelSource copyFrom(Value<String> value) {
      return set("CopyFrom", value);
    }
  }
}
