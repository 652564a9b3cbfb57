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
 * The <code>AWS::SageMaker::NotebookInstanceLifecycleConfig</code> resource creates shell scripts
 * that run when you create and/or start a notebook instance. For information about notebook
 * instance lifecycle configurations, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html">Customize a
 * Notebook Instance</a> in the <em>Amazon SageMaker Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::NotebookInstanceLifecycleConfig}.
 */
public final class NotebookInstanceLifecycleConfig extends Resource<NotebookInstanceLifecycleConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::NotebookInstanceLifecycleConfig")
      .constrain("NotebookInstanceLifecycleConfigName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .refYields("NotebookInstanceLifecycleConfigArn")
      .attributes("NotebookInstanceLifecycleConfigArn", "NotebookInstanceLifecycleConfigName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NotebookInstanceLifecycleConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the lifecycle configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code
   * NotebookInstanceLifecycleConfigName}.
   */
  public NotebookInstanceLifecycleConfig notebookInstanceLifecycleConfigName(String value) {
    return set("NotebookInstanceLifecycleConfigName", Value.of(value));
  }

  /**
   * Sets {@code NotebookInstanceLifecycleConfigName} to this value; see {@link
   * #notebookInstanceLifecycleConfigName(String)}.
   */
  public NotebookInstanceLifecycleConfig notebookInstanceLifecycleConfigName(Value<String> value) {
    return set("NotebookInstanceLifecycleConfigName", value);
  }

  /**
   * A shell script that runs only once, when you create a notebook instance. The shell script must
   * be a base64-encoded string.
   *
   * <p>CloudFormation property {@code OnCreate}.
   */
  public NotebookInstanceLifecycleConfig onCreate(List<NotebookInstanceLifecycleHook> value) {
    return set("OnCreate", Value.listOf(value));
  }

  /** Sets {@code OnCreate} to this value; see {@link #onCreate(List)}. */
  public NotebookInstanceLifecycleConfig onCreate(Value<List<NotebookInstanceLifecycleHook>> value) {
    return set("OnCreate", value);
  }

  /** Sets {@code OnCreate} to a list of these; see {@link #onCreate(List)}. */
  public NotebookInstanceLifecycleConfig onCreate(NotebookInstanceLifecycleHook... values) {
    return set("OnCreate", Value.list(values));
  }

  /**
   * A shell script that runs every time you start a notebook instance, including when you create
   * the notebook instance. The shell script must be a base64-encoded string.
   *
   * <p>CloudFormation property {@code OnStart}.
   */
  public NotebookInstanceLifecycleConfig onStart(List<NotebookInstanceLifecycleHook> value) {
    return set("OnStart", Value.listOf(value));
  }

  /** Sets {@code OnStart} to this value; see {@link #onStart(List)}. */
  public NotebookInstanceLifecycleConfig onStart(Value<List<NotebookInstanceLifecycleHook>> value) {
    return set("OnStart", value);
  }

  /** Sets {@code OnStart} to a list of these; see {@link #onStart(List)}. */
  public NotebookInstanceLifecycleConfig onStart(NotebookInstanceLifecycleHook... values) {
    return set("OnStart", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NotebookInstanceLifecycleConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NotebookInstanceLifecycleConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NotebookInstanceLifecycleConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the lifecycle configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NotebookInstanceLifecycleConfigArn}.
   */
  public Value<String> notebookInstanceLifecycleConfigArn() {
    return getAtt("NotebookInstanceLifecycleConfigArn");
  }

  /**
   * The name of the lifecycle configuration, such as <code>MyLifecycleConfig</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code NotebookInstanceLifecycleConfigName}.
   */
  public Value<String> notebookInstanceLifecycleConfigName() {
    return getAtt("NotebookInstanceLifecycleConfigName");
  }

  /**
   * Specifies the notebook instance lifecycle configuration script. Each lifecycle configuration
   * script has a limit of 16384 characters.
   *
   * <p>Property type {@code
   * AWS::SageMaker::NotebookInstanceLifecycleConfig.NotebookInstanceLifecycleHook}.
   */
  public static final class NotebookInstanceLifecycleHook extends Struct<NotebookInstanceLifecycleHook> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::NotebookInstanceLifecycleConfig.NotebookInstanceLifecycleHook")
        .constrain("Content", Constraint.of().pattern("^[\\S\\s]+$").minLength(1).maxLength(16384))
        .build();

    public NotebookInstanceLifecycleHook() {
      super(SCHEMA);
    }

    /**
     * A base64-encoded string that contains a shell script for a notebook instance lifecycle
     * configuration.
     *
     * <p>Length: 1 to 16384 characters. Pattern: {@code ^[&#92;S&#92;s]+$}. CloudFormation property
     * {@code Content}.
     */
    public NotebookInstanceLifecycleHook content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public NotebookInstanceLifecycleHook content(Value<String> value) {
      return set("Content", value);
    }
  }
}
