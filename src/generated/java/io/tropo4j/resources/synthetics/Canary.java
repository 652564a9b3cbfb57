// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.synthetics;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;

/**
 * Creates or updates a canary. Canaries are scripts that monitor your endpoints and APIs from the
 * outside-in. Canaries help you check the availability and latency of your web services and
 * troubleshoot anomalies by investigating load time data, screenshots of the UI, logs, and metrics.
 * You can set up a canary to run continuously or just once.
 *
 * <p>Canaries are automated scripts that run at specified intervals against an endpoint. They
 * include Python or Node.js code to create a Lambda function. This code needs to be packaged in a
 * certain way, depending on the language. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_WritingCanary.html">Writing
 * a canary script</a> .
 *
 * <p>To create canaries, you must have the <code>CloudWatchSyntheticsFullAccess</code> policy. If
 * you are creating a new IAM role for the canary, you also need the the <code>iam:CreateRole</code>
 * , <code>iam:CreatePolicy</code> and <code>iam:AttachRolePolicy</code> permissions. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_Roles">Necessary
 * Roles and Permissions</a> .
 *
 * <p>Do not include secrets or proprietary information in your canary names. The canary name makes
 * up part of the Amazon Resource Name (ARN) for the canary, and the ARN is included in outbound
 * calls over the internet. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/servicelens_canaries_security.html">Security
 * Considerations for Synthetics Canaries</a> .
 *
 * <p>CloudFormation type {@code AWS::Synthetics::Canary}.
 */
