// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::FunctionDefinitionVersion</code> resource represents a function
 * definition version for AWS IoT Greengrass . A function definition version contains contain a list
 * of functions.
 *
 * <p>To create a function definition version, you must specify the ID of the function definition
 * that you want to associate with the version. For information about creating a function
 * definition, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-functiondefinition.html"><code>AWS::Greengrass::FunctionDefinition</code></a>
 * . After you create a function definition version that contains the functions you want to deploy,
 * you must add it to your group version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::FunctionDefinitionVersion}.
 */
public final class FunctionDefinitionVersion extends Resource<FunctionDefinitionVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::FunctionDefinitionVersion")
      .required("FunctionDefinitionId", "Functions")
      .refYields("Id")
      .attributes("Id")
      .build();

  public FunctionDefinitionVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The default configuration that applies to all Lambda functions in the group. Individual Lambda
   * functions can override these settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DefaultConfig}.
   */
  public FunctionDefinitionVersion defaultConfig(Value<DefaultConfig> value) {
    return set("DefaultConfig", value);
  }

  /**
   * The ID of the function definition associated with this version. This value is a GUID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * FunctionDefinitionId}.
   */
  public FunctionDefinitionVersion functionDefinitionId(String value) {
    return set("FunctionDefinitionId", Value.of(value));
  }

  /** Sets {@code FunctionDefinitionId} to this value; see {@link #functionDefinitionId(String)}. */
  public FunctionDefinitionVersion functionDefinitionId(Value<String> value) {
    return set("FunctionDefinitionId", value);
  }

  /**
   * The functions in this version.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Functions}.
   */
  public FunctionDefinitionVersion functions(List<Function> value) {
    return set("Functions", Value.listOf(value));
  }

  /** Sets {@code Functions} to this value; see {@link #functions(List)}. */
  public FunctionDefinitionVersion functions(Value<List<Function>> value) {
    return set("Functions", value);
  }

  /** Sets {@code Functions} to a list of these; see {@link #functions(List)}. */
  public FunctionDefinitionVersion functions(Function... values) {
    return set("Functions", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The default configuration that applies to all Lambda functions in the function definition
   * version. Individual Lambda functions can override these settings.
   *
   * <p>In an CloudFormation template, <code>DefaultConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-functiondefinitionversion.html"><code>AWS::Greengrass::FunctionDefinitionVersion</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::FunctionDefinitionVersion.DefaultConfig}.
   */
  public static final class DefaultConfig extends Struct<DefaultConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::FunctionDefinitionVersion.DefaultConfig")
        .required("Execution")
        .build();

    public DefaultConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for the Lambda execution environment on the AWS IoT Greengrass core.
     *
     * <p>Required. CloudFormation property {@code Execution}.
     */
    public DefaultConfig execution(Value<Execution> value) {
      return set("Execution", value);
    }
  }

  /**
   * The environment configuration for a Lambda function on the AWS IoT Greengrass core.
   *
   * <p>In an CloudFormation template, <code>Environment</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-functionconfiguration.html"><code>FunctionConfiguration</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::FunctionDefinitionVersion.Environment}.
   */
  public static final class Environment extends Struct<Environment> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::FunctionDefinitionVersion.Environment")
        .constrain("Variables", Constraint.of().format("json"))
        .build();

    public Environment() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the function is allowed to access the <code>/sys</code> directory on the
     * core device, which allows the read device information from <code>/sys</code> .
     *
     * <p>This property applies only to Lambda functions that run in a Greengrass container.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AccessSysfs}.
     */
    public Environment accessSysfs(boolean value) {
      return set("AccessSysfs", Value.of(value));
    }

    /** Sets {@code AccessSysfs} to this value; see {@link #accessSysfs(boolean)}. */
    public Environment accessSysfs(Value<Boolean> value) {
      return set("AccessSysfs", value);
    }

    /**
     * Settings for the Lambda execution environment in AWS IoT Greengrass .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Execution}.
     */
    public Environment execution(Value<Execution> value) {
      return set("Execution", value);
    }

    /**
     * A list of the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinitionversion-resourceinstance.html">resources</a>
     * in the group that the function can access, with the corresponding read-only or read-write
     * permissions. The maximum is 10 resources.
     *
     * <p>This property applies only to Lambda functions that run in a Greengrass container.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ResourceAccessPolicies}.
     */
    public Environment resourceAccessPolicies(List<ResourceAccessPolicy> value) {
      return set("ResourceAccessPolicies", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAccessPolicies} to this value; see {@link #resourceAccessPolicies(List)}.
     */
    public Environment resourceAccessPolicies(Value<List<ResourceAccessPolicy>> value) {
      return set("ResourceAccessPolicies", value);
    }

    /**
     * Sets {@code ResourceAccessPolicies} to a list of these; see {@link
     * #resourceAccessPolicies(List)}.
     */
    public Environment resourceAccessPolicies(ResourceAccessPolicy... values) {
      return set("ResourceAccessPolicies", Value.list(values));
    }

    /**
     * Environment variables for the Lambda function.
     *
     * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
     * Variables}.
     */
    public Environment variables(Value<Json> value) {
      return set("Variables", value);
    }
  }

  /**
   * Configuration settings for the Lambda execution environment on the AWS IoT Greengrass core.
   *
   * <p>In an CloudFormation template, <code>Execution</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-defaultconfig.html"><code>DefaultConfig</code></a>
   * property type for a function definition version and the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-environment.html"><code>Environment</code></a>
   * property type for a function.
   *
   * <p>Property type {@code AWS::Greengrass::FunctionDefinitionVersion.Execution}.
   */
  public static final class Execution extends Struct<Execution> {
    private static final Schema SCHEMA = Schema.of("AWS::Greengrass::FunctionDefinitionVersion.Execution");

    public Execution() {
      super(SCHEMA);
    }

    /**
     * The containerization that the Lambda function runs in. Valid values are
     * <code>GreengrassContainer</code> or <code>NoContainer</code> . Typically, this is
     * <code>GreengrassContainer</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/lambda-group-config.html#lambda-function-containerization">Containerization</a>
     * in the <em>Developer Guide</em> .
     *
     * <ul> <li>When set on the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-defaultconfig.html"><code>DefaultConfig</code></a>
     * property of a function definition version, this setting is used as the default
     * containerization for all Lambda functions in the function definition version. <li>When set on
     * the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-environment.html"><code>Environment</code></a>
     * property of a function, this setting applies to the individual function and overrides the
     * default. Omit this value to run the function with the default containerization. </ul>
     *
     * <p>We recommend that you run in a Greengrass container unless your business case requires
     * that you run without containerization.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code IsolationMode}.
     */
    public Execution isolationMode(String value) {
      return set("IsolationMode", Value.of(value));
    }

    /** Sets {@code IsolationMode} to this value; see {@link #isolationMode(String)}. */
    public Execution isolationMode(Value<String> value) {
      return set("IsolationMode", value);
    }

    /**
     * The user and group permissions used to run the Lambda function. Typically, this is the
     * ggc_user and ggc_group. For more information, see <a
     * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/lambda-group-config.html#lambda-access-identity.html">Run
     * as</a> in the <em>Developer Guide</em> .
     *
     * <ul> <li>When set on the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-defaultconfig.html"><code>DefaultConfig</code></a>
     * property of a function definition version, this setting is used as the default access
     * identity for all Lambda functions in the function definition version. <li>When set on the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-environment.html"><code>Environment</code></a>
     * property of a function, this setting applies to the individual function and overrides the
     * default. You can override the user, group, or both. Omit this value to run the function with
     * the default permissions. </ul>
     *
     * <p>Running as the root user increases risks to your data and device. Do not run as root
     * (UID/GID=0) unless your business case requires it. For more information and requirements, see
     * <a
     * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/lambda-group-config.html#lambda-running-as-root">Running
     * a Lambda Function as Root</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RunAs}.
     */
    public Execution runAs(Value<RunAs> value) {
      return set("RunAs", value);
    }
  }

  /**
   * A function is a Lambda function that's referenced from an AWS IoT Greengrass group. The
   * function is deployed to a Greengrass core where it runs locally. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/lambda-functions.html">Run
   * Lambda Functions on the AWS IoT Greengrass Core</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Functions</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-functiondefinitionversion.html"><code>AWS::Greengrass::FunctionDefinitionVersion</code></a>
   * resource contains a list of <code>Function</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::FunctionDefinitionVersion.Function}.
   */
  public static final class Function extends Struct<Function> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::FunctionDefinitionVersion.Function")
        .required("FunctionArn", "FunctionConfiguration", "Id")
        .constrain("FunctionArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .build();

    public Function() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the alias (recommended) or version of the referenced Lambda
     * function.
     *
     * <p>Required. Changing it replaces the resource. Format: {@code AWS::Lambda::Function.Arn}.
     * CloudFormation property {@code FunctionArn}.
     */
    public Function functionArn(String value) {
      return set("FunctionArn", Value.of(value));
    }

    /** Sets {@code FunctionArn} to this value; see {@link #functionArn(String)}. */
    public Function functionArn(Value<String> value) {
      return set("FunctionArn", value);
    }

    /**
     * The group-specific settings of the Lambda function. These settings configure the function's
     * behavior in the Greengrass group.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * FunctionConfiguration}.
     */
    public Function functionConfiguration(Value<FunctionConfiguration> value) {
      return set("FunctionConfiguration", value);
    }

    /**
     * A descriptive or arbitrary ID for the function. This value must be unique within the function
     * definition version. Maximum length is 128 characters with pattern
     * <code>[a-zA-Z0-9:_-]+</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public Function id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Function id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * The group-specific configuration settings for a Lambda function. These settings configure the
   * function's behavior in the Greengrass group. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/lambda-group-config.html">Controlling
   * Execution of Greengrass Lambda Functions by Using Group-Specific Configuration</a> in the
   * <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, <code>FunctionConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-function.html"><code>Function</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::FunctionDefinitionVersion.FunctionConfiguration}.
   */
  public static final class FunctionConfiguration extends Struct<FunctionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Greengrass::FunctionDefinitionVersion.FunctionConfiguration");

    public FunctionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The expected encoding type of the input payload for the function. Valid values are
     * <code>json</code> (default) and <code>binary</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EncodingType}.
     */
    public FunctionConfiguration encodingType(String value) {
      return set("EncodingType", Value.of(value));
    }

    /** Sets {@code EncodingType} to this value; see {@link #encodingType(String)}. */
    public FunctionConfiguration encodingType(Value<String> value) {
      return set("EncodingType", value);
    }

    /**
     * The environment configuration of the function.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Environment}.
     */
    public FunctionConfiguration environment(Value<Environment> value) {
      return set("Environment", value);
    }

    /**
     * The execution arguments.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ExecArgs}.
     */
    public FunctionConfiguration execArgs(String value) {
      return set("ExecArgs", Value.of(value));
    }

    /** Sets {@code ExecArgs} to this value; see {@link #execArgs(String)}. */
    public FunctionConfiguration execArgs(Value<String> value) {
      return set("ExecArgs", value);
    }

    /**
     * The name of the function executable.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Executable}.
     */
    public FunctionConfiguration executable(String value) {
      return set("Executable", Value.of(value));
    }

    /** Sets {@code Executable} to this value; see {@link #executable(String)}. */
    public FunctionConfiguration executable(Value<String> value) {
      return set("Executable", value);
    }

    /**
     * The memory size (in KB) required by the function.
     *
     * <p>This property applies only to Lambda functions that run in a Greengrass container.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MemorySize}.
     */
    public FunctionConfiguration memorySize(int value) {
      return set("MemorySize", Value.of(value));
    }

    /** Sets {@code MemorySize} to this value; see {@link #memorySize(int)}. */
    public FunctionConfiguration memorySize(Value<Integer> value) {
      return set("MemorySize", value);
    }

    /**
     * Indicates whether the function is pinned (or <em>long-lived</em> ). Pinned functions start
     * when the core starts and process all requests in the same container. The default value is
     * false.
     *
     * <p>CloudFormation property {@code Pinned}.
     */
    public FunctionConfiguration pinned(boolean value) {
      return set("Pinned", Value.of(value));
    }

    /** Sets {@code Pinned} to this value; see {@link #pinned(boolean)}. */
    public FunctionConfiguration pinned(Value<Boolean> value) {
      return set("Pinned", value);
    }

    /**
     * The allowed execution time (in seconds) after which the function should terminate. For pinned
     * functions, this timeout applies for each request.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Timeout}.
     */
    public FunctionConfiguration timeout(int value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
    public FunctionConfiguration timeout(Value<Integer> value) {
      return set("Timeout", value);
    }
  }

  /**
   * A list of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-resourcedefinitionversion-resourceinstance.html">resources</a>
   * in the group that the function can access, with the corresponding read-only or read-write
   * permissions. The maximum is 10 resources.
   *
   * <p>This property applies only to Lambda functions that run in a Greengrass container.
   *
   * <p>In an CloudFormation template, <code>ResourceAccessPolicy</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-environment.html"><code>Environment</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::FunctionDefinitionVersion.ResourceAccessPolicy}.
   */
  public static final class ResourceAccessPolicy extends Struct<ResourceAccessPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::FunctionDefinitionVersion.ResourceAccessPolicy")
        .required("ResourceId")
        .build();

    public ResourceAccessPolicy() {
      super(SCHEMA);
    }

    /**
     * The read-only or read-write access that the Lambda function has to the resource. Valid values
     * are <code>ro</code> or <code>rw</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Permission}.
     */
    public ResourceAccessPolicy permission(String value) {
      return set("Permission", Value.of(value));
    }

    /** Sets {@code Permission} to this value; see {@link #permission(String)}. */
    public ResourceAccessPolicy permission(Value<String> value) {
      return set("Permission", value);
    }

    /**
     * The ID of the resource. This ID is assigned to the resource when you create the resource
     * definition.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceId}.
     */
    public ResourceAccessPolicy resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public ResourceAccessPolicy resourceId(Value<String> value) {
      return set("ResourceId", value);
    }
  }

  /**
   * The user and group permissions used to run the Lambda function. This setting overrides the
   * default access identity that's specified for the group (by default, ggc_user and ggc_group).
   * You can override the user, group, or both. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/lambda-group-config.html#lambda-access-identity.html">Run
   * as</a> in the <em>Developer Guide</em> .
   *
   * <p>Running as the root user increases risks to your data and device. Do not run as root
   * (UID/GID=0) unless your business case requires it. For more information and requirements, see
   * <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/lambda-group-config.html#lambda-running-as-root">Running
   * a Lambda Function as Root</a> .
   *
   * <p>In an CloudFormation template, <code>RunAs</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-functiondefinitionversion-execution.html"><code>Execution</code></a>
   * property type.
   *
   * <p>Property type {@code AWS::Greengrass::FunctionDefinitionVersion.RunAs}.
   */
  public static final class RunAs extends Struct<RunAs> {
    private static final Schema SCHEMA = Schema.of("AWS::Greengrass::FunctionDefinitionVersion.RunAs");

    public RunAs() {
      super(SCHEMA);
    }

    /**
     * The group ID whose permissions are used to run the Lambda function. You can use the
     * <code>getent group</code> command on your core device to look up the group ID.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Gid}.
     */
    public RunAs gid(int value) {
      return set("Gid", Value.of(value));
    }

    /** Sets {@code Gid} to this value; see {@link #gid(int)}. */
    public RunAs gid(Value<Integer> value) {
      return set("Gid", value);
    }

    /**
     * The user ID whose permissions are used to run the Lambda function. You can use the
     * <code>getent passwd</code> command on your core device to look up the user ID.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Uid}.
     */
    public RunAs uid(int value) {
      return set("Uid", Value.of(value));
    }

    /** Sets {@code Uid} to this value; see {@link #uid(int)}. */
    public RunAs uid(Value<Integer> value) {
      return set("Uid", value);
    }
  }
}
