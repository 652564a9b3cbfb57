// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.omics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a private workflow. Before you create a private workflow, you must create and configure
 * these required resources:
 *
 * <ul> <li><em>Workflow definition file:</em> A workflow definition file written in WDL, Nextflow,
 * or CWL. The workflow definition specifies the inputs and outputs for runs that use the workflow.
 * It also includes specifications for the runs and run tasks for your workflow, including compute
 * and memory requirements. The workflow definition file must be in <code>.zip</code> format. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/omics/latest/dev/workflow-definition-files.html">Workflow
 * definition files</a> in AWS HealthOmics. </ul>
 *
 * <ul> <li>You can use Amazon Q CLI to build and validate your workflow definition files in WDL,
 * Nextflow, and CWL. For more information, see <a
 * href="https://docs.aws.amazon.com/omics/latest/dev/getting-started.html#omics-q-prompts">Example
 * prompts for Amazon Q CLI</a> and the <a
 * href="https://docs.aws.amazon.com/https://github.com/aws-samples/aws-healthomics-tutorials/tree/main/generative-ai">AWS
 * HealthOmics Agentic generative AI tutorial</a> on GitHub. <li><em>(Optional) Parameter template
 * file:</em> A parameter template file written in JSON. Create the file to define the run
 * parameters, or AWS HealthOmics generates the parameter template for you. For more information,
 * see <a href="https://docs.aws.amazon.com/omics/latest/dev/parameter-templates.html">Parameter
 * template files for HealthOmics workflows</a> . <li><em>ECR container images:</em> Create
 * container images for the workflow in a private ECR repository, or synchronize images from a
 * supported upstream registry with your Amazon ECR private repository. <li><em>(Optional) Sentieon
 * licenses:</em> Request a Sentieon license to use the Sentieon software in private workflows.
 * </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/omics/latest/dev/creating-private-workflows.html">Creating or
 * updating a private workflow in AWS HealthOmics</a> in the <em>AWS HealthOmics User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Omics::Workflow}.
 */