public final class Canary extends Resource<Canary> {
  private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary")
      .required("ArtifactS3Location", "Code", "ExecutionRoleArn", "Name", "RuntimeVersion",
          "Schedule")
      .constrain("ArtifactS3Location", Constraint.of().pattern("^(s3|S3)://").minLength(1).maxLength(1024))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("ExecutionRoleArn", "AWS::IAM::Role.Arn")
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:(key/([a-f0-9-]{36}|mrk-[a-f0-9]{32})|alias/[a-zA-Z0-9:/_.-]+)$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern("^[0-9a-z_\\-]{1,255}$"))
      .allowed("ProvisionedResourceCleanup", "AUTOMATIC", "OFF")
      .allowed("ResourcesToReplicateTags", "lambda-function")
      .constrain("RuntimeVersion", Constraint.of().minLength(1).maxLength(1024))
      .refYields("Name")
      .attributes("Code.SourceLocationArn", "Id", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Canary(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A structure that contains the configuration for canary artifacts, including the
   * encryption-at-rest settings for artifacts that the canary uploads to Amazon S3.
   *
   * <p>CloudFormation property {@code ArtifactConfig}.
   */
  public Canary artifactConfig(Value<ArtifactConfig> value) {
    return set("ArtifactConfig", value);
  }

  /**
   * The location in Amazon S3 where Synthetics stores artifacts from the runs of this canary.
   * Artifacts include the log file, screenshots, and HAR files. Specify the full location path,
   * including <code>s3://</code> at the beginning of the path.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^(s3|S3)://}. CloudFormation
   * property {@code ArtifactS3Location}.
   */
  public Canary artifactS3Location(String value) {
    return set("ArtifactS3Location", Value.of(value));
  }

  /** Sets {@code ArtifactS3Location} to this value; see {@link #artifactS3Location(String)}. */
  public Canary artifactS3Location(Value<String> value) {
    return set("ArtifactS3Location", value);
  }

  /**
   * A structure that specifies the browser type to use for a canary run. CloudWatch Synthetics
   * supports running canaries on both <code>CHROME</code> and <code>FIREFOX</code> browsers.
   *
   * <p>If not specified, <code>browserConfigs</code> defaults to Chrome.
   *
   * <p>CloudFormation property {@code BrowserConfigs}.
   */
  public Canary browserConfigs(List<BrowserConfig> value) {
    return set("BrowserConfigs", Value.listOf(value));
  }

  /** Sets {@code BrowserConfigs} to this value; see {@link #browserConfigs(List)}. */
  public Canary browserConfigs(Value<List<BrowserConfig>> value) {
    return set("BrowserConfigs", value);
  }

  /** Sets {@code BrowserConfigs} to a list of these; see {@link #browserConfigs(List)}. */
  public Canary browserConfigs(BrowserConfig... values) {
    return set("BrowserConfigs", Value.list(values));
  }

  /**
   * Use this structure to input your script code for the canary. This structure contains the Lambda
   * handler with the location where the canary should start running the script. If the script is
   * stored in an S3 bucket, the bucket name, key, and version are also included. If the script is
   * passed into the canary directly, the script code is contained in the value of
   * <code>Script</code> .
   *
   * <p>Required. CloudFormation property {@code Code}.
   */
  public Canary code(Value<Code> value) {
    return set("Code", value);
  }

  /**
   * Sets {@code Code} to the asset's bucket and key, where the deployer uploads it; see {@link
   * #code(Value)}.
   */
  public Canary code(Asset asset) {
    return set("Code", new Code().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /**
   * Deletes associated lambda resources created by Synthetics if set to True. Default is False
   *
   * <p>CloudFormation property {@code DeleteLambdaResourcesOnCanaryDeletion}.
   *
   * @deprecated The specification marks {@code DeleteLambdaResourcesOnCanaryDeletion} deprecated.
   */
  @Deprecated
  public Canary deleteLambdaResourcesOnCanaryDeletion(boolean value) {
    return set("DeleteLambdaResourcesOnCanaryDeletion", Value.of(value));
  }

  /**
   * Sets {@code DeleteLambdaResourcesOnCanaryDeletion} to this value; see {@link
   * #deleteLambdaResourcesOnCanaryDeletion(boolean)}.
   *
   * @deprecated The specification marks {@code DeleteLambdaResourcesOnCanaryDeletion} deprecated.
   */
  @Deprecated
  public Canary deleteLambdaResourcesOnCanaryDeletion(Value<Boolean> value) {
    return set("DeleteLambdaResourcesOnCanaryDeletion", value);
  }

  /**
   * Specifies whether to perform a dry run before updating the canary. If set to <code>true</code>
   * , CloudFormation will execute a dry run to validate the changes before applying them to the
   * canary. If the dry run succeeds, the canary will be updated with the changes. If the dry run
   * fails, the CloudFormation deployment will fail with the dry run’s failure reason.
   *
   * <p>If set to <code>false</code> or omitted, the canary will be updated directly without first
   * performing a dry run. The default value is <code>false</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/performing-safe-canary-upgrades.html">Performing
   * safe canary updates</a> .
   *
   * <p>CloudFormation property {@code DryRunAndUpdate}.
   */
  public Canary dryRunAndUpdate(boolean value) {
    return set("DryRunAndUpdate", Value.of(value));
  }

  /** Sets {@code DryRunAndUpdate} to this value; see {@link #dryRunAndUpdate(boolean)}. */
  public Canary dryRunAndUpdate(Value<Boolean> value) {
    return set("DryRunAndUpdate", value);
  }

  /**
   * The ARN of the IAM role to be used to run the canary. This role must already exist, and must
   * include <code>lambda.amazonaws.com</code> as a principal in the trust policy. The role must
   * also have the following permissions:
   *
   * <ul> <li><code>s3:PutObject</code> <li><code>s3:GetBucketLocation</code>
   * <li><code>s3:ListAllMyBuckets</code> <li><code>cloudwatch:PutMetricData</code>
   * <li><code>logs:CreateLogGroup</code> <li><code>logs:CreateLogStream</code>
   * <li><code>logs:PutLogEvents</code> </ul>
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public Canary executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public Canary executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Sets {@code ExecutionRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #executionRoleArn(String)}.
   */
  public Canary executionRoleArn(Role resource) {
    return set("ExecutionRoleArn", resource.arn());
  }

  /**
   * The number of days to retain data about failed runs of this canary. If you omit this field, the
   * default of 31 days is used. The valid range is 1 to 455 days.
   *
   * <p>This setting affects the range of information returned by <a
   * href="https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_GetCanaryRuns.html">GetCanaryRuns</a>
   * , as well as the range of information displayed in the Synthetics console.
   *
   * <p>CloudFormation property {@code FailureRetentionPeriod}.
   */
  public Canary failureRetentionPeriod(int value) {
    return set("FailureRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code FailureRetentionPeriod} to this value; see {@link #failureRetentionPeriod(int)}.
   */
  public Canary failureRetentionPeriod(Value<Integer> value) {
    return set("FailureRetentionPeriod", value);
  }

  /**
   * KMS key ARN for encrypting the canary's Lambda function environment variables at rest. If
   * omitted, Lambda uses an AWS-managed key.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:(key/([a-f0-9-]{36}|mrk-[a-f0-9]{32})|alias/[a-zA-Z0-9:/_.-]+)$}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Canary kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Canary kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The name for this canary. Be sure to give it a descriptive name that distinguishes it from
   * other canaries in your account.
   *
   * <p>Do not include secrets or proprietary information in your canary names. The canary name
   * makes up part of the canary ARN, and the ARN is included in outbound calls over the internet.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/servicelens_canaries_security.html">Security
   * Considerations for Synthetics Canaries</a> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9a-z_&#92;-]{1,255}$}.
   * CloudFormation property {@code Name}.
   */
  public Canary name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Canary name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies whether to also delete the Lambda functions and layers used by this canary when the
   * canary is deleted. If it is <code>AUTOMATIC</code> , the Lambda functions and layers will be
   * deleted when the canary is deleted.
   *
   * <p>If the value of this parameter is <code>OFF</code> , then the value of the
   * <code>DeleteLambda</code> parameter of the <a
   * href="https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_DeleteCanary.html">DeleteCanary</a>
   * operation determines whether the Lambda functions and layers will be deleted.
   *
   * <p>Allowed values: {@code AUTOMATIC}, {@code OFF}. CloudFormation property {@code
   * ProvisionedResourceCleanup}.
   */
  public Canary provisionedResourceCleanup(String value) {
    return set("ProvisionedResourceCleanup", Value.of(value));
  }

  /**
   * Sets {@code ProvisionedResourceCleanup} to this value; see {@link
   * #provisionedResourceCleanup(String)}.
   */
  public Canary provisionedResourceCleanup(Value<String> value) {
    return set("ProvisionedResourceCleanup", value);
  }

  /**
   * List of replica locations for multi-location canary execution
   *
   * <p>CloudFormation property {@code Replicas}.
   */
  public Canary replicas(List<Replica> value) {
    return set("Replicas", Value.listOf(value));
  }

  /** Sets {@code Replicas} to this value; see {@link #replicas(List)}. */
  public Canary replicas(Value<List<Replica>> value) {
    return set("Replicas", value);
  }

  /** Sets {@code Replicas} to a list of these; see {@link #replicas(List)}. */
  public Canary replicas(Replica... values) {
    return set("Replicas", Value.list(values));
  }

  /**
   * To have the tags that you apply to this canary also be applied to the Lambda function that the
   * canary uses, specify this property with the value <code>lambda-function</code> . If you do
   * this, CloudWatch Synthetics will keep the tags of the canary and the Lambda function
   * synchronized. Any future changes you make to the canary's tags will also be applied to the
   * function.
   *
   * <p>Allowed values: {@code lambda-function}. CloudFormation property {@code
   * ResourcesToReplicateTags}.
   */
  public Canary resourcesToReplicateTags(List<String> value) {
    return set("ResourcesToReplicateTags", Value.listOf(value));
  }

  /**
   * Sets {@code ResourcesToReplicateTags} to this value; see {@link
   * #resourcesToReplicateTags(List)}.
   */
  public Canary resourcesToReplicateTags(Value<List<String>> value) {
    return set("ResourcesToReplicateTags", value);
  }

  /**
   * A structure that contains input information for a canary run. If you omit this structure, the
   * frequency of the canary is used as canary's timeout value, up to a maximum of 900 seconds.
   *
   * <p>CloudFormation property {@code RunConfig}.
   */
  public Canary runConfig(Value<RunConfig> value) {
    return set("RunConfig", value);
  }

  /**
   * Specifies the runtime version to use for the canary. For more information about runtime
   * versions, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_Library.html">Canary
   * Runtime Versions</a> .
   *
   * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code RuntimeVersion}.
   */
  public Canary runtimeVersion(String value) {
    return set("RuntimeVersion", Value.of(value));
  }

  /** Sets {@code RuntimeVersion} to this value; see {@link #runtimeVersion(String)}. */
  public Canary runtimeVersion(Value<String> value) {
    return set("RuntimeVersion", value);
  }

  /**
   * A structure that contains information about how often the canary is to run, and when these runs
   * are to stop.
   *
   * <p>Required. CloudFormation property {@code Schedule}.
   */
  public Canary schedule(Value<Schedule> value) {
    return set("Schedule", value);
  }

  /**
   * Specify TRUE to have the canary start making runs immediately after it is created.
   *
   * <p>A canary that you create using CloudFormation can't be used to monitor the CloudFormation
   * stack that creates the canary or to roll back that stack if there is a failure.
   *
   * <p>CloudFormation property {@code StartCanaryAfterCreation}.
   */
  public Canary startCanaryAfterCreation(boolean value) {
    return set("StartCanaryAfterCreation", Value.of(value));
  }

  /**
   * Sets {@code StartCanaryAfterCreation} to this value; see {@link
   * #startCanaryAfterCreation(boolean)}.
   */
  public Canary startCanaryAfterCreation(Value<Boolean> value) {
    return set("StartCanaryAfterCreation", value);
  }

  /**
   * The number of days to retain data about successful runs of this canary. If you omit this field,
   * the default of 31 days is used. The valid range is 1 to 455 days.
   *
   * <p>This setting affects the range of information returned by <a
   * href="https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_GetCanaryRuns.html">GetCanaryRuns</a>
   * , as well as the range of information displayed in the Synthetics console.
   *
   * <p>CloudFormation property {@code SuccessRetentionPeriod}.
   */
  public Canary successRetentionPeriod(int value) {
    return set("SuccessRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code SuccessRetentionPeriod} to this value; see {@link #successRetentionPeriod(int)}.
   */
  public Canary successRetentionPeriod(Value<Integer> value) {
    return set("SuccessRetentionPeriod", value);
  }

  /**
   * The list of key-value pairs that are associated with the canary.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Canary tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Canary tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Canary tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * If this canary is to test an endpoint in a VPC, this structure contains information about the
   * subnet and security groups of the VPC endpoint. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_VPC.html">Running
   * a Canary in a VPC</a> .
   *
   * <p>CloudFormation property {@code VPCConfig}.
   */
  public Canary vpcConfig(Value<VPCConfig> value) {
    return set("VPCConfig", value);
  }

  /**
   * CloudFormation property {@code VisualReference}.
   *
   * @deprecated The specification marks {@code VisualReference} deprecated.
   */
  @Deprecated
  public Canary visualReference(Value<VisualReference> value) {
    return set("VisualReference", value);
  }

  /**
   * A list of visual reference configurations for the canary, one for each browser type that the
   * canary is configured to run on. Visual references are used for visual monitoring comparisons.
   *
   * <p><code>syn-nodejs-puppeteer-11.0</code> and above, and <code>syn-nodejs-playwright-3.0</code>
   * and above, only supports <code>visualReferences</code> . <code>visualReference</code> field is
   * not supported.
   *
   * <p>Versions older than <code>syn-nodejs-puppeteer-11.0</code> supports both
   * <code>visualReference</code> and <code>visualReferences</code> for backward compatibility. It
   * is recommended to use <code>visualReferences</code> for consistency and future compatibility.
   *
   * <p>CloudFormation property {@code VisualReferences}.
   */
  public Canary visualReferences(List<VisualReference> value) {
    return set("VisualReferences", Value.listOf(value));
  }

  /** Sets {@code VisualReferences} to this value; see {@link #visualReferences(List)}. */
  public Canary visualReferences(Value<List<VisualReference>> value) {
    return set("VisualReferences", value);
  }

  /** Sets {@code VisualReferences} to a list of these; see {@link #visualReferences(List)}. */
  public Canary visualReferences(VisualReference... values) {
    return set("VisualReferences", Value.list(values));
  }

  /**
   * <code>Ref</code> returns the ARN of the Lambda layer where Synthetics stores the canary script
   * code.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Code.SourceLocationArn}.
   */
  public Value<String> codeSourceLocationArn() {
    return getAtt("Code.SourceLocationArn");
  }

  /**
   * The ID of the canary.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The state of the canary. For example, <code>RUNNING</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * A structure that contains the configuration for canary artifacts, including the
   * encryption-at-rest settings for artifacts that the canary uploads to Amazon S3 .
   *
   * <p>Property type {@code AWS::Synthetics::Canary.ArtifactConfig}.
   */
  public static final class ArtifactConfig extends Struct<ArtifactConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Synthetics::Canary.ArtifactConfig");

    public ArtifactConfig() {
      super(SCHEMA);
    }

    /**
     * A structure that contains the configuration of the encryption-at-rest settings for artifacts
     * that the canary uploads to Amazon S3 . Artifact encryption functionality is available only
     * for canaries that use Synthetics runtime version syn-nodejs-puppeteer-3.3 or later. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_artifact_encryption.html">Encrypting
     * canary artifacts</a> .
     *
     * <p>CloudFormation property {@code S3Encryption}.
     */
    public ArtifactConfig s3Encryption(Value<S3Encryption> value) {
      return set("S3Encryption", value);
    }
  }

  /**
   * A structure representing a screenshot that is used as a baseline during visual monitoring
   * comparisons made by the canary.
   *
   * <p>Property type {@code AWS::Synthetics::Canary.BaseScreenshot}.
   */
  public static final class BaseScreenshot extends Struct<BaseScreenshot> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.BaseScreenshot")
        .required("ScreenshotName")
        .build();

    public BaseScreenshot() {
      super(SCHEMA);
    }

    /**
     * Coordinates that define the part of a screen to ignore during screenshot comparisons. To
     * obtain the coordinates to use here, use the CloudWatch console to draw the boundaries on the
     * screen. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/synthetics_canaries_deletion.html">Edit
     * or delete a canary</a> .
     *
     * <p>CloudFormation property {@code IgnoreCoordinates}.
     */
    public BaseScreenshot ignoreCoordinates(List<String> value) {
      return set("IgnoreCoordinates", Value.listOf(value));
    }

    /** Sets {@code IgnoreCoordinates} to this value; see {@link #ignoreCoordinates(List)}. */
    public BaseScreenshot ignoreCoordinates(Value<List<String>> value) {
      return set("IgnoreCoordinates", value);
    }

    /**
     * The name of the screenshot. This is generated the first time the canary is run after the
     * <code>UpdateCanary</code> operation that specified for this canary to perform visual
     * monitoring.
     *
     * <p>Required. CloudFormation property {@code ScreenshotName}.
     */
    public BaseScreenshot screenshotName(String value) {
      return set("ScreenshotName", Value.of(value));
    }

    /** Sets {@code ScreenshotName} to this value; see {@link #screenshotName(String)}. */
    public BaseScreenshot screenshotName(Value<String> value) {
      return set("ScreenshotName", value);
    }
  }

  /**
   * A structure that specifies the browser type to use for a canary run.
   *
   * <p>Property type {@code AWS::Synthetics::Canary.BrowserConfig}.
   */
  public static final class BrowserConfig extends Struct<BrowserConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.BrowserConfig")
        .required("BrowserType")
        .allowed("BrowserType", "CHROME", "FIREFOX")
        .build();

    public BrowserConfig() {
      super(SCHEMA);
    }

    /**
     * The browser type associated with this browser configuration.
     *
     * <p>Required. Allowed values: {@code CHROME}, {@code FIREFOX}. CloudFormation property {@code
     * BrowserType}.
     */
    public BrowserConfig browserType(String value) {
      return set("BrowserType", Value.of(value));
    }

    /** Sets {@code BrowserType} to this value; see {@link #browserType(String)}. */
    public BrowserConfig browserType(Value<String> value) {
      return set("BrowserType", value);
    }
  }

  /**
   * Use this structure to input your script code for the canary. This structure contains the Lambda
   * handler with the location where the canary should start running the script. If the script is
   * stored in an S3 bucket, the bucket name, key, and version are also included. If the script is
   * passed into the canary directly, the script code is contained in the value of
   * <code>Script</code> .
   *
   * <p>Property type {@code AWS::Synthetics::Canary.Code}.
   */
  public static final class Code extends Struct<Code> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.Code")
        .constrain("BlueprintTypes", Constraint.of().pattern("^[0-9a-zA-Z_\\-\\.]+$").minLength(1).maxLength(128))
        .constrain("Handler", Constraint.of().pattern("^(([0-9a-zA-Z_-]+(\\/|\\.))*[0-9A-Za-z_\\\\-]+(\\.|::)[A-Za-z_][A-Za-z0-9_]*)?$").minLength(0).maxLength(128))
        .constrain("S3Bucket", Constraint.of().minLength(1).maxLength(1024).format("AWS::S3::Bucket.Name"))
        .references("S3Bucket", "AWS::S3::Bucket.Ref")
        .constrain("S3Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public Code() {
      super(SCHEMA);
    }

    /**
     * <code>BlueprintTypes</code> are a list of templates that enable simplified canary creation.
     * You can create canaries for common monitoring scenarios by providing only a JSON
     * configuration file instead of writing custom scripts. <code>multi-checks</code> is the only
     * supported value.
     *
     * <p>When you specify <code>BlueprintTypes</code> , the <code>Handler</code> field cannot be
     * specified since the blueprint provides a pre-defined entry point.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[0-9a-zA-Z_&#92;-&#92;.]+$}. CloudFormation
     * property {@code BlueprintTypes}.
     */
    public Code blueprintTypes(List<String> value) {
      return set("BlueprintTypes", Value.listOf(value));
    }

    /** Sets {@code BlueprintTypes} to this value; see {@link #blueprintTypes(List)}. */
    public Code blueprintTypes(Value<List<String>> value) {
      return set("BlueprintTypes", value);
    }

    /**
     * List of Lambda layers to attach to the canary
     *
     * <p>CloudFormation property {@code Dependencies}.
     */
    public Code dependencies(List<Dependency> value) {
      return set("Dependencies", Value.listOf(value));
    }

    /** Sets {@code Dependencies} to this value; see {@link #dependencies(List)}. */
    public Code dependencies(Value<List<Dependency>> value) {
      return set("Dependencies", value);
    }

    /** Sets {@code Dependencies} to a list of these; see {@link #dependencies(List)}. */
    public Code dependencies(Dependency... values) {
      return set("Dependencies", Value.list(values));
    }

    /**
     * The entry point to use for the source code when running the canary. For canaries that use the
     * <code>syn-python-selenium-1.0</code> runtime or a <code>syn-nodejs.puppeteer</code> runtime
     * earlier than <code>syn-nodejs.puppeteer-3.4</code> , the handler must be specified as
     * <code><em>fileName</em> .handler</code> . For <code>syn-python-selenium-1.1</code> ,
     * <code>syn-nodejs.puppeteer-3.4</code> , and later runtimes, the handler can be specified as
     * <code><em>fileName</em> . <em>functionName</em></code> , or you can specify a folder where
     * canary scripts reside as <code><em>folder</em> / <em>fileName</em> .
     * <em>functionName</em></code> .
     *
     * <p>This field is required when you don't specify <code>BlueprintTypes</code> and is not
     * allowed when you specify <code>BlueprintTypes</code> .
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code
     * ^(([0-9a-zA-Z_-]+(&#92;/|&#92;.))*[0-9A-Za-z_&#92;&#92;-]+(&#92;.|::)[A-Za-z_][A-Za-z0-9_]*)?$}.
     * CloudFormation property {@code Handler}.
     */
    public Code handler(String value) {
      return set("Handler", Value.of(value));
    }

    /** Sets {@code Handler} to this value; see {@link #handler(String)}. */
    public Code handler(Value<String> value) {
      return set("Handler", value);
    }

    /**
     * If your canary script is located in S3, specify the bucket name here. The bucket must already
     * exist.
     *
     * <p>Length: 1 to 1024 characters. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code S3Bucket}.
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
     * The Amazon S3 key of your script. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingObjects.html">Working with Amazon
     * S3 Objects</a> .
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
     * The Amazon S3 version ID of your script.
     *
     * <p>CloudFormation property {@code S3ObjectVersion}.
     */
    public Code s3ObjectVersion(String value) {
      return set("S3ObjectVersion", Value.of(value));
    }

    /** Sets {@code S3ObjectVersion} to this value; see {@link #s3ObjectVersion(String)}. */
    public Code s3ObjectVersion(Value<String> value) {
      return set("S3ObjectVersion", value);
    }

    /**
     * If you input your canary script directly into the canary instead of referring to an S3
     * location, the value of this parameter is the script in plain text. It can be up to 5 MB.
     *
     * <p>CloudFormation property {@code Script}.
     */
    public Code script(String value) {
      return set("Script", Value.of(value));
    }

    /** Sets {@code Script} to this value; see {@link #script(String)}. */
    public Code script(Value<String> value) {
      return set("Script", value);
    }

    /**
     * The ARN of the Lambda layer where Synthetics stores the canary script code.
     *
     * <p>CloudFormation property {@code SourceLocationArn}.
     */
    public Code sourceLocationArn(String value) {
      return set("SourceLocationArn", Value.of(value));
    }

    /** Sets {@code SourceLocationArn} to this value; see {@link #sourceLocationArn(String)}. */
    public Code sourceLocationArn(Value<String> value) {
      return set("SourceLocationArn", value);
    }
  }

  /**
   * A structure that contains information about a dependency for a canary.
   *
   * <p>Property type {@code AWS::Synthetics::Canary.Dependency}.
   */
  public static final class Dependency extends Struct<Dependency> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.Dependency")
        .required("Reference")
        .constrain("Reference", Constraint.of().pattern("arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+").minLength(1).maxLength(140))
        .allowed("Type", "LambdaLayer")
        .build();

    public Dependency() {
      super(SCHEMA);
    }

    /**
     * The dependency reference. For Lambda layers, this is the ARN of the Lambda layer. For more
     * information about Lambda ARN format, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/api/API_Layer.html">Lambda</a> .
     *
     * <p>Required. Length: 1 to 140 characters. Pattern: {@code
     * arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:&#92;d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+}.
     * CloudFormation property {@code Reference}.
     */
    public Dependency reference(String value) {
      return set("Reference", Value.of(value));
    }

    /** Sets {@code Reference} to this value; see {@link #reference(String)}. */
    public Dependency reference(Value<String> value) {
      return set("Reference", value);
    }

    /**
     * The type of dependency. Valid value is <code>LambdaLayer</code> .
     *
     * <p>Allowed values: {@code LambdaLayer}. CloudFormation property {@code Type}.
     */
    public Dependency type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Dependency type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Configuration and status for a replica location in a multi-location canary
   *
   * <p>Property type {@code AWS::Synthetics::Canary.Replica}.
   */
  public static final class Replica extends Struct<Replica> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.Replica")
        .required("Location")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:(key/([a-f0-9-]{36}|mrk-[a-f0-9]{32})|alias/[a-zA-Z0-9:/_.-]+)$").format("AWS::KMS::Key.Arn"))
        .allowed("ResourcesToReplicateTags", "lambda-function")
        .build();

    public Replica() {
      super(SCHEMA);
    }

    /**
     * State of the replica canary (CREATING, READY, RUNNING, etc.)
     *
     * <p>CloudFormation property {@code CanaryState}.
     */
    public Replica canaryState(String value) {
      return set("CanaryState", Value.of(value));
    }

    /** Sets {@code CanaryState} to this value; see {@link #canaryState(String)}. */
    public Replica canaryState(Value<String> value) {
      return set("CanaryState", value);
    }

    /**
     * ARN of the KMS key used to encrypt the replica canary's Lambda function environment variables
     *
     * <p>Pattern: {@code
     * ^arn:[a-z0-9-]+:kms:[a-z0-9-]+:[0-9]{12}:(key/([a-f0-9-]{36}|mrk-[a-f0-9]{32})|alias/[a-zA-Z0-9:/_.-]+)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public Replica kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public Replica kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Last modified timestamp of the replica
     *
     * <p>CloudFormation property {@code LastModified}.
     */
    public Replica lastModified(double value) {
      return set("LastModified", Value.of(value));
    }

    /** Sets {@code LastModified} to this value; see {@link #lastModified(double)}. */
    public Replica lastModified(Value<Double> value) {
      return set("LastModified", value);
    }

    /**
     * AWS region for the replica (e.g., us-east-1)
     *
     * <p>Required. CloudFormation property {@code Location}.
     */
    public Replica location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public Replica location(Value<String> value) {
      return set("Location", value);
    }

    /**
     * Replication status details
     *
     * <p>CloudFormation property {@code ReplicationStatus}.
     */
    public Replica replicationStatus(Value<ReplicaReplicationStatus> value) {
      return set("ReplicationStatus", value);
    }

    /**
     * Resources to replicate tags to for this replica (e.g., lambda-function)
     *
     * <p>Allowed values: {@code lambda-function}. CloudFormation property {@code
     * ResourcesToReplicateTags}.
     */
    public Replica resourcesToReplicateTags(List<String> value) {
      return set("ResourcesToReplicateTags", Value.listOf(value));
    }

    /**
     * Sets {@code ResourcesToReplicateTags} to this value; see {@link
     * #resourcesToReplicateTags(List)}.
     */
    public Replica resourcesToReplicateTags(Value<List<String>> value) {
      return set("ResourcesToReplicateTags", value);
    }

    /**
     * Tags to apply to this replica canary and optionally its Lambda function
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public Replica tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public Replica tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /** CloudFormation property {@code VpcConfig}. */
    public Replica vpcConfig(Value<VPCConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * Replication status details
   *
   * <p>Property type {@code AWS::Synthetics::Canary.ReplicaReplicationStatus}.
   */
  public static final class ReplicaReplicationStatus extends Struct<ReplicaReplicationStatus> {
    private static final Schema SCHEMA = Schema.of("AWS::Synthetics::Canary.ReplicaReplicationStatus");

    public ReplicaReplicationStatus() {
      super(SCHEMA);
    }

    /**
     * Replication state: InProgress, InSync, or Inconsistent
     *
     * <p>CloudFormation property {@code State}.
     */
    public ReplicaReplicationStatus state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ReplicaReplicationStatus state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The canary's retry configuration information.
   *
   * <p>Property type {@code AWS::Synthetics::Canary.RetryConfig}.
   */
  public static final class RetryConfig extends Struct<RetryConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.RetryConfig")
        .required("MaxRetries")
        .constrain("MaxRetries", Constraint.of().minimum(0).maximum(2))
        .build();

    public RetryConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of retries. The value must be less than or equal to two.
     *
     * <p>Required. Range: 0 to 2. CloudFormation property {@code MaxRetries}.
     */
    public RetryConfig maxRetries(int value) {
      return set("MaxRetries", Value.of(value));
    }

    /** Sets {@code MaxRetries} to this value; see {@link #maxRetries(int)}. */
    public RetryConfig maxRetries(Value<Integer> value) {
      return set("MaxRetries", value);
    }
  }

  /**
   * A structure that contains input information for a canary run. This structure is required.
   *
   * <p>Property type {@code AWS::Synthetics::Canary.RunConfig}.
   */
  public static final class RunConfig extends Struct<RunConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.RunConfig")
        .constrain("EphemeralStorage", Constraint.of().minimum(1024).maximum(10240))
        .constrain("MemoryInMB", Constraint.of().minimum(960).maximum(3008))
        .constrain("TimeoutInSeconds", Constraint.of().minimum(3).maximum(840))
        .build();

    public RunConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether this canary is to use active AWS X-Ray tracing when it runs. Active tracing
     * enables this canary run to be displayed in the ServiceLens and X-Ray service maps even if the
     * canary does not hit an endpoint that has X-Ray tracing enabled. Using X-Ray tracing incurs
     * charges. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_tracing.html">Canaries
     * and X-Ray tracing</a> .
     *
     * <p>You can enable active tracing only for canaries that use version
     * <code>syn-nodejs-2.0</code> or later for their canary runtime.
     *
     * <p>CloudFormation property {@code ActiveTracing}.
     */
    public RunConfig activeTracing(boolean value) {
      return set("ActiveTracing", Value.of(value));
    }

    /** Sets {@code ActiveTracing} to this value; see {@link #activeTracing(boolean)}. */
    public RunConfig activeTracing(Value<Boolean> value) {
      return set("ActiveTracing", value);
    }

    /**
     * Specifies the keys and values to use for any environment variables used in the canary script.
     * Use the following format:
     *
     * <p>{ "key1" : "value1", "key2" : "value2", ...}
     *
     * <p>Keys must start with a letter and be at least two characters. The total size of your
     * environment variables cannot exceed 4 KB. You can't specify any Lambda reserved environment
     * variables as the keys for your environment variables. For more information about reserved
     * keys, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime">Runtime
     * environment variables</a> .
     *
     * <p>CloudFormation property {@code EnvironmentVariables}.
     */
    public RunConfig environmentVariables(Map<String, String> value) {
      return set("EnvironmentVariables", Value.mapOf(value));
    }

    /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
    public RunConfig environmentVariables(Value<Map<String, String>> value) {
      return set("EnvironmentVariables", value);
    }

    /**
     * Specifies the amount of ephemeral storage (in MB) to allocate for the canary run during
     * execution. This temporary storage is used for storing canary run artifacts (which are
     * uploaded to an Amazon S3 bucket at the end of the run), and any canary browser operations.
     * This temporary storage is cleared after the run is completed. Default storage value is 1024
     * MB.
     *
     * <p>Range: 1024 to 10240. CloudFormation property {@code EphemeralStorage}.
     */
    public RunConfig ephemeralStorage(int value) {
      return set("EphemeralStorage", Value.of(value));
    }

    /** Sets {@code EphemeralStorage} to this value; see {@link #ephemeralStorage(int)}. */
    public RunConfig ephemeralStorage(Value<Integer> value) {
      return set("EphemeralStorage", value);
    }

    /**
     * The maximum amount of memory that the canary can use while running. This value must be a
     * multiple of 64. The range is 960 to 3008.
     *
     * <p>Range: 960 to 3008. CloudFormation property {@code MemoryInMB}.
     */
    public RunConfig memoryInMB(int value) {
      return set("MemoryInMB", Value.of(value));
    }

    /** Sets {@code MemoryInMB} to this value; see {@link #memoryInMB(int)}. */
    public RunConfig memoryInMB(Value<Integer> value) {
      return set("MemoryInMB", value);
    }

    /**
     * How long the canary is allowed to run before it must stop. You can't set this time to be
     * longer than the frequency of the runs of this canary.
     *
     * <p>If you omit this field, the frequency of the canary is used as this value, up to a maximum
     * of 900 seconds.
     *
     * <p>Range: 3 to 840. CloudFormation property {@code TimeoutInSeconds}.
     */
    public RunConfig timeoutInSeconds(int value) {
      return set("TimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
    public RunConfig timeoutInSeconds(Value<Integer> value) {
      return set("TimeoutInSeconds", value);
    }
  }

  /**
   * A structure that contains the configuration of the encryption-at-rest settings for artifacts
   * that the canary uploads to Amazon S3 . Artifact encryption functionality is available only for
   * canaries that use Synthetics runtime version syn-nodejs-puppeteer-3.3 or later. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_artifact_encryption.html">Encrypting
   * canary artifacts</a> .
   *
   * <p>Property type {@code AWS::Synthetics::Canary.S3Encryption}.
   */
  public static final class S3Encryption extends Struct<S3Encryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.S3Encryption")
        .allowed("EncryptionMode", "SSE_KMS", "SSE_S3")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:kms:[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-\\d{1}:\\d{12}:key/[\\w\\-\\/]+$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public S3Encryption() {
      super(SCHEMA);
    }

    /**
     * The encryption method to use for artifacts created by this canary. Specify
     * <code>SSE_S3</code> to use server-side encryption (SSE) with an Amazon S3-managed key.
     * Specify <code>SSE-KMS</code> to use server-side encryption with a customer-managed AWS key.
     *
     * <p>If you omit this parameter, an AWS -managed AWS key is used.
     *
     * <p>Allowed values: {@code SSE_KMS}, {@code SSE_S3}. CloudFormation property {@code
     * EncryptionMode}.
     */
    public S3Encryption encryptionMode(String value) {
      return set("EncryptionMode", Value.of(value));
    }

    /** Sets {@code EncryptionMode} to this value; see {@link #encryptionMode(String)}. */
    public S3Encryption encryptionMode(Value<String> value) {
      return set("EncryptionMode", value);
    }

    /**
     * The ARN of the customer-managed AWS key to use, if you specify <code>SSE-KMS</code> for
     * <code>EncryptionMode</code>
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:kms:[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-&#92;d{1}:&#92;d{12}:key/[&#92;w&#92;-&#92;/]+$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public S3Encryption kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public S3Encryption kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * This structure specifies how often a canary is to make runs and the date and time when it
   * should stop making runs.
   *
   * <p>Property type {@code AWS::Synthetics::Canary.Schedule}.
   */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.Schedule")
        .required("Expression")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(31622400))
        .constrain("Expression", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * How long, in seconds, for the canary to continue making regular runs according to the
     * schedule in the <code>Expression</code> value. If you specify 0, the canary continues making
     * runs until you stop it. If you omit this field, the default of 0 is used.
     *
     * <p>Range: 0 to 31622400. CloudFormation property {@code DurationInSeconds}.
     */
    public Schedule durationInSeconds(String value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(String)}. */
    public Schedule durationInSeconds(Value<String> value) {
      return set("DurationInSeconds", value);
    }

    /**
     * A <code>rate</code> expression or a <code>cron</code> expression that defines how often the
     * canary is to run.
     *
     * <p>For a rate expression, The syntax is <code>rate( <em>number unit</em> )</code> .
     * <em>unit</em> can be <code>minute</code> , <code>minutes</code> , or <code>hour</code> .
     *
     * <p>For example, <code>rate(1 minute)</code> runs the canary once a minute, <code>rate(10
     * minutes)</code> runs it once every 10 minutes, and <code>rate(1 hour)</code> runs it once
     * every hour. You can specify a frequency between <code>rate(1 minute)</code> and <code>rate(1
     * hour)</code> .
     *
     * <p>Specifying <code>rate(0 minute)</code> or <code>rate(0 hour)</code> is a special value
     * that causes the canary to run only once when it is started.
     *
     * <p>Use <code>cron( <em>expression</em> )</code> to specify a cron expression. You can't
     * schedule a canary to wait for more than a year before running. For information about the
     * syntax for cron expressions, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_cron.html">Scheduling
     * canary runs using cron</a> .
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Expression}.
     */
    public Schedule expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public Schedule expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The canary's retry configuration information.
     *
     * <p>CloudFormation property {@code RetryConfig}.
     */
    public Schedule retryConfig(Value<RetryConfig> value) {
      return set("RetryConfig", value);
    }
  }

  /**
   * If this canary is to test an endpoint in a VPC, this structure contains information about the
   * subnet and security groups of the VPC endpoint. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_VPC.html">Running
   * a Canary in a VPC</a> .
   *
   * <p>Property type {@code AWS::Synthetics::Canary.VPCConfig}.
   */
  public static final class VPCConfig extends Struct<VPCConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.VPCConfig")
        .required("SecurityGroupIds", "SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
        .references("VpcId", "AWS::EC2::VPC.Ref")
        .build();

    public VPCConfig() {
      super(SCHEMA);
    }

    /**
     * Set this to <code>true</code> to allow outbound IPv6 traffic on VPC canaries that are
     * connected to dual-stack subnets. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code Ipv6AllowedForDualStack}.
     */
    public VPCConfig ipv6AllowedForDualStack(boolean value) {
      return set("Ipv6AllowedForDualStack", Value.of(value));
    }

    /**
     * Sets {@code Ipv6AllowedForDualStack} to this value; see {@link
     * #ipv6AllowedForDualStack(boolean)}.
     */
    public VPCConfig ipv6AllowedForDualStack(Value<Boolean> value) {
      return set("Ipv6AllowedForDualStack", value);
    }

    /**
     * The IDs of the security groups for this canary.
     *
     * <p>Required. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VPCConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VPCConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The IDs of the subnets where this canary is to run.
     *
     * <p>Required. CloudFormation property {@code SubnetIds}.
     */
    public VPCConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VPCConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public VPCConfig subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }

    /**
     * The ID of the VPC where this canary is to run.
     *
     * <p>Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VPCConfig vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VPCConfig vpcId(Value<String> value) {
      return set("VpcId", value);
    }

    /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
    public VPCConfig vpcId(VPC resource) {
      return set("VpcId", resource.ref());
    }
  }

  /**
   * Defines the screenshots to use as the baseline for comparisons during visual monitoring
   * comparisons during future runs of this canary. If you omit this parameter, no changes are made
   * to any baseline screenshots that the canary might be using already.
   *
   * <p>Visual monitoring is supported only on canaries running the <em>syn-puppeteer-node-3.2</em>
   * runtime or later. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Library_SyntheticsLogger_VisualTesting.html">Visual
   * monitoring</a> and <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_Blueprints_VisualTesting.html">Visual
   * monitoring blueprint</a>
   *
   * <p>Property type {@code AWS::Synthetics::Canary.VisualReference}.
   */
  public static final class VisualReference extends Struct<VisualReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Canary.VisualReference")
        .required("BaseCanaryRunId")
        .allowed("BrowserType", "CHROME", "FIREFOX")
        .build();

    public VisualReference() {
      super(SCHEMA);
    }

    /**
     * Specifies which canary run to use the screenshots from as the baseline for future visual
     * monitoring with this canary. Valid values are <code>nextrun</code> to use the screenshots
     * from the next run after this update is made, <code>lastrun</code> to use the screenshots from
     * the most recent run before this update was made, or the value of <code>Id</code> in the <a
     * href="https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_CanaryRun.html">CanaryRun</a>
     * from any past run of this canary.
     *
     * <p>Required. CloudFormation property {@code BaseCanaryRunId}.
     */
    public VisualReference baseCanaryRunId(String value) {
      return set("BaseCanaryRunId", Value.of(value));
    }

    /** Sets {@code BaseCanaryRunId} to this value; see {@link #baseCanaryRunId(String)}. */
    public VisualReference baseCanaryRunId(Value<String> value) {
      return set("BaseCanaryRunId", value);
    }

    /**
     * An array of screenshots that are used as the baseline for comparisons during visual
     * monitoring.
     *
     * <p>CloudFormation property {@code BaseScreenshots}.
     */
    public VisualReference baseScreenshots(List<BaseScreenshot> value) {
      return set("BaseScreenshots", Value.listOf(value));
    }

    /** Sets {@code BaseScreenshots} to this value; see {@link #baseScreenshots(List)}. */
    public VisualReference baseScreenshots(Value<List<BaseScreenshot>> value) {
      return set("BaseScreenshots", value);
    }

    /** Sets {@code BaseScreenshots} to a list of these; see {@link #baseScreenshots(List)}. */
    public VisualReference baseScreenshots(BaseScreenshot... values) {
      return set("BaseScreenshots", Value.list(values));
    }

    /**
     * The browser type associated with this visual reference configuration. Valid values are
     * <code>CHROME</code> and <code>FIREFOX</code> .
     *
     * <p>Allowed values: {@code CHROME}, {@code FIREFOX}. CloudFormation property {@code
     * BrowserType}.
     */
    public VisualReference browserType(String value) {
      return set("BrowserType", Value.of(value));
    }

    /** Sets {@code BrowserType} to this value; see {@link #browserType(String)}. */
    public VisualReference browserType(Value<String> value) {
      return set("BrowserType", value);
    }
  }
}
