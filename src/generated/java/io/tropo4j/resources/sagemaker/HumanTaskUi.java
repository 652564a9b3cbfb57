// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SageMaker::HumanTaskUi
 *
 * <p>CloudFormation type {@code AWS::SageMaker::HumanTaskUi}.
 */
public final class HumanTaskUi extends Resource<HumanTaskUi> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::HumanTaskUi")
      .required("HumanTaskUiName")
      .constrain("HumanTaskUiName", Constraint.of().pattern("^[a-z0-9](-*[a-z0-9])*$").minLength(1).maxLength(63))
      .refYields("HumanTaskUiArn")
      .attributes("CreationTime", "HumanTaskUiArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public HumanTaskUi(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the human task user interface.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-z0-9](-*[a-z0-9])*$}. CloudFormation property {@code HumanTaskUiName}.
   */
  public HumanTaskUi humanTaskUiName(String value) {
    return set("HumanTaskUiName", Value.of(value));
  }

  /** Sets {@code HumanTaskUiName} to this value; see {@link #humanTaskUiName(String)}. */
  public HumanTaskUi humanTaskUiName(Value<String> value) {
    return set("HumanTaskUiName", value);
  }

  /**
   * An array of key-value pairs that contain metadata to help you categorize and organize a human
   * review workflow user interface.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public HumanTaskUi tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public HumanTaskUi tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public HumanTaskUi tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Liquid template for the worker user interface.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UiTemplate}.
   */
  public HumanTaskUi uiTemplate(Value<UiTemplate> value) {
    return set("UiTemplate", value);
  }

  /**
   * The timestamp when the human task user interface was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the human task user interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HumanTaskUiArn}.
   */
  public Value<String> humanTaskUiArn() {
    return getAtt("HumanTaskUiArn");
  }

  /**
   * The Liquid template for the worker user interface.
   *
   * <p>Property type {@code AWS::SageMaker::HumanTaskUi.UiTemplate}.
   */
  public static final class UiTemplate extends Struct<UiTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::HumanTaskUi.UiTemplate")
        .required("Content")
        .constrain("Content", Constraint.of().pattern("^[\\S\\s]+$").minLength(1).maxLength(128000))
        .build();

    public UiTemplate() {
      super(SCHEMA);
    }

    /**
     * The content of the Liquid template for the worker user interface.
     *
     * <p>Required. Length: 1 to 128000 characters. Pattern: {@code ^[&#92;S&#92;s]+$}.
     * CloudFormation property {@code Content}.
     */
    public UiTemplate content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public UiTemplate content(Value<String> value) {
      return set("Content", value);
    }
  }
}
