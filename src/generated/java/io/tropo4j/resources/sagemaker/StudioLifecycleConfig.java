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
 * Creates a new Amazon SageMaker AI Studio Lifecycle Configuration.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::StudioLifecycleConfig}.
 */
public final class StudioLifecycleConfig extends Resource<StudioLifecycleConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::StudioLifecycleConfig")
      .required("StudioLifecycleConfigAppType", "StudioLifecycleConfigContent",
          "StudioLifecycleConfigName")
      .allowed("StudioLifecycleConfigAppType", "JupyterServer", "KernelGateway", "CodeEditor",
          "JupyterLab")
      .constrain("StudioLifecycleConfigContent", Constraint.of().pattern("[\\S\\s]+").minLength(1).maxLength(16384))
      .constrain("StudioLifecycleConfigName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").minLength(1).maxLength(63))
      .refYields("StudioLifecycleConfigName")
      .attributes("StudioLifecycleConfigArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StudioLifecycleConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The App type to which the Lifecycle Configuration is attached.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code JupyterServer}, {@code
   * KernelGateway}, {@code CodeEditor}, {@code JupyterLab}. CloudFormation property {@code
   * StudioLifecycleConfigAppType}.
   */
  public StudioLifecycleConfig studioLifecycleConfigAppType(String value) {
    return set("StudioLifecycleConfigAppType", Value.of(value));
  }

  /**
   * Sets {@code StudioLifecycleConfigAppType} to this value; see {@link
   * #studioLifecycleConfigAppType(String)}.
   */
  public StudioLifecycleConfig studioLifecycleConfigAppType(Value<String> value) {
    return set("StudioLifecycleConfigAppType", value);
  }

  /**
   * The content of your Amazon SageMaker Studio Lifecycle Configuration script. This content must
   * be base64 encoded.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 16384 characters. Pattern: {@code
   * [&#92;S&#92;s]+}. CloudFormation property {@code StudioLifecycleConfigContent}.
   */
  public StudioLifecycleConfig studioLifecycleConfigContent(String value) {
    return set("StudioLifecycleConfigContent", Value.of(value));
  }

  /**
   * Sets {@code StudioLifecycleConfigContent} to this value; see {@link
   * #studioLifecycleConfigContent(String)}.
   */
  public StudioLifecycleConfig studioLifecycleConfigContent(Value<String> value) {
    return set("StudioLifecycleConfigContent", value);
  }

  /**
   * The name of the Amazon SageMaker AI Studio Lifecycle Configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code StudioLifecycleConfigName}.
   */
  public StudioLifecycleConfig studioLifecycleConfigName(String value) {
    return set("StudioLifecycleConfigName", Value.of(value));
  }

  /**
   * Sets {@code StudioLifecycleConfigName} to this value; see {@link
   * #studioLifecycleConfigName(String)}.
   */
  public StudioLifecycleConfig studioLifecycleConfigName(Value<String> value) {
    return set("StudioLifecycleConfigName", value);
  }

  /**
   * Tags to be associated with the Lifecycle Configuration. Each tag consists of a key and an
   * optional value. Tag keys must be unique per resource. Tags are searchable using the Search API.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public StudioLifecycleConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StudioLifecycleConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StudioLifecycleConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Lifecycle Configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StudioLifecycleConfigArn}.
   */
  public Value<String> studioLifecycleConfigArn() {
    return getAtt("StudioLifecycleConfigArn");
  }
}
