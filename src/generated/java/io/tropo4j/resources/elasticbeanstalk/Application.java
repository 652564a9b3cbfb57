// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticbeanstalk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Specify an AWS Elastic Beanstalk application by using the AWS::ElasticBeanstalk::Application
 * resource in an AWS CloudFormation template.
 *
 * <p>The AWS::ElasticBeanstalk::Application resource is an AWS Elastic Beanstalk Beanstalk resource
 * type that specifies an Elastic Beanstalk application.
 *
 * <p>CloudFormation type {@code AWS::ElasticBeanstalk::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticBeanstalk::Application")
      .constrain("ApplicationName", Constraint.of().minLength(1).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(200))
      .refYields("ApplicationName")
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the Elastic Beanstalk application. If you don't specify a name, AWS CloudFormation
   * generates a unique physical ID and uses that ID for the application name. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation property
   * {@code ApplicationName}.
   */
  public Application applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public Application applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Your description of the application.
   *
   * <p>Length: 0 to 200 characters. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies an application resource lifecycle configuration to prevent your application from
   * accumulating too many versions.
   *
   * <p>CloudFormation property {@code ResourceLifecycleConfig}.
   */
  public Application resourceLifecycleConfig(Value<ApplicationResourceLifecycleConfig> value) {
    return set("ResourceLifecycleConfig", value);
  }

  /**
   * Use the <code>ApplicationResourceLifecycleConfig</code> property type to specify lifecycle
   * settings for resources that belong to an AWS Elastic Beanstalk application when defining an
   * AWS::ElasticBeanstalk::Application resource in an AWS CloudFormation template.
   *
   * <p>The resource lifecycle configuration for an application. Defines lifecycle settings for
   * resources that belong to the application, and the service role that Elastic Beanstalk assumes
   * in order to apply lifecycle settings. The version lifecycle configuration defines lifecycle
   * settings for application versions.
   *
   * <p><code>ApplicationResourceLifecycleConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-beanstalk.html">AWS::ElasticBeanstalk::Application</a>
   * resource.
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::Application.ApplicationResourceLifecycleConfig}.
   */
  public static final class ApplicationResourceLifecycleConfig extends Struct<ApplicationResourceLifecycleConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticBeanstalk::Application.ApplicationResourceLifecycleConfig");

    public ApplicationResourceLifecycleConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of an IAM service role that Elastic Beanstalk has permission to assume.
     *
     * <p>The <code>ServiceRole</code> property is required the first time that you provide a
     * <code>ResourceLifecycleConfig</code> for the application. After you provide it once, Elastic
     * Beanstalk persists the Service Role with the application, and you don't need to specify it
     * again. You can, however, specify it in subsequent updates to change the Service Role to
     * another value.
     *
     * <p>CloudFormation property {@code ServiceRole}.
     */
    public ApplicationResourceLifecycleConfig serviceRole(String value) {
      return set("ServiceRole", Value.of(value));
    }

    /** Sets {@code ServiceRole} to this value; see {@link #serviceRole(String)}. */
    public ApplicationResourceLifecycleConfig serviceRole(Value<String> value) {
      return set("ServiceRole", value);
    }

    /**
     * Defines lifecycle settings for application versions.
     *
     * <p>CloudFormation property {@code VersionLifecycleConfig}.
     */
    public ApplicationResourceLifecycleConfig versionLifecycleConfig(Value<ApplicationVersionLifecycleConfig> value) {
      return set("VersionLifecycleConfig", value);
    }
  }

  /**
   * Use the <code>ApplicationVersionLifecycleConfig</code> property type to specify application
   * version lifecycle settings for an AWS Elastic Beanstalk application when defining an
   * AWS::ElasticBeanstalk::Application resource in an AWS CloudFormation template.
   *
   * <p>The application version lifecycle settings for an application. Defines the rules that
   * Elastic Beanstalk applies to an application's versions in order to avoid hitting the per-region
   * limit for application versions.
   *
   * <p>When Elastic Beanstalk deletes an application version from its database, you can no longer
   * deploy that version to an environment. The source bundle remains in S3 unless you configure the
   * rule to delete it.
   *
   * <p><code>ApplicationVersionLifecycleConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticbeanstalk-application-applicationresourcelifecycleconfig.html">ApplicationResourceLifecycleConfig</a>
   * property type.
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::Application.ApplicationVersionLifecycleConfig}.
   */
  public static final class ApplicationVersionLifecycleConfig extends Struct<ApplicationVersionLifecycleConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticBeanstalk::Application.ApplicationVersionLifecycleConfig");

    public ApplicationVersionLifecycleConfig() {
      super(SCHEMA);
    }

    /**
     * Specify a max age rule to restrict the length of time that application versions are retained
     * for an application.
     *
     * <p>CloudFormation property {@code MaxAgeRule}.
     */
    public ApplicationVersionLifecycleConfig maxAgeRule(Value<MaxAgeRule> value) {
      return set("MaxAgeRule", value);
    }

    /**
     * Specify a max count rule to restrict the number of application versions that are retained for
     * an application.
     *
     * <p>CloudFormation property {@code MaxCountRule}.
     */
    public ApplicationVersionLifecycleConfig maxCountRule(Value<MaxCountRule> value) {
      return set("MaxCountRule", value);
    }
  }

  /**
   * Use the <code>MaxAgeRule</code> property type to specify a max age rule to restrict the length
   * of time that application versions are retained for an AWS Elastic Beanstalk application when
   * defining an AWS::ElasticBeanstalk::Application resource in an AWS CloudFormation template.
   *
   * <p>A lifecycle rule that deletes application versions after the specified number of days.
   *
   * <p><code>MaxAgeRule</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticbeanstalk-application-applicationversionlifecycleconfig.html">ApplicationVersionLifecycleConfig</a>
   * property type.
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::Application.MaxAgeRule}.
   */
  public static final class MaxAgeRule extends Struct<MaxAgeRule> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticBeanstalk::Application.MaxAgeRule");

    public MaxAgeRule() {
      super(SCHEMA);
    }

    /**
     * Set to <code>true</code> to delete a version's source bundle from Amazon S3 when Elastic
     * Beanstalk deletes the application version.
     *
     * <p>CloudFormation property {@code DeleteSourceFromS3}.
     */
    public MaxAgeRule deleteSourceFromS3(boolean value) {
      return set("DeleteSourceFromS3", Value.of(value));
    }

    /** Sets {@code DeleteSourceFromS3} to this value; see {@link #deleteSourceFromS3(boolean)}. */
    public MaxAgeRule deleteSourceFromS3(Value<Boolean> value) {
      return set("DeleteSourceFromS3", value);
    }

    /**
     * Specify <code>true</code> to apply the rule, or <code>false</code> to disable it.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public MaxAgeRule enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public MaxAgeRule enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specify the number of days to retain an application versions.
     *
     * <p>CloudFormation property {@code MaxAgeInDays}.
     */
    public MaxAgeRule maxAgeInDays(int value) {
      return set("MaxAgeInDays", Value.of(value));
    }

    /** Sets {@code MaxAgeInDays} to this value; see {@link #maxAgeInDays(int)}. */
    public MaxAgeRule maxAgeInDays(Value<Integer> value) {
      return set("MaxAgeInDays", value);
    }
  }

  /**
   * Use the <code>MaxAgeRule</code> property type to specify a max count rule to restrict the
   * number of application versions that are retained for an AWS Elastic Beanstalk application when
   * defining an AWS::ElasticBeanstalk::Application resource in an AWS CloudFormation template.
   *
   * <p>A lifecycle rule that deletes the oldest application version when the maximum count is
   * exceeded.
   *
   * <p><code>MaxCountRule</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticbeanstalk-application-applicationversionlifecycleconfig.html">ApplicationVersionLifecycleConfig</a>
   * property type.
   *
   * <p>Property type {@code AWS::ElasticBeanstalk::Application.MaxCountRule}.
   */
  public static final class MaxCountRule extends Struct<MaxCountRule> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticBeanstalk::Application.MaxCountRule");

    public MaxCountRule() {
      super(SCHEMA);
    }

    /**
     * Set to <code>true</code> to delete a version's source bundle from Amazon S3 when Elastic
     * Beanstalk deletes the application version.
     *
     * <p>CloudFormation property {@code DeleteSourceFromS3}.
     */
    public MaxCountRule deleteSourceFromS3(boolean value) {
      return set("DeleteSourceFromS3", Value.of(value));
    }

    /** Sets {@code DeleteSourceFromS3} to this value; see {@link #deleteSourceFromS3(boolean)}. */
    public MaxCountRule deleteSourceFromS3(Value<Boolean> value) {
      return set("DeleteSourceFromS3", value);
    }

    /**
     * Specify <code>true</code> to apply the rule, or <code>false</code> to disable it.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public MaxCountRule enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public MaxCountRule enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specify the maximum number of application versions to retain.
     *
     * <p>CloudFormation property {@code MaxCount}.
     */
    public MaxCountRule maxCount(int value) {
      return set("MaxCount", Value.of(value));
    }

    /** Sets {@code MaxCount} to this value; see {@link #maxCount(int)}. */
    public MaxCountRule maxCount(Value<Integer> value) {
      return set("MaxCount", value);
    }
  }
}