public final class Workflow extends Resource<Workflow> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::Workflow")
      .allowed("Accelerators", "GPU")
      .constrain("Accelerators", Constraint.of().minLength(1).maxLength(64))
      .constrain("ContainerRegistryMapUri", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(750))
      .constrain("DefinitionUri", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(256))
      .allowed("Engine", "WDL", "NEXTFLOW", "CWL")
      .constrain("Engine", Constraint.of().minLength(1).maxLength(64))
      .constrain("Main", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(128))
      .constrain("ParameterTemplatePath", Constraint.of().pattern("^[\\S]+$").minLength(1).maxLength(128))
      .constrain("StorageCapacity", Constraint.of().minimum(0).maximum(100000))
      .allowed("StorageType", "STATIC", "DYNAMIC")
      .constrain("StorageType", Constraint.of().minLength(1).maxLength(64))
      .constrain("WorkflowBucketOwnerId", Constraint.of().pattern("^[0-9]{12}$"))
      .constrain("readmePath", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(128))
      .constrain("readmeUri", Constraint.of().pattern("^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/((.{1,1024}))$"))
      .refYields("Id")
      .attributes("Arn", "CreationTime", "Id", "Status", "Type", "Uuid")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Workflow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code GPU}. Length: 1 to 64 characters.
   * CloudFormation property {@code Accelerators}.
   */
  public Workflow accelerators(String value) {
    return set("Accelerators", Value.of(value));
  }

  /** Sets {@code Accelerators} to this value; see {@link #accelerators(String)}. */
  public Workflow accelerators(Value<String> value) {
    return set("Accelerators", value);
  }

  /**
   * Use a container registry map to specify mappings between the ECR private repository and one or
   * more upstream registries. For more information, see <a
   * href="https://docs.aws.amazon.com/omics/latest/dev/workflows-ecr.html">Container images</a> in
   * the <em>AWS HealthOmics User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ContainerRegistryMap}.
   */
  public Workflow containerRegistryMap(Value<ContainerRegistryMap> value) {
    return set("ContainerRegistryMap", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 750 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code ContainerRegistryMapUri}.
   */
  public Workflow containerRegistryMapUri(String value) {
    return set("ContainerRegistryMapUri", Value.of(value));
  }

  /**
   * Sets {@code ContainerRegistryMapUri} to this value; see {@link
   * #containerRegistryMapUri(String)}.
   */
  public Workflow containerRegistryMapUri(Value<String> value) {
    return set("ContainerRegistryMapUri", value);
  }

  /**
   * Contains information about a source code repository that hosts the workflow definition files.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DefinitionRepository}.
   */
  public Workflow definitionRepository(Value<DefinitionRepository> value) {
    return set("DefinitionRepository", value);
  }

  /**
   * The URI of a definition for the workflow.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code DefinitionUri}.
   */
  public Workflow definitionUri(String value) {
    return set("DefinitionUri", Value.of(value));
  }

  /** Sets {@code DefinitionUri} to this value; see {@link #definitionUri(String)}. */
  public Workflow definitionUri(Value<String> value) {
    return set("DefinitionUri", value);
  }

  /**
   * The parameter's description.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Description}.
   */
  public Workflow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workflow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An engine for the workflow.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code WDL}, {@code NEXTFLOW}, {@code
   * CWL}. Length: 1 to 64 characters. CloudFormation property {@code Engine}.
   */
  public Workflow engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public Workflow engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The path of the main definition file for the workflow.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Main}.
   */
  public Workflow main(String value) {
    return set("Main", Value.of(value));
  }

  /** Sets {@code Main} to this value; see {@link #main(String)}. */
  public Workflow main(Value<String> value) {
    return set("Main", value);
  }

  /**
   * The workflow's name.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Name}.
   */
  public Workflow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Workflow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The workflow's parameter template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ParameterTemplate}.
   */
  public Workflow parameterTemplate(Map<String, WorkflowParameter> value) {
    return set("ParameterTemplate", Value.mapOf(value));
  }

  /** Sets {@code ParameterTemplate} to this value; see {@link #parameterTemplate(Map)}. */
  public Workflow parameterTemplate(Value<Map<String, WorkflowParameter>> value) {
    return set("ParameterTemplate", value);
  }

  /**
   * Path to the primary workflow parameter template JSON file inside the repository
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;S]+$}. CloudFormation property {@code ParameterTemplatePath}.
   */
  public Workflow parameterTemplatePath(String value) {
    return set("ParameterTemplatePath", Value.of(value));
  }

  /**
   * Sets {@code ParameterTemplatePath} to this value; see {@link #parameterTemplatePath(String)}.
   */
  public Workflow parameterTemplatePath(Value<String> value) {
    return set("ParameterTemplatePath", value);
  }

  /**
   * The default static storage capacity (in gibibytes) for runs that use this workflow or workflow
   * version. The <code>storageCapacity</code> can be overwritten at run time. The storage capacity
   * is not required for runs with a <code>DYNAMIC</code> storage type.
   *
   * <p>Changing it replaces the resource. Range: 0 to 100000. CloudFormation property {@code
   * StorageCapacity}.
   */
  public Workflow storageCapacity(double value) {
    return set("StorageCapacity", Value.of(value));
  }

  /** Sets {@code StorageCapacity} to this value; see {@link #storageCapacity(double)}. */
  public Workflow storageCapacity(Value<Double> value) {
    return set("StorageCapacity", value);
  }

  /**
   * Allowed values: {@code STATIC}, {@code DYNAMIC}. Length: 1 to 64 characters. CloudFormation
   * property {@code StorageType}.
   */
  public Workflow storageType(String value) {
    return set("StorageType", Value.of(value));
  }

  /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
  public Workflow storageType(Value<String> value) {
    return set("StorageType", value);
  }

  /**
   * Tags for the workflow.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workflow tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Workflow tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Workflow tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Optional workflow bucket owner ID to verify the workflow bucket
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9]{12}$}. CloudFormation property
   * {@code WorkflowBucketOwnerId}.
   */
  public Workflow workflowBucketOwnerId(String value) {
    return set("WorkflowBucketOwnerId", Value.of(value));
  }

  /**
   * Sets {@code WorkflowBucketOwnerId} to this value; see {@link #workflowBucketOwnerId(String)}.
   */
  public Workflow workflowBucketOwnerId(Value<String> value) {
    return set("WorkflowBucketOwnerId", value);
  }

  /**
   * The markdown content for the workflow's README file. This provides documentation and usage
   * information for users of the workflow.
   *
   * <p>CloudFormation property {@code readmeMarkdown}.
   */
  public Workflow readmeMarkdown(String value) {
    return set("readmeMarkdown", Value.of(value));
  }

  /** Sets {@code readmeMarkdown} to this value; see {@link #readmeMarkdown(String)}. */
  public Workflow readmeMarkdown(Value<String> value) {
    return set("readmeMarkdown", value);
  }

  /**
   * The path to the workflow README markdown file within the repository. This file provides
   * documentation and usage information for the workflow. If not specified, the README.md file from
   * the root directory of the repository will be used.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code readmePath}.
   */
  public Workflow readmePath(String value) {
    return set("readmePath", Value.of(value));
  }

  /** Sets {@code readmePath} to this value; see {@link #readmePath(String)}. */
  public Workflow readmePath(Value<String> value) {
    return set("readmePath", value);
  }

  /**
   * The S3 URI of the README file for the workflow. This file provides documentation and usage
   * information for the workflow. The S3 URI must begin with s3://USER-OWNED-BUCKET/. The requester
   * must have access to the S3 bucket and object. The max README content length is 500 KiB.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/((.{1,1024}))$}. CloudFormation property {@code
   * readmeUri}.
   */
  public Workflow readmeUri(String value) {
    return set("readmeUri", Value.of(value));
  }

  /** Sets {@code readmeUri} to this value; see {@link #readmeUri(String)}. */
  public Workflow readmeUri(Value<String> value) {
    return set("readmeUri", value);
  }

  /**
   * The ARN for the workflow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the workflow was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The workflow's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The workflow's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The workflow's type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /** {@code Fn::GetAtt} attribute {@code Uuid}. */
  public Value<String> uuid() {
    return getAtt("Uuid");
  }

  /**
   * Use a container registry map to specify mappings between the ECR private repository and one or
   * more upstream registries. For more information, see <a
   * href="https://docs.aws.amazon.com/omics/latest/dev/workflows-ecr.html">Container images</a> in
   * the <em>AWS HealthOmics User Guide</em> .
   *
   * <p>Property type {@code AWS::Omics::Workflow.ContainerRegistryMap}.
   */
  public static final class ContainerRegistryMap extends Struct<ContainerRegistryMap> {
    private static final Schema SCHEMA = Schema.of("AWS::Omics::Workflow.ContainerRegistryMap");

    public ContainerRegistryMap() {
      super(SCHEMA);
    }

    /**
     * Image mappings specify path mappings between the ECR private repository and their
     * corresponding external repositories.
     *
     * <p>CloudFormation property {@code ImageMappings}.
     */
    public ContainerRegistryMap imageMappings(List<ImageMapping> value) {
      return set("ImageMappings", Value.listOf(value));
    }

    /** Sets {@code ImageMappings} to this value; see {@link #imageMappings(List)}. */
    public ContainerRegistryMap imageMappings(Value<List<ImageMapping>> value) {
      return set("ImageMappings", value);
    }

    /** Sets {@code ImageMappings} to a list of these; see {@link #imageMappings(List)}. */
    public ContainerRegistryMap imageMappings(ImageMapping... values) {
      return set("ImageMappings", Value.list(values));
    }

    /**
     * Mapping that provides the ECR repository path where upstream container images are pulled and
     * synchronized.
     *
     * <p>CloudFormation property {@code RegistryMappings}.
     */
    public ContainerRegistryMap registryMappings(List<RegistryMapping> value) {
      return set("RegistryMappings", Value.listOf(value));
    }

    /** Sets {@code RegistryMappings} to this value; see {@link #registryMappings(List)}. */
    public ContainerRegistryMap registryMappings(Value<List<RegistryMapping>> value) {
      return set("RegistryMappings", value);
    }

    /** Sets {@code RegistryMappings} to a list of these; see {@link #registryMappings(List)}. */
    public ContainerRegistryMap registryMappings(RegistryMapping... values) {
      return set("RegistryMappings", Value.list(values));
    }
  }

  /**
   * Contains information about a source code repository that hosts the workflow definition files.
   *
   * <p>Property type {@code AWS::Omics::Workflow.DefinitionRepository}.
   */
  public static final class DefinitionRepository extends Struct<DefinitionRepository> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::Workflow.DefinitionRepository")
        .constrain("connectionArn", Constraint.of().pattern("^arn:aws(-[\\\\w]+)*:.+:.+:[0-9]{12}:.+$").minLength(1).maxLength(256))
        .constrain("fullRepositoryId", Constraint.of().pattern(".+/.+"))
        .build();

    public DefinitionRepository() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the connection to the source code repository.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^arn:aws(-[&#92;&#92;w]+)*:.+:.+:[0-9]{12}:.+$}. CloudFormation property {@code
     * connectionArn}.
     */
    public DefinitionRepository connectionArn(String value) {
      return set("connectionArn", Value.of(value));
    }

    /** Sets {@code connectionArn} to this value; see {@link #connectionArn(String)}. */
    public DefinitionRepository connectionArn(Value<String> value) {
      return set("connectionArn", value);
    }

    /**
     * A list of file patterns to exclude when retrieving the workflow definition from the
     * repository.
     *
     * <p>CloudFormation property {@code excludeFilePatterns}.
     */
    public DefinitionRepository excludeFilePatterns(List<String> value) {
      return set("excludeFilePatterns", Value.listOf(value));
    }

    /** Sets {@code excludeFilePatterns} to this value; see {@link #excludeFilePatterns(List)}. */
    public DefinitionRepository excludeFilePatterns(Value<List<String>> value) {
      return set("excludeFilePatterns", value);
    }

    /**
     * The full repository identifier, including the repository owner and name. For example,
     * 'repository-owner/repository-name'.
     *
     * <p>Pattern: {@code .+/.+}. CloudFormation property {@code fullRepositoryId}.
     */
    public DefinitionRepository fullRepositoryId(String value) {
      return set("fullRepositoryId", Value.of(value));
    }

    /** Sets {@code fullRepositoryId} to this value; see {@link #fullRepositoryId(String)}. */
    public DefinitionRepository fullRepositoryId(Value<String> value) {
      return set("fullRepositoryId", value);
    }

    /**
     * The source reference for the repository, such as a branch name, tag, or commit ID.
     *
     * <p>CloudFormation property {@code sourceReference}.
     */
    public DefinitionRepository sourceReference(Value<SourceReference> value) {
      return set("sourceReference", value);
    }
  }

  /**
   * Specifies image mappings that workflow tasks can use. For example, you can replace all the task
   * references of a public image to use an equivalent image in your private ECR repository. You can
   * use image mappings with upstream registries that don't support pull through cache. You need to
   * manually synchronize the upstream registry with your private repository.
   *
   * <p>Property type {@code AWS::Omics::Workflow.ImageMapping}.
   */
  public static final class ImageMapping extends Struct<ImageMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::Workflow.ImageMapping")
        .constrain("DestinationImage", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(750))
        .constrain("SourceImage", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(750))
        .build();

    public ImageMapping() {
      super(SCHEMA);
    }

    /**
     * Specifies the URI of the corresponding image in the private ECR registry.
     *
     * <p>Length: 1 to 750 characters. Pattern: {@code
     * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation
     * property {@code DestinationImage}.
     */
    public ImageMapping destinationImage(String value) {
      return set("DestinationImage", Value.of(value));
    }

    /** Sets {@code DestinationImage} to this value; see {@link #destinationImage(String)}. */
    public ImageMapping destinationImage(Value<String> value) {
      return set("DestinationImage", value);
    }

    /**
     * Specifies the URI of the source image in the upstream registry.
     *
     * <p>Length: 1 to 750 characters. Pattern: {@code
     * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation
     * property {@code SourceImage}.
     */
    public ImageMapping sourceImage(String value) {
      return set("SourceImage", Value.of(value));
    }

    /** Sets {@code SourceImage} to this value; see {@link #sourceImage(String)}. */
    public ImageMapping sourceImage(Value<String> value) {
      return set("SourceImage", value);
    }
  }

  /**
   * If you are using the ECR pull through cache feature, the registry mapping maps between the ECR
   * repository and the upstream registry where container images are pulled and synchronized.
   *
   * <p>Property type {@code AWS::Omics::Workflow.RegistryMapping}.
   */
  public static final class RegistryMapping extends Struct<RegistryMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::Workflow.RegistryMapping")
        .constrain("EcrAccountId", Constraint.of().pattern("^[0-9]+$").minLength(12).maxLength(12))
        .constrain("EcrRepositoryPrefix", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(256))
        .constrain("UpstreamRegistryUrl", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(750))
        .constrain("UpstreamRepositoryPrefix", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(2).maxLength(30))
        .build();

    public RegistryMapping() {
      super(SCHEMA);
    }

    /**
     * Account ID of the account that owns the upstream container image.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]+$}. CloudFormation property {@code
     * EcrAccountId}.
     */
    public RegistryMapping ecrAccountId(String value) {
      return set("EcrAccountId", Value.of(value));
    }

    /** Sets {@code EcrAccountId} to this value; see {@link #ecrAccountId(String)}. */
    public RegistryMapping ecrAccountId(Value<String> value) {
      return set("EcrAccountId", value);
    }

    /**
     * The repository prefix to use in the ECR private repository.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation
     * property {@code EcrRepositoryPrefix}.
     */
    public RegistryMapping ecrRepositoryPrefix(String value) {
      return set("EcrRepositoryPrefix", Value.of(value));
    }

    /** Sets {@code EcrRepositoryPrefix} to this value; see {@link #ecrRepositoryPrefix(String)}. */
    public RegistryMapping ecrRepositoryPrefix(Value<String> value) {
      return set("EcrRepositoryPrefix", value);
    }

    /**
     * The URI of the upstream registry.
     *
     * <p>Length: 1 to 750 characters. Pattern: {@code
     * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation
     * property {@code UpstreamRegistryUrl}.
     */
    public RegistryMapping upstreamRegistryUrl(String value) {
      return set("UpstreamRegistryUrl", Value.of(value));
    }

    /** Sets {@code UpstreamRegistryUrl} to this value; see {@link #upstreamRegistryUrl(String)}. */
    public RegistryMapping upstreamRegistryUrl(Value<String> value) {
      return set("UpstreamRegistryUrl", value);
    }

    /**
     * The repository prefix of the corresponding repository in the upstream registry.
     *
     * <p>Length: 2 to 30 characters. Pattern: {@code
     * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation
     * property {@code UpstreamRepositoryPrefix}.
     */
    public RegistryMapping upstreamRepositoryPrefix(String value) {
      return set("UpstreamRepositoryPrefix", Value.of(value));
    }

    /**
     * Sets {@code UpstreamRepositoryPrefix} to this value; see {@link
     * #upstreamRepositoryPrefix(String)}.
     */
    public RegistryMapping upstreamRepositoryPrefix(Value<String> value) {
      return set("UpstreamRepositoryPrefix", value);
    }
  }

  /**
   * Contains information about the source reference in a code repository, such as a branch, tag, or
   * commit.
   *
   * <p>Property type {@code AWS::Omics::Workflow.SourceReference}.
   */
  public static final class SourceReference extends Struct<SourceReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::Workflow.SourceReference")
        .allowed("type", "BRANCH", "TAG", "COMMIT")
        .build();

    public SourceReference() {
      super(SCHEMA);
    }

    /**
     * The type of source reference, such as branch, tag, or commit.
     *
     * <p>Allowed values: {@code BRANCH}, {@code TAG}, {@code COMMIT}. CloudFormation property
     * {@code type}.
     */
    public SourceReference type(String value) {
      return set("type", Value.of(value));
    }

    /** Sets {@code type} to this value; see {@link #type(String)}. */
    public SourceReference type(Value<String> value) {
      return set("type", value);
    }

    /**
     * The value of the source reference, such as the branch name, tag name, or commit ID.
     *
     * <p>CloudFormation property {@code value}.
     */
    public SourceReference value(String value) {
      return set("value", Value.of(value));
    }

    /** Sets {@code value} to this value; see {@link #value(String)}. */
    public SourceReference value(Value<String> value) {
      return set("value", value);
    }
  }

  /**
   * A workflow parameter.
   *
   * <p>Property type {@code AWS::Omics::Workflow.WorkflowParameter}.
   */
  public static final class WorkflowParameter extends Struct<WorkflowParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::Omics::Workflow.WorkflowParameter");

    public WorkflowParameter() {
      super(SCHEMA);
    }

    /**
     * The parameter's description.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
     */
    public WorkflowParameter description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public WorkflowParameter description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Whether the parameter is optional.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Optional}.
     */
    public WorkflowParameter optional(boolean value) {
      return set("Optional", Value.of(value));
    }

    /** Sets {@code Optional} to this value; see {@link #optional(boolean)}. */
    public WorkflowParameter optional(Value<Boolean> value) {
      return set("Optional", value);
    }
  }
}
