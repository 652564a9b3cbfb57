// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.efs.AccessPoint;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Lambda::Function</code> resource creates a Lambda function. To create a function,
 * you need a <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html">deployment
 * package</a> and an <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html">execution
 * role</a> . The deployment package is a .zip file archive or container image that contains your
 * function code. The execution role grants the function permission to use AWS services, such as
 * Amazon CloudWatch Logs for log streaming and AWS X-Ray for request tracing.
 *
 * <p>You set the package type to <code>Image</code> if the deployment package is a <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html">container image</a> . For
 * these functions, include the URI of the container image in the Amazon ECR registry in the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html#cfn-lambda-function-code-imageuri"><code>ImageUri</code>
 * property of the <code>Code</code> property</a> . You do not need to specify the handler and
 * runtime properties.
 *
 * <p>You set the package type to <code>Zip</code> if the deployment package is a <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html#gettingstarted-package-zip">.zip
 * file archive</a> . For these functions, specify the Amazon S3 location of your .zip file in the
 * <code>Code</code> property. Alternatively, for Node.js and Python functions, you can define your
 * function inline in the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html#cfn-lambda-function-code-zipfile"><code>ZipFile</code>
 * property of the <code>Code</code> property</a> . In both cases, you must also specify the handler
 * and runtime properties.
 *
 * <p>You can use <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html">code
 * signing</a> if your deployment package is a .zip file archive. To enable code signing for this
 * function, specify the ARN of a code-signing configuration. When a user attempts to deploy a code
 * package with <code>UpdateFunctionCode</code> , Lambda checks that the code package has a valid
 * signature from a trusted publisher. The code-signing configuration includes a set of signing
 * profiles, which define the trusted publishers for this function.
 *
 * <p>When you update a <code>AWS::Lambda::Function</code> resource, CloudFormation calls the <a
 * href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html">UpdateFunctionConfiguration</a>
 * and <a
 * href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html">UpdateFunctionCode</a>
 * Lambda APIs under the hood. Because these calls happen sequentially, and invocations can happen
 * between these calls, your function may encounter errors in the time between the calls. For
 * example, if you remove an environment variable, and the code that references that environment
 * variable in the same CloudFormation update, you may see invocation errors related to a missing
 * environment variable. To work around this, you can invoke your function against a version or
 * alias by default, rather than the <code>$LATEST</code> version.
 *
 * <p>Note that you configure <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html">provisioned
 * concurrency</a> on a <code>AWS::Lambda::Version</code> or a <code>AWS::Lambda::Alias</code> .
 *
 * <p>For a complete introduction to Lambda functions, see <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-welcome.html">What is Lambda?</a> in
 * the <em>Lambda developer guide.</em>
 *
 * <p>CloudFormation type {@code AWS::Lambda::Function}.
 */
