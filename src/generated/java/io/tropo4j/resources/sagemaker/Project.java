// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a machine learning (ML) project that can contain one or more templates that set up an ML
 * pipeline from training to deploying an approved model.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Project")
      .required("ProjectName")
      .constrain("ProjectDescription", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
      .constrain("ProjectName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(32))
      .refYields("ProjectArn")
      .attributes("CreationTime", "ProjectArn", "ProjectId", "ProjectStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the project.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code .*}.
   * CloudFormation property {@code ProjectDescription}.
   */
  public Project projectDescription(String value) {
    return set("ProjectDescription", Value.of(value));
  }

  /** Sets {@code ProjectDescription} to this value; see {@link #projectDescription(String)}. */
  public Project projectDescription(Value<String> value) {
    return set("ProjectDescription", value);
  }

  /**
   * The name of the project.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code ProjectName}.
   */
  public Project projectName(String value) {
    return set("ProjectName", Value.of(value));
  }

  /** Sets {@code ProjectName} to this value; see {@link #projectName(String)}. */
  public Project projectName(Value<String> value) {
    return set("ProjectName", value);
  }

  /**
   * Details of a provisioned service catalog product. For information about service catalog, see <a
   * href="https://docs.aws.amazon.com/servicecatalog/latest/adminguide/introduction.html">What is
   * AWS Service Catalog</a> .
   *
   * <p>CloudFormation property {@code ServiceCatalogProvisionedProductDetails}.
   */
  public Project serviceCatalogProvisionedProductDetails(Value<ServiceCatalogProvisionedProductDetails> value) {
    return set("ServiceCatalogProvisionedProductDetails", value);
  }

  /**
   * The product ID and provisioning artifact ID to provision a service catalog. For information,
   * see <a
   * href="https://docs.aws.amazon.com/servicecatalog/latest/adminguide/introduction.html">What is
   * AWS Service Catalog</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ServiceCatalogProvisioningDetails}.
   */
  public Project serviceCatalogProvisioningDetails(Value<ServiceCatalogProvisioningDetails> value) {
    return set("ServiceCatalogProvisioningDetails", value);
  }

  /**
   * A list of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * Tag</a> and <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html#allocation-what">Using
   * Cost Allocation Tags</a> in the <em>AWS Billing and Cost Management User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Project tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Project tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Project tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An array of template providers associated with the project.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TemplateProviderDetails}.
   */
  public Project templateProviderDetails(List<TemplateProviderDetail> value) {
    return set("TemplateProviderDetails", Value.listOf(value));
  }

  /**
   * Sets {@code TemplateProviderDetails} to this value; see {@link #templateProviderDetails(List)}.
   */
  public Project templateProviderDetails(Value<List<TemplateProviderDetail>> value) {
    return set("TemplateProviderDetails", value);
  }

  /**
   * Sets {@code TemplateProviderDetails} to a list of these; see {@link
   * #templateProviderDetails(List)}.
   */
  public Project templateProviderDetails(TemplateProviderDetail... values) {
    return set("TemplateProviderDetails", Value.list(values));
  }

  /**
   * The time that the project was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectArn}.
   */
  public Value<String> projectArn() {
    return getAtt("ProjectArn");
  }

  /**
   * The ID of the project. This ID is prepended to all entities associated with this project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectId}.
   */
  public Value<String> projectId() {
    return getAtt("ProjectId");
  }

  /**
   * The status of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectStatus}.
   */
  public Value<String> projectStatus() {
    return getAtt("ProjectStatus");
  }

  /**
   * A key-value pair representing a parameter used in the CloudFormation stack.
   *
   * <p>Property type {@code AWS::SageMaker::Project.CfnStackParameter}.
   */
  public static final class CfnStackParameter extends Struct<CfnStackParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Project.CfnStackParameter")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(255))
        .constrain("Value", Constraint.of().maxLength(4096))
        .build();

    public CfnStackParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudFormation parameter.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Key}.
     */
    public CfnStackParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public CfnStackParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the CloudFormation parameter.
     *
     * <p>Required. Length: at most 4096 characters. CloudFormation property {@code Value}.
     */
    public CfnStackParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CfnStackParameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Details about a CloudFormation template provider configuration and associated provisioning
   * information.
   *
   * <p>Property type {@code AWS::SageMaker::Project.CfnTemplateProviderDetail}.
   */
  public static final class CfnTemplateProviderDetail extends Struct<CfnTemplateProviderDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Project.CfnTemplateProviderDetail")
        .required("TemplateName", "TemplateURL")
        .constrain("RoleARN", Constraint.of().pattern("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("TemplateName", Constraint.of().pattern("(?=.{1,32}$)[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(1).maxLength(32))
        .constrain("TemplateURL", Constraint.of().pattern("(?=.{1,1024}$)(https)://([^/]+)/(.+)").minLength(1).maxLength(1024))
        .build();

    public CfnTemplateProviderDetail() {
      super(SCHEMA);
    }

    /**
     * An array of CloudFormation stack parameters.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public CfnTemplateProviderDetail parameters(List<CfnStackParameter> value) {
      return set("Parameters", Value.listOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
    public CfnTemplateProviderDetail parameters(Value<List<CfnStackParameter>> value) {
      return set("Parameters", value);
    }

    /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
    public CfnTemplateProviderDetail parameters(CfnStackParameter... values) {
      return set("Parameters", Value.list(values));
    }

    /**
     * The IAM role used by CloudFormation to create the stack.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public CfnTemplateProviderDetail roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public CfnTemplateProviderDetail roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /**
     * The unique identifier of the template within the project.
     *
     * <p>Required. Length: 1 to 32 characters. Pattern: {@code
     * (?=.{1,32}$)[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation property {@code TemplateName}.
     */
    public CfnTemplateProviderDetail templateName(String value) {
      return set("TemplateName", Value.of(value));
    }

    /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
    public CfnTemplateProviderDetail templateName(Value<String> value) {
      return set("TemplateName", value);
    }

    /**
     * The Amazon S3 URL of the CloudFormation template.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * (?=.{1,1024}$)(https)://([^/]+)/(.+)}. CloudFormation property {@code TemplateURL}.
     */
    public CfnTemplateProviderDetail templateURL(String value) {
      return set("TemplateURL", Value.of(value));
    }

    /** Sets {@code TemplateURL} to this value; see {@link #templateURL(String)}. */
    public CfnTemplateProviderDetail templateURL(Value<String> value) {
      return set("TemplateURL", value);
    }
  }

  /**
   * A key value pair used when you provision a project as a service catalog product. For
   * information, see <a
   * href="https://docs.aws.amazon.com/servicecatalog/latest/adminguide/introduction.html">What is
   * AWS Service Catalog</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Project.ProvisioningParameter}.
   */
  public static final class ProvisioningParameter extends Struct<ProvisioningParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Project.ProvisioningParameter")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern(".*").minLength(1).maxLength(1000))
        .constrain("Value", Constraint.of().pattern(".*").minLength(0).maxLength(4096))
        .build();

    public ProvisioningParameter() {
      super(SCHEMA);
    }

    /**
     * The key that identifies a provisioning parameter.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1000 characters. Pattern: {@code
     * .*}. CloudFormation property {@code Key}.
     */
    public ProvisioningParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ProvisioningParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the provisioning parameter.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 4096 characters. Pattern: {@code
     * .*}. CloudFormation property {@code Value}.
     */
    public ProvisioningParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ProvisioningParameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Details of a provisioned service catalog product. For information about service catalog, see <a
   * href="https://docs.aws.amazon.com/servicecatalog/latest/adminguide/introduction.html">What is
   * AWS Service Catalog</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Project.ServiceCatalogProvisionedProductDetails}.
   */
  public static final class ServiceCatalogProvisionedProductDetails extends Struct<ServiceCatalogProvisionedProductDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Project.ServiceCatalogProvisionedProductDetails")
        .constrain("ProvisionedProductId", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(100))
        .build();

    public ServiceCatalogProvisionedProductDetails() {
      super(SCHEMA);
    }

    /**
     * The ID of the provisioned product.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
     * CloudFormation property {@code ProvisionedProductId}.
     */
    public ServiceCatalogProvisionedProductDetails provisionedProductId(String value) {
      return set("ProvisionedProductId", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedProductId} to this value; see {@link #provisionedProductId(String)}.
     */
    public ServiceCatalogProvisionedProductDetails provisionedProductId(Value<String> value) {
      return set("ProvisionedProductId", value);
    }

    /**
     * The current status of the product.
     *
     * <ul> <li><code>AVAILABLE</code> - Stable state, ready to perform any operation. The most
     * recent operation succeeded and completed. <li><code>UNDER_CHANGE</code> - Transitive state.
     * Operations performed might not have valid results. Wait for an AVAILABLE status before
     * performing operations. <li><code>TAINTED</code> - Stable state, ready to perform any
     * operation. The stack has completed the requested operation but is not exactly what was
     * requested. For example, a request to update to a new version failed and the stack rolled back
     * to the current version. <li><code>ERROR</code> - An unexpected error occurred. The
     * provisioned product exists but the stack is not running. For example, CloudFormation received
     * a parameter value that was not valid and could not launch the stack.
     * <li><code>PLAN_IN_PROGRESS</code> - Transitive state. The plan operations were performed to
     * provision a new product, but resources have not yet been created. After reviewing the list of
     * resources to be created, execute the plan. Wait for an AVAILABLE status before performing
     * operations. </ul>
     *
     * <p>CloudFormation property {@code ProvisionedProductStatusMessage}.
     */
    public ServiceCatalogProvisionedProductDetails provisionedProductStatusMessage(String value) {
      return set("ProvisionedProductStatusMessage", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedProductStatusMessage} to this value; see {@link
     * #provisionedProductStatusMessage(String)}.
     */
    public ServiceCatalogProvisionedProductDetails provisionedProductStatusMessage(Value<String> value) {
      return set("ProvisionedProductStatusMessage", value);
    }
  }

  /**
   * Details that you specify to provision a service catalog product. For information about service
   * catalog, see <a
   * href="https://docs.aws.amazon.com/servicecatalog/latest/adminguide/introduction.html">What is
   * AWS Service Catalog</a> .
   *
   * <p>Property type {@code AWS::SageMaker::Project.ServiceCatalogProvisioningDetails}.
   */
  public static final class ServiceCatalogProvisioningDetails extends Struct<ServiceCatalogProvisioningDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Project.ServiceCatalogProvisioningDetails")
        .required("ProductId")
        .constrain("PathId", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(100))
        .constrain("ProductId", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(100))
        .constrain("ProvisioningArtifactId", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(100))
        .build();

    public ServiceCatalogProvisioningDetails() {
      super(SCHEMA);
    }

    /**
     * The path identifier of the product. This value is optional if the product has a default path,
     * and required if the product has more than one path.
     *
     * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code PathId}.
     */
    public ServiceCatalogProvisioningDetails pathId(String value) {
      return set("PathId", Value.of(value));
    }

    /** Sets {@code PathId} to this value; see {@link #pathId(String)}. */
    public ServiceCatalogProvisioningDetails pathId(Value<String> value) {
      return set("PathId", value);
    }

    /**
     * The ID of the product to provision.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code ProductId}.
     */
    public ServiceCatalogProvisioningDetails productId(String value) {
      return set("ProductId", Value.of(value));
    }

    /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
    public ServiceCatalogProvisioningDetails productId(Value<String> value) {
      return set("ProductId", value);
    }

    /**
     * The ID of the provisioning artifact.
     *
     * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code ProvisioningArtifactId}.
     */
    public ServiceCatalogProvisioningDetails provisioningArtifactId(String value) {
      return set("ProvisioningArtifactId", Value.of(value));
    }

    /**
     * Sets {@code ProvisioningArtifactId} to this value; see {@link
     * #provisioningArtifactId(String)}.
     */
    public ServiceCatalogProvisioningDetails provisioningArtifactId(Value<String> value) {
      return set("ProvisioningArtifactId", value);
    }

    /**
     * A list of key value pairs that you specify when you provision a product.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ProvisioningParameters}.
     */
    public ServiceCatalogProvisioningDetails provisioningParameters(List<ProvisioningParameter> value) {
      return set("ProvisioningParameters", Value.listOf(value));
    }

    /**
     * Sets {@code ProvisioningParameters} to this value; see {@link #provisioningParameters(List)}.
     */
    public ServiceCatalogProvisioningDetails provisioningParameters(Value<List<ProvisioningParameter>> value) {
      return set("ProvisioningParameters", value);
    }

    /**
     * Sets {@code ProvisioningParameters} to a list of these; see {@link
     * #provisioningParameters(List)}.
     */
    public ServiceCatalogProvisioningDetails provisioningParameters(ProvisioningParameter... values) {
      return set("ProvisioningParameters", Value.list(values));
    }
  }

  /**
   * Details about a template provider configuration and associated provisioning information.
   *
   * <p>Property type {@code AWS::SageMaker::Project.TemplateProviderDetail}.
   */
  public static final class TemplateProviderDetail extends Struct<TemplateProviderDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Project.TemplateProviderDetail")
        .required("CfnTemplateProviderDetail")
        .build();

    public TemplateProviderDetail() {
      super(SCHEMA);
    }

    /**
     * Details about a CloudFormation template provider configuration and associated provisioning
     * information.
     *
     * <p>Required. CloudFormation property {@code CfnTemplateProviderDetail}.
     */
    public TemplateProviderDetail cfnTemplateProviderDetail(Value<CfnTemplateProviderDetail> value) {
      return set("CfnTemplateProviderDetail", value);
    }
  }
}
