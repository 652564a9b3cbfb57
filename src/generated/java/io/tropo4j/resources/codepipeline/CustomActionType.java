// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codepipeline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CodePipeline::CustomActionType</code> resource creates a custom action for
 * activities that aren't included in the CodePipeline default actions, such as running an
 * internally developed build process or a test suite. You can use these custom actions in the stage
 * of a pipeline. For more information, see <a
 * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/how-to-create-custom-action.html">Create
 * and Add a Custom Action in AWS CodePipeline</a> in the <em>AWS CodePipeline User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CodePipeline::CustomActionType}.
 */
public final class CustomActionType extends Resource<CustomActionType> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::CustomActionType")
      .required("Category", "InputArtifactDetails", "OutputArtifactDetails", "Provider", "Version")
      .allowed("Category", "Approval", "Build", "Compute", "Deploy", "Invoke", "Source", "Test")
      .constrain("Provider", Constraint.of().pattern("^[0-9A-Za-z_-]+$").minLength(1).maxLength(35))
      .constrain("Version", Constraint.of().pattern("^[0-9A-Za-z_-]+$").minLength(1).maxLength(9))
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomActionType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The category of the custom action, such as a build action or a test action.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Approval}, {@code
   * Build}, {@code Compute}, {@code Deploy}, {@code Invoke}, {@code Source}, {@code Test}.
   * CloudFormation property {@code Category}.
   */
  public CustomActionType category(String value) {
    return set("Category", Value.of(value));
  }

  /** Sets {@code Category} to this value; see {@link #category(String)}. */
  public CustomActionType category(Value<String> value) {
    return set("Category", value);
  }

  /**
   * The configuration properties for the custom action.
   *
   * <p>You can refer to a name in the configuration properties of the custom action within the URL
   * templates by following the format of {Config:name}, as long as the configuration property is
   * both required and not secret. For more information, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/how-to-create-custom-action.html">Create
   * a Custom Action for a Pipeline</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ConfigurationProperties}.
   */
  public CustomActionType configurationProperties(List<ConfigurationProperties> value) {
    return set("ConfigurationProperties", Value.listOf(value));
  }

  /**
   * Sets {@code ConfigurationProperties} to this value; see {@link #configurationProperties(List)}.
   */
  public CustomActionType configurationProperties(Value<List<ConfigurationProperties>> value) {
    return set("ConfigurationProperties", value);
  }

  /**
   * Sets {@code ConfigurationProperties} to a list of these; see {@link
   * #configurationProperties(List)}.
   */
  public CustomActionType configurationProperties(ConfigurationProperties... values) {
    return set("ConfigurationProperties", Value.list(values));
  }

  /**
   * The details of the input artifact for the action, such as its commit ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InputArtifactDetails}.
   */
  public CustomActionType inputArtifactDetails(Value<ArtifactDetails> value) {
    return set("InputArtifactDetails", value);
  }

  /**
   * The details of the output artifact of the action, such as its commit ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * OutputArtifactDetails}.
   */
  public CustomActionType outputArtifactDetails(Value<ArtifactDetails> value) {
    return set("OutputArtifactDetails", value);
  }

  /**
   * The provider of the service used in the custom action, such as CodeDeploy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 35 characters. Pattern: {@code
   * ^[0-9A-Za-z_-]+$}. CloudFormation property {@code Provider}.
   */
  public CustomActionType provider(String value) {
    return set("Provider", Value.of(value));
  }

  /** Sets {@code Provider} to this value; see {@link #provider(String)}. */
  public CustomActionType provider(Value<String> value) {
    return set("Provider", value);
  }

  /**
   * URLs that provide users information about this custom action.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Settings}.
   */
  public CustomActionType settings(Value<Settings> value) {
    return set("Settings", value);
  }

  /**
   * The tags for the custom action.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomActionType tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomActionType tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomActionType tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The version identifier of the custom action.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 9 characters. Pattern: {@code
   * ^[0-9A-Za-z_-]+$}. CloudFormation property {@code Version}.
   */
  public CustomActionType version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public CustomActionType version(Value<String> value) {
    return set("Version", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns information about the details of an artifact.
   *
   * <p>Property type {@code AWS::CodePipeline::CustomActionType.ArtifactDetails}.
   */
  public static final class ArtifactDetails extends Struct<ArtifactDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::CustomActionType.ArtifactDetails")
        .required("MaximumCount", "MinimumCount")
        .constrain("MaximumCount", Constraint.of().minimum(0).maximum(5))
        .constrain("MinimumCount", Constraint.of().minimum(0).maximum(5))
        .build();

    public ArtifactDetails() {
      super(SCHEMA);
    }

    /**
     * The maximum number of artifacts allowed for the action type.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 5. CloudFormation property {@code
     * MaximumCount}.
     */
    public ArtifactDetails maximumCount(int value) {
      return set("MaximumCount", Value.of(value));
    }

    /** Sets {@code MaximumCount} to this value; see {@link #maximumCount(int)}. */
    public ArtifactDetails maximumCount(Value<Integer> value) {
      return set("MaximumCount", value);
    }

    /**
     * The minimum number of artifacts allowed for the action type.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 5. CloudFormation property {@code
     * MinimumCount}.
     */
    public ArtifactDetails minimumCount(int value) {
      return set("MinimumCount", Value.of(value));
    }

    /** Sets {@code MinimumCount} to this value; see {@link #minimumCount(int)}. */
    public ArtifactDetails minimumCount(Value<Integer> value) {
      return set("MinimumCount", value);
    }
  }

  /**
   * The configuration properties for the custom action.
   *
   * <p>You can refer to a name in the configuration properties of the custom action within the URL
   * templates by following the format of {Config:name}, as long as the configuration property is
   * both required and not secret. For more information, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/how-to-create-custom-action.html">Create
   * a Custom Action for a Pipeline</a> .
   *
   * <p>Property type {@code AWS::CodePipeline::CustomActionType.ConfigurationProperties}.
   */
  public static final class ConfigurationProperties extends Struct<ConfigurationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::CustomActionType.ConfigurationProperties")
        .required("Key", "Name", "Required", "Secret")
        .constrain("Description", Constraint.of().minLength(1).maxLength(160))
        .constrain("Name", Constraint.of().minLength(1).maxLength(50))
        .allowed("Type", "Boolean", "Number", "String")
        .build();

    public ConfigurationProperties() {
      super(SCHEMA);
    }

    /**
     * The description of the action configuration property that is displayed to users.
     *
     * <p>Changing it replaces the resource. Length: 1 to 160 characters. CloudFormation property
     * {@code Description}.
     */
    public ConfigurationProperties description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ConfigurationProperties description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Whether the configuration property is a key.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Key}.
     */
    public ConfigurationProperties key(boolean value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(boolean)}. */
    public ConfigurationProperties key(Value<Boolean> value) {
      return set("Key", value);
    }

    /**
     * The name of the action configuration property.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. CloudFormation
     * property {@code Name}.
     */
    public ConfigurationProperties name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ConfigurationProperties name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Indicates that the property is used with <code>PollForJobs</code> . When creating a custom
     * action, an action can have up to one queryable property. If it has one, that property must be
     * both required and not secret.
     *
     * <p>If you create a pipeline with a custom action type, and that custom action contains a
     * queryable property, the value for that configuration property is subject to other
     * restrictions. The value must be less than or equal to twenty (20) characters. The value can
     * contain only alphanumeric characters, underscores, and hyphens.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Queryable}.
     */
    public ConfigurationProperties queryable(boolean value) {
      return set("Queryable", Value.of(value));
    }

    /** Sets {@code Queryable} to this value; see {@link #queryable(boolean)}. */
    public ConfigurationProperties queryable(Value<Boolean> value) {
      return set("Queryable", value);
    }

    /**
     * Whether the configuration property is a required value.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Required}.
     */
    public ConfigurationProperties required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public ConfigurationProperties required(Value<Boolean> value) {
      return set("Required", value);
    }

    /**
     * Whether the configuration property is secret. Secrets are hidden from all calls except for
     * <code>GetJobDetails</code> , <code>GetThirdPartyJobDetails</code> , <code>PollForJobs</code>
     * , and <code>PollForThirdPartyJobs</code> .
     *
     * <p>When updating a pipeline, passing * * * * * without changing any other values of the
     * action preserves the previous value of the secret.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Secret}.
     */
    public ConfigurationProperties secret(boolean value) {
      return set("Secret", Value.of(value));
    }

    /** Sets {@code Secret} to this value; see {@link #secret(boolean)}. */
    public ConfigurationProperties secret(Value<Boolean> value) {
      return set("Secret", value);
    }

    /**
     * The type of the configuration property.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code Boolean}, {@code Number}, {@code
     * String}. CloudFormation property {@code Type}.
     */
    public ConfigurationProperties type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ConfigurationProperties type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * <code>Settings</code> is a property of the <code>AWS::CodePipeline::CustomActionType</code>
   * resource that provides URLs that users can access to view information about the CodePipeline
   * custom action.
   *
   * <p>Property type {@code AWS::CodePipeline::CustomActionType.Settings}.
   */
  public static final class Settings extends Struct<Settings> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::CustomActionType.Settings")
        .constrain("EntityUrlTemplate", Constraint.of().minLength(1).maxLength(2048))
        .constrain("ExecutionUrlTemplate", Constraint.of().minLength(1).maxLength(2048))
        .constrain("RevisionUrlTemplate", Constraint.of().minLength(1).maxLength(2048))
        .constrain("ThirdPartyConfigurationUrl", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public Settings() {
      super(SCHEMA);
    }

    /**
     * The URL returned to the CodePipeline console that provides a deep link to the resources of
     * the external system, such as the configuration page for a CodeDeploy deployment group. This
     * link is provided as part of the action display in the pipeline.
     *
     * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
     * {@code EntityUrlTemplate}.
     */
    public Settings entityUrlTemplate(String value) {
      return set("EntityUrlTemplate", Value.of(value));
    }

    /** Sets {@code EntityUrlTemplate} to this value; see {@link #entityUrlTemplate(String)}. */
    public Settings entityUrlTemplate(Value<String> value) {
      return set("EntityUrlTemplate", value);
    }

    /**
     * The URL returned to the CodePipeline console that contains a link to the top-level landing
     * page for the external system, such as the console page for CodeDeploy. This link is shown on
     * the pipeline view page in the CodePipeline console and provides a link to the execution
     * entity of the external action.
     *
     * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
     * {@code ExecutionUrlTemplate}.
     */
    public Settings executionUrlTemplate(String value) {
      return set("ExecutionUrlTemplate", Value.of(value));
    }

    /**
     * Sets {@code ExecutionUrlTemplate} to this value; see {@link #executionUrlTemplate(String)}.
     */
    public Settings executionUrlTemplate(Value<String> value) {
      return set("ExecutionUrlTemplate", value);
    }

    /**
     * The URL returned to the CodePipeline console that contains a link to the page where customers
     * can update or change the configuration of the external action.
     *
     * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
     * {@code RevisionUrlTemplate}.
     */
    public Settings revisionUrlTemplate(String value) {
      return set("RevisionUrlTemplate", Value.of(value));
    }

    /** Sets {@code RevisionUrlTemplate} to this value; see {@link #revisionUrlTemplate(String)}. */
    public Settings revisionUrlTemplate(Value<String> value) {
      return set("RevisionUrlTemplate", value);
    }

    /**
     * The URL of a sign-up page where users can sign up for an external service and perform initial
     * configuration of the action provided by that service.
     *
     * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
     * {@code ThirdPartyConfigurationUrl}.
     */
    public Settings thirdPartyConfigurationUrl(String value) {
      return set("ThirdPartyConfigurationUrl", Value.of(value));
    }

    /**
     * Sets {@code ThirdPartyConfigurationUrl} to this value; see {@link
     * #thirdPartyConfigurationUrl(String)}.
     */
    public Settings thirdPartyConfigurationUrl(Value<String> value) {
      return set("ThirdPartyConfigurationUrl", value);
    }
  }
}
