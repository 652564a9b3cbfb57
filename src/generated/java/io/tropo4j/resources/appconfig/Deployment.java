// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppConfig::Deployment</code> resource starts a deployment. Starting a deployment
 * in AWS AppConfig calls the <code>StartDeployment</code> API action. This call includes the IDs of
 * the AWS AppConfig application, the environment, the configuration profile, and (optionally) the
 * configuration data version to deploy. The call also includes the ID of the deployment strategy to
 * use, which determines how the configuration data is deployed.
 *
 * <p>AWS AppConfig monitors the distribution to all hosts and reports status. If a distribution
 * fails, then AWS AppConfig rolls back the configuration.
 *
 * <p>AWS AppConfig requires that you create resources and deploy a configuration in the following
 * order:
 *
 * <ul> <li>Create an application <li>Create an environment <li>Create a configuration profile
 * <li>Choose a pre-defined deployment strategy or create your own <li>Deploy the configuration
 * </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html">AWS
 * AppConfig</a> in the <em>AWS AppConfig User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppConfig::Deployment}.
 */
public final class Deployment extends Resource<Deployment> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Deployment")
      .required("ApplicationId", "ConfigurationProfileId", "ConfigurationVersion",
          "DeploymentStrategyId", "EnvironmentId")
      .constrain("ApplicationId", Constraint.of().minLength(1).maxLength(64))
      .constrain("ConfigurationProfileId", Constraint.of().minLength(1).maxLength(128))
      .constrain("ConfigurationVersion", Constraint.of().minLength(1).maxLength(1024))
      .constrain("DeploymentStrategyId", Constraint.of().pattern("^(^[a-z0-9]{4,7}$|^AppConfig\\.[A-Za-z0-9]{9,40}$)$"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("EnvironmentId", Constraint.of().minLength(1).maxLength(64))
      .constrain("KmsKeyIdentifier", Constraint.of().minLength(1).maxLength(2048))
      .attributes("DeploymentNumber", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Deployment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code ApplicationId}.
   */
  public Deployment applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Deployment applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The configuration profile ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code ConfigurationProfileId}.
   */
  public Deployment configurationProfileId(String value) {
    return set("ConfigurationProfileId", Value.of(value));
  }

  /**
   * Sets {@code ConfigurationProfileId} to this value; see {@link #configurationProfileId(String)}.
   */
  public Deployment configurationProfileId(Value<String> value) {
    return set("ConfigurationProfileId", value);
  }

  /**
   * The configuration version to deploy. If deploying an AWS AppConfig hosted configuration
   * version, you can specify either the version number or version label. For all other
   * configurations, you must specify the version number.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
   * property {@code ConfigurationVersion}.
   */
  public Deployment configurationVersion(String value) {
    return set("ConfigurationVersion", Value.of(value));
  }

  /** Sets {@code ConfigurationVersion} to this value; see {@link #configurationVersion(String)}. */
  public Deployment configurationVersion(Value<String> value) {
    return set("ConfigurationVersion", value);
  }

  /**
   * The deployment strategy ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(^[a-z0-9]{4,7}$|^AppConfig&#92;.[A-Za-z0-9]{9,40}$)$}. CloudFormation property {@code
   * DeploymentStrategyId}.
   */
  public Deployment deploymentStrategyId(String value) {
    return set("DeploymentStrategyId", Value.of(value));
  }

  /** Sets {@code DeploymentStrategyId} to this value; see {@link #deploymentStrategyId(String)}. */
  public Deployment deploymentStrategyId(Value<String> value) {
    return set("DeploymentStrategyId", value);
  }

  /**
   * A description of the deployment.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public Deployment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Deployment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A map of dynamic extension parameter names to values to pass to associated extensions with
   * <code>PRE_START_DEPLOYMENT</code> actions.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * DynamicExtensionParameters}.
   */
  public Deployment dynamicExtensionParameters(List<DynamicExtensionParameters> value) {
    return set("DynamicExtensionParameters", Value.listOf(value));
  }

  /**
   * Sets {@code DynamicExtensionParameters} to this value; see {@link
   * #dynamicExtensionParameters(List)}.
   */
  public Deployment dynamicExtensionParameters(Value<List<DynamicExtensionParameters>> value) {
    return set("DynamicExtensionParameters", value);
  }

  /**
   * Sets {@code DynamicExtensionParameters} to a list of these; see {@link
   * #dynamicExtensionParameters(List)}.
   */
  public Deployment dynamicExtensionParameters(DynamicExtensionParameters... values) {
    return set("DynamicExtensionParameters", Value.list(values));
  }

  /**
   * The environment ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code EnvironmentId}.
   */
  public Deployment environmentId(String value) {
    return set("EnvironmentId", Value.of(value));
  }

  /** Sets {@code EnvironmentId} to this value; see {@link #environmentId(String)}. */
  public Deployment environmentId(Value<String> value) {
    return set("EnvironmentId", value);
  }

  /**
   * The AWS Key Management Service key identifier (key ID, key alias, or key ARN) provided when the
   * resource was created or updated.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
   * {@code KmsKeyIdentifier}.
   */
  public Deployment kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public Deployment kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * Metadata to assign to the deployment. Tags help organize and categorize your AWS AppConfig
   * resources. Each tag consists of a key and an optional value, both of which you define.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Deployment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Deployment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Deployment tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The sequence number of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentNumber}.
   */
  public Value<String> deploymentNumber() {
    return getAtt("DeploymentNumber");
  }

  /**
   * The state of the deployment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * A map of dynamic extension parameter names to values to pass to associated extensions with
   * <code>PRE_START_DEPLOYMENT</code> actions.
   *
   * <p>Property type {@code AWS::AppConfig::Deployment.DynamicExtensionParameters}.
   */
  public static final class DynamicExtensionParameters extends Struct<DynamicExtensionParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::AppConfig::Deployment.DynamicExtensionParameters");

    public DynamicExtensionParameters() {
      super(SCHEMA);
    }

    /**
     * The ARN or ID of the extension for which you are inserting a dynamic parameter.
     *
     * <p>CloudFormation property {@code ExtensionReference}.
     */
    public DynamicExtensionParameters extensionReference(String value) {
      return set("ExtensionReference", Value.of(value));
    }

    /** Sets {@code ExtensionReference} to this value; see {@link #extensionReference(String)}. */
    public DynamicExtensionParameters extensionReference(Value<String> value) {
      return set("ExtensionReference", value);
    }

    /**
     * The parameter name.
     *
     * <p>CloudFormation property {@code ParameterName}.
     */
    public DynamicExtensionParameters parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public DynamicExtensionParameters parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The parameter value.
     *
     * <p>CloudFormation property {@code ParameterValue}.
     */
    public DynamicExtensionParameters parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public DynamicExtensionParameters parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /** Property type {@code AWS::AppConfig::Deployment.Tags}. */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::AppConfig::Deployment.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Key}. */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /** CloudFormation property {@code Value}. */
    public Tags value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tags value(Value<String> value) {
      return set("Value", value);
    }
  }
}
