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
import java.util.Map;

/**
 * Provisions the specified product.
 *
 * <p>A provisioned product is a resourced instance of a product. For example, provisioning a
 * product based on a AWS CloudFormation template launches a AWS CloudFormation stack and its
 * underlying resources. You can check the status of this request using <a
 * href="https://docs.aws.amazon.com/servicecatalog/latest/dg/API_DescribeRecord.html">DescribeRecord</a>
 * .
 *
 * <p>If the request contains a tag key with an empty list of values, there is a tag conflict for
 * that key. Do not include conflicted keys as tags, or this causes the error "Parameter validation
 * failed: Missing required parameter in Tags[ <em>N</em> ]: <em>Value</em> ".
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::CloudFormationProvisionedProduct}.
 */
public final class CloudFormationProvisionedProduct extends Resource<CloudFormationProvisionedProduct> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::CloudFormationProvisionedProduct")
      .allowed("AcceptLanguage", "en", "jp", "zh")
      .constrain("NotificationArns", Constraint.of().pattern("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]+:[0-9]{12}:[a-zA-Z0-9\\-_]+$"))
      .constrain("PathId", Constraint.of().minLength(1).maxLength(100))
      .constrain("PathName", Constraint.of().minLength(1).maxLength(100))
      .constrain("ProductId", Constraint.of().minLength(1).maxLength(100))
      .constrain("ProductName", Constraint.of().minLength(1).maxLength(128))
      .constrain("ProvisionedProductName", Constraint.of().minLength(1).maxLength(128))
      .constrain("ProvisioningArtifactId", Constraint.of().minLength(1).maxLength(100))
      .refYields("ProvisionedProductId")
      .attributes("CloudformationStackArn", "Outputs", "ProvisionedProductId", "RecordId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CloudFormationProvisionedProduct(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Allowed values: {@code en}, {@code jp}, {@code zh}. CloudFormation property {@code
   * AcceptLanguage}.
   */
  public CloudFormationProvisionedProduct acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public CloudFormationProvisionedProduct acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * Passed to AWS CloudFormation . The SNS topic ARNs to which to publish stack-related events.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:sns:[a-z0-9&#92;-]+:[0-9]{12}:[a-zA-Z0-9&#92;-_]+$}. CloudFormation
   * property {@code NotificationArns}.
   */
  public CloudFormationProvisionedProduct notificationArns(List<String> value) {
    return set("NotificationArns", Value.listOf(value));
  }

  /** Sets {@code NotificationArns} to this value; see {@link #notificationArns(List)}. */
  public CloudFormationProvisionedProduct notificationArns(Value<List<String>> value) {
    return set("NotificationArns", value);
  }

  /**
   * The path identifier of the product. This value is optional if the product has a default path,
   * and required if the product has more than one path. To list the paths for a product, use <a
   * href="https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListLaunchPaths.html">ListLaunchPaths</a>
   * .
   *
   * <p>You must provide the name or ID, but not both.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code PathId}.
   */
  public CloudFormationProvisionedProduct pathId(String value) {
    return set("PathId", Value.of(value));
  }

  /** Sets {@code PathId} to this value; see {@link #pathId(String)}. */
  public CloudFormationProvisionedProduct pathId(Value<String> value) {
    return set("PathId", value);
  }

  /**
   * The name of the path. This value is optional if the product has a default path, and required if
   * the product has more than one path. To list the paths for a product, use <a
   * href="https://docs.aws.amazon.com/servicecatalog/latest/dg/API_ListLaunchPaths.html">ListLaunchPaths</a>
   * .
   *
   * <p>You must provide the name or ID, but not both.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code PathName}.
   */
  public CloudFormationProvisionedProduct pathName(String value) {
    return set("PathName", Value.of(value));
  }

  /** Sets {@code PathName} to this value; see {@link #pathName(String)}. */
  public CloudFormationProvisionedProduct pathName(Value<String> value) {
    return set("PathName", value);
  }

  /**
   * The product identifier.
   *
   * <p>You must specify either the ID or the name of the product, but not both.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code ProductId}.
   */
  public CloudFormationProvisionedProduct productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public CloudFormationProvisionedProduct productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * The name of the Service Catalog product.
   *
   * <p>Each time a stack is created or updated, if <code>ProductName</code> is provided it will
   * successfully resolve to <code>ProductId</code> as long as only one product exists in the
   * account or Region with that <code>ProductName</code> .
   *
   * <p>You must specify either the name or the ID of the product, but not both.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code ProductName}.
   */
  public CloudFormationProvisionedProduct productName(String value) {
    return set("ProductName", Value.of(value));
  }

  /** Sets {@code ProductName} to this value; see {@link #productName(String)}. */
  public CloudFormationProvisionedProduct productName(Value<String> value) {
    return set("ProductName", value);
  }

  /**
   * A user-friendly name for the provisioned product. This value must be unique for the AWS account
   * and cannot be updated after the product is provisioned.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
   * {@code ProvisionedProductName}.
   */
  public CloudFormationProvisionedProduct provisionedProductName(String value) {
    return set("ProvisionedProductName", Value.of(value));
  }

  /**
   * Sets {@code ProvisionedProductName} to this value; see {@link #provisionedProductName(String)}.
   */
  public CloudFormationProvisionedProduct provisionedProductName(Value<String> value) {
    return set("ProvisionedProductName", value);
  }

  /**
   * The identifier of the provisioning artifact (also known as a version).
   *
   * <p>You must specify either the ID or the name of the provisioning artifact, but not both.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code ProvisioningArtifactId}.
   */
  public CloudFormationProvisionedProduct provisioningArtifactId(String value) {
    return set("ProvisioningArtifactId", Value.of(value));
  }

  /**
   * Sets {@code ProvisioningArtifactId} to this value; see {@link #provisioningArtifactId(String)}.
   */
  public CloudFormationProvisionedProduct provisioningArtifactId(Value<String> value) {
    return set("ProvisioningArtifactId", value);
  }

  /**
   * The name of the provisioning artifact (also known as a version) for the product. This name must
   * be unique for the product.
   *
   * <p>You must specify either the name or the ID of the provisioning artifact, but not both. You
   * must also specify either the name or the ID of the product, but not both.
   *
   * <p>CloudFormation property {@code ProvisioningArtifactName}.
   */
  public CloudFormationProvisionedProduct provisioningArtifactName(String value) {
    return set("ProvisioningArtifactName", Value.of(value));
  }

  /**
   * Sets {@code ProvisioningArtifactName} to this value; see {@link
   * #provisioningArtifactName(String)}.
   */
  public CloudFormationProvisionedProduct provisioningArtifactName(Value<String> value) {
    return set("ProvisioningArtifactName", value);
  }

  /**
   * Parameters specified by the administrator that are required for provisioning the product.
   *
   * <p>CloudFormation property {@code ProvisioningParameters}.
   */
  public CloudFormationProvisionedProduct provisioningParameters(List<ProvisioningParameter> value) {
    return set("ProvisioningParameters", Value.listOf(value));
  }

  /**
   * Sets {@code ProvisioningParameters} to this value; see {@link #provisioningParameters(List)}.
   */
  public CloudFormationProvisionedProduct provisioningParameters(Value<List<ProvisioningParameter>> value) {
    return set("ProvisioningParameters", value);
  }

  /**
   * Sets {@code ProvisioningParameters} to a list of these; see {@link
   * #provisioningParameters(List)}.
   */
  public CloudFormationProvisionedProduct provisioningParameters(ProvisioningParameter... values) {
    return set("ProvisioningParameters", Value.list(values));
  }

  /**
   * StackSet preferences that are required for provisioning the product or updating a provisioned
   * product.
   *
   * <p>CloudFormation property {@code ProvisioningPreferences}.
   */
  public CloudFormationProvisionedProduct provisioningPreferences(Value<ProvisioningPreferences> value) {
    return set("ProvisioningPreferences", value);
  }

  /**
   * One or more tags.
   *
   * <p>Requires the provisioned product to have an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-servicecatalog-resourceupdateconstraint.html">ResourceUpdateConstraint</a>
   * resource with <code>TagUpdatesOnProvisionedProduct</code> set to <code>ALLOWED</code> to allow
   * tag updates. If <code>RESOURCE_UPDATE</code> constraint is not present, tags updates are
   * ignored.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CloudFormationProvisionedProduct tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CloudFormationProvisionedProduct tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CloudFormationProvisionedProduct tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code CloudformationStackArn}. */
  public Value<String> cloudformationStackArn() {
    return getAtt("CloudformationStackArn");
  }

  /**
   * List of key-value pair outputs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Outputs}.
   */
  public Value<Map<String, String>> outputs() {
    return getAtt("Outputs");
  }

  /**
   * The ID of the provisioned product.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisionedProductId}.
   */
  public Value<String> provisionedProductId() {
    return getAtt("ProvisionedProductId");
  }

  /**
   * The ID of the record, such as <code>rec-rjeatvy434trk</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RecordId}.
   */
  public Value<String> recordId() {
    return getAtt("RecordId");
  }

  /**
   * Information about a parameter used to provision a product.
   *
   * <p>Property type {@code
   * AWS::ServiceCatalog::CloudFormationProvisionedProduct.ProvisioningParameter}.
   */
  public static final class ProvisioningParameter extends Struct<ProvisioningParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::CloudFormationProvisionedProduct.ProvisioningParameter")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Value", Constraint.of().maxLength(4096))
        .build();

    public ProvisioningParameter() {
      super(SCHEMA);
    }

    /**
     * The parameter key.
     *
     * <p>Required. Length: 1 to 1000 characters. CloudFormation property {@code Key}.
     */
    public ProvisioningParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ProvisioningParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The parameter value.
     *
     * <p>Required. Length: at most 4096 characters. CloudFormation property {@code Value}.
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
   * The user-defined preferences that will be applied when updating a provisioned product. Not all
   * preferences are applicable to all provisioned product type
   *
   * <p>One or more AWS accounts that will have access to the provisioned product.
   *
   * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
   *
   * <p>The AWS accounts specified should be within the list of accounts in the
   * <code>STACKSET</code> constraint. To get the list of accounts in the <code>STACKSET</code>
   * constraint, use the <code>DescribeProvisioningParameters</code> operation.
   *
   * <p>If no values are specified, the default value is all accounts from the <code>STACKSET</code>
   * constraint.
   *
   * <p>Property type {@code
   * AWS::ServiceCatalog::CloudFormationProvisionedProduct.ProvisioningPreferences}.
   */
  public static final class ProvisioningPreferences extends Struct<ProvisioningPreferences> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::CloudFormationProvisionedProduct.ProvisioningPreferences")
        .constrain("StackSetAccounts", Constraint.of().pattern("^[0-9]{12}$"))
        .constrain("StackSetFailureToleranceCount", Constraint.of().minimum(0))
        .constrain("StackSetFailureTolerancePercentage", Constraint.of().minimum(0).maximum(100))
        .constrain("StackSetMaxConcurrencyCount", Constraint.of().minimum(1))
        .constrain("StackSetMaxConcurrencyPercentage", Constraint.of().minimum(1).maximum(100))
        .allowed("StackSetOperationType", "CREATE", "UPDATE", "DELETE")
        .constrain("StackSetRegions", Constraint.of().pattern("^[a-z]{2}-([a-z]+-)+[1-9]"))
        .build();

    public ProvisioningPreferences() {
      super(SCHEMA);
    }

    /**
     * One or more AWS accounts where the provisioned product will be available.
     *
     * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
     *
     * <p>The specified accounts should be within the list of accounts from the
     * <code>STACKSET</code> constraint. To get the list of accounts in the <code>STACKSET</code>
     * constraint, use the <code>DescribeProvisioningParameters</code> operation.
     *
     * <p>If no values are specified, the default value is all acounts from the
     * <code>STACKSET</code> constraint.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code StackSetAccounts}.
     */
    public ProvisioningPreferences stackSetAccounts(List<String> value) {
      return set("StackSetAccounts", Value.listOf(value));
    }

    /** Sets {@code StackSetAccounts} to this value; see {@link #stackSetAccounts(List)}. */
    public ProvisioningPreferences stackSetAccounts(Value<List<String>> value) {
      return set("StackSetAccounts", value);
    }

    /**
     * The number of accounts, per Region, for which this operation can fail before AWS Service
     * Catalog stops the operation in that Region. If the operation is stopped in a Region, AWS
     * Service Catalog doesn't attempt the operation in any subsequent Regions.
     *
     * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
     *
     * <p>Conditional: You must specify either <code>StackSetFailureToleranceCount</code> or
     * <code>StackSetFailureTolerancePercentage</code> , but not both.
     *
     * <p>The default value is <code>0</code> if no value is specified.
     *
     * <p>Range: at least 0. CloudFormation property {@code StackSetFailureToleranceCount}.
     */
    public ProvisioningPreferences stackSetFailureToleranceCount(int value) {
      return set("StackSetFailureToleranceCount", Value.of(value));
    }

    /**
     * Sets {@code StackSetFailureToleranceCount} to this value; see {@link
     * #stackSetFailureToleranceCount(int)}.
     */
    public ProvisioningPreferences stackSetFailureToleranceCount(Value<Integer> value) {
      return set("StackSetFailureToleranceCount", value);
    }

    /**
     * The percentage of accounts, per Region, for which this stack operation can fail before AWS
     * Service Catalog stops the operation in that Region. If the operation is stopped in a Region,
     * AWS Service Catalog doesn't attempt the operation in any subsequent Regions.
     *
     * <p>When calculating the number of accounts based on the specified percentage, AWS Service
     * Catalog rounds down to the next whole number.
     *
     * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
     *
     * <p>Conditional: You must specify either <code>StackSetFailureToleranceCount</code> or
     * <code>StackSetFailureTolerancePercentage</code> , but not both.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code StackSetFailureTolerancePercentage}.
     */
    public ProvisioningPreferences stackSetFailureTolerancePercentage(int value) {
      return set("StackSetFailureTolerancePercentage", Value.of(value));
    }

    /**
     * Sets {@code StackSetFailureTolerancePercentage} to this value; see {@link
     * #stackSetFailureTolerancePercentage(int)}.
     */
    public ProvisioningPreferences stackSetFailureTolerancePercentage(Value<Integer> value) {
      return set("StackSetFailureTolerancePercentage", value);
    }

    /**
     * The maximum number of accounts in which to perform this operation at one time. This is
     * dependent on the value of <code>StackSetFailureToleranceCount</code> .
     * <code>StackSetMaxConcurrentCount</code> is at most one more than the
     * <code>StackSetFailureToleranceCount</code> .
     *
     * <p>Note that this setting lets you specify the maximum for operations. For large deployments,
     * under certain circumstances the actual number of accounts acted upon concurrently may be
     * lower due to service throttling.
     *
     * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
     *
     * <p>Conditional: You must specify either <code>StackSetMaxConcurrentCount</code> or
     * <code>StackSetMaxConcurrentPercentage</code> , but not both.
     *
     * <p>Range: at least 1. CloudFormation property {@code StackSetMaxConcurrencyCount}.
     */
    public ProvisioningPreferences stackSetMaxConcurrencyCount(int value) {
      return set("StackSetMaxConcurrencyCount", Value.of(value));
    }

    /**
     * Sets {@code StackSetMaxConcurrencyCount} to this value; see {@link
     * #stackSetMaxConcurrencyCount(int)}.
     */
    public ProvisioningPreferences stackSetMaxConcurrencyCount(Value<Integer> value) {
      return set("StackSetMaxConcurrencyCount", value);
    }

    /**
     * The maximum percentage of accounts in which to perform this operation at one time.
     *
     * <p>When calculating the number of accounts based on the specified percentage, AWS Service
     * Catalog rounds down to the next whole number. This is true except in cases where rounding
     * down would result is zero. In this case, AWS Service Catalog sets the number as
     * <code>1</code> instead.
     *
     * <p>Note that this setting lets you specify the maximum for operations. For large deployments,
     * under certain circumstances the actual number of accounts acted upon concurrently may be
     * lower due to service throttling.
     *
     * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
     *
     * <p>Conditional: You must specify either <code>StackSetMaxConcurrentCount</code> or
     * <code>StackSetMaxConcurrentPercentage</code> , but not both.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code StackSetMaxConcurrencyPercentage}.
     */
    public ProvisioningPreferences stackSetMaxConcurrencyPercentage(int value) {
      return set("StackSetMaxConcurrencyPercentage", Value.of(value));
    }

    /**
     * Sets {@code StackSetMaxConcurrencyPercentage} to this value; see {@link
     * #stackSetMaxConcurrencyPercentage(int)}.
     */
    public ProvisioningPreferences stackSetMaxConcurrencyPercentage(Value<Integer> value) {
      return set("StackSetMaxConcurrencyPercentage", value);
    }

    /**
     * Determines what action AWS Service Catalog performs to a stack set or a stack instance
     * represented by the provisioned product. The default value is <code>UPDATE</code> if nothing
     * is specified.
     *
     * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
     *
     * <ul> <li><b>CREATE</b> - Creates a new stack instance in the stack set represented by the
     * provisioned product. In this case, only new stack instances are created based on accounts and
     * Regions; if new ProductId or ProvisioningArtifactID are passed, they will be ignored.
     * <li><b>UPDATE</b> - Updates the stack set represented by the provisioned product and also its
     * stack instances. <li><b>DELETE</b> - Deletes a stack instance in the stack set represented by
     * the provisioned product. </ul>
     *
     * <p>Allowed values: {@code CREATE}, {@code UPDATE}, {@code DELETE}. CloudFormation property
     * {@code StackSetOperationType}.
     */
    public ProvisioningPreferences stackSetOperationType(String value) {
      return set("StackSetOperationType", Value.of(value));
    }

    /**
     * Sets {@code StackSetOperationType} to this value; see {@link #stackSetOperationType(String)}.
     */
    public ProvisioningPreferences stackSetOperationType(Value<String> value) {
      return set("StackSetOperationType", value);
    }

    /**
     * One or more AWS Regions where the provisioned product will be available.
     *
     * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
     *
     * <p>The specified Regions should be within the list of Regions from the <code>STACKSET</code>
     * constraint. To get the list of Regions in the <code>STACKSET</code> constraint, use the
     * <code>DescribeProvisioningParameters</code> operation.
     *
     * <p>If no values are specified, the default value is all Regions from the
     * <code>STACKSET</code> constraint.
     *
     * <p>Pattern: {@code ^[a-z]{2}-([a-z]+-)+[1-9]}. CloudFormation property {@code
     * StackSetRegions}.
     */
    public ProvisioningPreferences stackSetRegions(List<String> value) {
      return set("StackSetRegions", Value.listOf(value));
    }

    /** Sets {@code StackSetRegions} to this value; see {@link #stackSetRegions(List)}. */
    public ProvisioningPreferences stackSetRegions(Value<List<String>> value) {
      return set("StackSetRegions", value);
    }
  }
}
