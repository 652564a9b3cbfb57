// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codepipeline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::CodePipeline::Pipeline</code> resource creates a CodePipeline pipeline that
 * describes how software changes go through a release process. For more information, see <a
 * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/welcome.html">What Is
 * CodePipeline?</a> in the <em>CodePipeline User Guide</em> .
 *
 * <p>For an example in YAML and JSON that contains the parameters in this reference, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codepipeline-pipeline.html#aws-resource-codepipeline-pipeline--examples">Examples</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::CodePipeline::Pipeline}.
 */
public final class Pipeline extends Resource<Pipeline> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline")
      .required("RoleArn", "Stages")
      .allowed("ExecutionMode", "QUEUED", "SUPERSEDED", "PARALLEL")
      .allowed("PipelineType", "V1", "V2")
      .constrain("RoleArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*").format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("Name")
      .attributes("Arn", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Pipeline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The S3 bucket where artifacts for the pipeline are stored.
   *
   * <p>You must include either <code>artifactStore</code> or <code>artifactStores</code> in your
   * pipeline, but you cannot use both. If you create a cross-region action in your pipeline, you
   * must use <code>artifactStores</code> .
   *
   * <p>CloudFormation property {@code ArtifactStore}.
   */
  public Pipeline artifactStore(Value<ArtifactStore> value) {
    return set("ArtifactStore", value);
  }

  /**
   * A mapping of <code>artifactStore</code> objects and their corresponding AWS Regions. There must
   * be an artifact store for the pipeline Region and for each cross-region action in the pipeline.
   *
   * <p>You must include either <code>artifactStore</code> or <code>artifactStores</code> in your
   * pipeline, but you cannot use both. If you create a cross-region action in your pipeline, you
   * must use <code>artifactStores</code> .
   *
   * <p>CloudFormation property {@code ArtifactStores}.
   */
  public Pipeline artifactStores(List<ArtifactStoreMap> value) {
    return set("ArtifactStores", Value.listOf(value));
  }

  /** Sets {@code ArtifactStores} to this value; see {@link #artifactStores(List)}. */
  public Pipeline artifactStores(Value<List<ArtifactStoreMap>> value) {
    return set("ArtifactStores", value);
  }

  /** Sets {@code ArtifactStores} to a list of these; see {@link #artifactStores(List)}. */
  public Pipeline artifactStores(ArtifactStoreMap... values) {
    return set("ArtifactStores", Value.list(values));
  }

  /**
   * Represents the input of a <code>DisableStageTransition</code> action.
   *
   * <p>CloudFormation property {@code DisableInboundStageTransitions}.
   */
  public Pipeline disableInboundStageTransitions(List<StageTransition> value) {
    return set("DisableInboundStageTransitions", Value.listOf(value));
  }

  /**
   * Sets {@code DisableInboundStageTransitions} to this value; see {@link
   * #disableInboundStageTransitions(List)}.
   */
  public Pipeline disableInboundStageTransitions(Value<List<StageTransition>> value) {
    return set("DisableInboundStageTransitions", value);
  }

  /**
   * Sets {@code DisableInboundStageTransitions} to a list of these; see {@link
   * #disableInboundStageTransitions(List)}.
   */
  public Pipeline disableInboundStageTransitions(StageTransition... values) {
    return set("DisableInboundStageTransitions", Value.list(values));
  }

  /**
   * The method that the pipeline will use to handle multiple executions. The default mode is
   * SUPERSEDED.
   *
   * <p>Allowed values: {@code QUEUED}, {@code SUPERSEDED}, {@code PARALLEL}. Default: {@code
   * "SUPERSEDED"}. CloudFormation property {@code ExecutionMode}.
   */
  public Pipeline executionMode(String value) {
    return set("ExecutionMode", Value.of(value));
  }

  /** Sets {@code ExecutionMode} to this value; see {@link #executionMode(String)}. */
  public Pipeline executionMode(Value<String> value) {
    return set("ExecutionMode", value);
  }

  /**
   * The name of the pipeline.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Pipeline name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Pipeline name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * CodePipeline provides the following pipeline types, which differ in characteristics and price,
   * so that you can tailor your pipeline features and cost to the needs of your applications.
   *
   * <ul> <li>V1 type pipelines have a JSON structure that contains standard pipeline, stage, and
   * action-level parameters. <li>V2 type pipelines have the same structure as a V1 type, along with
   * additional parameters for release safety and trigger configuration. </ul>
   *
   * <p>Including V2 parameters, such as triggers on Git tags, in the pipeline JSON when creating or
   * updating a pipeline will result in the pipeline having the V2 type of pipeline and the
   * associated costs.
   *
   * <p>For information about pricing for CodePipeline, see <a
   * href="https://docs.aws.amazon.com/codepipeline/pricing/">Pricing</a> .
   *
   * <p>For information about which type of pipeline to choose, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/pipeline-types-planning.html">What
   * type of pipeline is right for me?</a> .
   *
   * <p>Allowed values: {@code V1}, {@code V2}. CloudFormation property {@code PipelineType}.
   */
  public Pipeline pipelineType(String value) {
    return set("PipelineType", Value.of(value));
  }

  /** Sets {@code PipelineType} to this value; see {@link #pipelineType(String)}. */
  public Pipeline pipelineType(Value<String> value) {
    return set("PipelineType", value);
  }

  /**
   * Indicates whether to rerun the CodePipeline pipeline after you update it.
   *
   * <p>CloudFormation property {@code RestartExecutionOnUpdate}.
   */
  public Pipeline restartExecutionOnUpdate(boolean value) {
    return set("RestartExecutionOnUpdate", Value.of(value));
  }

  /**
   * Sets {@code RestartExecutionOnUpdate} to this value; see {@link
   * #restartExecutionOnUpdate(boolean)}.
   */
  public Pipeline restartExecutionOnUpdate(Value<Boolean> value) {
    return set("RestartExecutionOnUpdate", value);
  }

  /**
   * The Amazon Resource Name (ARN) for CodePipeline to use to either perform actions with no
   * <code>actionRoleArn</code> , or to use to assume roles for actions with an
   * <code>actionRoleArn</code> .
   *
   * <p>Required. Pattern: {@code arn:aws(-[&#92;w]+)*:iam::[0-9]{12}:role/.*}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Pipeline roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Pipeline roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Pipeline roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * Represents information about a stage and its definition.
   *
   * <p>Required. CloudFormation property {@code Stages}.
   */
  public Pipeline stages(List<StageDeclaration> value) {
    return set("Stages", Value.listOf(value));
  }

  /** Sets {@code Stages} to this value; see {@link #stages(List)}. */
  public Pipeline stages(Value<List<StageDeclaration>> value) {
    return set("Stages", value);
  }

  /** Sets {@code Stages} to a list of these; see {@link #stages(List)}. */
  public Pipeline stages(StageDeclaration... values) {
    return set("Stages", Value.list(values));
  }

  /**
   * Specifies the tags applied to the pipeline.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Pipeline tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Pipeline tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Pipeline tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The trigger configuration specifying a type of event, such as Git tags, that starts the
   * pipeline.
   *
   * <p>When a trigger configuration is specified, default change detection for repository and
   * branch commits is disabled.
   *
   * <p>CloudFormation property {@code Triggers}.
   */
  public Pipeline triggers(List<PipelineTriggerDeclaration> value) {
    return set("Triggers", Value.listOf(value));
  }

  /** Sets {@code Triggers} to this value; see {@link #triggers(List)}. */
  public Pipeline triggers(Value<List<PipelineTriggerDeclaration>> value) {
    return set("Triggers", value);
  }

  /** Sets {@code Triggers} to a list of these; see {@link #triggers(List)}. */
  public Pipeline triggers(PipelineTriggerDeclaration... values) {
    return set("Triggers", Value.list(values));
  }

  /**
   * A list that defines the pipeline variables for a pipeline resource. Variable names can have
   * alphanumeric and underscore characters, and the values must match
   * <code>[A-Za-z0-9&#64;&#92;-_]+</code> .
   *
   * <p>CloudFormation property {@code Variables}.
   */
  public Pipeline variables(List<VariableDeclaration> value) {
    return set("Variables", Value.listOf(value));
  }

  /** Sets {@code Variables} to this value; see {@link #variables(List)}. */
  public Pipeline variables(Value<List<VariableDeclaration>> value) {
    return set("Variables", value);
  }

  /** Sets {@code Variables} to a list of these; see {@link #variables(List)}. */
  public Pipeline variables(VariableDeclaration... values) {
    return set("Variables", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The version of the pipeline.
   *
   * <p>A new pipeline is always assigned a version number of 1. This number increments when a
   * pipeline is updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Represents information about an action declaration.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.ActionDeclaration}.
   */
  public static final class ActionDeclaration extends Struct<ActionDeclaration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.ActionDeclaration")
        .required("ActionTypeId", "Name")
        .constrain("Configuration", Constraint.of().format("json"))
        .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9.@\\-_]{1,100}$"))
        .constrain("RoleArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*").format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public ActionDeclaration() {
      super(SCHEMA);
    }

    /**
     * Specifies the action type and the provider of the action.
     *
     * <p>Required. CloudFormation property {@code ActionTypeId}.
     */
    public ActionDeclaration actionTypeId(Value<ActionTypeId> value) {
      return set("ActionTypeId", value);
    }

    /**
     * The shell commands to run with your compute action in CodePipeline. All commands are
     * supported except multi-line formats. While CodeBuild logs and permissions are used, you do
     * not need to create any resources in CodeBuild.
     *
     * <p>Using compute time for this action will incur separate charges in AWS CodeBuild .
     *
     * <p>CloudFormation property {@code Commands}.
     */
    public ActionDeclaration commands(List<String> value) {
      return set("Commands", Value.listOf(value));
    }

    /** Sets {@code Commands} to this value; see {@link #commands(List)}. */
    public ActionDeclaration commands(Value<List<String>> value) {
      return set("Commands", value);
    }

    /**
     * The action's configuration. These are key-value pairs that specify input values for an
     * action. For more information, see <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html#action-requirements">Action
     * Structure Requirements in CodePipeline</a> . For the list of configuration properties for the
     * AWS CloudFormation action type in CodePipeline, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/continuous-delivery-codepipeline-action-reference.html">Configuration
     * Properties Reference</a> in the <em>AWS CloudFormation User Guide</em> . For template
     * snippets with examples, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/continuous-delivery-codepipeline-parameter-override-functions.html">Using
     * Parameter Override Functions with CodePipeline Pipelines</a> in the <em>AWS CloudFormation
     * User Guide</em> .
     *
     * <p>The values can be represented in either JSON or YAML format. For example, the JSON
     * configuration item format is as follows:
     *
     * <p><em>JSON:</em>
     *
     * <p><code>"Configuration" : { Key : Value },</code>
     *
     * <p>Format: {@code json}. CloudFormation property {@code Configuration}.
     */
    public ActionDeclaration configuration(Value<Json> value) {
      return set("Configuration", value);
    }

    /**
     * The environment variables for the action.
     *
     * <p>CloudFormation property {@code EnvironmentVariables}.
     */
    public ActionDeclaration environmentVariables(List<EnvironmentVariable> value) {
      return set("EnvironmentVariables", Value.listOf(value));
    }

    /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(List)}. */
    public ActionDeclaration environmentVariables(Value<List<EnvironmentVariable>> value) {
      return set("EnvironmentVariables", value);
    }

    /**
     * Sets {@code EnvironmentVariables} to a list of these; see {@link
     * #environmentVariables(List)}.
     */
    public ActionDeclaration environmentVariables(EnvironmentVariable... values) {
      return set("EnvironmentVariables", Value.list(values));
    }

    /**
     * The name or ID of the artifact consumed by the action, such as a test or build artifact.
     * While the field is not a required parameter, most actions have an action configuration that
     * requires a specified quantity of input artifacts. To refer to the action configuration
     * specification by action provider, see the <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference.html">Action
     * structure reference</a> in the <em>AWS CodePipeline User Guide</em> .
     *
     * <p>For a CodeBuild action with multiple input artifacts, one of your input sources must be
     * designated the PrimarySource. For more information, see the <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeBuild.html">CodeBuild
     * action reference page</a> in the <em>AWS CodePipeline User Guide</em> .
     *
     * <p>CloudFormation property {@code InputArtifacts}.
     */
    public ActionDeclaration inputArtifacts(List<InputArtifact> value) {
      return set("InputArtifacts", Value.listOf(value));
    }

    /** Sets {@code InputArtifacts} to this value; see {@link #inputArtifacts(List)}. */
    public ActionDeclaration inputArtifacts(Value<List<InputArtifact>> value) {
      return set("InputArtifacts", value);
    }

    /** Sets {@code InputArtifacts} to a list of these; see {@link #inputArtifacts(List)}. */
    public ActionDeclaration inputArtifacts(InputArtifact... values) {
      return set("InputArtifacts", Value.list(values));
    }

    /**
     * The action declaration's name.
     *
     * <p>Required. Pattern: {@code ^[A-Za-z0-9.&#64;&#92;-_]{1,100}$}. CloudFormation property
     * {@code Name}.
     */
    public ActionDeclaration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ActionDeclaration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The variable namespace associated with the action. All variables produced as output by this
     * action fall under this namespace.
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public ActionDeclaration namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public ActionDeclaration namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The name or ID of the result of the action declaration, such as a test or build artifact.
     * While the field is not a required parameter, most actions have an action configuration that
     * requires a specified quantity of output artifacts. To refer to the action configuration
     * specification by action provider, see the <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference.html">Action
     * structure reference</a> in the <em>AWS CodePipeline User Guide</em> .
     *
     * <p>CloudFormation property {@code OutputArtifacts}.
     */
    public ActionDeclaration outputArtifacts(List<OutputArtifact> value) {
      return set("OutputArtifacts", Value.listOf(value));
    }

    /** Sets {@code OutputArtifacts} to this value; see {@link #outputArtifacts(List)}. */
    public ActionDeclaration outputArtifacts(Value<List<OutputArtifact>> value) {
      return set("OutputArtifacts", value);
    }

    /** Sets {@code OutputArtifacts} to a list of these; see {@link #outputArtifacts(List)}. */
    public ActionDeclaration outputArtifacts(OutputArtifact... values) {
      return set("OutputArtifacts", Value.list(values));
    }

    /**
     * The list of variables that are to be exported from the compute action. This is specifically
     * CodeBuild environment variables as used for that action.
     *
     * <p>CloudFormation property {@code OutputVariables}.
     */
    public ActionDeclaration outputVariables(List<String> value) {
      return set("OutputVariables", Value.listOf(value));
    }

    /** Sets {@code OutputVariables} to this value; see {@link #outputVariables(List)}. */
    public ActionDeclaration outputVariables(Value<List<String>> value) {
      return set("OutputVariables", value);
    }

    /**
     * The action declaration's AWS Region, such as us-east-1.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public ActionDeclaration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ActionDeclaration region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The ARN of the IAM service role that performs the declared action. This is assumed through
     * the roleArn for the pipeline.
     *
     * <p>Pattern: {@code arn:aws(-[&#92;w]+)*:iam::[0-9]{12}:role/.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public ActionDeclaration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public ActionDeclaration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public ActionDeclaration roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The order in which actions are run.
     *
     * <p>CloudFormation property {@code RunOrder}.
     */
    public ActionDeclaration runOrder(int value) {
      return set("RunOrder", Value.of(value));
    }

    /** Sets {@code RunOrder} to this value; see {@link #runOrder(int)}. */
    public ActionDeclaration runOrder(Value<Integer> value) {
      return set("RunOrder", value);
    }

    /**
     * A timeout duration in minutes that can be applied against the ActionType’s default timeout
     * value specified in <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/limits.html">Quotas for AWS
     * CodePipeline</a> . This attribute is available only to the manual approval ActionType.
     *
     * <p>CloudFormation property {@code TimeoutInMinutes}.
     */
    public ActionDeclaration timeoutInMinutes(int value) {
      return set("TimeoutInMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutInMinutes} to this value; see {@link #timeoutInMinutes(int)}. */
    public ActionDeclaration timeoutInMinutes(Value<Integer> value) {
      return set("TimeoutInMinutes", value);
    }
  }

  /**
   * Represents information about an action type.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.ActionTypeId}.
   */
  public static final class ActionTypeId extends Struct<ActionTypeId> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.ActionTypeId")
        .required("Category", "Owner", "Provider", "Version")
        .allowed("Category", "Source", "Build", "Test", "Deploy", "Invoke", "Approval", "Compute")
        .constrain("Version", Constraint.of().pattern("^[0-9A-Za-z_\\-]{1,9}$"))
        .build();

    public ActionTypeId() {
      super(SCHEMA);
    }

    /**
     * A category defines what kind of action can be taken in the stage, and constrains the provider
     * type for the action. Valid categories are limited to one of the values below.
     *
     * <ul> <li><code>Source</code> <li><code>Build</code> <li><code>Test</code>
     * <li><code>Deploy</code> <li><code>Invoke</code> <li><code>Approval</code>
     * <li><code>Compute</code> </ul>
     *
     * <p>Required. Allowed values: {@code Source}, {@code Build}, {@code Test}, {@code Deploy},
     * {@code Invoke}, {@code Approval}, {@code Compute}. CloudFormation property {@code Category}.
     */
    public ActionTypeId category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public ActionTypeId category(Value<String> value) {
      return set("Category", value);
    }

    /**
     * The creator of the action being called. There are three valid values for the
     * <code>Owner</code> field in the action category section within your pipeline structure:
     * <code>AWS</code> , <code>ThirdParty</code> , and <code>Custom</code> . For more information,
     * see <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html#actions-valid-providers">Valid
     * Action Types and Providers in CodePipeline</a> .
     *
     * <p>Required. CloudFormation property {@code Owner}.
     */
    public ActionTypeId owner(String value) {
      return set("Owner", Value.of(value));
    }

    /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
    public ActionTypeId owner(Value<String> value) {
      return set("Owner", value);
    }

    /**
     * The provider of the service being called by the action. Valid providers are determined by the
     * action category. For example, an action in the Deploy category type might have a provider of
     * CodeDeploy, which would be specified as <code>CodeDeploy</code> . For more information, see
     * <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html#actions-valid-providers">Valid
     * Action Types and Providers in CodePipeline</a> .
     *
     * <p>Required. CloudFormation property {@code Provider}.
     */
    public ActionTypeId provider(String value) {
      return set("Provider", Value.of(value));
    }

    /** Sets {@code Provider} to this value; see {@link #provider(String)}. */
    public ActionTypeId provider(Value<String> value) {
      return set("Provider", value);
    }

    /**
     * A string that describes the action version.
     *
     * <p>Required. Pattern: {@code ^[0-9A-Za-z_&#92;-]{1,9}$}. CloudFormation property {@code
     * Version}.
     */
    public ActionTypeId version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public ActionTypeId version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * The S3 bucket where artifacts for the pipeline are stored.
   *
   * <p>You must include either <code>artifactStore</code> or <code>artifactStores</code> in your
   * pipeline, but you cannot use both. If you create a cross-region action in your pipeline, you
   * must use <code>artifactStores</code> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.ArtifactStore}.
   */
  public static final class ArtifactStore extends Struct<ArtifactStore> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.ArtifactStore")
        .required("Location", "Type")
        .references("Location", "AWS::S3::Bucket.Ref")
        .allowed("Type", "S3")
        .build();

    public ArtifactStore() {
      super(SCHEMA);
    }

    /**
     * The encryption key used to encrypt the data in the artifact store, such as an AWS Key
     * Management Service ( AWS KMS) key. If this is undefined, the default key for Amazon S3 is
     * used. To see an example artifact store encryption key field, see the example structure here:
     * <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codepipeline-pipeline.html">AWS::CodePipeline::Pipeline</a>
     * .
     *
     * <p>CloudFormation property {@code EncryptionKey}.
     */
    public ArtifactStore encryptionKey(Value<EncryptionKey> value) {
      return set("EncryptionKey", value);
    }

    /**
     * The S3 bucket used for storing the artifacts for a pipeline. You can specify the name of an
     * S3 bucket but not a folder in the bucket. A folder to contain the pipeline artifacts is
     * created for you based on the name of the pipeline. You can use any S3 bucket in the same AWS
     * Region as the pipeline to store your pipeline artifacts.
     *
     * <p>Required. CloudFormation property {@code Location}.
     */
    public ArtifactStore location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public ArtifactStore location(Value<String> value) {
      return set("Location", value);
    }

    /**
     * Sets {@code Location} to the Ref of {@code AWS::S3::Bucket}; see {@link #location(String)}.
     */
    public ArtifactStore location(Bucket resource) {
      return set("Location", resource.ref());
    }

    /**
     * The type of the artifact store, such as S3.
     *
     * <p>Required. Allowed values: {@code S3}. CloudFormation property {@code Type}.
     */
    public ArtifactStore type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ArtifactStore type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A mapping of <code>artifactStore</code> objects and their corresponding AWS Regions. There must
   * be an artifact store for the pipeline Region and for each cross-region action in the pipeline.
   *
   * <p>You must include either <code>artifactStore</code> or <code>artifactStores</code> in your
   * pipeline, but you cannot use both. If you create a cross-region action in your pipeline, you
   * must use <code>artifactStores</code> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.ArtifactStoreMap}.
   */
  public static final class ArtifactStoreMap extends Struct<ArtifactStoreMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.ArtifactStoreMap")
        .required("ArtifactStore", "Region")
        .build();

    public ArtifactStoreMap() {
      super(SCHEMA);
    }

    /**
     * Represents information about the S3 bucket where artifacts are stored for the pipeline.
     *
     * <p>You must include either <code>artifactStore</code> or <code>artifactStores</code> in your
     * pipeline, but you cannot use both. If you create a cross-region action in your pipeline, you
     * must use <code>artifactStores</code> .
     *
     * <p>Required. CloudFormation property {@code ArtifactStore}.
     */
    public ArtifactStoreMap artifactStore(Value<ArtifactStore> value) {
      return set("ArtifactStore", value);
    }

    /**
     * The action declaration's AWS Region, such as us-east-1.
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public ArtifactStoreMap region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ArtifactStoreMap region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * The conditions for making checks for entry to a stage. For more information about conditions,
   * see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html">Stage
   * conditions</a> and <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works-conditions.html">How
   * do stage conditions work?</a> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.BeforeEntryConditions}.
   */
  public static final class BeforeEntryConditions extends Struct<BeforeEntryConditions> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.BeforeEntryConditions");

    public BeforeEntryConditions() {
      super(SCHEMA);
    }

    /**
     * The conditions that are configured as entry conditions.
     *
     * <p>CloudFormation property {@code Conditions}.
     */
    public BeforeEntryConditions conditions(List<Condition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public BeforeEntryConditions conditions(Value<List<Condition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public BeforeEntryConditions conditions(Condition... values) {
      return set("Conditions", Value.list(values));
    }
  }

  /**
   * Reserved for future use.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.BlockerDeclaration}.
   */
  public static final class BlockerDeclaration extends Struct<BlockerDeclaration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.BlockerDeclaration")
        .required("Name", "Type")
        .allowed("Type", "Schedule")
        .build();

    public BlockerDeclaration() {
      super(SCHEMA);
    }

    /**
     * Reserved for future use.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public BlockerDeclaration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public BlockerDeclaration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Reserved for future use.
     *
     * <p>Required. Allowed values: {@code Schedule}. CloudFormation property {@code Type}.
     */
    public BlockerDeclaration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public BlockerDeclaration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The condition for the stage. A condition is made up of the rules and the result for the
   * condition. For more information about conditions, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html">Stage
   * conditions</a> and <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works-conditions.html">How
   * do stage conditions work?</a> .. For more information about rules, see the <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/rule-reference.html">AWS
   * CodePipeline rule reference</a> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.Condition");

    public Condition() {
      super(SCHEMA);
    }

    /**
     * The action to be done when the condition is met. For example, rolling back an execution for a
     * failure condition.
     *
     * <p>CloudFormation property {@code Result}.
     */
    public Condition result(String value) {
      return set("Result", Value.of(value));
    }

    /** Sets {@code Result} to this value; see {@link #result(String)}. */
    public Condition result(Value<String> value) {
      return set("Result", value);
    }

    /**
     * The rules that make up the condition.
     *
     * <p>CloudFormation property {@code Rules}.
     */
    public Condition rules(List<RuleDeclaration> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public Condition rules(Value<List<RuleDeclaration>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public Condition rules(RuleDeclaration... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * Represents information about the key used to encrypt data in the artifact store, such as an AWS
   * Key Management Service ( AWS KMS) key.
   *
   * <p><code>EncryptionKey</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codepipeline-pipeline-artifactstore.html">ArtifactStore</a>
   * property type.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.EncryptionKey}.
   */
  public static final class EncryptionKey extends Struct<EncryptionKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.EncryptionKey")
        .required("Id", "Type")
        .references("Id", "AWS::KMS::Key.Arn")
        .build();

    public EncryptionKey() {
      super(SCHEMA);
    }

    /**
     * The ID used to identify the key. For an AWS KMS key, you can use the key ID, the key ARN, or
     * the alias ARN.
     *
     * <p>Aliases are recognized only in the account that created the AWS key. For cross-account
     * actions, you can only use the key ID or key ARN to identify the key. Cross-account actions
     * involve using the role from the other account (AccountB), so specifying the key ID will use
     * the key from the other account (AccountB).
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public EncryptionKey id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public EncryptionKey id(Value<String> value) {
      return set("Id", value);
    }

    /** Sets {@code Id} to the Arn of {@code AWS::KMS::Key}; see {@link #id(String)}. */
    public EncryptionKey id(Key resource) {
      return set("Id", resource.arn());
    }

    /**
     * The type of encryption key, such as an AWS KMS key. When creating or updating a pipeline, the
     * value must be set to 'KMS'.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public EncryptionKey type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EncryptionKey type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The environment variables for the action.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.EnvironmentVariable}.
   */
  public static final class EnvironmentVariable extends Struct<EnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.EnvironmentVariable")
        .required("Name", "Value")
        .allowed("Type", "PLAINTEXT", "SECRETS_MANAGER")
        .build();

    public EnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * The environment variable name in the key-value pair.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public EnvironmentVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EnvironmentVariable name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the type of use for the environment variable value. The value can be either
     * <code>PLAINTEXT</code> or <code>SECRETS_MANAGER</code> . If the value is
     * <code>SECRETS_MANAGER</code> , provide the Secrets reference in the EnvironmentVariable
     * value.
     *
     * <p>Allowed values: {@code PLAINTEXT}, {@code SECRETS_MANAGER}. CloudFormation property {@code
     * Type}.
     */
    public EnvironmentVariable type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EnvironmentVariable type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The environment variable value in the key-value pair.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public EnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The configuration that specifies the result, such as rollback, to occur upon stage failure. For
   * more information about conditions, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html">Stage
   * conditions</a> and <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works-conditions.html">How
   * do stage conditions work?</a> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.FailureConditions}.
   */
  public static final class FailureConditions extends Struct<FailureConditions> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.FailureConditions")
        .allowed("Result", "ROLLBACK", "RETRY")
        .build();

    public FailureConditions() {
      super(SCHEMA);
    }

    /**
     * The conditions that are configured as failure conditions. For more information about
     * conditions, see <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html">Stage
     * conditions</a> and <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works-conditions.html">How
     * do stage conditions work?</a> .
     *
     * <p>CloudFormation property {@code Conditions}.
     */
    public FailureConditions conditions(List<Condition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public FailureConditions conditions(Value<List<Condition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public FailureConditions conditions(Condition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * The specified result for when the failure conditions are met, such as rolling back the stage.
     *
     * <p>Allowed values: {@code ROLLBACK}, {@code RETRY}. CloudFormation property {@code Result}.
     */
    public FailureConditions result(String value) {
      return set("Result", Value.of(value));
    }

    /** Sets {@code Result} to this value; see {@link #result(String)}. */
    public FailureConditions result(Value<String> value) {
      return set("Result", value);
    }

    /**
     * The retry configuration specifies automatic retry for a failed stage, along with the
     * configured retry mode.
     *
     * <p>CloudFormation property {@code RetryConfiguration}.
     */
    public FailureConditions retryConfiguration(Value<RetryConfiguration> value) {
      return set("RetryConfiguration", value);
    }
  }

  /**
   * The Git repository branches specified as filter criteria to start the pipeline.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.GitBranchFilterCriteria}.
   */
  public static final class GitBranchFilterCriteria extends Struct<GitBranchFilterCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.GitBranchFilterCriteria");

    public GitBranchFilterCriteria() {
      super(SCHEMA);
    }

    /**
     * The list of patterns of Git branches that, when a commit is pushed, are to be excluded from
     * starting the pipeline.
     *
     * <p>CloudFormation property {@code Excludes}.
     */
    public GitBranchFilterCriteria excludes(List<String> value) {
      return set("Excludes", Value.listOf(value));
    }

    /** Sets {@code Excludes} to this value; see {@link #excludes(List)}. */
    public GitBranchFilterCriteria excludes(Value<List<String>> value) {
      return set("Excludes", value);
    }

    /**
     * The list of patterns of Git branches that, when a commit is pushed, are to be included as
     * criteria that starts the pipeline.
     *
     * <p>CloudFormation property {@code Includes}.
     */
    public GitBranchFilterCriteria includes(List<String> value) {
      return set("Includes", Value.listOf(value));
    }

    /** Sets {@code Includes} to this value; see {@link #includes(List)}. */
    public GitBranchFilterCriteria includes(Value<List<String>> value) {
      return set("Includes", value);
    }
  }

  /**
   * A type of trigger configuration for Git-based source actions.
   *
   * <p>You can specify the Git configuration trigger type for all third-party Git-based source
   * actions that are supported by the <code>CodeStarSourceConnection</code> action type.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.GitConfiguration}.
   */
  public static final class GitConfiguration extends Struct<GitConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.GitConfiguration")
        .required("SourceActionName")
        .build();

    public GitConfiguration() {
      super(SCHEMA);
    }

    /**
     * The field where the repository event that will start the pipeline is specified as pull
     * requests.
     *
     * <p>CloudFormation property {@code PullRequest}.
     */
    public GitConfiguration pullRequest(List<GitPullRequestFilter> value) {
      return set("PullRequest", Value.listOf(value));
    }

    /** Sets {@code PullRequest} to this value; see {@link #pullRequest(List)}. */
    public GitConfiguration pullRequest(Value<List<GitPullRequestFilter>> value) {
      return set("PullRequest", value);
    }

    /** Sets {@code PullRequest} to a list of these; see {@link #pullRequest(List)}. */
    public GitConfiguration pullRequest(GitPullRequestFilter... values) {
      return set("PullRequest", Value.list(values));
    }

    /**
     * The field where the repository event that will start the pipeline, such as pushing Git tags,
     * is specified with details.
     *
     * <p>CloudFormation property {@code Push}.
     */
    public GitConfiguration push(List<GitPushFilter> value) {
      return set("Push", Value.listOf(value));
    }

    /** Sets {@code Push} to this value; see {@link #push(List)}. */
    public GitConfiguration push(Value<List<GitPushFilter>> value) {
      return set("Push", value);
    }

    /** Sets {@code Push} to a list of these; see {@link #push(List)}. */
    public GitConfiguration push(GitPushFilter... values) {
      return set("Push", Value.list(values));
    }

    /**
     * The name of the pipeline source action where the trigger configuration, such as Git tags, is
     * specified. The trigger configuration will start the pipeline upon the specified change only.
     *
     * <p>You can only specify one trigger configuration per source action.
     *
     * <p>Required. CloudFormation property {@code SourceActionName}.
     */
    public GitConfiguration sourceActionName(String value) {
      return set("SourceActionName", Value.of(value));
    }

    /** Sets {@code SourceActionName} to this value; see {@link #sourceActionName(String)}. */
    public GitConfiguration sourceActionName(Value<String> value) {
      return set("SourceActionName", value);
    }
  }

  /**
   * The Git repository file paths specified as filter criteria to start the pipeline.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.GitFilePathFilterCriteria}.
   */
  public static final class GitFilePathFilterCriteria extends Struct<GitFilePathFilterCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.GitFilePathFilterCriteria");

    public GitFilePathFilterCriteria() {
      super(SCHEMA);
    }

    /**
     * The list of patterns of Git repository file paths that, when a commit is pushed, are to be
     * excluded from starting the pipeline.
     *
     * <p>CloudFormation property {@code Excludes}.
     */
    public GitFilePathFilterCriteria excludes(List<String> value) {
      return set("Excludes", Value.listOf(value));
    }

    /** Sets {@code Excludes} to this value; see {@link #excludes(List)}. */
    public GitFilePathFilterCriteria excludes(Value<List<String>> value) {
      return set("Excludes", value);
    }

    /**
     * The list of patterns of Git repository file paths that, when a commit is pushed, are to be
     * included as criteria that starts the pipeline.
     *
     * <p>CloudFormation property {@code Includes}.
     */
    public GitFilePathFilterCriteria includes(List<String> value) {
      return set("Includes", Value.listOf(value));
    }

    /** Sets {@code Includes} to this value; see {@link #includes(List)}. */
    public GitFilePathFilterCriteria includes(Value<List<String>> value) {
      return set("Includes", value);
    }
  }

  /**
   * The event criteria for the pull request trigger configuration, such as the lists of branches or
   * file paths to include and exclude.
   *
   * <p>The following are valid values for the events for this filter:
   *
   * <ul> <li>CLOSED <li>OPEN <li>UPDATED </ul>
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.GitPullRequestFilter}.
   */
  public static final class GitPullRequestFilter extends Struct<GitPullRequestFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.GitPullRequestFilter");

    public GitPullRequestFilter() {
      super(SCHEMA);
    }

    /**
     * The field that specifies to filter on branches for the pull request trigger configuration.
     *
     * <p>CloudFormation property {@code Branches}.
     */
    public GitPullRequestFilter branches(Value<GitBranchFilterCriteria> value) {
      return set("Branches", value);
    }

    /**
     * The field that specifies which pull request events to filter on (OPEN, UPDATED, CLOSED) for
     * the trigger configuration.
     *
     * <p>CloudFormation property {@code Events}.
     */
    public GitPullRequestFilter events(List<String> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public GitPullRequestFilter events(Value<List<String>> value) {
      return set("Events", value);
    }

    /**
     * The field that specifies to filter on file paths for the pull request trigger configuration.
     *
     * <p>CloudFormation property {@code FilePaths}.
     */
    public GitPullRequestFilter filePaths(Value<GitFilePathFilterCriteria> value) {
      return set("FilePaths", value);
    }
  }

  /**
   * The event criteria that specify when a specified repository event will start the pipeline for
   * the specified trigger configuration, such as the lists of Git tags to include and exclude.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.GitPushFilter}.
   */
  public static final class GitPushFilter extends Struct<GitPushFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.GitPushFilter");

    public GitPushFilter() {
      super(SCHEMA);
    }

    /**
     * The field that specifies to filter on branches for the push trigger configuration.
     *
     * <p>CloudFormation property {@code Branches}.
     */
    public GitPushFilter branches(Value<GitBranchFilterCriteria> value) {
      return set("Branches", value);
    }

    /**
     * The field that specifies to filter on file paths for the push trigger configuration.
     *
     * <p>CloudFormation property {@code FilePaths}.
     */
    public GitPushFilter filePaths(Value<GitFilePathFilterCriteria> value) {
      return set("FilePaths", value);
    }

    /**
     * The field that contains the details for the Git tags trigger configuration.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public GitPushFilter tags(Value<GitTagFilterCriteria> value) {
      return set("Tags", value);
    }
  }

  /**
   * The Git tags specified as filter criteria for whether a Git tag repository event will start the
   * pipeline.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.GitTagFilterCriteria}.
   */
  public static final class GitTagFilterCriteria extends Struct<GitTagFilterCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.GitTagFilterCriteria");

    public GitTagFilterCriteria() {
      super(SCHEMA);
    }

    /**
     * The list of patterns of Git tags that, when pushed, are to be excluded from starting the
     * pipeline.
     *
     * <p>CloudFormation property {@code Excludes}.
     */
    public GitTagFilterCriteria excludes(List<String> value) {
      return set("Excludes", Value.listOf(value));
    }

    /** Sets {@code Excludes} to this value; see {@link #excludes(List)}. */
    public GitTagFilterCriteria excludes(Value<List<String>> value) {
      return set("Excludes", value);
    }

    /**
     * The list of patterns of Git tags that, when pushed, are to be included as criteria that
     * starts the pipeline.
     *
     * <p>CloudFormation property {@code Includes}.
     */
    public GitTagFilterCriteria includes(List<String> value) {
      return set("Includes", Value.listOf(value));
    }

    /** Sets {@code Includes} to this value; see {@link #includes(List)}. */
    public GitTagFilterCriteria includes(Value<List<String>> value) {
      return set("Includes", value);
    }
  }

  /**
   * Represents information about an artifact to be worked on, such as a test or build artifact.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.InputArtifact}.
   */
  public static final class InputArtifact extends Struct<InputArtifact> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.InputArtifact")
        .required("Name")
        .build();

    public InputArtifact() {
      super(SCHEMA);
    }

    /**
     * The name of the artifact to be worked on (for example, "My App").
     *
     * <p>Artifacts are the files that are worked on by actions in the pipeline. See the action
     * configuration for each action for details about artifact parameters. For example, the S3
     * source action input artifact is a file name (or file path), and the files are generally
     * provided as a ZIP file. Example artifact name: SampleApp_Windows.zip
     *
     * <p>The input artifact of an action must exactly match the output artifact declared in a
     * preceding action, but the input artifact does not have to be the next action in strict
     * sequence from the action that provided the output artifact. Actions in parallel can declare
     * different output artifacts, which are in turn consumed by different following actions.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public InputArtifact name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public InputArtifact name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Represents information about the output of an action.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.OutputArtifact}.
   */
  public static final class OutputArtifact extends Struct<OutputArtifact> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.OutputArtifact")
        .required("Name")
        .build();

    public OutputArtifact() {
      super(SCHEMA);
    }

    /**
     * The files that you want to associate with the output artifact that will be exported from the
     * compute action.
     *
     * <p>CloudFormation property {@code Files}.
     */
    public OutputArtifact files(List<String> value) {
      return set("Files", Value.listOf(value));
    }

    /** Sets {@code Files} to this value; see {@link #files(List)}. */
    public OutputArtifact files(Value<List<String>> value) {
      return set("Files", value);
    }

    /**
     * The name of the output of an artifact, such as "My App".
     *
     * <p>The output artifact name must exactly match the input artifact declared for a downstream
     * action. However, the downstream action's input artifact does not have to be the next action
     * in strict sequence from the action that provided the output artifact. Actions in parallel can
     * declare different output artifacts, which are in turn consumed by different following
     * actions.
     *
     * <p>Output artifact names must be unique within a pipeline.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public OutputArtifact name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OutputArtifact name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Represents information about the specified trigger configuration, such as the filter criteria
   * and the source stage for the action that contains the trigger.
   *
   * <p>This is only supported for the <code>CodeStarSourceConnection</code> action type. &gt; When
   * a trigger configuration is specified, default change detection for repository and branch
   * commits is disabled.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.PipelineTriggerDeclaration}.
   */
  public static final class PipelineTriggerDeclaration extends Struct<PipelineTriggerDeclaration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.PipelineTriggerDeclaration")
        .required("ProviderType")
        .allowed("ProviderType", "CodeStarSourceConnection")
        .build();

    public PipelineTriggerDeclaration() {
      super(SCHEMA);
    }

    /**
     * Provides the filter criteria and the source stage for the repository event that starts the
     * pipeline, such as Git tags.
     *
     * <p>CloudFormation property {@code GitConfiguration}.
     */
    public PipelineTriggerDeclaration gitConfiguration(Value<GitConfiguration> value) {
      return set("GitConfiguration", value);
    }

    /**
     * The source provider for the event, such as connections configured for a repository with Git
     * tags, for the specified trigger configuration.
     *
     * <p>Required. Allowed values: {@code CodeStarSourceConnection}. CloudFormation property {@code
     * ProviderType}.
     */
    public PipelineTriggerDeclaration providerType(String value) {
      return set("ProviderType", Value.of(value));
    }

    /** Sets {@code ProviderType} to this value; see {@link #providerType(String)}. */
    public PipelineTriggerDeclaration providerType(Value<String> value) {
      return set("ProviderType", value);
    }
  }

  /**
   * The retry configuration specifies automatic retry for a failed stage, along with the configured
   * retry mode.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.RetryConfiguration}.
   */
  public static final class RetryConfiguration extends Struct<RetryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.RetryConfiguration")
        .allowed("RetryMode", "ALL_ACTIONS", "FAILED_ACTIONS")
        .build();

    public RetryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The method that you want to configure for automatic stage retry on stage failure. You can
     * specify to retry only failed action in the stage or all actions in the stage.
     *
     * <p>Allowed values: {@code ALL_ACTIONS}, {@code FAILED_ACTIONS}. CloudFormation property
     * {@code RetryMode}.
     */
    public RetryConfiguration retryMode(String value) {
      return set("RetryMode", Value.of(value));
    }

    /** Sets {@code RetryMode} to this value; see {@link #retryMode(String)}. */
    public RetryConfiguration retryMode(Value<String> value) {
      return set("RetryMode", value);
    }
  }

  /**
   * Represents information about the rule to be created for an associated condition. An example
   * would be creating a new rule for an entry condition, such as a rule that checks for a test
   * result before allowing the run to enter the deployment stage. For more information about
   * conditions, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html">Stage
   * conditions</a> and <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works-conditions.html">How
   * do stage conditions work?</a> . For more information about rules, see the <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/rule-reference.html">AWS
   * CodePipeline rule reference</a> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.RuleDeclaration}.
   */
  public static final class RuleDeclaration extends Struct<RuleDeclaration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.RuleDeclaration")
        .constrain("RoleArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*").format("AWS::IAM::Role.Arn"))
        .build();

    public RuleDeclaration() {
      super(SCHEMA);
    }

    /**
     * The shell commands to run with your commands rule in CodePipeline. All commands are supported
     * except multi-line formats. While CodeBuild logs and permissions are used, you do not need to
     * create any resources in CodeBuild.
     *
     * <p>Using compute time for this action will incur separate charges in AWS CodeBuild .
     *
     * <p>CloudFormation property {@code Commands}.
     */
    public RuleDeclaration commands(List<String> value) {
      return set("Commands", Value.listOf(value));
    }

    /** Sets {@code Commands} to this value; see {@link #commands(List)}. */
    public RuleDeclaration commands(Value<List<String>> value) {
      return set("Commands", value);
    }

    /**
     * The action configuration fields for the rule.
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public RuleDeclaration configuration(Value<Json> value) {
      return set("Configuration", value);
    }

    /**
     * The input artifacts fields for the rule, such as specifying an input file for the rule.
     *
     * <p>CloudFormation property {@code InputArtifacts}.
     */
    public RuleDeclaration inputArtifacts(List<InputArtifact> value) {
      return set("InputArtifacts", Value.listOf(value));
    }

    /** Sets {@code InputArtifacts} to this value; see {@link #inputArtifacts(List)}. */
    public RuleDeclaration inputArtifacts(Value<List<InputArtifact>> value) {
      return set("InputArtifacts", value);
    }

    /** Sets {@code InputArtifacts} to a list of these; see {@link #inputArtifacts(List)}. */
    public RuleDeclaration inputArtifacts(InputArtifact... values) {
      return set("InputArtifacts", Value.list(values));
    }

    /**
     * The name of the rule that is created for the condition, such as <code>VariableCheck</code> .
     *
     * <p>CloudFormation property {@code Name}.
     */
    public RuleDeclaration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RuleDeclaration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The Region for the condition associated with the rule.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public RuleDeclaration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public RuleDeclaration region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The pipeline role ARN associated with the rule.
     *
     * <p>Pattern: {@code arn:aws(-[&#92;w]+)*:iam::[0-9]{12}:role/.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public RuleDeclaration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RuleDeclaration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The ID for the rule type, which is made up of the combined values for category, owner,
     * provider, and version.
     *
     * <p>CloudFormation property {@code RuleTypeId}.
     */
    public RuleDeclaration ruleTypeId(Value<RuleTypeId> value) {
      return set("RuleTypeId", value);
    }
  }

  /**
   * The ID for the rule type, which is made up of the combined values for category, owner,
   * provider, and version. For more information about conditions, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html">Stage
   * conditions</a> . For more information about rules, see the <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/rule-reference.html">AWS
   * CodePipeline rule reference</a> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.RuleTypeId}.
   */
  public static final class RuleTypeId extends Struct<RuleTypeId> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.RuleTypeId");

    public RuleTypeId() {
      super(SCHEMA);
    }

    /**
     * A category defines what kind of rule can be run in the stage, and constrains the provider
     * type for the rule. The valid category is <code>Rule</code> .
     *
     * <p>CloudFormation property {@code Category}.
     */
    public RuleTypeId category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public RuleTypeId category(Value<String> value) {
      return set("Category", value);
    }

    /**
     * The creator of the rule being called. The valid value for the <code>Owner</code> field in the
     * rule category is <code>AWS</code> .
     *
     * <p>CloudFormation property {@code Owner}.
     */
    public RuleTypeId owner(String value) {
      return set("Owner", Value.of(value));
    }

    /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
    public RuleTypeId owner(Value<String> value) {
      return set("Owner", value);
    }

    /**
     * The rule provider, such as the <code>DeploymentWindow</code> rule. For a list of rule
     * provider names, see the rules listed in the <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/rule-reference.html">AWS
     * CodePipeline rule reference</a> .
     *
     * <p>CloudFormation property {@code Provider}.
     */
    public RuleTypeId provider(String value) {
      return set("Provider", Value.of(value));
    }

    /** Sets {@code Provider} to this value; see {@link #provider(String)}. */
    public RuleTypeId provider(Value<String> value) {
      return set("Provider", value);
    }

    /**
     * A string that describes the rule version.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public RuleTypeId version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public RuleTypeId version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Represents information about a stage and its definition.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.StageDeclaration}.
   */
  public static final class StageDeclaration extends Struct<StageDeclaration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.StageDeclaration")
        .required("Actions", "Name")
        .build();

    public StageDeclaration() {
      super(SCHEMA);
    }

    /**
     * The actions included in a stage.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public StageDeclaration actions(List<ActionDeclaration> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public StageDeclaration actions(Value<List<ActionDeclaration>> value) {
      return set("Actions", value);
    }

    /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
    public StageDeclaration actions(ActionDeclaration... values) {
      return set("Actions", Value.list(values));
    }

    /**
     * The method to use when a stage allows entry. For example, configuring this field for
     * conditions will allow entry to the stage when the conditions are met.
     *
     * <p>CloudFormation property {@code BeforeEntry}.
     */
    public StageDeclaration beforeEntry(Value<BeforeEntryConditions> value) {
      return set("BeforeEntry", value);
    }

    /**
     * Reserved for future use.
     *
     * <p>CloudFormation property {@code Blockers}.
     */
    public StageDeclaration blockers(List<BlockerDeclaration> value) {
      return set("Blockers", Value.listOf(value));
    }

    /** Sets {@code Blockers} to this value; see {@link #blockers(List)}. */
    public StageDeclaration blockers(Value<List<BlockerDeclaration>> value) {
      return set("Blockers", value);
    }

    /** Sets {@code Blockers} to a list of these; see {@link #blockers(List)}. */
    public StageDeclaration blockers(BlockerDeclaration... values) {
      return set("Blockers", Value.list(values));
    }

    /**
     * The name of the stage.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public StageDeclaration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public StageDeclaration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The method to use when a stage has not completed successfully. For example, configuring this
     * field for rollback will roll back a failed stage automatically to the last successful
     * pipeline execution in the stage.
     *
     * <p>CloudFormation property {@code OnFailure}.
     */
    public StageDeclaration onFailure(Value<FailureConditions> value) {
      return set("OnFailure", value);
    }

    /**
     * The method to use when a stage has succeeded. For example, configuring this field for
     * conditions will allow the stage to succeed when the conditions are met.
     *
     * <p>CloudFormation property {@code OnSuccess}.
     */
    public StageDeclaration onSuccess(Value<SuccessConditions> value) {
      return set("OnSuccess", value);
    }
  }

  /**
   * The name of the pipeline in which you want to disable the flow of artifacts from one stage to
   * another.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.StageTransition}.
   */
  public static final class StageTransition extends Struct<StageTransition> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.StageTransition")
        .required("Reason", "StageName")
        .build();

    public StageTransition() {
      super(SCHEMA);
    }

    /**
     * The reason given to the user that a stage is disabled, such as waiting for manual approval or
     * manual tests. This message is displayed in the pipeline console UI.
     *
     * <p>Required. CloudFormation property {@code Reason}.
     */
    public StageTransition reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public StageTransition reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * The name of the stage where you want to disable the inbound or outbound transition of
     * artifacts.
     *
     * <p>Required. CloudFormation property {@code StageName}.
     */
    public StageTransition stageName(String value) {
      return set("StageName", Value.of(value));
    }

    /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
    public StageTransition stageName(Value<String> value) {
      return set("StageName", value);
    }
  }

  /**
   * The conditions for making checks that, if met, succeed a stage. For more information about
   * conditions, see <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/stage-conditions.html">Stage
   * conditions</a> and <a
   * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works-conditions.html">How
   * do stage conditions work?</a> .
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.SuccessConditions}.
   */
  public static final class SuccessConditions extends Struct<SuccessConditions> {
    private static final Schema SCHEMA = Schema.of("AWS::CodePipeline::Pipeline.SuccessConditions");

    public SuccessConditions() {
      super(SCHEMA);
    }

    /**
     * The conditions that are success conditions.
     *
     * <p>CloudFormation property {@code Conditions}.
     */
    public SuccessConditions conditions(List<Condition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public SuccessConditions conditions(Value<List<Condition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public SuccessConditions conditions(Condition... values) {
      return set("Conditions", Value.list(values));
    }
  }

  /**
   * A variable declared at the pipeline level.
   *
   * <p>Property type {@code AWS::CodePipeline::Pipeline.VariableDeclaration}.
   */
  public static final class VariableDeclaration extends Struct<VariableDeclaration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Pipeline.VariableDeclaration")
        .required("Name")
        .build();

    public VariableDeclaration() {
      super(SCHEMA);
    }

    /**
     * The value of a pipeline-level variable.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public VariableDeclaration defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public VariableDeclaration defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The description of a pipeline-level variable. It's used to add additional context about the
     * variable, and not being used at time when pipeline executes.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public VariableDeclaration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public VariableDeclaration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of a pipeline-level variable.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public VariableDeclaration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public VariableDeclaration name(Value<String> value) {
      return set("Name", value);
    }
  }
}
