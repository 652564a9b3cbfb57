// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticbeanstalk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specify an AWS Elastic Beanstalk environment by using the AWS::ElasticBeanstalk::Environment
 * resource in an AWS CloudFormation template.
 *
 * <p>The AWS::ElasticBeanstalk::Environment resource is an AWS Elastic Beanstalk resource type that
 * specifies an Elastic Beanstalk environment.
 *
 * <p>CloudFormation type {@code AWS::ElasticBeanstalk::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::Environment")
      .required("ApplicationName")
      .constrain("ApplicationName", Constraint.of().minLength(1).maxLength(100))
      .references("ApplicationName", "AWS::ElasticBeanstalk::Application.Ref")
      .constrain("CNAMEPrefix", Constraint.of().minLength(4).maxLength(63))
      .constrain("Description", Constraint.of().minLength(0).maxLength(200))
      .constrain("EnvironmentName", Constraint.of().minLength(4).maxLength(40))
      .constrain("OperationsRole", Constraint.of().minLength(1).maxLength(256))
      .constrain("TemplateName", Constraint.of().minLength(1).maxLength(100))
      .references("TemplateName", "AWS::ElasticBeanstalk::ConfigurationTemplate.TemplateName")
      .constrain("VersionLabel", Constraint.of().minLength(1).maxLength(100))
      .refYields("EnvironmentName")
      .attributes("EndpointURL")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the application that is associated with this environment.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code ApplicationName}.
   */
  public Environment applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public Environment applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Sets {@code ApplicationName} to the Ref of {@code AWS::ElasticBeanstalk::Application}; see
   * {@link #applicationName(String)}.
   */
  public Environment applicationName(Application resource) {
    return set("ApplicationName", resource.ref());
  }

  /**
   * If specified, the environment attempts to use this value as the prefix for the CNAME in your
   * Elastic Beanstalk environment URL. If not specified, the CNAME is generated automatically by
   * appending a random alphanumeric string to the environment name.
   *
   * <p>Changing it replaces the resource. Length: 4 to 63 characters. CloudFormation property
   * {@code CNAMEPrefix}.
   */
  public Environment cnamePrefix(String value) {
    return set("CNAMEPrefix", Value.of(value));
  }

  /** Sets {@code CNAMEPrefix} to this value; see {@link #cnamePrefix(String)}. */
  public Environment cnamePrefix(Value<String> value) {
    return set("CNAMEPrefix", value);
  }

  /**
   * Your description for this environment.
   *
   * <p>Length: 0 to 200 characters. CloudFormation property {@code Description}.
   */
  public Environment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Environment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A unique name for the environment.
   *
   * <p>Constraint: Must be from 4 to 40 characters in length. The name can contain only letters,
   * numbers, and hyphens. It can't start or end with a hyphen. This name must be unique within a
   * region in your account.
   *
   * <p>If you don't specify the <code>CNAMEPrefix</code> parameter, the environment name becomes
   * part of the CNAME, and therefore part of the visible URL for your application.
   *
   * <p>If you don't specify an environment name, AWS CloudFormation generates a unique physical ID
   * and uses that ID for the environment name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 4 to 40 characters. CloudFormation property
   * {@code EnvironmentName}.
   */
  public Environment environmentName(String value) {
    return set("EnvironmentName", Value.of(value));
  }

  /** Sets {@code EnvironmentName} to this value; see {@link #environmentName(String)}. */
  public Environment environmentName(Value<String> value) {
    return set("EnvironmentName", value);
  }

  /**
   * The operations role feature of AWS Elastic Beanstalk is in beta release and is subject to
   * change.
   *
   * <p>The Amazon Resource Name (ARN) of an existing IAM role to be used as the environment's
   * operations role. If specified, Elastic Beanstalk uses the operations role for permissions to
   * downstream services during this call and during subsequent calls acting on this environment. To
   * specify an operations role, you must have the <code>iam:PassRole</code> permission for the
   * role.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code OperationsRole}.
   */
  public Environment operationsRole(String value) {
    return set("OperationsRole", Value.of(value));
  }

  /** Sets {@code OperationsRole} to this value; see {@link #operationsRole(String)}. */
  public Environment operationsRole(Value<String> value) {
    return set("OperationsRole", value);
  }

  /**
   * Key-value pairs defining configuration options for this environment, such as the instance type.
   * These options override the values that are defined in the solution stack or the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-beanstalk-configurationtemplate.html">configuration
   * template</a> . If you remove any options during a stack update, the removed options retain
   * their current values.
   *
   * <p>CloudFormation property {@code OptionSettings}.
   */
  public Environment optionSettings(List<OptionSetting> value) {
    return set("OptionSettings", Value.listOf(value));
  }

  /** Sets {@code OptionSettings} to this value; see {@link #optionSettings(List)}. */
  public Environment optionSettings(Value<List<OptionSetting>> value) {
    return set("OptionSettings", value);
  }

  /** Sets {@code OptionSettings} to a list of these; see {@link #optionSettings(List)}. */
  public Environment optionSettings(OptionSetting... values) {
    return set("OptionSettings", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the custom platform to use with the environment. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/custom-platforms.html">Custom
   * Platforms</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
   *
   * <p>If you specify <code>PlatformArn</code> , don't specify <code>SolutionStackName</code> .
   *
   * <p>CloudFormation property {@code PlatformArn}.
   */
  public Environment platformArn(String value) {
    return set("PlatformArn", Value.of(value));
  }

  /** Sets {@code PlatformArn} to this value; see {@link #platformArn(String)}. */
  public Environment platformArn(Value<String> value) {
    return set("PlatformArn", value);
  }

  /**
   * The name of an Elastic Beanstalk solution stack (platform version) to use with the environment.
   * If specified, Elastic Beanstalk sets the configuration values to the default values associated
   * with the specified solution stack. For a list of current solution stacks, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-supported.html">Elastic
   * Beanstalk Supported Platforms</a> in the <em>AWS Elastic Beanstalk Platforms</em> guide.
   *
   * <p>If you specify <code>SolutionStackName</code> , don't specify <code>PlatformArn</code> or
   * <code>TemplateName</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SolutionStackName}.
   */
  public Environment solutionStackName(String value) {
    return set("SolutionStackName", Value.of(value));
  }

  /** Sets {@code SolutionStackName} to this value; see {@link #solutionStackName(String)}. */
  public Environment solutionStackName(Value<String> value) {
    return set("SolutionStackName", value);
  }

  /**
   * Specifies the tags applied to resources in the environment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Environment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Environment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Environment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the Elastic Beanstalk configuration template to use with the environment.
   *
   * <p>If you specify <code>TemplateName</code> , then don't specify <code>SolutionStackName</code>
   * .
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code TemplateName}.
   */
  public Environment templateName(String value) {
    return set("TemplateName", Value.of(value));
  }

  /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
  public Environment templateName(Value<String> value) {
    return set("TemplateName", value);
  }

  /**
   * Sets {@code TemplateName} to the TemplateName of {@code
   * AWS::ElasticBeanstalk::ConfigurationTemplate}; see {@link #templateName(String)}.
   */
  public Environment templateName(ConfigurationTemplate resource) {
    return set("TemplateName", resource.templateName());
  }

  /**
   * Specifies the tier to use in creating this environment. The environment tier that you choose
   * determines whether Elastic Beanstalk provisions resources to support a web application that
   * handles HTTP(S) requests or a web application that handles background-processing tasks.
   *
   * <p>CloudFormation property {@code Tier}.
   */
  public Environment tier(Value<Tier> value) {
    return set("Tier", value);
  }

  /**
   * The name of the application version to deploy.
   *
   * <p>Default: If not specified, Elastic Beanstalk attempts to deploy the sample application.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code VersionLabel}.
   */
  public Environment versionLabel(String value) {
    return set("VersionLabel", Value.of(value));
  }

  /** Sets {@code VersionLabel} to this value; see {@link #versionLabel(String)}. */
  public Environment versionLabel(Value<String> value) {
    return set("VersionLabel", value);
  }

  /**
   * For load-balanced, autoscaling environments, the URL to the load balancer. For single-instance
   * environments, the IP address of the instance.
   *
   * <p>Example load balancer URL:
   *
   * <p>Example instance IP address:
   *
   * <p><code>192.0.2.0</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointURL}.
   */
  public Value<String> endpointURL() {
    return getAtt("EndpointURL");
  }

  /**
   * Use the <code>OptionSetting</code> property type to specify an option for an AWS Elastic
   * Beanstalk environment when defining an AWS::ElasticBeanstalk::Environment resource in an AWS
   * CloudFormation template.
   *
   * <p>The <code>OptionSetting</code> property type specifies an option for an AWS Elastic
   * Beanstalk environment.
   *
   * <p>The <code>OptionSettings</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-beanstalk-environment.html">AWS::ElasticBeanstalk::Environment</a>
   * resource contains a list of <code>OptionSetting</code> property types.
   *
   * <p>For a list of possible namespaces and option values, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options.html">Option
   * Values</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::Environment.OptionSetting}.
   */
  public static final class OptionSetting extends Struct<OptionSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::Environment.OptionSetting")
        .required("Namespace", "OptionName")
        .constrain("ResourceName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public OptionSetting() {
      super(SCHEMA);
    }

    /**
     * A unique namespace that identifies the option's associated AWS resource.
     *
     * <p>Required. CloudFormation property {@code Namespace}.
     */
    public OptionSetting namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public OptionSetting namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The name of the configuration option.
     *
     * <p>Required. CloudFormation property {@code OptionName}.
     */
    public OptionSetting optionName(String value) {
      return set("OptionName", Value.of(value));
    }

    /** Sets {@code OptionName} to this value; see {@link #optionName(String)}. */
    public OptionSetting optionName(Value<String> value) {
      return set("OptionName", value);
    }

    /**
     * A unique resource name for the option setting. Use it for a time–based scaling configuration
     * option.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ResourceName}.
     */
    public OptionSetting resourceName(String value) {
      return set("ResourceName", Value.of(value));
    }

    /** Sets {@code ResourceName} to this value; see {@link #resourceName(String)}. */
    public OptionSetting resourceName(Value<String> value) {
      return set("ResourceName", value);
    }

    /**
     * The current value for the configuration option.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public OptionSetting value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public OptionSetting value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Use the <code>Tier</code> property type to specify the environment tier for an AWS Elastic
   * Beanstalk environment when defining an AWS::ElasticBeanstalk::Environment resource in an AWS
   * CloudFormation template.
   *
   * <p>Describes the environment tier for an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-beanstalk-environment.html">AWS::ElasticBeanstalk::Environment</a>
   * resource. For more information, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features-managing-env-tiers.html">Environment
   * Tiers</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::Environment.Tier}.
   */
  public static final class Tier extends Struct<Tier> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticBeanstalk::Environment.Tier");

    public Tier() {
      super(SCHEMA);
    }

    /**
     * The name of this environment tier.
     *
     * <p>Valid values:
     *
     * <ul> <li>For <em>Web server tier</em> – <code>WebServer</code> <li>For <em>Worker tier</em> –
     * <code>Worker</code> </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Tier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Tier name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of this environment tier.
     *
     * <p>Valid values:
     *
     * <ul> <li>For <em>Web server tier</em> – <code>Standard</code> <li>For <em>Worker tier</em> –
     * <code>SQS/HTTP</code> </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Type}.
     */
    public Tier type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Tier type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The version of this environment tier. When you don't set a value to it, Elastic Beanstalk
     * uses the latest compatible worker tier version.
     *
     * <p>This member is deprecated. Any specific version that you set may become out of date. We
     * recommend leaving it unspecified.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public Tier version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public Tier version(Value<String> value) {
      return set("Version", value);
    }
  }
}
