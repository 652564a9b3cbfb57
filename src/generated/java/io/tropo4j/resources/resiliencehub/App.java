// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resiliencehub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS Resilience Hub application. An AWS Resilience Hub application is a collection of
 * AWS resources structured to prevent and recover AWS application disruptions. To describe a AWS
 * Resilience Hub application, you provide an application name, resources from one or more AWS
 * CloudFormation stacks, Resource Groups , Terraform state files, AppRegistry applications, and an
 * appropriate resiliency policy. In addition, you can also add resources that are located on Amazon
 * Elastic Kubernetes Service (Amazon EKS) clusters as optional resources. For more information
 * about the number of resources supported per application, see <a
 * href="https://docs.aws.amazon.com/general/latest/gr/resiliencehub.html#limits_resiliencehub">Service
 * quotas</a> .
 *
 * <p>After you create an AWS Resilience Hub application, you publish it so that you can run a
 * resiliency assessment on it. You can then use recommendations from the assessment to improve
 * resiliency by running another assessment, comparing results, and then iterating the process until
 * you achieve your goals for recovery time objective (RTO) and recovery point objective (RPO).
 *
 * <p>CloudFormation type {@code AWS::ResilienceHub::App}.
 */
public final class App extends Resource<App> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHub::App")
      .required("AppTemplateBody", "Name", "ResourceMappings")
      .allowed("AppAssessmentSchedule", "Disabled", "Daily")
      .constrain("AppTemplateBody", Constraint.of().pattern("^[\\w\\s:,-\\.'\\/{}\\[\\]:\"]+$").minLength(0).maxLength(409600))
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .constrain("ResiliencyPolicyArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"))
      .refYields("AppArn")
      .attributes("AppArn", "DriftStatus")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public App(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Assessment execution schedule with 'Daily' or 'Disabled' values.
   *
   * <p>Allowed values: {@code Disabled}, {@code Daily}. CloudFormation property {@code
   * AppAssessmentSchedule}.
   */
  public App appAssessmentSchedule(String value) {
    return set("AppAssessmentSchedule", Value.of(value));
  }

  /**
   * Sets {@code AppAssessmentSchedule} to this value; see {@link #appAssessmentSchedule(String)}.
   */
  public App appAssessmentSchedule(Value<String> value) {
    return set("AppAssessmentSchedule", value);
  }

  /**
   * A JSON string that provides information about your application structure. To learn more about
   * the <code>appTemplateBody</code> template, see the sample template in <a
   * href="https://docs.aws.amazon.com//resilience-hub/latest/APIReference/API_PutDraftAppVersionTemplate.html#API_PutDraftAppVersionTemplate_Examples">Sample
   * appTemplateBody template</a> .
   *
   * <p>The <code>appTemplateBody</code> JSON string has the following structure:
   *
   * <ul> <li><em><code>resources</code></em> </ul>
   *
   * <p>The list of logical resources that needs to be included in the AWS Resilience Hub
   * application.
   *
   * <p>Type: Array
   *
   * <p>Don't add the resources that you want to exclude.
   *
   * <p>Each <code>resources</code> array item includes the following fields:
   *
   * <ul> <li><em><code>logicalResourceId</code></em> </ul>
   *
   * <p>The logical identifier of the resource.
   *
   * <p>Type: Object
   *
   * <p>Each <code>logicalResourceId</code> object includes the following fields:
   *
   * <ul> <li><code>identifier</code> </ul>
   *
   * <p>Identifier of the resource.
   *
   * <p>Type: String
   *
   * <ul> <li><code>logicalStackName</code> </ul>
   *
   * <p>Name of the AWS CloudFormation stack this resource belongs to.
   *
   * <p>Type: String
   *
   * <ul> <li><code>resourceGroupName</code> </ul>
   *
   * <p>Name of the resource group this resource belongs to.
   *
   * <p>Type: String
   *
   * <ul> <li><code>terraformSourceName</code> </ul>
   *
   * <p>Name of the Terraform S3 state file this resource belongs to.
   *
   * <p>Type: String
   *
   * <ul> <li><code>eksSourceName</code> </ul>
   *
   * <p>Name of the Amazon Elastic Kubernetes Service cluster and namespace this resource belongs
   * to.
   *
   * <p>This parameter accepts values in "eks-cluster/namespace" format.
   *
   * <p>Type: String
   *
   * <ul> <li><em><code>type</code></em> </ul>
   *
   * <p>The type of resource.
   *
   * <p>Type: string
   *
   * <ul> <li><em><code>name</code></em> </ul>
   *
   * <p>Name of the resource.
   *
   * <p>Type: String
   *
   * <ul> <li><code>additionalInfo</code> </ul>
   *
   * <p>Additional configuration parameters for an AWS Resilience Hub application. If you want to
   * implement <code>additionalInfo</code> through the AWS Resilience Hub console rather than using
   * an API call, see <a
   * href="https://docs.aws.amazon.com//resilience-hub/latest/userguide/app-config-param.html">Configure
   * the application configuration parameters</a> .
   *
   * <p>Currently, this parameter accepts a key-value mapping (in a string format) of only one
   * failover region and one associated account. Key: <code>"failover-regions"</code> Value:
   * <code>"[{"region":"&lt;REGION&gt;", "accounts":[{"id":"&lt;ACCOUNT_ID&gt;"}]}]"</code>
   *
   * <ul> <li><em><code>appComponents</code></em> </ul>
   *
   * <p>The list of Application Components (AppComponent) that this resource belongs to. If an
   * AppComponent is not part of the AWS Resilience Hub application, it will be added.
   *
   * <p>Type: Array
   *
   * <p>Each <code>appComponents</code> array item includes the following fields:
   *
   * <ul> <li><code>name</code> </ul>
   *
   * <p>Name of the AppComponent.
   *
   * <p>Type: String
   *
   * <ul> <li><code>type</code> </ul>
   *
   * <p>The type of AppComponent. For more information about the types of AppComponent, see <a
   * href="https://docs.aws.amazon.com/resilience-hub/latest/userguide/AppComponent.grouping.html">Grouping
   * resources in an AppComponent</a> .
   *
   * <p>Type: String
   *
   * <ul> <li><code>resourceNames</code> </ul>
   *
   * <p>The list of included resources that are assigned to the AppComponent.
   *
   * <p>Type: Array of strings
   *
   * <ul> <li><code>additionalInfo</code> </ul>
   *
   * <p>Additional configuration parameters for an AWS Resilience Hub application. If you want to
   * implement <code>additionalInfo</code> through the AWS Resilience Hub console rather than using
   * an API call, see <a
   * href="https://docs.aws.amazon.com//resilience-hub/latest/userguide/app-config-param.html">Configure
   * the application configuration parameters</a> .
   *
   * <p>Currently, this parameter accepts a key-value mapping (in a string format) of only one
   * failover region and one associated account. Key: <code>"failover-regions"</code> Value:
   * <code>"[{"region":"&lt;REGION&gt;", "accounts":[{"id":"&lt;ACCOUNT_ID&gt;"}]}]"</code>
   *
   * <ul> <li><em><code>excludedResources</code></em> </ul>
   *
   * <p>The list of logical resource identifiers to be excluded from the application.
   *
   * <p>Type: Array
   *
   * <p>Don't add the resources that you want to include.
   *
   * <p>Each <code>excludedResources</code> array item includes the following fields:
   *
   * <ul> <li><em><code>logicalResourceIds</code></em> </ul>
   *
   * <p>The logical identifier of the resource.
   *
   * <p>Type: Object
   *
   * <p>You can configure only one of the following fields: - <code>logicalStackName</code> -
   * <code>resourceGroupName</code> - <code>terraformSourceName</code> - <code>eksSourceName</code>
   *
   * <p>Each <code>logicalResourceIds</code> object includes the following fields:
   *
   * <ul> <li><code>identifier</code> </ul>
   *
   * <p>The identifier of the resource.
   *
   * <p>Type: String
   *
   * <ul> <li><code>logicalStackName</code> </ul>
   *
   * <p>Name of the AWS CloudFormation stack this resource belongs to.
   *
   * <p>Type: String
   *
   * <ul> <li><code>resourceGroupName</code> </ul>
   *
   * <p>Name of the resource group this resource belongs to.
   *
   * <p>Type: String
   *
   * <ul> <li><code>terraformSourceName</code> </ul>
   *
   * <p>Name of the Terraform S3 state file this resource belongs to.
   *
   * <p>Type: String
   *
   * <ul> <li><code>eksSourceName</code> </ul>
   *
   * <p>Name of the Amazon Elastic Kubernetes Service cluster and namespace this resource belongs
   * to.
   *
   * <p>This parameter accepts values in "eks-cluster/namespace" format.
   *
   * <p>Type: String
   *
   * <ul> <li><em><code>version</code></em> </ul>
   *
   * <p>The AWS Resilience Hub application version.
   *
   * <ul> <li><code>additionalInfo</code> </ul>
   *
   * <p>Additional configuration parameters for an AWS Resilience Hub application. If you want to
   * implement <code>additionalInfo</code> through the AWS Resilience Hub console rather than using
   * an API call, see <a
   * href="https://docs.aws.amazon.com//resilience-hub/latest/userguide/app-config-param.html">Configure
   * the application configuration parameters</a> .
   *
   * <p>Currently, this parameter accepts a key-value mapping (in a string format) of only one
   * failover region and one associated account. Key: <code>"failover-regions"</code> Value:
   * <code>"[{"region":"&lt;REGION&gt;", "accounts":[{"id":"&lt;ACCOUNT_ID&gt;"}]}]"</code>
   *
   * <p>Required. Length: 0 to 409600 characters. Pattern: {@code
   * ^[&#92;w&#92;s:,-&#92;.'&#92;/{}&#92;[&#92;]:"]+$}. CloudFormation property {@code
   * AppTemplateBody}.
   */
  public App appTemplateBody(String value) {
    return set("AppTemplateBody", Value.of(value));
  }

  /** Sets {@code AppTemplateBody} to this value; see {@link #appTemplateBody(String)}. */
  public App appTemplateBody(Value<String> value) {
    return set("AppTemplateBody", value);
  }

  /**
   * Optional description for an application.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public App description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public App description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The list of events you would like to subscribe and get notification for. Currently, AWS
   * Resilience Hub supports notifications only for <em>Drift detected</em> and <em>Scheduled
   * assessment failure</em> events.
   *
   * <p>CloudFormation property {@code EventSubscriptions}.
   */
  public App eventSubscriptions(List<EventSubscription> value) {
    return set("EventSubscriptions", Value.listOf(value));
  }

  /** Sets {@code EventSubscriptions} to this value; see {@link #eventSubscriptions(List)}. */
  public App eventSubscriptions(Value<List<EventSubscription>> value) {
    return set("EventSubscriptions", value);
  }

  /** Sets {@code EventSubscriptions} to a list of these; see {@link #eventSubscriptions(List)}. */
  public App eventSubscriptions(EventSubscription... values) {
    return set("EventSubscriptions", Value.list(values));
  }

  /**
   * Name for the application.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public App name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public App name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Defines the roles and credentials that AWS Resilience Hub would use while creating the
   * application, importing its resources, and running an assessment.
   *
   * <p>CloudFormation property {@code PermissionModel}.
   */
  public App permissionModel(Value<PermissionModel> value) {
    return set("PermissionModel", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resiliency policy.
   *
   * <p>Pattern: {@code
   * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,1023}$}.
   * CloudFormation property {@code ResiliencyPolicyArn}.
   */
  public App resiliencyPolicyArn(String value) {
    return set("ResiliencyPolicyArn", Value.of(value));
  }

  /** Sets {@code ResiliencyPolicyArn} to this value; see {@link #resiliencyPolicyArn(String)}. */
  public App resiliencyPolicyArn(Value<String> value) {
    return set("ResiliencyPolicyArn", value);
  }

  /**
   * An array of <code>ResourceMapping</code> objects.
   *
   * <p>Required. CloudFormation property {@code ResourceMappings}.
   */
  public App resourceMappings(List<ResourceMapping> value) {
    return set("ResourceMappings", Value.listOf(value));
  }

  /** Sets {@code ResourceMappings} to this value; see {@link #resourceMappings(List)}. */
  public App resourceMappings(Value<List<ResourceMapping>> value) {
    return set("ResourceMappings", value);
  }

  /** Sets {@code ResourceMappings} to a list of these; see {@link #resourceMappings(List)}. */
  public App resourceMappings(ResourceMapping... values) {
    return set("ResourceMappings", Value.list(values));
  }

  /**
   * Tags assigned to the resource. A tag is a label that you assign to an AWS resource. Each tag
   * consists of a key/value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public App tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public App tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public App tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the applcation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppArn}.
   */
  public Value<String> appArn() {
    return getAtt("AppArn");
  }

  /**
   * Indicates if compliance drifts (deviations) were detected while running an assessment for your
   * application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DriftStatus}.
   */
  public Value<String> driftStatus() {
    return getAtt("DriftStatus");
  }

  /**
   * Indicates an event you would like to subscribe and get notification for. Currently, AWS
   * Resilience Hub supports notifications only for <em>Drift detected</em> and <em>Scheduled
   * assessment failure</em> events.
   *
   * <p>Property type {@code AWS::ResilienceHub::App.EventSubscription}.
   */
  public static final class EventSubscription extends Struct<EventSubscription> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHub::App.EventSubscription")
        .required("EventType", "Name")
        .allowed("EventType", "ScheduledAssessmentFailure", "DriftDetected")
        .constrain("Name", Constraint.of().minLength(1).maxLength(256))
        .constrain("SnsTopicArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$").format("AWS::SNS::Topic.Arn"))
        .build();

    public EventSubscription() {
      super(SCHEMA);
    }

    /**
     * The type of event you would like to subscribe and get notification for. Currently, AWS
     * Resilience Hub supports notifications only for <em>Drift detected</em> (
     * <code>DriftDetected</code> ) and <em>Scheduled assessment failure</em> (
     * <code>ScheduledAssessmentFailure</code> ) events.
     *
     * <p>Required. Allowed values: {@code ScheduledAssessmentFailure}, {@code DriftDetected}.
     * CloudFormation property {@code EventType}.
     */
    public EventSubscription eventType(String value) {
      return set("EventType", Value.of(value));
    }

    /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
    public EventSubscription eventType(Value<String> value) {
      return set("EventType", value);
    }

    /**
     * Unique name to identify an event subscription.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
     */
    public EventSubscription name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EventSubscription name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Amazon Resource Name (ARN) of the Amazon Simple Notification Service topic. The format for
     * this ARN is: <code>arn:partition:sns:region:account:topic-name</code> . For more information
     * about ARNs, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
     * Resource Names (ARNs)</a> in the <em>AWS General Reference</em> guide.
     *
     * <p>Pattern: {@code
     * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$}.
     * Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code SnsTopicArn}.
     */
    public EventSubscription snsTopicArn(String value) {
      return set("SnsTopicArn", Value.of(value));
    }

    /** Sets {@code SnsTopicArn} to this value; see {@link #snsTopicArn(String)}. */
    public EventSubscription snsTopicArn(Value<String> value) {
      return set("SnsTopicArn", value);
    }
  }

  /**
   * Defines the roles and credentials that AWS Resilience Hub would use while creating the
   * application, importing its resources, and running an assessment.
   *
   * <p>Property type {@code AWS::ResilienceHub::App.PermissionModel}.
   */
  public static final class PermissionModel extends Struct<PermissionModel> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHub::App.PermissionModel")
        .required("Type")
        .constrain("CrossAccountRoleArns", Constraint.of().pattern("arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):iam::[0-9]{12}:role\\/(([\\u0021-\\u007E]+\\u002F){1,511})?[A-Za-z0-9+=,.@_/-]{1,64}$"))
        .constrain("InvokerRoleName", Constraint.of().pattern("((\\u002F[\\u0021-\\u007E]+\\u002F){1,511})?[A-Za-z0-9+=,.@_/-]{1,64}"))
        .allowed("Type", "LegacyIAMUser", "RoleBased")
        .build();

    public PermissionModel() {
      super(SCHEMA);
    }

    /**
     * Defines a list of role Amazon Resource Names (ARNs) to be used in other accounts. These ARNs
     * are used for querying purposes while importing resources and assessing your application.
     *
     * <p>- These ARNs are required only when your resources are in other accounts and you have
     * different role name in these accounts. Else, the invoker role name will be used in the other
     * accounts. - These roles must have a trust policy with <code>iam:AssumeRole</code> permission
     * to the invoker role in the primary account.
     *
     * <p>Pattern: {@code
     * arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):iam::[0-9]{12}:role&#92;/(([&#92;u0021-&#92;u007E]+&#92;u002F){1,511})?[A-Za-z0-9+=,.&#64;_/-]{1,64}$}.
     * CloudFormation property {@code CrossAccountRoleArns}.
     */
    public PermissionModel crossAccountRoleArns(List<String> value) {
      return set("CrossAccountRoleArns", Value.listOf(value));
    }

    /** Sets {@code CrossAccountRoleArns} to this value; see {@link #crossAccountRoleArns(List)}. */
    public PermissionModel crossAccountRoleArns(Value<List<String>> value) {
      return set("CrossAccountRoleArns", value);
    }

    /**
     * Existing AWS IAM role name in the primary AWS account that will be assumed by AWS Resilience
     * Hub Service Principle to obtain a read-only access to your application resources while
     * running an assessment.
     *
     * <p>If your IAM role includes a path, you must include the path in the
     * <code>invokerRoleName</code> parameter. For example, if your IAM role's ARN is
     * <code>arn:aws:iam:123456789012:role/my-path/role-name</code> , you should pass
     * <code>my-path/role-name</code> .
     *
     * <p>- You must have <code>iam:passRole</code> permission for this role while creating or
     * updating the application. - Currently, <code>invokerRoleName</code> accepts only
     * <code>[A-Za-z0-9_+=,.&#64;-]</code> characters.
     *
     * <p>Pattern: {@code
     * ((&#92;u002F[&#92;u0021-&#92;u007E]+&#92;u002F){1,511})?[A-Za-z0-9+=,.&#64;_/-]{1,64}}.
     * CloudFormation property {@code InvokerRoleName}.
     */
    public PermissionModel invokerRoleName(String value) {
      return set("InvokerRoleName", Value.of(value));
    }

    /** Sets {@code InvokerRoleName} to this value; see {@link #invokerRoleName(String)}. */
    public PermissionModel invokerRoleName(Value<String> value) {
      return set("InvokerRoleName", value);
    }

    /**
     * Defines how AWS Resilience Hub scans your resources. It can scan for the resources by using a
     * pre-existing role in your AWS account, or by using the credentials of the current IAM user.
     *
     * <p>Required. Allowed values: {@code LegacyIAMUser}, {@code RoleBased}. CloudFormation
     * property {@code Type}.
     */
    public PermissionModel type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PermissionModel type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines a physical resource identifier.
   *
   * <p>Property type {@code AWS::ResilienceHub::App.PhysicalResourceId}.
   */
  public static final class PhysicalResourceId extends Struct<PhysicalResourceId> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHub::App.PhysicalResourceId")
        .required("Identifier", "Type")
        .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$"))
        .constrain("AwsRegion", Constraint.of().pattern("^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]$"))
        .constrain("Identifier", Constraint.of().minLength(1).maxLength(255))
        .constrain("Type", Constraint.of().pattern("Arn|Native"))
        .build();

    public PhysicalResourceId() {
      super(SCHEMA);
    }

    /**
     * The AWS account that owns the physical resource.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
     */
    public PhysicalResourceId awsAccountId(String value) {
      return set("AwsAccountId", Value.of(value));
    }

    /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
    public PhysicalResourceId awsAccountId(Value<String> value) {
      return set("AwsAccountId", value);
    }

    /**
     * The AWS Region that the physical resource is located in.
     *
     * <p>Pattern: {@code ^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]$}. CloudFormation
     * property {@code AwsRegion}.
     */
    public PhysicalResourceId awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public PhysicalResourceId awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * Identifier of the physical resource.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Identifier}.
     */
    public PhysicalResourceId identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public PhysicalResourceId identifier(Value<String> value) {
      return set("Identifier", value);
    }

    /**
     * Specifies the type of physical resource identifier.
     *
     * <ul> <li><b>Arn</b> - The resource identifier is an Amazon Resource Name (ARN) and it can
     * identify the following list of resources: </ul>
     *
     * <ul> <li><code>AWS::ECS::Service</code> <li><code>AWS::EFS::FileSystem</code>
     * <li><code>AWS::ElasticLoadBalancingV2::LoadBalancer</code>
     * <li><code>AWS::Lambda::Function</code> <li><code>AWS::SNS::Topic</code> <li><b>Native</b> -
     * The resource identifier is an AWS Resilience Hub -native identifier and it can identify the
     * following list of resources: </ul>
     *
     * <ul> <li><code>AWS::ApiGateway::RestApi</code> <li><code>AWS::ApiGatewayV2::Api</code>
     * <li><code>AWS::AutoScaling::AutoScalingGroup</code> <li><code>AWS::DocDB::DBCluster</code>
     * <li><code>AWS::DocDB::DBGlobalCluster</code> <li><code>AWS::DocDB::DBInstance</code>
     * <li><code>AWS::DynamoDB::GlobalTable</code> <li><code>AWS::DynamoDB::Table</code>
     * <li><code>AWS::EC2::EC2Fleet</code> <li><code>AWS::EC2::Instance</code>
     * <li><code>AWS::EC2::NatGateway</code> <li><code>AWS::EC2::Volume</code>
     * <li><code>AWS::ElasticLoadBalancing::LoadBalancer</code> <li><code>AWS::RDS::DBCluster</code>
     * <li><code>AWS::RDS::DBInstance</code> <li><code>AWS::RDS::GlobalCluster</code>
     * <li><code>AWS::Route53::RecordSet</code> <li><code>AWS::S3::Bucket</code>
     * <li><code>AWS::SQS::Queue</code> </ul>
     *
     * <p>Required. Pattern: {@code Arn|Native}. CloudFormation property {@code Type}.
     */
    public PhysicalResourceId type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PhysicalResourceId type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines a resource mapping.
   *
   * <p>Property type {@code AWS::ResilienceHub::App.ResourceMapping}.
   */
  public static final class ResourceMapping extends Struct<ResourceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHub::App.ResourceMapping")
        .required("MappingType", "PhysicalResourceId")
        .constrain("EksSourceName", Constraint.of().minLength(1).maxLength(255))
        .constrain("LogicalStackName", Constraint.of().minLength(1).maxLength(255))
        .constrain("MappingType", Constraint.of().pattern("CfnStack|Resource|Terraform|EKS"))
        .constrain("ResourceName", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
        .constrain("TerraformSourceName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ResourceMapping() {
      super(SCHEMA);
    }

    /**
     * Name of the Amazon Elastic Kubernetes Service cluster and namespace that this resource is
     * mapped to when the <code>mappingType</code> is <code>EKS</code> .
     *
     * <p>This parameter accepts values in "eks-cluster/namespace" format.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code EksSourceName}.
     */
    public ResourceMapping eksSourceName(String value) {
      return set("EksSourceName", Value.of(value));
    }

    /** Sets {@code EksSourceName} to this value; see {@link #eksSourceName(String)}. */
    public ResourceMapping eksSourceName(Value<String> value) {
      return set("EksSourceName", value);
    }

    /**
     * Name of the CloudFormation stack this resource is mapped to when the <code>mappingType</code>
     * is <code>CfnStack</code> .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code LogicalStackName}.
     */
    public ResourceMapping logicalStackName(String value) {
      return set("LogicalStackName", Value.of(value));
    }

    /** Sets {@code LogicalStackName} to this value; see {@link #logicalStackName(String)}. */
    public ResourceMapping logicalStackName(Value<String> value) {
      return set("LogicalStackName", value);
    }

    /**
     * Specifies the type of resource mapping.
     *
     * <p>Required. Pattern: {@code CfnStack|Resource|Terraform|EKS}. CloudFormation property {@code
     * MappingType}.
     */
    public ResourceMapping mappingType(String value) {
      return set("MappingType", Value.of(value));
    }

    /** Sets {@code MappingType} to this value; see {@link #mappingType(String)}. */
    public ResourceMapping mappingType(Value<String> value) {
      return set("MappingType", value);
    }

    /**
     * Identifier of the physical resource.
     *
     * <p>Required. CloudFormation property {@code PhysicalResourceId}.
     */
    public ResourceMapping physicalResourceId(Value<PhysicalResourceId> value) {
      return set("PhysicalResourceId", value);
    }

    /**
     * Name of the resource that this resource is mapped to when the <code>mappingType</code> is
     * <code>Resource</code> .
     *
     * <p>Pattern: {@code ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code
     * ResourceName}.
     */
    public ResourceMapping resourceName(String value) {
      return set("ResourceName", Value.of(value));
    }

    /** Sets {@code ResourceName} to this value; see {@link #resourceName(String)}. */
    public ResourceMapping resourceName(Value<String> value) {
      return set("ResourceName", value);
    }

    /**
     * Name of the Terraform source that this resource is mapped to when the
     * <code>mappingType</code> is <code>Terraform</code> .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code TerraformSourceName}.
     */
    public ResourceMapping terraformSourceName(String value) {
      return set("TerraformSourceName", Value.of(value));
    }

    /** Sets {@code TerraformSourceName} to this value; see {@link #terraformSourceName(String)}. */
    public ResourceMapping terraformSourceName(Value<String> value) {
      return set("TerraformSourceName", value);
    }
  }
}
