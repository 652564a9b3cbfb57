// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a product.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::CloudFormationProduct}.
 */
public final class CloudFormationProduct extends Resource<CloudFormationProduct> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::CloudFormationProduct")
      .required("Name", "Owner")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(8191))
      .constrain("Distributor", Constraint.of().minLength(0).maxLength(8191))
      .constrain("Name", Constraint.of().minLength(0).maxLength(8191))
      .constrain("Owner", Constraint.of().minLength(0).maxLength(8191))
      .allowed("ProductType", "CLOUD_FORMATION_TEMPLATE", "MARKETPLACE_AMI", "MARKETPLACE_CAR",
          "TERRAFORM_OPEN_SOURCE", "TERRAFORM_CLOUD", "EXTERNAL")
      .constrain("SupportDescription", Constraint.of().minLength(0).maxLength(8191))
      .constrain("SupportEmail", Constraint.of().minLength(0).maxLength(254))
      .constrain("SupportUrl", Constraint.of().minLength(0).maxLength(2083))
      .refYields("Id")
      .attributes("Id", "ProductName", "ProvisioningArtifactIds", "ProvisioningArtifactNames")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CloudFormationProduct(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code AcceptLanguage}.
   */
  public CloudFormationProduct acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public CloudFormationProduct acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The description of the product.
   *
   * <p>Length: 0 to 8191 characters. CloudFormation property {@code Description}.
   */
  public CloudFormationProduct description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CloudFormationProduct description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The distributor of the product.
   *
   * <p>Length: 0 to 8191 characters. CloudFormation property {@code Distributor}.
   */
  public CloudFormationProduct distributor(String value) {
    return set("Distributor", Value.of(value));
  }

  /** Sets {@code Distributor} to this value; see {@link #distributor(String)}. */
  public CloudFormationProduct distributor(Value<String> value) {
    return set("Distributor", value);
  }

  /**
   * The name of the product.
   *
   * <p>Required. Length: 0 to 8191 characters. CloudFormation property {@code Name}.
   */
  public CloudFormationProduct name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CloudFormationProduct name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The owner of the product.
   *
   * <p>Required. Length: 0 to 8191 characters. CloudFormation property {@code Owner}.
   */
  public CloudFormationProduct owner(String value) {
    return set("Owner", Value.of(value));
  }

  /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
  public CloudFormationProduct owner(Value<String> value) {
    return set("Owner", value);
  }

  /**
   * The type of product.
   *
   * <p>Allowed values: {@code CLOUD_FORMATION_TEMPLATE}, {@code MARKETPLACE_AMI}, {@code
   * MARKETPLACE_CAR}, {@code TERRAFORM_OPEN_SOURCE}, {@code TERRAFORM_CLOUD}, {@code EXTERNAL}.
   * CloudFormation property {@code ProductType}.
   */
  public CloudFormationProduct productType(String value) {
    return set("ProductType", Value.of(value));
  }

  /** Sets {@code ProductType} to this value; see {@link #productType(String)}. */
  public CloudFormationProduct productType(Value<String> value) {
    return set("ProductType", value);
  }

  /**
   * The configuration of the provisioning artifact (also known as a version).
   *
   * <p>CloudFormation property {@code ProvisioningArtifactParameters}.
   */
  public CloudFormationProduct provisioningArtifactParameters(List<ProvisioningArtifactProperties> value) {
    return set("ProvisioningArtifactParameters", Value.listOf(value));
  }

  /**
   * Sets {@code ProvisioningArtifactParameters} to this value; see {@link
   * #provisioningArtifactParameters(List)}.
   */
  public CloudFormationProduct provisioningArtifactParameters(Value<List<ProvisioningArtifactProperties>> value) {
    return set("ProvisioningArtifactParameters", value);
  }

  /**
   * Sets {@code ProvisioningArtifactParameters} to a list of these; see {@link
   * #provisioningArtifactParameters(List)}.
   */
  public CloudFormationProduct provisioningArtifactParameters(ProvisioningArtifactProperties... values) {
    return set("ProvisioningArtifactParameters", Value.list(values));
  }

  /**
   * This property is turned off by default. If turned off, you can update provisioning artifacts or
   * product attributes (such as description, distributor, name, owner, and more) and the associated
   * provisioning artifacts will retain the same unique identifier. Provisioning artifacts are
   * matched within the CloudFormationProduct resource, and only those that have been updated will
   * be changed. Provisioning artifacts are matched by a combinaton of provisioning artifact
   * template URL and name.
   *
   * <p>If turned on, provisioning artifacts will be given a new unique identifier when you update
   * the product or provisioning artifacts.
   *
   * <p>CloudFormation property {@code ReplaceProvisioningArtifacts}.
   */
  public CloudFormationProduct replaceProvisioningArtifacts(boolean value) {
    return set("ReplaceProvisioningArtifacts", Value.of(value));
  }

  /**
   * Sets {@code ReplaceProvisioningArtifacts} to this value; see {@link
   * #replaceProvisioningArtifacts(boolean)}.
   */
  public CloudFormationProduct replaceProvisioningArtifacts(Value<Boolean> value) {
    return set("ReplaceProvisioningArtifacts", value);
  }

  /**
   * A top level <code>ProductViewDetail</code> response containing details about the product’s
   * connection. AWS Service Catalog returns this field for the <code>CreateProduct</code> ,
   * <code>UpdateProduct</code> , <code>DescribeProductAsAdmin</code> , and
   * <code>SearchProductAsAdmin</code> APIs. This response contains the same fields as the
   * <code>ConnectionParameters</code> request, with the addition of the <code>LastSync</code>
   * response.
   *
   * <p>CloudFormation property {@code SourceConnection}.
   */
  public CloudFormationProduct sourceConnection(Value<SourceConnection> value) {
    return set("SourceConnection", value);
  }

  /**
   * The support information about the product.
   *
   * <p>Length: 0 to 8191 characters. CloudFormation property {@code SupportDescription}.
   */
  public CloudFormationProduct supportDescription(String value) {
    return set("SupportDescription", Value.of(value));
  }

  /** Sets {@code SupportDescription} to this value; see {@link #supportDescription(String)}. */
  public CloudFormationProduct supportDescription(Value<String> value) {
    return set("SupportDescription", value);
  }

  /**
   * The contact email for product support.
   *
   * <p>Length: 0 to 254 characters. CloudFormation property {@code SupportEmail}.
   */
  public CloudFormationProduct supportEmail(String value) {
    return set("SupportEmail", Value.of(value));
  }

  /** Sets {@code SupportEmail} to this value; see {@link #supportEmail(String)}. */
  public CloudFormationProduct supportEmail(Value<String> value) {
    return set("SupportEmail", value);
  }

  /**
   * The contact URL for product support.
   *
   * <p><code>^https?:&#92;/&#92;//</code> / is the pattern used to validate SupportUrl.
   *
   * <p>Length: 0 to 2083 characters. CloudFormation property {@code SupportUrl}.
   */
  public CloudFormationProduct supportUrl(String value) {
    return set("SupportUrl", Value.of(value));
  }

  /** Sets {@code SupportUrl} to this value; see {@link #supportUrl(String)}. */
  public CloudFormationProduct supportUrl(Value<String> value) {
    return set("SupportUrl", value);
  }

  /**
   * One or more tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CloudFormationProduct tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CloudFormationProduct tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CloudFormationProduct tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the product, such as prod-tsjbmal34qvek
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the product.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProductName}.
   */
  public Value<String> productName() {
    return getAtt("ProductName");
  }

  /**
   * The IDs of the provisioning artifacts.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisioningArtifactIds}.
   */
  public Value<String> provisioningArtifactIds() {
    return getAtt("ProvisioningArtifactIds");
  }

  /**
   * The names of the provisioning artifacts.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisioningArtifactNames}.
   */
  public Value<String> provisioningArtifactNames() {
    return getAtt("ProvisioningArtifactNames");
  }

  /**
   * The subtype containing details about the Codestar connection <code>Type</code> .
   *
   * <p>Property type {@code AWS::ServiceCatalog::CloudFormationProduct.CodeStarParameters}.
   */
  public static final class CodeStarParameters extends Struct<CodeStarParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::CloudFormationProduct.CodeStarParameters")
        .required("ArtifactPath", "Branch", "ConnectionArn", "Repository")
        .constrain("ArtifactPath", Constraint.of().minLength(1).maxLength(4096))
        .constrain("Branch", Constraint.of().minLength(1).maxLength(250))
        .constrain("ConnectionArn", Constraint.of().pattern("^arn:[a-z0-9][-.a-z0-9]{0,62}:codestar-connections:([a-z0-9][-.a-z0-9]{0,62})?:([a-z0-9][-.a-z0-9]{0,62})?:[^/].{0,1023}$").minLength(1).maxLength(1224))
        .constrain("Repository", Constraint.of().minLength(1).maxLength(100))
        .build();

    public CodeStarParameters() {
      super(SCHEMA);
    }

    /**
     * The absolute path wehre the artifact resides within the repo and branch, formatted as
     * "folder/file.json."
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code ArtifactPath}.
     */
    public CodeStarParameters artifactPath(String value) {
      return set("ArtifactPath", Value.of(value));
    }

    /** Sets {@code ArtifactPath} to this value; see {@link #artifactPath(String)}. */
    public CodeStarParameters artifactPath(Value<String> value) {
      return set("ArtifactPath", value);
    }

    /**
     * The specific branch where the artifact resides.
     *
     * <p>Required. Length: 1 to 250 characters. CloudFormation property {@code Branch}.
     */
    public CodeStarParameters branch(String value) {
      return set("Branch", Value.of(value));
    }

    /** Sets {@code Branch} to this value; see {@link #branch(String)}. */
    public CodeStarParameters branch(Value<String> value) {
      return set("Branch", value);
    }

    /**
     * The CodeStar ARN, which is the connection between AWS Service Catalog and the external
     * repository.
     *
     * <p>Required. Length: 1 to 1224 characters. Pattern: {@code
     * ^arn:[a-z0-9][-.a-z0-9]{0,62}:codestar-connections:([a-z0-9][-.a-z0-9]{0,62})?:([a-z0-9][-.a-z0-9]{0,62})?:[^/].{0,1023}$}.
     * CloudFormation property {@code ConnectionArn}.
     */
    public CodeStarParameters connectionArn(String value) {
      return set("ConnectionArn", Value.of(value));
    }

    /** Sets {@code ConnectionArn} to this value; see {@link #connectionArn(String)}. */
    public CodeStarParameters connectionArn(Value<String> value) {
      return set("ConnectionArn", value);
    }

    /**
     * The specific repository where the product’s artifact-to-be-synced resides, formatted as
     * "Account/Repo."
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Repository}.
     */
    public CodeStarParameters repository(String value) {
      return set("Repository", Value.of(value));
    }

    /** Sets {@code Repository} to this value; see {@link #repository(String)}. */
    public CodeStarParameters repository(Value<String> value) {
      return set("Repository", value);
    }
  }

  /**
   * Provides connection details.
   *
   * <p>Property type {@code AWS::ServiceCatalog::CloudFormationProduct.ConnectionParameters}.
   */
  public static final class ConnectionParameters extends Struct<ConnectionParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::ServiceCatalog::CloudFormationProduct.ConnectionParameters");

    public ConnectionParameters() {
      super(SCHEMA);
    }

    /**
     * Provides <code>ConnectionType</code> details.
     *
     * <p>CloudFormation property {@code CodeStar}.
     */
    public ConnectionParameters codeStar(Value<CodeStarParameters> value) {
      return set("CodeStar", value);
    }
  }

  /**
   * Specify the template source with one of the following options, but not both. Keys accepted: [
   * LoadTemplateFromURL, ImportFromPhysicalId ] The URL of the AWS CloudFormation template in
   * Amazon S3 in JSON format. Specify the URL in JSON format as follows:
   *
   * <p>"LoadTemplateFromURL": "https://s3.amazonaws.com/cf-templates-ozkq9d3hgiq2-us-east-1/..."
   *
   * <p>ImportFromPhysicalId: The physical id of the resource that contains the template. Currently
   * only supports AWS CloudFormation stack arn. Specify the physical id in JSON format as follows:
   * ImportFromPhysicalId:
   * "arn:aws:cloudformation:[us-east-1]:[accountId]:stack/[StackName]/[resourceId]
   *
   * <p>Property type {@code AWS::ServiceCatalog::CloudFormationProduct.Info}.
   */
  public static final class Info extends Struct<Info> {
    private static final Schema SCHEMA = Schema.of("AWS::ServiceCatalog::CloudFormationProduct.Info");

    public Info() {
      super(SCHEMA);
    }

    /**
     * The physical id of the resource that contains the template. Currently only supports AWS
     * CloudFormation stack arn
     *
     * <p>CloudFormation property {@code ImportFromPhysicalId}.
     */
    public Info importFromPhysicalId(String value) {
      return set("ImportFromPhysicalId", Value.of(value));
    }

    /**
     * Sets {@code ImportFromPhysicalId} to this value; see {@link #importFromPhysicalId(String)}.
     */
    public Info importFromPhysicalId(Value<String> value) {
      return set("ImportFromPhysicalId", value);
    }

    /**
     * The URL of the AWS CloudFormation template in Amazon S3 in JSON format.
     *
     * <p>CloudFormation property {@code LoadTemplateFromURL}.
     */
    public Info loadTemplateFromURL(String value) {
      return set("LoadTemplateFromURL", Value.of(value));
    }

    /** Sets {@code LoadTemplateFromURL} to this value; see {@link #loadTemplateFromURL(String)}. */
    public Info loadTemplateFromURL(Value<String> value) {
      return set("LoadTemplateFromURL", value);
    }
  }

  /**
   * Information about a provisioning artifact (also known as a version) for a product.
   *
   * <p>Property type {@code
   * AWS::ServiceCatalog::CloudFormationProduct.ProvisioningArtifactProperties}.
   */
  public static final class ProvisioningArtifactProperties extends Struct<ProvisioningArtifactProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::CloudFormationProduct.ProvisioningArtifactProperties")
        .required("Info")
        .constrain("Info", Constraint.of().format("json"))
        .allowed("Type", "CLOUD_FORMATION_TEMPLATE", "MARKETPLACE_AMI", "MARKETPLACE_CAR",
            "TERRAFORM_OPEN_SOURCE", "TERRAFORM_CLOUD", "EXTERNAL")
        .build();

    public ProvisioningArtifactProperties() {
      super(SCHEMA);
    }

    /**
     * The description of the provisioning artifact, including how it differs from the previous
     * provisioning artifact.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ProvisioningArtifactProperties description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ProvisioningArtifactProperties description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * If set to true, AWS Service Catalog stops validating the specified provisioning artifact even
     * if it is invalid.
     *
     * <p>CloudFormation property {@code DisableTemplateValidation}.
     */
    public ProvisioningArtifactProperties disableTemplateValidation(boolean value) {
      return set("DisableTemplateValidation", Value.of(value));
    }

    /**
     * Sets {@code DisableTemplateValidation} to this value; see {@link
     * #disableTemplateValidation(boolean)}.
     */
    public ProvisioningArtifactProperties disableTemplateValidation(Value<Boolean> value) {
      return set("DisableTemplateValidation", value);
    }

    /**
     * Specify the template source with one of the following options, but not both. Keys accepted: [
     * <code>LoadTemplateFromURL</code> , <code>ImportFromPhysicalId</code> ]
     *
     * <p>The URL of the AWS CloudFormation template in Amazon S3 in JSON format. Specify the URL in
     * JSON format as follows:
     *
     * <p><code>"LoadTemplateFromURL":
     * "https://s3.amazonaws.com/cf-templates-ozkq9d3hgiq2-us-east-1/..."</code>
     *
     * <p><code>ImportFromPhysicalId</code> : The physical id of the resource that contains the
     * template. Currently only supports AWS CloudFormation stack arn. Specify the physical id in
     * JSON format as follows: <code>ImportFromPhysicalId:
     * “arn:aws:cloudformation:[us-east-1]:[accountId]:stack/[StackName]/[resourceId]</code>
     *
     * <p>Required. Format: {@code json}. CloudFormation property {@code Info}.
     */
    public ProvisioningArtifactProperties info(Value<Info> value) {
      return set("Info", value);
    }

    /**
     * The name of the provisioning artifact (for example, v1 v2beta). No spaces are allowed.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public ProvisioningArtifactProperties name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ProvisioningArtifactProperties name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of provisioning artifact.
     *
     * <ul> <li><code>CLOUD_FORMATION_TEMPLATE</code> - AWS CloudFormation template
     * <li><code>TERRAFORM_OPEN_SOURCE</code> - Terraform Open Source configuration file
     * <li><code>TERRAFORM_CLOUD</code> - Terraform Cloud configuration file
     * <li><code>EXTERNAL</code> - External configuration file </ul>
     *
     * <p>Allowed values: {@code CLOUD_FORMATION_TEMPLATE}, {@code MARKETPLACE_AMI}, {@code
     * MARKETPLACE_CAR}, {@code TERRAFORM_OPEN_SOURCE}, {@code TERRAFORM_CLOUD}, {@code EXTERNAL}.
     * CloudFormation property {@code Type}.
     */
    public ProvisioningArtifactProperties type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ProvisioningArtifactProperties type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A top level <code>ProductViewDetail</code> response containing details about the product’s
   * connection. AWS Service Catalog returns this field for the <code>CreateProduct</code> ,
   * <code>UpdateProduct</code> , <code>DescribeProductAsAdmin</code> , and
   * <code>SearchProductAsAdmin</code> APIs. This response contains the same fields as the
   * <code>ConnectionParameters</code> request, with the addition of the <code>LastSync</code>
   * response.
   *
   * <p>Property type {@code AWS::ServiceCatalog::CloudFormationProduct.SourceConnection}.
   */
  public static final class SourceConnection extends Struct<SourceConnection> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::CloudFormationProduct.SourceConnection")
        .required("ConnectionParameters", "Type")
        .allowed("Type", "CODESTAR")
        .build();

    public SourceConnection() {
      super(SCHEMA);
    }

    /**
     * The connection details based on the connection <code>Type</code> .
     *
     * <p>Required. CloudFormation property {@code ConnectionParameters}.
     */
    public SourceConnection connectionParameters(Value<ConnectionParameters> value) {
      return set("ConnectionParameters", value);
    }

    /**
     * The only supported <code>SourceConnection</code> type is Codestar.
     *
     * <p>Required. Allowed values: {@code CODESTAR}. CloudFormation property {@code Type}.
     */
    public SourceConnection type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SourceConnection type(Value<String> value) {
      return set("Type", value);
    }
  }
}
