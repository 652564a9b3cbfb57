// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticbeanstalk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.iam.InstanceProfile;
import java.util.List;

/**
 * Specify an AWS Elastic Beanstalk configuration template by using the
 * AWS::ElasticBeanstalk::ConfigurationTemplate resource in an AWS CloudFormation template.
 *
 * <p>The AWS::ElasticBeanstalk::ConfigurationTemplate resource is an AWS Elastic Beanstalk resource
 * type that specifies an Elastic Beanstalk configuration template, associated with a specific
 * Elastic Beanstalk application. You define application configuration settings in a configuration
 * template. You can then use the configuration template to deploy different versions of the
 * application with the same configuration settings.
 *
 * <p>The Elastic Beanstalk console and documentation often refer to configuration templates as
 * <em>saved configurations</em> . When you set configuration options in a saved configuration
 * (configuration template), Elastic Beanstalk applies them with a particular precedence as part of
 * applying options from multiple sources. For more information, see <a
 * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options.html">Configuration
 * Options</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ElasticBeanstalk::ConfigurationTemplate}.
 */
public final class ConfigurationTemplate extends Resource<ConfigurationTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::ConfigurationTemplate")
      .required("ApplicationName")
      .constrain("ApplicationName", Constraint.of().minLength(1).maxLength(100))
      .references("ApplicationName", "AWS::ElasticBeanstalk::Application.Ref")
      .constrain("Description", Constraint.of().minLength(0).maxLength(200))
      .attributes("TemplateName")
      .build();

  public ConfigurationTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Elastic Beanstalk application to associate with this configuration template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code ApplicationName}.
   */
  public ConfigurationTemplate applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public ConfigurationTemplate applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Sets {@code ApplicationName} to the Ref of {@code AWS::ElasticBeanstalk::Application}; see
   * {@link #applicationName(String)}.
   */
  public ConfigurationTemplate applicationName(Application resource) {
    return set("ApplicationName", resource.ref());
  }

  /**
   * An optional description for this configuration.
   *
   * <p>Length: 0 to 200 characters. CloudFormation property {@code Description}.
   */
  public ConfigurationTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfigurationTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of an environment whose settings you want to use to create the configuration template.
   * You must specify <code>EnvironmentId</code> if you don't specify <code>PlatformArn</code> ,
   * <code>SolutionStackName</code> , or <code>SourceConfiguration</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnvironmentId}.
   */
  public ConfigurationTemplate environmentId(String value) {
    return set("EnvironmentId", Value.of(value));
  }

  /** Sets {@code EnvironmentId} to this value; see {@link #environmentId(String)}. */
  public ConfigurationTemplate environmentId(Value<String> value) {
    return set("EnvironmentId", value);
  }

  /**
   * Option values for the Elastic Beanstalk configuration, such as the instance type. If specified,
   * these values override the values obtained from the solution stack or the source configuration
   * template. For a complete list of Elastic Beanstalk configuration options, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options.html">Option
   * Values</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
   *
   * <p>CloudFormation property {@code OptionSettings}.
   */
  public ConfigurationTemplate optionSettings(List<ConfigurationOptionSetting> value) {
    return set("OptionSettings", Value.listOf(value));
  }

  /** Sets {@code OptionSettings} to this value; see {@link #optionSettings(List)}. */
  public ConfigurationTemplate optionSettings(Value<List<ConfigurationOptionSetting>> value) {
    return set("OptionSettings", value);
  }

  /** Sets {@code OptionSettings} to a list of these; see {@link #optionSettings(List)}. */
  public ConfigurationTemplate optionSettings(ConfigurationOptionSetting... values) {
    return set("OptionSettings", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the custom platform. For more information, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/custom-platforms.html">Custom
   * Platforms</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
   *
   * <p>If you specify <code>PlatformArn</code> , then don't specify <code>SolutionStackName</code>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PlatformArn}.
   */
  public ConfigurationTemplate platformArn(String value) {
    return set("PlatformArn", Value.of(value));
  }

  /** Sets {@code PlatformArn} to this value; see {@link #platformArn(String)}. */
  public ConfigurationTemplate platformArn(Value<String> value) {
    return set("PlatformArn", value);
  }

  /**
   * The name of an Elastic Beanstalk solution stack (platform version) that this configuration
   * uses. For example, <code>64bit Amazon Linux 2013.09 running Tomcat 7 Java 7</code> . A solution
   * stack specifies the operating system, runtime, and application server for a configuration
   * template. It also determines the set of configuration options as well as the possible and
   * default values. For more information, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/concepts.platforms.html">Supported
   * Platforms</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
   *
   * <p>You must specify <code>SolutionStackName</code> if you don't specify
   * <code>PlatformArn</code> , <code>EnvironmentId</code> , or <code>SourceConfiguration</code> .
   *
   * <p>Use the <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_ListAvailableSolutionStacks.html"><code>ListAvailableSolutionStacks</code></a>
   * API to obtain a list of available solution stacks.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SolutionStackName}.
   */
  public ConfigurationTemplate solutionStackName(String value) {
    return set("SolutionStackName", Value.of(value));
  }

  /** Sets {@code SolutionStackName} to this value; see {@link #solutionStackName(String)}. */
  public ConfigurationTemplate solutionStackName(Value<String> value) {
    return set("SolutionStackName", value);
  }

  /**
   * An Elastic Beanstalk configuration template to base this one on. If specified, Elastic
   * Beanstalk uses the configuration values from the specified configuration template to create a
   * new configuration.
   *
   * <p>Values specified in <code>OptionSettings</code> override any values obtained from the
   * <code>SourceConfiguration</code> .
   *
   * <p>You must specify <code>SourceConfiguration</code> if you don't specify
   * <code>PlatformArn</code> , <code>EnvironmentId</code> , or <code>SolutionStackName</code> .
   *
   * <p>Constraint: If both solution stack name and source configuration are specified, the solution
   * stack of the source configuration template must match the specified solution stack name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceConfiguration}.
   */
  public ConfigurationTemplate sourceConfiguration(Value<SourceConfiguration> value) {
    return set("SourceConfiguration", value);
  }

  /**
   * The name of the configuration template.
   *
   * <p>Constraint: This name must be unique per application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TemplateName}.
   */
  public Value<String> templateName() {
    return getAtt("TemplateName");
  }

  /**
   * Use the <code>ConfigurationOptionSetting</code> property type to specify an option for an AWS
   * Elastic Beanstalk configuration template when defining an
   * AWS::ElasticBeanstalk::ConfigurationTemplate resource in an AWS CloudFormation template.
   *
   * <p>The <code>ConfigurationOptionSetting</code> property type specifies an option for an AWS
   * Elastic Beanstalk configuration template.
   *
   * <p>The <code>OptionSettings</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-beanstalk-configurationtemplate.html">AWS::ElasticBeanstalk::ConfigurationTemplate</a>
   * resource contains a list of <code>ConfigurationOptionSetting</code> property types.
   *
   * <p>For a list of possible namespaces and option values, see <a
   * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options.html">Option
   * Values</a> in the <em>AWS Elastic Beanstalk Developer Guide</em> .
   *
   * <p>Property type {@code
   * AWS::ElasticBeanstalk::ConfigurationTemplate.ConfigurationOptionSetting}.
   */
  public static final class ConfigurationOptionSetting extends Struct<ConfigurationOptionSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::ConfigurationTemplate.ConfigurationOptionSetting")
        .required("Namespace", "OptionName")
        .constrain("ResourceName", Constraint.of().minLength(1).maxLength(256))
        .references("Value", "AWS::IAM::InstanceProfile.Ref", "AWS::EC2::SecurityGroup.Ref")
        .build();

    public ConfigurationOptionSetting() {
      super(SCHEMA);
    }

    /**
     * A unique namespace that identifies the option's associated AWS resource.
     *
     * <p>Required. CloudFormation property {@code Namespace}.
     */
    public ConfigurationOptionSetting namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public ConfigurationOptionSetting namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The name of the configuration option.
     *
     * <p>Required. CloudFormation property {@code OptionName}.
     */
    public ConfigurationOptionSetting optionName(String value) {
      return set("OptionName", Value.of(value));
    }

    /** Sets {@code OptionName} to this value; see {@link #optionName(String)}. */
    public ConfigurationOptionSetting optionName(Value<String> value) {
      return set("OptionName", value);
    }

    /**
     * A unique resource name for the option setting. Use it for a time–based scaling configuration
     * option.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ResourceName}.
     */
    public ConfigurationOptionSetting resourceName(String value) {
      return set("ResourceName", Value.of(value));
    }

    /** Sets {@code ResourceName} to this value; see {@link #resourceName(String)}. */
    public ConfigurationOptionSetting resourceName(Value<String> value) {
      return set("ResourceName", value);
    }

    /**
     * The current value for the configuration option.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ConfigurationOptionSetting value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ConfigurationOptionSetting value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * Sets {@code Value} to the Ref of {@code AWS::IAM::InstanceProfile}; see {@link
     * #value(String)}.
     */
    public ConfigurationOptionSetting value(InstanceProfile resource) {
      return set("Value", resource.ref());
    }

    /**
     * Sets {@code Value} to the Ref of {@code AWS::EC2::SecurityGroup}; see {@link #value(String)}.
     */
    public ConfigurationOptionSetting value(SecurityGroup resource) {
      return set("Value", resource.ref());
    }
  }

  /**
   * Use the <code>SourceConfiguration</code> property type to specify another AWS Elastic Beanstalk
   * configuration template as the base to creating a new
   * AWS::ElasticBeanstalk::ConfigurationTemplate resource in an AWS CloudFormation template.
   *
   * <p>An AWS Elastic Beanstalk configuration template to base a new one on. You can use it to
   * define a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-beanstalk-configurationtemplate.html">AWS::ElasticBeanstalk::ConfigurationTemplate</a>
   * resource.
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::ConfigurationTemplate.SourceConfiguration}.
   */
  public static final class SourceConfiguration extends Struct<SourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::ConfigurationTemplate.SourceConfiguration")
        .required("ApplicationName", "TemplateName")
        .constrain("ApplicationName", Constraint.of().minLength(1).maxLength(100))
        .constrain("TemplateName", Constraint.of().minLength(1).maxLength(100))
        .build();

    public SourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the application associated with the configuration.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
     * property {@code ApplicationName}.
     */
    public SourceConfiguration applicationName(String value) {
      return set("ApplicationName", Value.of(value));
    }

    /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
    public SourceConfiguration applicationName(Value<String> value) {
      return set("ApplicationName", value);
    }

    /**
     * The name of the configuration template.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
     * property {@code TemplateName}.
     */
    public SourceConfiguration templateName(String value) {
      return set("TemplateName", Value.of(value));
    }

    /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
    public SourceConfiguration templateName(Value<String> value) {
      return set("TemplateName", value);
    }
  }
}