public final class Function extends Resource<Function> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function")
      .required("Code", "Role")
      .allowed("Architectures", "x86_64", "arm64")
      .constrain("CodeSigningConfigArn", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}").minLength(0).maxLength(200))
      .references("CodeSigningConfigArn", "AWS::Lambda::CodeSigningConfig.Ref")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("FunctionName", Constraint.of().pattern("^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:function:[a-zA-Z0-9_-]{1,64})$").minLength(1))
      .constrain("Handler", Constraint.of().pattern("^[^\\s]+$").minLength(0).maxLength(128))
      .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(0).maxLength(10000).format("AWS::KMS::Key.Arn"))
      .references("KmsKeyArn", "AWS::KMS::Key.Arn")
      .constrain("Layers", Constraint.of().pattern("^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+|arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)$").minLength(1))
      .references("Layers", "AWS::Lambda::LayerVersion.Ref")
      .constrain("MemorySize", Constraint.of().minimum(128).maximum(32768))
      .allowed("PackageType", "Image", "Zip")
      .allowed("RecursiveLoop", "Allow", "Terminate")
      .constrain("ReservedConcurrentExecutions", Constraint.of().minimum(0))
      .constrain("Role", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(0).maxLength(10000))
      .references("Role", "AWS::IAM::Role.Arn")
      .allowed("Runtime", "dotnet10", "dotnet6", "dotnet8", "dotnetcore1.0", "dotnetcore2.0",
          "dotnetcore2.1", "dotnetcore3.1", "go1.x", "java11", "java11.al2023", "java17",
          "java17.al2023", "java21", "java25", "java8", "java8.al2", "java8.al2023", "nodejs",
          "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x",
          "nodejs22.x", "nodejs24.x", "nodejs26.x", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10",
          "nodejs8.10", "provided", "provided.al2", "provided.al2023", "python2.7", "python3.10",
          "python3.11", "python3.12", "python3.13", "python3.14", "python3.15", "python3.6",
          "python3.7", "python3.8", "python3.9", "ruby2.5", "ruby2.7", "ruby3.2", "ruby3.3",
          "ruby3.4", "ruby4.0")
      .constrain("Timeout", Constraint.of().minimum(1).maximum(5400))
      .refYields("FunctionName")
      .attributes("Arn", "SnapStartResponse", "SnapStartResponse.ApplyOn",
          "SnapStartResponse.OptimizationStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Function(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The instruction set architecture that the function supports. Enter a string array with one of
   * the valid values (arm64 or x86_64). The default value is <code>x86_64</code> .
   *
   * <p>Allowed values: {@code x86_64}, {@code arm64}. CloudFormation property {@code
   * Architectures}.
   */
  public Function architectures(List<String> value) {
    return set("Architectures", Value.listOf(value));
  }

  /** Sets {@code Architectures} to this value; see {@link #architectures(List)}. */
  public Function architectures(Value<List<String>> value) {
    return set("Architectures", value);
  }

  /**
   * Configuration for the capacity provider that manages compute resources for Lambda functions.
   *
   * <p>CloudFormation property {@code CapacityProviderConfig}.
   */
  public Function capacityProviderConfig(Value<CapacityProviderConfig> value) {
    return set("CapacityProviderConfig", value);
  }

  /**
   * The code for the function. You can define your function code in multiple ways:
   *
   * <ul> <li>For .zip deployment packages, you can specify the Amazon S3 location of the .zip file
   * in the <code>S3Bucket</code> , <code>S3Key</code> , and <code>S3ObjectVersion</code>
   * properties. <li>For .zip deployment packages, you can alternatively define the function code
   * inline in the <code>ZipFile</code> property. This method works only for Node.js and Python
   * functions. <li>For container images, specify the URI of your container image in the Amazon ECR
   * registry in the <code>ImageUri</code> property. </ul>
   *
   * <p>Required. CloudFormation property {@code Code}.
   */
  public Function code(Value<Code> value) {
    return set("Code", value);
  }

  /**
   * Sets {@code Code} to the asset's bucket and key, where the deployer uploads it; see {@link
   * #code(Value)}.
   */
  public Function code(Asset asset) {
    return set("Code", new Code().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /**
   * To enable code signing for this function, specify the ARN of a code-signing configuration. A
   * code-signing configuration includes a set of signing profiles, which define the trusted
   * publishers for this function.
   *
   * <p>Length: 0 to 200 characters. Pattern: {@code
   * arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:code-signing-config:csc-[a-z0-9]{17}}.
   * CloudFormation property {@code CodeSigningConfigArn}.
   */
  public Function codeSigningConfigArn(String value) {
    return set("CodeSigningConfigArn", Value.of(value));
  }

  /** Sets {@code CodeSigningConfigArn} to this value; see {@link #codeSigningConfigArn(String)}. */
  public Function codeSigningConfigArn(Value<String> value) {
    return set("CodeSigningConfigArn", value);
  }

  /**
   * Sets {@code CodeSigningConfigArn} to the Ref of {@code AWS::Lambda::CodeSigningConfig}; see
   * {@link #codeSigningConfigArn(String)}.
   */
  public Function codeSigningConfigArn(CodeSigningConfig resource) {
    return set("CodeSigningConfigArn", resource.ref());
  }

  /**
   * A dead-letter queue configuration that specifies the queue or topic where Lambda sends
   * asynchronous events when they fail processing. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq">Dead-letter
   * queues</a> .
   *
   * <p>CloudFormation property {@code DeadLetterConfig}.
   */
  public Function deadLetterConfig(Value<DeadLetterConfig> value) {
    return set("DeadLetterConfig", value);
  }

  /**
   * A description of the function.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public Function description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Function description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Configuration settings for <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html">durable
   * functions</a> , including execution timeout and retention period for execution history.
   *
   * <p>CloudFormation property {@code DurableConfig}.
   */
  public Function durableConfig(Value<DurableConfig> value) {
    return set("DurableConfig", value);
  }

  /**
   * Environment variables that are accessible from function code during execution.
   *
   * <p>CloudFormation property {@code Environment}.
   */
  public Function environment(Value<Environment> value) {
    return set("Environment", value);
  }

  /**
   * The size of the function's <code>/tmp</code> directory in MB. The default value is 512, but it
   * can be any whole number between 512 and 10,240 MB.
   *
   * <p>CloudFormation property {@code EphemeralStorage}.
   */
  public Function ephemeralStorage(Value<EphemeralStorage> value) {
    return set("EphemeralStorage", value);
  }

  /**
   * Connection settings for an Amazon EFS file system. To connect a function to a file system, a
   * mount target must be available in every Availability Zone that your function connects to. If
   * your template contains an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-mounttarget.html">AWS::EFS::MountTarget</a>
   * resource, you must also specify a <code>DependsOn</code> attribute to ensure that the mount
   * target is created or updated before the function.
   *
   * <p>For more information about using the <code>DependsOn</code> attribute, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
   * Attribute</a> .
   *
   * <p>CloudFormation property {@code FileSystemConfigs}.
   */
  public Function fileSystemConfigs(List<FileSystemConfig> value) {
    return set("FileSystemConfigs", Value.listOf(value));
  }

  /** Sets {@code FileSystemConfigs} to this value; see {@link #fileSystemConfigs(List)}. */
  public Function fileSystemConfigs(Value<List<FileSystemConfig>> value) {
    return set("FileSystemConfigs", value);
  }

  /** Sets {@code FileSystemConfigs} to a list of these; see {@link #fileSystemConfigs(List)}. */
  public Function fileSystemConfigs(FileSystemConfig... values) {
    return set("FileSystemConfigs", Value.list(values));
  }

  /**
   * The name of the Lambda function, up to 64 characters in length. If you don't specify a name,
   * CloudFormation generates one.
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: at least 1 characters. Pattern: {@code
   * ^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:&#92;d{12}:function:[a-zA-Z0-9_-]{1,64})$}.
   * CloudFormation property {@code FunctionName}.
   */
  public Function functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public Function functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * Configuration that defines the scaling behavior for a Lambda Managed Instances function,
   * including the minimum and maximum number of execution environments that can be provisioned.
   *
   * <p>CloudFormation property {@code FunctionScalingConfig}.
   */
  public Function functionScalingConfig(Value<FunctionScalingConfig> value) {
    return set("FunctionScalingConfig", value);
  }

  /**
   * The name of the method within your code that Lambda calls to run your function. Handler is
   * required if the deployment package is a .zip file archive. The format includes the file name.
   * It can also include namespaces and other qualifiers, depending on the runtime. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html">Lambda
   * programming model</a> .
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation property {@code
   * Handler}.
   */
  public Function handler(String value) {
    return set("Handler", Value.of(value));
  }

  /** Sets {@code Handler} to this value; see {@link #handler(String)}. */
  public Function handler(Value<String> value) {
    return set("Handler", value);
  }

  /**
   * Configuration values that override the container image Dockerfile settings. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms">Container
   * image settings</a> .
   *
   * <p>CloudFormation property {@code ImageConfig}.
   */
  public Function imageConfig(Value<ImageConfig> value) {
    return set("ImageConfig", value);
  }

  /**
   * The ARN of the AWS Key Management Service ( AWS ) customer managed key that's used to encrypt
   * the following resources:
   *
   * <ul> <li>The function's <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption">environment
   * variables</a> . <li>The function's <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/snapstart-security.html">Lambda
   * SnapStart</a> snapshots. <li>When used with <code>SourceKMSKeyArn</code> , the unzipped version
   * of the .zip deployment package that's used for function invocations. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/encrypt-zip-package.html#enable-zip-custom-encryption">Specifying
   * a customer managed key for Lambda</a> . <li>The optimized version of the container image that's
   * used for function invocations. Note that this is not the same key that's used to protect your
   * container image in the Amazon Elastic Container Registry (Amazon ECR). For more information,
   * see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-lifecycle">Function
   * lifecycle</a> . </ul>
   *
   * <p>If you don't provide a customer managed key, Lambda uses an <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk">AWS
   * owned key</a> or an <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk">AWS
   * managed key</a> .
   *
   * <p>Length: 0 to 10000 characters. Pattern: {@code ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Function kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Function kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /** Sets {@code KmsKeyArn} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyArn(String)}. */
  public Function kmsKeyArn(Key resource) {
    return set("KmsKeyArn", resource.arn());
  }

  /**
   * A list of <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html">function
   * layers</a> to add to the function's execution environment. Specify each layer by its ARN,
   * including the version.
   *
   * <p>Length: at least 1 characters. Pattern: {@code
   * ^(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:&#92;d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+|arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)$}.
   * CloudFormation property {@code Layers}.
   */
  public Function layers(List<String> value) {
    return set("Layers", Value.listOf(value));
  }

  /** Sets {@code Layers} to this value; see {@link #layers(List)}. */
  public Function layers(Value<List<String>> value) {
    return set("Layers", value);
  }

  /**
   * Sets {@code Layers} to the Ref of each {@code AWS::Lambda::LayerVersion}; see {@link
   * #layers(List)}.
   */
  public Function layers(LayerVersion... resources) {
    return set("Layers", Value.refs(resources));
  }

  /**
   * The function's Amazon CloudWatch Logs configuration settings.
   *
   * <p>CloudFormation property {@code LoggingConfig}.
   */
  public Function loggingConfig(Value<LoggingConfig> value) {
    return set("LoggingConfig", value);
  }

  /**
   * The amount of <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console">memory
   * available to the function</a> at runtime. Increasing the function memory also increases its CPU
   * allocation. The default value is 128 MB. The value can be any multiple of 1 MB. Note that new
   * AWS accounts have reduced concurrency and memory quotas. AWS raises these quotas automatically
   * based on your usage. You can also request a quota increase.
   *
   * <p>Range: 128 to 32768. CloudFormation property {@code MemorySize}.
   */
  public Function memorySize(int value) {
    return set("MemorySize", Value.of(value));
  }

  /** Sets {@code MemorySize} to this value; see {@link #memorySize(int)}. */
  public Function memorySize(Value<Integer> value) {
    return set("MemorySize", value);
  }

  /**
   * The type of deployment package. Set to <code>Image</code> for container image and set
   * <code>Zip</code> for .zip file archive.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Image}, {@code Zip}.
   * CloudFormation property {@code PackageType}.
   */
  public Function packageType(String value) {
    return set("PackageType", Value.of(value));
  }

  /** Sets {@code PackageType} to this value; see {@link #packageType(String)}. */
  public Function packageType(Value<String> value) {
    return set("PackageType", value);
  }

  /** CloudFormation property {@code PublishToLatestPublished}. */
  public Function publishToLatestPublished(boolean value) {
    return set("PublishToLatestPublished", Value.of(value));
  }

  /**
   * Sets {@code PublishToLatestPublished} to this value; see {@link
   * #publishToLatestPublished(boolean)}.
   */
  public Function publishToLatestPublished(Value<Boolean> value) {
    return set("PublishToLatestPublished", value);
  }

  /**
   * The status of your function's recursive loop detection configuration.
   *
   * <p>When this value is set to <code>Allow</code> and Lambda detects your function being invoked
   * as part of a recursive loop, it doesn't take any action.
   *
   * <p>When this value is set to <code>Terminate</code> and Lambda detects your function being
   * invoked as part of a recursive loop, it stops your function being invoked and notifies you.
   *
   * <p>Allowed values: {@code Allow}, {@code Terminate}. CloudFormation property {@code
   * RecursiveLoop}.
   */
  public Function recursiveLoop(String value) {
    return set("RecursiveLoop", Value.of(value));
  }

  /** Sets {@code RecursiveLoop} to this value; see {@link #recursiveLoop(String)}. */
  public Function recursiveLoop(Value<String> value) {
    return set("RecursiveLoop", value);
  }

  /**
   * The number of simultaneous executions to reserve for the function.
   *
   * <p>Range: at least 0. CloudFormation property {@code ReservedConcurrentExecutions}.
   */
  public Function reservedConcurrentExecutions(int value) {
    return set("ReservedConcurrentExecutions", Value.of(value));
  }

  /**
   * Sets {@code ReservedConcurrentExecutions} to this value; see {@link
   * #reservedConcurrentExecutions(int)}.
   */
  public Function reservedConcurrentExecutions(Value<Integer> value) {
    return set("ReservedConcurrentExecutions", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the function's execution role.
   *
   * <p>Required. Length: 0 to 10000 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
   * property {@code Role}.
   */
  public Function role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Function role(Value<String> value) {
    return set("Role", value);
  }

  /** Sets {@code Role} to the Arn of {@code AWS::IAM::Role}; see {@link #role(String)}. */
  public Function role(Role resource) {
    return set("Role", resource.arn());
  }

  /**
   * The identifier of the function's <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html">runtime</a> . Runtime
   * is required if the deployment package is a .zip file archive. Specifying a runtime results in
   * an error if you're deploying a function using a container image.
   *
   * <p>The following list includes deprecated runtimes. Lambda blocks creating new functions and
   * updating existing functions shortly after each runtime is deprecated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-deprecation-levels">Runtime
   * use after deprecation</a> .
   *
   * <p>For a list of all currently supported runtimes, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-supported">Supported
   * runtimes</a> .
   *
   * <p>Allowed values: {@code dotnet10}, {@code dotnet6}, {@code dotnet8}, {@code dotnetcore1.0},
   * {@code dotnetcore2.0}, {@code dotnetcore2.1}, {@code dotnetcore3.1}, {@code go1.x}, {@code
   * java11}, {@code java11.al2023}, {@code java17}, {@code java17.al2023}, {@code java21}, {@code
   * java25}, {@code java8}, {@code java8.al2}, {@code java8.al2023}, {@code nodejs}, {@code
   * nodejs10.x}, {@code nodejs12.x}, {@code nodejs14.x}, {@code nodejs16.x}, {@code nodejs18.x},
   * {@code nodejs20.x}, {@code nodejs22.x}, {@code nodejs24.x}, {@code nodejs26.x}, {@code
   * nodejs4.3}, {@code nodejs4.3-edge}, {@code nodejs6.10}, {@code nodejs8.10}, {@code provided},
   * {@code provided.al2}, {@code provided.al2023}, {@code python2.7}, {@code python3.10}, {@code
   * python3.11}, {@code python3.12}, {@code python3.13}, {@code python3.14}, {@code python3.15},
   * {@code python3.6}, {@code python3.7}, {@code python3.8}, {@code python3.9}, {@code ruby2.5},
   * {@code ruby2.7}, {@code ruby3.2}, {@code ruby3.3}, {@code ruby3.4}, {@code ruby4.0}.
   * CloudFormation property {@code Runtime}.
   */
  public Function runtime(String value) {
    return set("Runtime", Value.of(value));
  }

  /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
  public Function runtime(Value<String> value) {
    return set("Runtime", value);
  }

  /**
   * Sets the runtime management configuration for a function's version. For more information, see
   * <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html">Runtime updates</a>
   * .
   *
   * <p>CloudFormation property {@code RuntimeManagementConfig}.
   */
  public Function runtimeManagementConfig(Value<RuntimeManagementConfig> value) {
    return set("RuntimeManagementConfig", value);
  }

  /**
   * The function's <a href="https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html">AWS Lambda
   * SnapStart</a> setting.
   *
   * <p>CloudFormation property {@code SnapStart}.
   */
  public Function snapStart(Value<SnapStart> value) {
    return set("SnapStart", value);
  }

  /**
   * A list of <a href="https://docs.aws.amazon.com/lambda/latest/dg/tagging.html">tags</a> to apply
   * to the function.
   *
   * <p>You must have the <code>lambda:TagResource</code> , <code>lambda:UntagResource</code> , and
   * <code>lambda:ListTags</code> permissions for your <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html">IAM
   * principal</a> to manage the CloudFormation stack. If you don't have these permissions, there
   * might be unexpected behavior with stack-level tags propagating to the resource during resource
   * creation and update.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Function tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Function tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Function tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The function's tenant isolation configuration settings. Determines whether the Lambda function
   * runs on a shared or dedicated infrastructure per unique tenant.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TenancyConfig}.
   */
  public Function tenancyConfig(Value<TenancyConfig> value) {
    return set("TenancyConfig", value);
  }

  /**
   * The amount of time (in seconds) that Lambda allows a function to run before stopping it. The
   * default is 3 seconds. The maximum allowed value is 900 seconds. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html">Lambda execution
   * environment</a> .
   *
   * <p>Range: 1 to 5400. CloudFormation property {@code Timeout}.
   */
  public Function timeout(int value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
  public Function timeout(Value<Integer> value) {
    return set("Timeout", value);
  }

  /**
   * Set <code>Mode</code> to <code>Active</code> to sample and trace a subset of incoming requests
   * with <a href="https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html">X-Ray</a> .
   *
   * <p>CloudFormation property {@code TracingConfig}.
   */
  public Function tracingConfig(Value<TracingConfig> value) {
    return set("TracingConfig", value);
  }

  /**
   * For network connectivity to AWS resources in a VPC, specify a list of security groups and
   * subnets in the VPC. When you connect a function to a VPC, it can access resources and the
   * internet only through that VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html">Configuring a Lambda
   * function to access resources in a VPC</a> .
   *
   * <p>CloudFormation property {@code VpcConfig}.
   */
  public Function vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The function's <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html">SnapStart</a> setting.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapStartResponse}.
   */
  public Value<SnapStartResponse> snapStartResponse() {
    return getAtt("SnapStartResponse");
  }

  /**
   * When set to <code>PublishedVersions</code>, Lambda creates a snapshot of the execution
   * environment when you publish a function version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapStartResponse.ApplyOn}.
   */
  public Value<String> snapStartResponseApplyOn() {
    return getAtt("SnapStartResponse.ApplyOn");
  }

  /**
   * When you provide a <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using">qualified
   * Amazon Resource Name (ARN)</a>, this response element indicates whether SnapStart is activated
   * for the specified function version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapStartResponse.OptimizationStatus}.
   */
  public Value<String> snapStartResponseOptimizationStatus() {
    return getAtt("SnapStartResponse.OptimizationStatus");
  }

  /**
   * Configuration for the capacity provider that manages compute resources for Lambda functions.
   *
   * <p>Property type {@code AWS::Lambda::Function.CapacityProviderConfig}.
   */
  public static final class CapacityProviderConfig extends Struct<CapacityProviderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.CapacityProviderConfig")
        .required("LambdaManagedInstancesCapacityProviderConfig")
        .build();

    public CapacityProviderConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration for Lambda-managed instances used by the capacity provider.
     *
     * <p>Required. CloudFormation property {@code LambdaManagedInstancesCapacityProviderConfig}.
     */
    public CapacityProviderConfig lambdaManagedInstancesCapacityProviderConfig(Value<LambdaManagedInstancesCapacityProviderConfig> value) {
      return set("LambdaManagedInstancesCapacityProviderConfig", value);
    }
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html">deployment
   * package</a> for a Lambda function. To deploy a function defined as a container image, you
   * specify the location of a container image in the Amazon ECR registry. For a .zip file
   * deployment package, you can specify the location of an object in Amazon S3. For Node.js and
   * Python functions, you can specify the function code inline in the template.
   *
   * <p>When you specify source code inline for a Node.js function, the <code>index</code> file that
   * CloudFormation creates uses the extension <code>.js</code> . This means that Node.js treats the
   * file as a CommonJS module.
   *
   * <p>Changes to a deployment package in Amazon S3 or a container image in ECR are not detected
   * automatically during stack updates. To update the function code, change the object key or
   * version in the template.
   *
   * <p>Property type {@code AWS::Lambda::Function.Code}.
   */
  public static final class Code extends Struct<Code> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.Code")
        .constrain("S3Bucket", Constraint.of().pattern("^[0-9A-Za-z\\.\\-_]*(?<!\\.)$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("S3Bucket", "AWS::S3::Bucket.Ref")
        .constrain("S3Key", Constraint.of().minLength(1).maxLength(1024))
        .allowed("S3ObjectStorageMode", "COPY", "REFERENCE")
        .constrain("S3ObjectVersion", Constraint.of().minLength(1).maxLength(1024))
        .constrain("SourceKMSKeyArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(0).maxLength(10000))
        .build();

    public Code() {
      super(SCHEMA);
    }

    /**
     * URI of a <a href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html">container
     * image</a> in the Amazon ECR registry.
     *
     * <p>CloudFormation property {@code ImageUri}.
     */
    public Code imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public Code imageUri(Value<String> value) {
      return set("ImageUri", value);
    }

    /**
     * An Amazon S3 bucket in the same AWS Region as your function. The bucket can be in a different
     * AWS account .
     *
     * <p>Length: 3 to 63 characters. Pattern: {@code ^[0-9A-Za-z&#92;.&#92;-_]*(?&lt;!&#92;.)$}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public Code s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public Code s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * Sets {@code S3Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #s3Bucket(String)}.
     */
    public Code s3Bucket(Bucket resource) {
      return set("S3Bucket", resource.ref());
    }

    /**
     * The Amazon S3 key of the deployment package.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code S3Key}.
     */
    public Code s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public Code s3Key(Value<String> value) {
      return set("S3Key", value);
    }

    /**
     * Specifies the storage mode for the deployment package. Use <code>COPY</code> to store the
     * package in LAMlong-managed storage. Use <code>REFERENCE</code> to read the package directly
     * from the Amazon S3 bucket. If omitted, the default is <code>COPY</code>.
     *
     * <p>Allowed values: {@code COPY}, {@code REFERENCE}. CloudFormation property {@code
     * S3ObjectStorageMode}.
     */
    public Code s3ObjectStorageMode(String value) {
      return set("S3ObjectStorageMode", Value.of(value));
    }

    /** Sets {@code S3ObjectStorageMode} to this value; see {@link #s3ObjectStorageMode(String)}. */
    public Code s3ObjectStorageMode(Value<String> value) {
      return set("S3ObjectStorageMode", value);
    }

    /**
     * For versioned objects, the version of the deployment package object to use.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code S3ObjectVersion}.
     */
    public Code s3ObjectVersion(String value) {
      return set("S3ObjectVersion", Value.of(value));
    }

    /** Sets {@code S3ObjectVersion} to this value; see {@link #s3ObjectVersion(String)}. */
    public Code s3ObjectVersion(Value<String> value) {
      return set("S3ObjectVersion", value);
    }

    /**
     * The ARN of the AWS Key Management Service ( AWS ) customer managed key that's used to encrypt
     * your function's .zip deployment package. If you don't provide a customer managed key, Lambda
     * uses an <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk">AWS
     * owned key</a> .
     *
     * <p>Length: 0 to 10000 characters. Pattern: {@code
     * ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. CloudFormation property {@code SourceKMSKeyArn}.
     */
    public Code sourceKMSKeyArn(String value) {
      return set("SourceKMSKeyArn", Value.of(value));
    }

    /** Sets {@code SourceKMSKeyArn} to this value; see {@link #sourceKMSKeyArn(String)}. */
    public Code sourceKMSKeyArn(Value<String> value) {
      return set("SourceKMSKeyArn", value);
    }

    /**
     * (Node.js and Python) The source code of your Lambda function. If you include your function
     * source inline with this parameter, CloudFormation places it in a file named
     * <code>index</code> and zips it to create a <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html">deployment
     * package</a> . This zip file cannot exceed 4MB. For the <code>Handler</code> property, the
     * first part of the handler identifier must be <code>index</code> . For example,
     * <code>index.handler</code> .
     *
     * <p>When you specify source code inline for a Node.js function, the <code>index</code> file
     * that CloudFormation creates uses the extension <code>.js</code> . This means that Node.js
     * treats the file as a CommonJS module. When using Node.js 24 or later, Node.js can
     * automatically detect if a <code>.js</code> file should be treated as CommonJS or as an ES
     * module. To enable auto-detection, add the <code>--experimental-detect-module</code> flag to
     * the <code>NODE_OPTIONS</code> environment variable. For more information, see <a
     * href="https://docs.aws.amazon.com//lambda/latest/dg/lambda-nodejs.html#nodejs-experimental-features">Experimental
     * Node.js features</a> .
     *
     * <p>For JSON, you must escape quotes and special characters such as newline (
     * <code>&#92;n</code> ) with a backslash.
     *
     * <p>If you specify a function that interacts with an AWS CloudFormation custom resource, you
     * don't have to write your own functions to send responses to the custom resource that invoked
     * the function. AWS CloudFormation provides a response module ( <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-lambda-function-code-cfnresponsemodule.html">cfn-response</a>
     * ) that simplifies sending responses. See <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/services-cloudformation.html">Using AWS
     * Lambda with AWS CloudFormation</a> for details.
     *
     * <p>CloudFormation property {@code ZipFile}.
     */
    public Code zipFile(String value) {
      return set("ZipFile", Value.of(value));
    }

    /** Sets {@code ZipFile} to this value; see {@link #zipFile(String)}. */
    public Code zipFile(Value<String> value) {
      return set("ZipFile", value);
    }
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq">dead-letter
   * queue</a> for failed asynchronous invocations.
   *
   * <p>Property type {@code AWS::Lambda::Function.DeadLetterConfig}.
   */
  public static final class DeadLetterConfig extends Struct<DeadLetterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.DeadLetterConfig")
        .constrain("TargetArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(0).maxLength(10000))
        .references("TargetArn", "AWS::SQS::Queue.Arn", "AWS::SNS::Topic.Ref")
        .build();

    public DeadLetterConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
     *
     * <p>Length: 0 to 10000 characters. Pattern: {@code
     * ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. CloudFormation property {@code TargetArn}.
     */
    public DeadLetterConfig targetArn(String value) {
      return set("TargetArn", Value.of(value));
    }

    /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
    public DeadLetterConfig targetArn(Value<String> value) {
      return set("TargetArn", value);
    }

    /**
     * Sets {@code TargetArn} to the Arn of {@code AWS::SQS::Queue}; see {@link #targetArn(String)}.
     */
    public DeadLetterConfig targetArn(Queue resource) {
      return set("TargetArn", resource.arn());
    }

    /**
     * Sets {@code TargetArn} to the Ref of {@code AWS::SNS::Topic}; see {@link #targetArn(String)}.
     */
    public DeadLetterConfig targetArn(Topic resource) {
      return set("TargetArn", resource.ref());
    }
  }

  /**
   * Configuration settings for <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html">durable
   * functions</a> , including execution timeout and retention period for execution history.
   *
   * <p>Property type {@code AWS::Lambda::Function.DurableConfig}.
   */
  public static final class DurableConfig extends Struct<DurableConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.DurableConfig")
        .required("ExecutionTimeout")
        .constrain("ExecutionTimeout", Constraint.of().minimum(1).maximum(31622400))
        .constrain("KMSKeyArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(0).maxLength(10000).format("AWS::KMS::Key.Arn"))
        .constrain("RetentionPeriodInDays", Constraint.of().minimum(1).maximum(90))
        .build();

    public DurableConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum time (in seconds) that a durable execution can run before timing out. This
     * timeout applies to the entire durable execution, not individual function invocations.
     *
     * <p>Required. Range: 1 to 31622400. CloudFormation property {@code ExecutionTimeout}.
     */
    public DurableConfig executionTimeout(int value) {
      return set("ExecutionTimeout", Value.of(value));
    }

    /** Sets {@code ExecutionTimeout} to this value; see {@link #executionTimeout(int)}. */
    public DurableConfig executionTimeout(Value<Integer> value) {
      return set("ExecutionTimeout", value);
    }

    /**
     * The ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable
     * execution's payload data, including input, output, and error payloads.
     *
     * <p>Length: 0 to 10000 characters. Pattern: {@code
     * ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. Format: {@code AWS::KMS::Key.Arn}.
     * CloudFormation property {@code KMSKeyArn}.
     */
    public DurableConfig kmsKeyArn(String value) {
      return set("KMSKeyArn", Value.of(value));
    }

    /** Sets {@code KMSKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public DurableConfig kmsKeyArn(Value<String> value) {
      return set("KMSKeyArn", value);
    }

    /**
     * The number of days to retain execution history after a durable execution completes. After
     * this period, execution history is no longer available through the GetDurableExecutionHistory
     * API.
     *
     * <p>Range: 1 to 90. Default: {@code 14}. CloudFormation property {@code
     * RetentionPeriodInDays}.
     */
    public DurableConfig retentionPeriodInDays(int value) {
      return set("RetentionPeriodInDays", Value.of(value));
    }

    /**
     * Sets {@code RetentionPeriodInDays} to this value; see {@link #retentionPeriodInDays(int)}.
     */
    public DurableConfig retentionPeriodInDays(Value<Integer> value) {
      return set("RetentionPeriodInDays", value);
    }
  }

  /**
   * A function's environment variable settings. You can use environment variables to adjust your
   * function's behavior without updating code. An environment variable is a pair of strings that
   * are stored in a function's version-specific configuration.
   *
   * <p>Property type {@code AWS::Lambda::Function.Environment}.
   */
  public static final class Environment extends Struct<Environment> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::Function.Environment");

    public Environment() {
      super(SCHEMA);
    }

    /**
     * Environment variable key-value pairs. For more information, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html">Using Lambda
     * environment variables</a> .
     *
     * <p>If the value of the environment variable is a time or a duration, enclose the value in
     * quotes.
     *
     * <p>CloudFormation property {@code Variables}.
     */
    public Environment variables(Map<String, String> value) {
      return set("Variables", Value.mapOf(value));
    }

    /** Sets {@code Variables} to this value; see {@link #variables(Map)}. */
    public Environment variables(Value<Map<String, String>> value) {
      return set("Variables", value);
    }
  }

  /**
   * The size of the function's <code>/tmp</code> directory in MB. The default value is 512, but it
   * can be any whole number between 512 and 10,240 MB.
   *
   * <p>Property type {@code AWS::Lambda::Function.EphemeralStorage}.
   */
  public static final class EphemeralStorage extends Struct<EphemeralStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.EphemeralStorage")
        .required("Size")
        .constrain("Size", Constraint.of().minimum(512).maximum(32768))
        .build();

    public EphemeralStorage() {
      super(SCHEMA);
    }

    /**
     * The size of the function's <code>/tmp</code> directory.
     *
     * <p>Required. Range: 512 to 32768. CloudFormation property {@code Size}.
     */
    public EphemeralStorage size(int value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(int)}. */
    public EphemeralStorage size(Value<Integer> value) {
      return set("Size", value);
    }
  }

  /**
   * Details about the connection between a Lambda function and an <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html">Amazon EFS
   * file system</a> .
   *
   * <p>Property type {@code AWS::Lambda::Function.FileSystemConfig}.
   */
  public static final class FileSystemConfig extends Struct<FileSystemConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.FileSystemConfig")
        .required("Arn", "LocalMountPath")
        .constrain("Arn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$").maxLength(200))
        .references("Arn", "AWS::EFS::AccessPoint.Arn")
        .constrain("LocalMountPath", Constraint.of().pattern("^/mnt/[a-zA-Z0-9-_.]+$").minLength(0).maxLength(160))
        .build();

    public FileSystemConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon EFS access point that provides access to the
     * file system.
     *
     * <p>Required. Length: at most 200 characters. Pattern: {@code
     * ^arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}$}.
     * CloudFormation property {@code Arn}.
     */
    public FileSystemConfig arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public FileSystemConfig arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Sets {@code Arn} to the Arn of {@code AWS::EFS::AccessPoint}; see {@link #arn(String)}. */
    public FileSystemConfig arn(AccessPoint resource) {
      return set("Arn", resource.arn());
    }

    /**
     * The path where the function can access the file system, starting with <code>/mnt/</code> .
     *
     * <p>Required. Length: 0 to 160 characters. Pattern: {@code ^/mnt/[a-zA-Z0-9-_.]+$}.
     * CloudFormation property {@code LocalMountPath}.
     */
    public FileSystemConfig localMountPath(String value) {
      return set("LocalMountPath", Value.of(value));
    }

    /** Sets {@code LocalMountPath} to this value; see {@link #localMountPath(String)}. */
    public FileSystemConfig localMountPath(Value<String> value) {
      return set("LocalMountPath", value);
    }

    /**
     * Setting controls how your function accesses data from an Amazon S3 file system.
     *
     * <p>CloudFormation property {@code S3FilesConfig}.
     */
    public FileSystemConfig s3FilesConfig(Value<S3FilesConfig> value) {
      return set("S3FilesConfig", value);
    }
  }

  /**
   * Configuration that defines the scaling behavior for a Lambda Managed Instances function,
   * including the minimum and maximum number of execution environments that can be provisioned.
   *
   * <p>Property type {@code AWS::Lambda::Function.FunctionScalingConfig}.
   */
  public static final class FunctionScalingConfig extends Struct<FunctionScalingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.FunctionScalingConfig")
        .constrain("MaxExecutionEnvironments", Constraint.of().minimum(0).maximum(15000))
        .constrain("MinExecutionEnvironments", Constraint.of().minimum(0).maximum(15000))
        .build();

    public FunctionScalingConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of execution environments that can be provisioned for the function.
     *
     * <p>Range: 0 to 15000. CloudFormation property {@code MaxExecutionEnvironments}.
     */
    public FunctionScalingConfig maxExecutionEnvironments(int value) {
      return set("MaxExecutionEnvironments", Value.of(value));
    }

    /**
     * Sets {@code MaxExecutionEnvironments} to this value; see {@link
     * #maxExecutionEnvironments(int)}.
     */
    public FunctionScalingConfig maxExecutionEnvironments(Value<Integer> value) {
      return set("MaxExecutionEnvironments", value);
    }

    /**
     * The minimum number of execution environments to maintain for the function.
     *
     * <p>Range: 0 to 15000. CloudFormation property {@code MinExecutionEnvironments}.
     */
    public FunctionScalingConfig minExecutionEnvironments(int value) {
      return set("MinExecutionEnvironments", Value.of(value));
    }

    /**
     * Sets {@code MinExecutionEnvironments} to this value; see {@link
     * #minExecutionEnvironments(int)}.
     */
    public FunctionScalingConfig minExecutionEnvironments(Value<Integer> value) {
      return set("MinExecutionEnvironments", value);
    }
  }

  /**
   * Configuration values that override the container image Dockerfile settings. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms">Container
   * image settings</a> .
   *
   * <p>Property type {@code AWS::Lambda::Function.ImageConfig}.
   */
  public static final class ImageConfig extends Struct<ImageConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.ImageConfig")
        .constrain("WorkingDirectory", Constraint.of().minLength(0).maxLength(1000))
        .build();

    public ImageConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies parameters that you want to pass in with ENTRYPOINT. You can specify a maximum of
     * 1,500 parameters in the list.
     *
     * <p>CloudFormation property {@code Command}.
     */
    public ImageConfig command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ImageConfig command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * Specifies the entry point to their application, which is typically the location of the
     * runtime executable. You can specify a maximum of 1,500 string entries in the list.
     *
     * <p>CloudFormation property {@code EntryPoint}.
     */
    public ImageConfig entryPoint(List<String> value) {
      return set("EntryPoint", Value.listOf(value));
    }

    /** Sets {@code EntryPoint} to this value; see {@link #entryPoint(List)}. */
    public ImageConfig entryPoint(Value<List<String>> value) {
      return set("EntryPoint", value);
    }

    /**
     * Specifies the working directory. The length of the directory string cannot exceed 1,000
     * characters.
     *
     * <p>Length: 0 to 1000 characters. CloudFormation property {@code WorkingDirectory}.
     */
    public ImageConfig workingDirectory(String value) {
      return set("WorkingDirectory", Value.of(value));
    }

    /** Sets {@code WorkingDirectory} to this value; see {@link #workingDirectory(String)}. */
    public ImageConfig workingDirectory(Value<String> value) {
      return set("WorkingDirectory", value);
    }
  }

  /**
   * Configuration for Lambda-managed instances used by the capacity provider.
   *
   * <p>Property type {@code AWS::Lambda::Function.LambdaManagedInstancesCapacityProviderConfig}.
   */
  public static final class LambdaManagedInstancesCapacityProviderConfig extends Struct<LambdaManagedInstancesCapacityProviderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.LambdaManagedInstancesCapacityProviderConfig")
        .required("CapacityProviderArn")
        .constrain("CapacityProviderArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+$").minLength(1).maxLength(140))
        .constrain("ExecutionEnvironmentMemoryGiBPerVCpu", Constraint.of().minimum(2).maximum(8))
        .constrain("PerExecutionEnvironmentMaxConcurrency", Constraint.of().minimum(1).maximum(1600))
        .build();

    public LambdaManagedInstancesCapacityProviderConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the capacity provider.
     *
     * <p>Required. Length: 1 to 140 characters. Pattern: {@code
     * ^arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:capacity-provider:[a-zA-Z0-9-_]+$}.
     * CloudFormation property {@code CapacityProviderArn}.
     */
    public LambdaManagedInstancesCapacityProviderConfig capacityProviderArn(String value) {
      return set("CapacityProviderArn", Value.of(value));
    }

    /** Sets {@code CapacityProviderArn} to this value; see {@link #capacityProviderArn(String)}. */
    public LambdaManagedInstancesCapacityProviderConfig capacityProviderArn(Value<String> value) {
      return set("CapacityProviderArn", value);
    }

    /**
     * The amount of memory in GiB allocated per vCPU for execution environments.
     *
     * <p>Range: 2 to 8. CloudFormation property {@code ExecutionEnvironmentMemoryGiBPerVCpu}.
     */
    public LambdaManagedInstancesCapacityProviderConfig executionEnvironmentMemoryGiBPerVCpu(double value) {
      return set("ExecutionEnvironmentMemoryGiBPerVCpu", Value.of(value));
    }

    /**
     * Sets {@code ExecutionEnvironmentMemoryGiBPerVCpu} to this value; see {@link
     * #executionEnvironmentMemoryGiBPerVCpu(double)}.
     */
    public LambdaManagedInstancesCapacityProviderConfig executionEnvironmentMemoryGiBPerVCpu(Value<Double> value) {
      return set("ExecutionEnvironmentMemoryGiBPerVCpu", value);
    }

    /**
     * The maximum number of concurrent executions that can run on each execution environment.
     *
     * <p>Range: 1 to 1600. CloudFormation property {@code PerExecutionEnvironmentMaxConcurrency}.
     */
    public LambdaManagedInstancesCapacityProviderConfig perExecutionEnvironmentMaxConcurrency(int value) {
      return set("PerExecutionEnvironmentMaxConcurrency", Value.of(value));
    }

    /**
     * Sets {@code PerExecutionEnvironmentMaxConcurrency} to this value; see {@link
     * #perExecutionEnvironmentMaxConcurrency(int)}.
     */
    public LambdaManagedInstancesCapacityProviderConfig perExecutionEnvironmentMaxConcurrency(Value<Integer> value) {
      return set("PerExecutionEnvironmentMaxConcurrency", value);
    }
  }

  /**
   * The function's Amazon CloudWatch Logs configuration settings.
   *
   * <p>Property type {@code AWS::Lambda::Function.LoggingConfig}.
   */
  public static final class LoggingConfig extends Struct<LoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.LoggingConfig")
        .allowed("ApplicationLogLevel", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL")
        .allowed("LogFormat", "Text", "JSON")
        .constrain("LogGroup", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(512))
        .references("LogGroup", "AWS::Logs::LogGroup.Ref")
        .allowed("SystemLogLevel", "DEBUG", "INFO", "WARN")
        .build();

    public LoggingConfig() {
      super(SCHEMA);
    }

    /**
     * Set this property to filter the application logs for your function that Lambda sends to
     * CloudWatch. Lambda only sends application logs at the selected level of detail and lower,
     * where <code>TRACE</code> is the highest level and <code>FATAL</code> is the lowest.
     *
     * <p>Allowed values: {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR},
     * {@code FATAL}. CloudFormation property {@code ApplicationLogLevel}.
     */
    public LoggingConfig applicationLogLevel(String value) {
      return set("ApplicationLogLevel", Value.of(value));
    }

    /** Sets {@code ApplicationLogLevel} to this value; see {@link #applicationLogLevel(String)}. */
    public LoggingConfig applicationLogLevel(Value<String> value) {
      return set("ApplicationLogLevel", value);
    }

    /**
     * The format in which Lambda sends your function's application and system logs to CloudWatch.
     * Select between plain text and structured JSON.
     *
     * <p>Allowed values: {@code Text}, {@code JSON}. CloudFormation property {@code LogFormat}.
     */
    public LoggingConfig logFormat(String value) {
      return set("LogFormat", Value.of(value));
    }

    /** Sets {@code LogFormat} to this value; see {@link #logFormat(String)}. */
    public LoggingConfig logFormat(Value<String> value) {
      return set("LogFormat", value);
    }

    /**
     * The name of the Amazon CloudWatch log group the function sends logs to. By default, Lambda
     * functions send logs to a default log group named <code>/aws/lambda/&lt;function
     * name&gt;</code> . To use a different log group, enter an existing log group or enter a new
     * log group name.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code [&#92;.&#92;-_/#A-Za-z0-9]+}. CloudFormation
     * property {@code LogGroup}.
     */
    public LoggingConfig logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public LoggingConfig logGroup(Value<String> value) {
      return set("LogGroup", value);
    }

    /**
     * Sets {@code LogGroup} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
     * #logGroup(String)}.
     */
    public LoggingConfig logGroup(LogGroup resource) {
      return set("LogGroup", resource.ref());
    }

    /**
     * Set this property to filter the system logs for your function that Lambda sends to
     * CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where
     * <code>DEBUG</code> is the highest level and <code>WARN</code> is the lowest.
     *
     * <p>Allowed values: {@code DEBUG}, {@code INFO}, {@code WARN}. CloudFormation property {@code
     * SystemLogLevel}.
     */
    public LoggingConfig systemLogLevel(String value) {
      return set("SystemLogLevel", Value.of(value));
    }

    /** Sets {@code SystemLogLevel} to this value; see {@link #systemLogLevel(String)}. */
    public LoggingConfig systemLogLevel(Value<String> value) {
      return set("SystemLogLevel", value);
    }
  }

  /**
   * Sets the runtime management configuration for a function's version. For more information, see
   * <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html">Runtime updates</a>
   * .
   *
   * <p>Property type {@code AWS::Lambda::Function.RuntimeManagementConfig}.
   */
  public static final class RuntimeManagementConfig extends Struct<RuntimeManagementConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.RuntimeManagementConfig")
        .required("UpdateRuntimeOn")
        .allowed("UpdateRuntimeOn", "Auto", "FunctionUpdate", "Manual")
        .build();

    public RuntimeManagementConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the runtime version you want the function to use.
     *
     * <p>This is only required if you're using the <em>Manual</em> runtime update mode.
     *
     * <p>CloudFormation property {@code RuntimeVersionArn}.
     */
    public RuntimeManagementConfig runtimeVersionArn(String value) {
      return set("RuntimeVersionArn", Value.of(value));
    }

    /** Sets {@code RuntimeVersionArn} to this value; see {@link #runtimeVersionArn(String)}. */
    public RuntimeManagementConfig runtimeVersionArn(Value<String> value) {
      return set("RuntimeVersionArn", value);
    }

    /**
     * Specify the runtime update mode.
     *
     * <ul> <li><em>Auto (default)</em> - Automatically update to the most recent and secure runtime
     * version using a <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-two-phase">Two-phase
     * runtime version rollout</a> . This is the best choice for most customers to ensure they
     * always benefit from runtime updates. <li><em>FunctionUpdate</em> - Lambda updates the runtime
     * of you function to the most recent and secure runtime version when you update your function.
     * This approach synchronizes runtime updates with function deployments, giving you control over
     * when runtime updates are applied and allowing you to detect and mitigate rare runtime update
     * incompatibilities early. When using this setting, you need to regularly update your functions
     * to keep their runtime up-to-date. <li><em>Manual</em> - You specify a runtime version in your
     * function configuration. The function will use this runtime version indefinitely. In the rare
     * case where a new runtime version is incompatible with an existing function, this allows you
     * to roll back your function to an earlier runtime version. For more information, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-rollback">Roll
     * back a runtime version</a> . </ul>
     *
     * <p><em>Valid Values</em> : <code>Auto</code> | <code>FunctionUpdate</code> |
     * <code>Manual</code>
     *
     * <p>Required. Allowed values: {@code Auto}, {@code FunctionUpdate}, {@code Manual}.
     * CloudFormation property {@code UpdateRuntimeOn}.
     */
    public RuntimeManagementConfig updateRuntimeOn(String value) {
      return set("UpdateRuntimeOn", Value.of(value));
    }

    /** Sets {@code UpdateRuntimeOn} to this value; see {@link #updateRuntimeOn(String)}. */
    public RuntimeManagementConfig updateRuntimeOn(Value<String> value) {
      return set("UpdateRuntimeOn", value);
    }
  }

  /**
   * Setting controls how your function accesses data from an Amazon S3 file system.
   *
   * <p>Property type {@code AWS::Lambda::Function.S3FilesConfig}.
   */
  public static final class S3FilesConfig extends Struct<S3FilesConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.S3FilesConfig")
        .allowed("DirectS3Read", "ENABLED", "DISABLED", "AUTO")
        .build();

    public S3FilesConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies if a function reads from the file system for the lowest latency, or through Amazon
     * S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput. Valid values: +
     * <code>AUTO</code> (default) – Direct reads are active for functions you configure with 512 MB
     * or more of memory. + <code>ENABLED</code> – Enforces all reads are directly from the Amazon
     * S3 bucket, regardless of available memory (less than 512 MB). + <code>DISABLED</code> –
     * Routes all reads through the file system, regardless of memory configuration.
     *
     * <p>To use direct reads, you must grant the execution role the <code>s3:GetObject</code> and
     * <code>s3:GetObjectVersion</code> permissions. If a direct read fails, Lambda automatically
     * falls back to reading through the file system.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}, {@code AUTO}. CloudFormation property
     * {@code DirectS3Read}.
     */
    public S3FilesConfig directS3Read(String value) {
      return set("DirectS3Read", Value.of(value));
    }

    /** Sets {@code DirectS3Read} to this value; see {@link #directS3Read(String)}. */
    public S3FilesConfig directS3Read(Value<String> value) {
      return set("DirectS3Read", value);
    }
  }

  /**
   * The function's <a href="https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html">AWS Lambda
   * SnapStart</a> setting.
   *
   * <p>Property type {@code AWS::Lambda::Function.SnapStart}.
   */
  public static final class SnapStart extends Struct<SnapStart> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.SnapStart")
        .required("ApplyOn")
        .allowed("ApplyOn", "PublishedVersions", "None")
        .build();

    public SnapStart() {
      super(SCHEMA);
    }

    /**
     * Set <code>ApplyOn</code> to <code>PublishedVersions</code> to create a snapshot of the
     * initialized execution environment when you publish a function version.
     *
     * <p>Required. Allowed values: {@code PublishedVersions}, {@code None}. CloudFormation property
     * {@code ApplyOn}.
     */
    public SnapStart applyOn(String value) {
      return set("ApplyOn", Value.of(value));
    }

    /** Sets {@code ApplyOn} to this value; see {@link #applyOn(String)}. */
    public SnapStart applyOn(Value<String> value) {
      return set("ApplyOn", value);
    }
  }

  /**
   * The function's <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html">SnapStart</a> setting.
   *
   * <p>Property type {@code AWS::Lambda::Function.SnapStartResponse}.
   */
  public static final class SnapStartResponse extends Struct<SnapStartResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.SnapStartResponse")
        .allowed("ApplyOn", "PublishedVersions", "None")
        .allowed("OptimizationStatus", "On", "Off")
        .build();

    public SnapStartResponse() {
      super(SCHEMA);
    }

    /**
     * When set to <code>PublishedVersions</code> , Lambda creates a snapshot of the execution
     * environment when you publish a function version.
     *
     * <p>Allowed values: {@code PublishedVersions}, {@code None}. CloudFormation property {@code
     * ApplyOn}.
     */
    public SnapStartResponse applyOn(String value) {
      return set("ApplyOn", Value.of(value));
    }

    /** Sets {@code ApplyOn} to this value; see {@link #applyOn(String)}. */
    public SnapStartResponse applyOn(Value<String> value) {
      return set("ApplyOn", value);
    }

    /**
     * When you provide a <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using">qualified
     * Amazon Resource Name (ARN)</a> , this response element indicates whether SnapStart is
     * activated for the specified function version.
     *
     * <p>Allowed values: {@code On}, {@code Off}. CloudFormation property {@code
     * OptimizationStatus}.
     */
    public SnapStartResponse optimizationStatus(String value) {
      return set("OptimizationStatus", Value.of(value));
    }

    /** Sets {@code OptimizationStatus} to this value; see {@link #optimizationStatus(String)}. */
    public SnapStartResponse optimizationStatus(Value<String> value) {
      return set("OptimizationStatus", value);
    }
  }

  /**
   * Specifies the tenant isolation mode configuration for a Lambda function. This allows you to
   * configure specific tenant isolation strategies for your function invocations. Tenant isolation
   * configuration cannot be modified after function creation.
   *
   * <p>Property type {@code AWS::Lambda::Function.TenancyConfig}.
   */
  public static final class TenancyConfig extends Struct<TenancyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.TenancyConfig")
        .required("TenantIsolationMode")
        .allowed("TenantIsolationMode", "PER_TENANT")
        .build();

    public TenancyConfig() {
      super(SCHEMA);
    }

    /**
     * Tenant isolation mode allows for invocation to be sent to a corresponding execution
     * environment dedicated to a specific tenant ID.
     *
     * <p>Required. Allowed values: {@code PER_TENANT}. CloudFormation property {@code
     * TenantIsolationMode}.
     */
    public TenancyConfig tenantIsolationMode(String value) {
      return set("TenantIsolationMode", Value.of(value));
    }

    /** Sets {@code TenantIsolationMode} to this value; see {@link #tenantIsolationMode(String)}. */
    public TenancyConfig tenantIsolationMode(Value<String> value) {
      return set("TenantIsolationMode", value);
    }
  }

  /**
   * The function's <a href="https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html">AWS
   * X-Ray</a> tracing configuration. To sample and record incoming requests, set <code>Mode</code>
   * to <code>Active</code> .
   *
   * <p>Property type {@code AWS::Lambda::Function.TracingConfig}.
   */
  public static final class TracingConfig extends Struct<TracingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.TracingConfig")
        .allowed("Mode", "Active", "PassThrough")
        .build();

    public TracingConfig() {
      super(SCHEMA);
    }

    /**
     * The tracing mode.
     *
     * <p>Allowed values: {@code Active}, {@code PassThrough}. CloudFormation property {@code Mode}.
     */
    public TracingConfig mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public TracingConfig mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * The VPC security groups and subnets that are attached to a Lambda function. When you connect a
   * function to a VPC, Lambda creates an elastic network interface for each combination of security
   * group and subnet in the function's VPC configuration. The function can only access resources
   * and the internet through that VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html">VPC Settings</a> .
   *
   * <p>When you delete a function, CloudFormation monitors the state of its network interfaces and
   * waits for Lambda to delete them before proceeding. If the VPC is defined in the same stack, the
   * network interfaces need to be deleted by Lambda before CloudFormation can delete the VPC's
   * resources. To monitor network interfaces, CloudFormation needs the
   * <code>ec2:DescribeNetworkInterfaces</code> permission. It obtains this from the user or role
   * that modifies the stack. If you don't provide this permission, CloudFormation does not wait for
   * network interfaces to be deleted.
   *
   * <p>Property type {@code AWS::Lambda::Function.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Function.VpcConfig")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-zA-Z]*$").minLength(0).maxLength(1024).format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-z]*$").minLength(0).maxLength(1024))
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
     *
     * <p>CloudFormation property {@code Ipv6AllowedForDualStack}.
     */
    public VpcConfig ipv6AllowedForDualStack(boolean value) {
      return set("Ipv6AllowedForDualStack", Value.of(value));
    }

    /**
     * Sets {@code Ipv6AllowedForDualStack} to this value; see {@link
     * #ipv6AllowedForDualStack(boolean)}.
     */
    public VpcConfig ipv6AllowedForDualStack(Value<Boolean> value) {
      return set("Ipv6AllowedForDualStack", value);
    }

    /**
     * A list of VPC security group IDs.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^sg-[0-9a-zA-Z]*$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroupIds(List)}.
     */
    public VpcConfig securityGroupIds(SecurityGroup... resources) {
      return set("SecurityGroupIds", Value.attributes("GroupId", resources));
    }

    /**
     * A list of VPC subnet IDs.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^subnet-[0-9a-z]*$}. CloudFormation property
     * {@code SubnetIds}.
     */
    public VpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public VpcConfig subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }
  }
}
