// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::CloudFormation::StackSet</code> resource contains information about a StackSet.
 * With StackSets, you can provision stacks across AWS accounts and Regions from a single
 * CloudFormation template. Each stack is based on the same CloudFormation template, but you can
 * customize individual stacks using parameters.
 *
 * <p>Run deployments to nested StackSets from the parent stack, not directly through the StackSet
 * API.
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::StackSet}.
 */
public final class StackSet extends Resource<StackSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::StackSet")
      .required("PermissionModel", "StackSetName")
      .constrain("AdministrationRoleARN", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("AdministrationRoleARN", "AWS::IAM::Role.Arn")
      .allowed("CallAs", "SELF", "DELEGATED_ADMIN")
      .allowed("Capabilities", "CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("ExecutionRoleName", Constraint.of().pattern("^[a-zA-Z_0-9+=,.@/-]+$").minLength(1).maxLength(64))
      .references("ExecutionRoleName", "AWS::IAM::Role.Ref")
      .allowed("PermissionModel", "SERVICE_MANAGED", "SELF_MANAGED")
      .constrain("StackSetName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9\\-]{0,127}$").maxLength(128))
      .constrain("TemplateBody", Constraint.of().minLength(1).maxLength(51200))
      .constrain("TemplateURL", Constraint.of().minLength(1).maxLength(5120))
      .refYields("StackSetId")
      .attributes("StackSetId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StackSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Number (ARN) of the IAM role to use to create this StackSet. Specify an IAM
   * role only if you are using customized administrator roles to control which users or groups can
   * manage specific StackSets within the same administrator account.
   *
   * <p>Use customized administrator roles to control which users or groups can manage specific
   * StackSets within the same administrator account. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-prereqs-self-managed.html">Grant
   * self-managed permissions</a> in the <em>CloudFormation User Guide</em> .
   *
   * <p>Valid only if the permissions model is <code>SELF_MANAGED</code> .
   *
   * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code AdministrationRoleARN}.
   */
  public StackSet administrationRoleARN(String value) {
    return set("AdministrationRoleARN", Value.of(value));
  }

  /**
   * Sets {@code AdministrationRoleARN} to this value; see {@link #administrationRoleARN(String)}.
   */
  public StackSet administrationRoleARN(Value<String> value) {
    return set("AdministrationRoleARN", value);
  }

  /**
   * Sets {@code AdministrationRoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #administrationRoleARN(String)}.
   */
  public StackSet administrationRoleARN(Role resource) {
    return set("AdministrationRoleARN", resource.arn());
  }

  /**
   * Describes whether StackSets automatically deploys to AWS Organizations accounts that are added
   * to a target organization or organizational unit (OU). For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html">Enable
   * or disable automatic deployments for StackSets in AWS Organizations</a> in the
   * <em>CloudFormation User Guide</em> .
   *
   * <p>Required if the permissions model is <code>SERVICE_MANAGED</code> . (Not used with
   * self-managed permissions.)
   *
   * <p>CloudFormation property {@code AutoDeployment}.
   */
  public StackSet autoDeployment(Value<AutoDeployment> value) {
    return set("AutoDeployment", value);
  }

  /**
   * Specifies whether you are acting as an account administrator in the organization's management
   * account or as a delegated administrator in a member account.
   *
   * <p>By default, <code>SELF</code> is specified. Use <code>SELF</code> for StackSets with
   * self-managed permissions.
   *
   * <ul> <li>To create a StackSet with service-managed permissions while signed in to the
   * management account, specify <code>SELF</code> . <li>To create a StackSet with service-managed
   * permissions while signed in to a delegated administrator account, specify
   * <code>DELEGATED_ADMIN</code> . </ul>
   *
   * <p>Your AWS account must be registered as a delegated admin in the management account. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-delegated-admin.html">Register
   * a delegated administrator</a> in the <em>CloudFormation User Guide</em> .
   *
   * <p>StackSets with service-managed permissions are created in the management account, including
   * StackSets that are created by delegated administrators.
   *
   * <p>Valid only if the permissions model is <code>SERVICE_MANAGED</code> .
   *
   * <p>Allowed values: {@code SELF}, {@code DELEGATED_ADMIN}. CloudFormation property {@code
   * CallAs}.
   */
  public StackSet callAs(String value) {
    return set("CallAs", Value.of(value));
  }

  /** Sets {@code CallAs} to this value; see {@link #callAs(String)}. */
  public StackSet callAs(Value<String> value) {
    return set("CallAs", value);
  }

  /**
   * The capabilities that are allowed in the StackSet. Some StackSet templates might include
   * resources that can affect permissions in your AWS account —for example, by creating new IAM
   * users. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html#using-iam-capabilities">Acknowledging
   * IAM resources in CloudFormation templates</a> in the <em>CloudFormation User Guide</em> .
   *
   * <p>Allowed values: {@code CAPABILITY_IAM}, {@code CAPABILITY_NAMED_IAM}, {@code
   * CAPABILITY_AUTO_EXPAND}. CloudFormation property {@code Capabilities}.
   */
  public StackSet capabilities(List<String> value) {
    return set("Capabilities", Value.listOf(value));
  }

  /** Sets {@code Capabilities} to this value; see {@link #capabilities(List)}. */
  public StackSet capabilities(Value<List<String>> value) {
    return set("Capabilities", value);
  }

  /**
   * A description of the StackSet.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public StackSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StackSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the IAM execution role to use to create the StackSet. If you don't specify an
   * execution role, CloudFormation uses the <code>AWSCloudFormationStackSetExecutionRole</code>
   * role for the StackSet operation.
   *
   * <p>Valid only if the permissions model is <code>SELF_MANAGED</code> .
   *
   * <p><em>Pattern</em> : <code>[a-zA-Z_0-9+=,.&#64;-]+</code>
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z_0-9+=,.&#64;/-]+$}. CloudFormation
   * property {@code ExecutionRoleName}.
   */
  public StackSet executionRoleName(String value) {
    return set("ExecutionRoleName", Value.of(value));
  }

  /** Sets {@code ExecutionRoleName} to this value; see {@link #executionRoleName(String)}. */
  public StackSet executionRoleName(Value<String> value) {
    return set("ExecutionRoleName", value);
  }

  /**
   * Sets {@code ExecutionRoleName} to the Ref of {@code AWS::IAM::Role}; see {@link
   * #executionRoleName(String)}.
   */
  public StackSet executionRoleName(Role resource) {
    return set("ExecutionRoleName", resource.ref());
  }

  /**
   * Describes whether StackSets performs non-conflicting operations concurrently and queues
   * conflicting operations.
   *
   * <p>When active, StackSets performs non-conflicting operations concurrently and queues
   * conflicting operations. After conflicting operations finish, StackSets starts queued operations
   * in request order.
   *
   * <p>If there are already running or queued operations, StackSets queues all incoming operations
   * even if they are non-conflicting. You can't modify your StackSet's execution configuration
   * while there are running or queued operations for that StackSet.
   *
   * <p>When inactive (default), StackSets performs one operation at a time in request order.
   *
   * <p>CloudFormation property {@code ManagedExecution}.
   */
  public StackSet managedExecution(Value<ManagedExecution> value) {
    return set("ManagedExecution", value);
  }

  /**
   * The user-specified preferences for how CloudFormation performs a StackSet operation.
   *
   * <p>CloudFormation property {@code OperationPreferences}.
   */
  public StackSet operationPreferences(Value<OperationPreferences> value) {
    return set("OperationPreferences", value);
  }

  /**
   * The input parameters for the StackSet template.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public StackSet parameters(List<Parameter> value) {
    return set("Parameters", Value.listOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
  public StackSet parameters(Value<List<Parameter>> value) {
    return set("Parameters", value);
  }

  /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
  public StackSet parameters(Parameter... values) {
    return set("Parameters", Value.list(values));
  }

  /**
   * Describes how the IAM roles required for StackSet operations are created.
   *
   * <ul> <li>With <code>SELF_MANAGED</code> permissions, you must create the administrator and
   * execution roles required to deploy to target accounts. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-prereqs-self-managed.html">Grant
   * self-managed permissions</a> in the <em>CloudFormation User Guide</em> . <li>With
   * <code>SERVICE_MANAGED</code> permissions, StackSets automatically creates the IAM roles
   * required to deploy to accounts managed by AWS Organizations . For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-activate-trusted-access.html">Activate
   * trusted access for StackSets with AWS Organizations</a> in the <em>CloudFormation User
   * Guide</em> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SERVICE_MANAGED}, {@code
   * SELF_MANAGED}. CloudFormation property {@code PermissionModel}.
   */
  public StackSet permissionModel(String value) {
    return set("PermissionModel", Value.of(value));
  }

  /** Sets {@code PermissionModel} to this value; see {@link #permissionModel(String)}. */
  public StackSet permissionModel(Value<String> value) {
    return set("PermissionModel", value);
  }

  /**
   * A group of stack instances with parameters in some specific accounts and Regions.
   *
   * <p>CloudFormation property {@code StackInstancesGroup}.
   */
  public StackSet stackInstancesGroup(List<StackInstances> value) {
    return set("StackInstancesGroup", Value.listOf(value));
  }

  /** Sets {@code StackInstancesGroup} to this value; see {@link #stackInstancesGroup(List)}. */
  public StackSet stackInstancesGroup(Value<List<StackInstances>> value) {
    return set("StackInstancesGroup", value);
  }

  /**
   * Sets {@code StackInstancesGroup} to a list of these; see {@link #stackInstancesGroup(List)}.
   */
  public StackSet stackInstancesGroup(StackInstances... values) {
    return set("StackInstancesGroup", Value.list(values));
  }

  /**
   * The name to associate with the StackSet. The name must be unique in the Region where you create
   * your StackSet.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9&#92;-]{0,127}$}. CloudFormation property {@code StackSetName}.
   */
  public StackSet stackSetName(String value) {
    return set("StackSetName", Value.of(value));
  }

  /** Sets {@code StackSetName} to this value; see {@link #stackSetName(String)}. */
  public StackSet stackSetName(Value<String> value) {
    return set("StackSetName", value);
  }

  /**
   * Key-value pairs to associate with this stack. CloudFormation also propagates these tags to
   * supported resources in the stack. You can specify a maximum number of 50 tags.
   *
   * <p>If you don't specify this parameter, CloudFormation doesn't modify the stack's tags. If you
   * specify an empty value, CloudFormation removes all associated tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StackSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StackSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StackSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The structure that contains the template body, with a minimum length of 1 byte and a maximum
   * length of 51,200 bytes.
   *
   * <p>You must include either <code>TemplateURL</code> or <code>TemplateBody</code> in a StackSet,
   * but you can't use both. Dynamic references in the <code>TemplateBody</code> may not work
   * correctly in all cases. It's recommended to pass templates that contain dynamic references
   * through <code>TemplateUrl</code> instead.
   *
   * <p>Length: 1 to 51200 characters. CloudFormation property {@code TemplateBody}.
   */
  public StackSet templateBody(String value) {
    return set("TemplateBody", Value.of(value));
  }

  /** Sets {@code TemplateBody} to this value; see {@link #templateBody(String)}. */
  public StackSet templateBody(Value<String> value) {
    return set("TemplateBody", value);
  }

  /**
   * The URL of a file that contains the template body. The URL must point to a template (max size:
   * 1 MB) that's located in an Amazon S3 bucket or a Systems Manager document. The location for an
   * Amazon S3 bucket must start with <code>https://</code> .
   *
   * <p>Conditional: You must specify only one of the following parameters:
   * <code>TemplateBody</code> , <code>TemplateURL</code> .
   *
   * <p>Length: 1 to 5120 characters. CloudFormation property {@code TemplateURL}.
   */
  public StackSet templateURL(String value) {
    return set("TemplateURL", Value.of(value));
  }

  /** Sets {@code TemplateURL} to this value; see {@link #templateURL(String)}. */
  public StackSet templateURL(Value<String> value) {
    return set("TemplateURL", value);
  }

  /**
   * Returns the unique identifier of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StackSetId}.
   */
  public Value<String> stackSetId() {
    return getAtt("StackSetId");
  }

  /**
   * Describes whether StackSets automatically deploys to AWS Organizations accounts that are added
   * to a target organization or organizational unit (OU). For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html">Enable
   * or disable automatic deployments for StackSets in AWS Organizations</a> in the
   * <em>CloudFormation User Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFormation::StackSet.AutoDeployment}.
   */
  public static final class AutoDeployment extends Struct<AutoDeployment> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::StackSet.AutoDeployment");

    public AutoDeployment() {
      super(SCHEMA);
    }

    /**
     * A list of StackSet ARNs that this StackSet depends on for auto-deployment operations. When
     * auto-deployment is triggered, operations will be sequenced to ensure all dependencies
     * complete successfully before this StackSet's operation begins.
     *
     * <p>CloudFormation property {@code DependsOn}.
     */
    public AutoDeployment dependsOn(List<String> value) {
      return set("DependsOn", Value.listOf(value));
    }

    /** Sets {@code DependsOn} to this value; see {@link #dependsOn(List)}. */
    public AutoDeployment dependsOn(Value<List<String>> value) {
      return set("DependsOn", value);
    }

    /**
     * If set to <code>true</code> , StackSets automatically deploys additional stack instances to
     * AWS Organizations accounts that are added to a target organization or organizational unit
     * (OU) in the specified Regions. If an account is removed from a target organization or OU,
     * StackSets deletes stack instances from the account in the specified Regions.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AutoDeployment enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AutoDeployment enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * If set to <code>true</code> , stack resources are retained when an account is removed from a
     * target organization or OU. If set to <code>false</code> , stack resources are deleted.
     * Specify only if <code>Enabled</code> is set to <code>True</code> .
     *
     * <p>CloudFormation property {@code RetainStacksOnAccountRemoval}.
     */
    public AutoDeployment retainStacksOnAccountRemoval(boolean value) {
      return set("RetainStacksOnAccountRemoval", Value.of(value));
    }

    /**
     * Sets {@code RetainStacksOnAccountRemoval} to this value; see {@link
     * #retainStacksOnAccountRemoval(boolean)}.
     */
    public AutoDeployment retainStacksOnAccountRemoval(Value<Boolean> value) {
      return set("RetainStacksOnAccountRemoval", value);
    }
  }

  /**
   * The AWS Organizations accounts or AWS accounts to deploy stacks to in the specified Regions.
   *
   * <p>When deploying to AWS Organizations accounts with <code>SERVICE_MANAGED</code> permissions:
   *
   * <ul> <li>You must specify the <code>OrganizationalUnitIds</code> property. <li>If you specify
   * organizational units (OUs) for <code>OrganizationalUnitIds</code> and use either the
   * <code>Accounts</code> or <code>AccountsUrl</code> property, you must also specify the
   * <code>AccountFilterType</code> property. </ul>
   *
   * <p>When deploying to AWS accounts with <code>SELF_MANAGED</code> permissions:
   *
   * <ul> <li>You must specify either the <code>Accounts</code> or <code>AccountsUrl</code>
   * property, but not both. </ul>
   *
   * <p>Property type {@code AWS::CloudFormation::StackSet.DeploymentTargets}.
   */
  public static final class DeploymentTargets extends Struct<DeploymentTargets> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::StackSet.DeploymentTargets")
        .allowed("AccountFilterType", "NONE", "UNION", "INTERSECTION", "DIFFERENCE")
        .constrain("Accounts", Constraint.of().pattern("^[0-9]{12}$"))
        .constrain("AccountsUrl", Constraint.of().pattern("(s3://|http(s?)://).+").minLength(1).maxLength(5120))
        .constrain("OrganizationalUnitIds", Constraint.of().pattern("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$"))
        .build();

    public DeploymentTargets() {
      super(SCHEMA);
    }

    /**
     * Refines which accounts to deploy stacks to by specifying how to use the <code>Accounts</code>
     * and <code>OrganizationalUnitIds</code> properties together.
     *
     * <p>The following values determine how CloudFormation selects target accounts:
     *
     * <ul> <li><code>INTERSECTION</code> : StackSet deploys to the accounts specified in the
     * <code>Accounts</code> property. <li><code>DIFFERENCE</code> : StackSet deploys to the OU,
     * excluding the accounts specified in the <code>Accounts</code> property.
     * <li><code>UNION</code> : StackSet deploys to the OU, and the accounts specified in the
     * <code>Accounts</code> property. <code>UNION</code> is not supported for create operations
     * when using StackSet as a resource or the <code>CreateStackInstances</code> API. </ul>
     *
     * <p>Allowed values: {@code NONE}, {@code UNION}, {@code INTERSECTION}, {@code DIFFERENCE}.
     * CloudFormation property {@code AccountFilterType}.
     */
    public DeploymentTargets accountFilterType(String value) {
      return set("AccountFilterType", Value.of(value));
    }

    /** Sets {@code AccountFilterType} to this value; see {@link #accountFilterType(String)}. */
    public DeploymentTargets accountFilterType(Value<String> value) {
      return set("AccountFilterType", value);
    }

    /**
     * The account IDs of the AWS accounts . If you have many account numbers, you can provide those
     * accounts using the <code>AccountsUrl</code> property instead.
     *
     * <p><em>Pattern</em> : <code>^[0-9]{12}$</code>
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code Accounts}.
     */
    public DeploymentTargets accounts(List<String> value) {
      return set("Accounts", Value.listOf(value));
    }

    /** Sets {@code Accounts} to this value; see {@link #accounts(List)}. */
    public DeploymentTargets accounts(Value<List<String>> value) {
      return set("Accounts", value);
    }

    /**
     * The Amazon S3 URL path to a file that contains a list of AWS account IDs. The file format
     * must be either <code>.csv</code> or <code>.txt</code> , and the data can be comma-separated
     * or new-line-separated. There is currently a 10MB limit for the data (approximately 800,000
     * accounts).
     *
     * <p>This property serves the same purpose as <code>Accounts</code> but allows you to specify a
     * large number of accounts.
     *
     * <p>Length: 1 to 5120 characters. Pattern: {@code (s3://|http(s?)://).+}. CloudFormation
     * property {@code AccountsUrl}.
     */
    public DeploymentTargets accountsUrl(String value) {
      return set("AccountsUrl", Value.of(value));
    }

    /** Sets {@code AccountsUrl} to this value; see {@link #accountsUrl(String)}. */
    public DeploymentTargets accountsUrl(Value<String> value) {
      return set("AccountsUrl", value);
    }

    /**
     * The organization root ID or organizational unit (OU) IDs.
     *
     * <p><em>Pattern</em> : <code>^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$</code>
     *
     * <p>Pattern: {@code ^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$}. CloudFormation
     * property {@code OrganizationalUnitIds}.
     */
    public DeploymentTargets organizationalUnitIds(List<String> value) {
      return set("OrganizationalUnitIds", Value.listOf(value));
    }

    /**
     * Sets {@code OrganizationalUnitIds} to this value; see {@link #organizationalUnitIds(List)}.
     */
    public DeploymentTargets organizationalUnitIds(Value<List<String>> value) {
      return set("OrganizationalUnitIds", value);
    }
  }

  /**
   * Describes whether StackSets performs non-conflicting operations concurrently and queues
   * conflicting operations.
   *
   * <p>Property type {@code AWS::CloudFormation::StackSet.ManagedExecution}.
   */
  public static final class ManagedExecution extends Struct<ManagedExecution> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::StackSet.ManagedExecution");

    public ManagedExecution() {
      super(SCHEMA);
    }

    /**
     * When <code>true</code> , CloudFormation performs non-conflicting operations concurrently and
     * queues conflicting operations. After conflicting operations finish, CloudFormation starts
     * queued operations in request order.
     *
     * <p>If there are already running or queued operations, CloudFormation queues all incoming
     * operations even if they are non-conflicting. You can't modify your StackSet's execution
     * configuration while there are running or queued operations for that StackSet.
     *
     * <p>When <code>false</code> (default), StackSets performs one operation at a time in request
     * order.
     *
     * <p>CloudFormation property {@code Active}.
     */
    public ManagedExecution active(boolean value) {
      return set("Active", Value.of(value));
    }

    /** Sets {@code Active} to this value; see {@link #active(boolean)}. */
    public ManagedExecution active(Value<Boolean> value) {
      return set("Active", value);
    }
  }

  /**
   * The user-specified preferences for how CloudFormation performs a StackSet operation. For more
   * information on maximum concurrent accounts and failure tolerance, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-concepts.html#stackset-ops-options">StackSet
   * operation options</a> in the <em>CloudFormation User Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFormation::StackSet.OperationPreferences}.
   */
  public static final class OperationPreferences extends Struct<OperationPreferences> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::StackSet.OperationPreferences")
        .allowed("ConcurrencyMode", "STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE")
        .constrain("FailureToleranceCount", Constraint.of().minimum(0))
        .constrain("FailureTolerancePercentage", Constraint.of().minimum(0).maximum(100))
        .constrain("MaxConcurrentCount", Constraint.of().minimum(1))
        .constrain("MaxConcurrentPercentage", Constraint.of().minimum(0).maximum(100))
        .allowed("RegionConcurrencyType", "SEQUENTIAL", "PARALLEL")
        .constrain("RegionOrder", Constraint.of().pattern("^[a-zA-Z0-9-]{1,128}$"))
        .build();

    public OperationPreferences() {
      super(SCHEMA);
    }

    /**
     * Specifies how the concurrency level behaves during the operation execution.
     *
     * <ul> <li><code>STRICT_FAILURE_TOLERANCE</code> : This option dynamically lowers the
     * concurrency level to ensure the number of failed accounts never exceeds the value of
     * <code>FailureToleranceCount</code> +1. The initial actual concurrency is set to the lower of
     * either the value of the <code>MaxConcurrentCount</code> , or the value of
     * <code>FailureToleranceCount</code> +1. The actual concurrency is then reduced proportionally
     * by the number of failures. This is the default behavior. </ul>
     *
     * <p>If failure tolerance or Maximum concurrent accounts are set to percentages, the behavior
     * is similar.
     *
     * <ul> <li><code>SOFT_FAILURE_TOLERANCE</code> : This option decouples
     * <code>FailureToleranceCount</code> from the actual concurrency. This allows StackSet
     * operations to run at the concurrency level set by the <code>MaxConcurrentCount</code> value,
     * or <code>MaxConcurrentPercentage</code> , regardless of the number of failures. </ul>
     *
     * <p>Allowed values: {@code STRICT_FAILURE_TOLERANCE}, {@code SOFT_FAILURE_TOLERANCE}.
     * CloudFormation property {@code ConcurrencyMode}.
     */
    public OperationPreferences concurrencyMode(String value) {
      return set("ConcurrencyMode", Value.of(value));
    }

    /** Sets {@code ConcurrencyMode} to this value; see {@link #concurrencyMode(String)}. */
    public OperationPreferences concurrencyMode(Value<String> value) {
      return set("ConcurrencyMode", value);
    }

    /**
     * The number of accounts per Region this operation can fail in before CloudFormation stops the
     * operation in that Region. If the operation is stopped in a Region, CloudFormation doesn't
     * attempt the operation in any subsequent Regions.
     *
     * <p>Conditional: You must specify either <code>FailureToleranceCount</code> or
     * <code>FailureTolerancePercentage</code> (but not both).
     *
     * <p>Range: at least 0. CloudFormation property {@code FailureToleranceCount}.
     */
    public OperationPreferences failureToleranceCount(int value) {
      return set("FailureToleranceCount", Value.of(value));
    }

    /**
     * Sets {@code FailureToleranceCount} to this value; see {@link #failureToleranceCount(int)}.
     */
    public OperationPreferences failureToleranceCount(Value<Integer> value) {
      return set("FailureToleranceCount", value);
    }

    /**
     * The percentage of accounts per Region this stack operation can fail in before CloudFormation
     * stops the operation in that Region. If the operation is stopped in a Region, CloudFormation
     * doesn't attempt the operation in any subsequent Regions.
     *
     * <p>When calculating the number of accounts based on the specified percentage, CloudFormation
     * rounds <em>down</em> to the next whole number.
     *
     * <p>Conditional: You must specify either <code>FailureToleranceCount</code> or
     * <code>FailureTolerancePercentage</code> , but not both.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code FailureTolerancePercentage}.
     */
    public OperationPreferences failureTolerancePercentage(int value) {
      return set("FailureTolerancePercentage", Value.of(value));
    }

    /**
     * Sets {@code FailureTolerancePercentage} to this value; see {@link
     * #failureTolerancePercentage(int)}.
     */
    public OperationPreferences failureTolerancePercentage(Value<Integer> value) {
      return set("FailureTolerancePercentage", value);
    }

    /**
     * The maximum number of accounts in which to perform this operation at one time. This is
     * dependent on the value of <code>FailureToleranceCount</code> .
     * <code>MaxConcurrentCount</code> is at most one more than the
     * <code>FailureToleranceCount</code> .
     *
     * <p>Note that this setting lets you specify the <em>maximum</em> for operations. For large
     * deployments, under certain circumstances the actual number of accounts acted upon
     * concurrently may be lower due to service throttling.
     *
     * <p>Conditional: You must specify either <code>MaxConcurrentCount</code> or
     * <code>MaxConcurrentPercentage</code> , but not both.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxConcurrentCount}.
     */
    public OperationPreferences maxConcurrentCount(int value) {
      return set("MaxConcurrentCount", Value.of(value));
    }

    /** Sets {@code MaxConcurrentCount} to this value; see {@link #maxConcurrentCount(int)}. */
    public OperationPreferences maxConcurrentCount(Value<Integer> value) {
      return set("MaxConcurrentCount", value);
    }

    /**
     * The maximum percentage of accounts in which to perform this operation at one time.
     *
     * <p>When calculating the number of accounts based on the specified percentage, CloudFormation
     * rounds down to the next whole number. This is true except in cases where rounding down would
     * result is zero. In this case, CloudFormation sets the number as one instead.
     *
     * <p>Note that this setting lets you specify the <em>maximum</em> for operations. For large
     * deployments, under certain circumstances the actual number of accounts acted upon
     * concurrently may be lower due to service throttling.
     *
     * <p>Conditional: You must specify either <code>MaxConcurrentCount</code> or
     * <code>MaxConcurrentPercentage</code> , but not both.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxConcurrentPercentage}.
     */
    public OperationPreferences maxConcurrentPercentage(int value) {
      return set("MaxConcurrentPercentage", Value.of(value));
    }

    /**
     * Sets {@code MaxConcurrentPercentage} to this value; see {@link
     * #maxConcurrentPercentage(int)}.
     */
    public OperationPreferences maxConcurrentPercentage(Value<Integer> value) {
      return set("MaxConcurrentPercentage", value);
    }

    /**
     * The concurrency type of deploying StackSets operations in Regions, could be in parallel or
     * one Region at a time.
     *
     * <p>Allowed values: {@code SEQUENTIAL}, {@code PARALLEL}. CloudFormation property {@code
     * RegionConcurrencyType}.
     */
    public OperationPreferences regionConcurrencyType(String value) {
      return set("RegionConcurrencyType", Value.of(value));
    }

    /**
     * Sets {@code RegionConcurrencyType} to this value; see {@link #regionConcurrencyType(String)}.
     */
    public OperationPreferences regionConcurrencyType(Value<String> value) {
      return set("RegionConcurrencyType", value);
    }

    /**
     * The order of the Regions where you want to perform the stack operation.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9-]{1,128}$}. CloudFormation property {@code RegionOrder}.
     */
    public OperationPreferences regionOrder(List<String> value) {
      return set("RegionOrder", Value.listOf(value));
    }

    /** Sets {@code RegionOrder} to this value; see {@link #regionOrder(List)}. */
    public OperationPreferences regionOrder(Value<List<String>> value) {
      return set("RegionOrder", value);
    }
  }

  /**
   * The Parameter data type.
   *
   * <p>Property type {@code AWS::CloudFormation::StackSet.Parameter}.
   */
  public static final class Parameter extends Struct<Parameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::StackSet.Parameter")
        .required("ParameterKey", "ParameterValue")
        .build();

    public Parameter() {
      super(SCHEMA);
    }

    /**
     * The key associated with the parameter. If you don't specify a key and value for a particular
     * parameter, CloudFormation uses the default value that's specified in your template.
     *
     * <p>Required. CloudFormation property {@code ParameterKey}.
     */
    public Parameter parameterKey(String value) {
      return set("ParameterKey", Value.of(value));
    }

    /** Sets {@code ParameterKey} to this value; see {@link #parameterKey(String)}. */
    public Parameter parameterKey(Value<String> value) {
      return set("ParameterKey", value);
    }

    /**
     * The input value associated with the parameter.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public Parameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public Parameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /**
   * Stack instances in some specific accounts and Regions.
   *
   * <p>Property type {@code AWS::CloudFormation::StackSet.StackInstances}.
   */
  public static final class StackInstances extends Struct<StackInstances> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::StackSet.StackInstances")
        .required("DeploymentTargets", "Regions")
        .constrain("Regions", Constraint.of().pattern("^[a-zA-Z0-9-]{1,128}$"))
        .build();

    public StackInstances() {
      super(SCHEMA);
    }

    /**
     * The AWS Organizations accounts or AWS accounts to deploy stacks to in the specified Regions.
     *
     * <p>Required. CloudFormation property {@code DeploymentTargets}.
     */
    public StackInstances deploymentTargets(Value<DeploymentTargets> value) {
      return set("DeploymentTargets", value);
    }

    /**
     * A list of StackSet parameters whose values you want to override in the selected stack
     * instances.
     *
     * <p>CloudFormation property {@code ParameterOverrides}.
     */
    public StackInstances parameterOverrides(List<Parameter> value) {
      return set("ParameterOverrides", Value.listOf(value));
    }

    /** Sets {@code ParameterOverrides} to this value; see {@link #parameterOverrides(List)}. */
    public StackInstances parameterOverrides(Value<List<Parameter>> value) {
      return set("ParameterOverrides", value);
    }

    /**
     * Sets {@code ParameterOverrides} to a list of these; see {@link #parameterOverrides(List)}.
     */
    public StackInstances parameterOverrides(Parameter... values) {
      return set("ParameterOverrides", Value.list(values));
    }

    /**
     * The names of one or more Regions where you want to create stack instances using the specified
     * AWS accounts .
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9-]{1,128}$}. CloudFormation property {@code Regions}.
     */
    public StackInstances regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public StackInstances regions(Value<List<String>> value) {
      return set("Regions", value);
    }
  }
}
