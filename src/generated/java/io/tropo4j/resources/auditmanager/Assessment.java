// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.auditmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AuditManager::Assessment</code> resource is an Audit Manager resource type that
 * defines the scope of audit evidence collected by Audit Manager . An Audit Manager assessment is
 * an implementation of an Audit Manager framework.
 *
 * <p>CloudFormation type {@code AWS::AuditManager::Assessment}.
 */
public final class Assessment extends Resource<Assessment> {
  private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::Assessment")
      .constrain("Description", Constraint.of().pattern("^[\\w\\W\\s\\S]*$").minLength(0).maxLength(1000))
      .constrain("FrameworkId", Constraint.of().pattern("^([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|.*\\S.*)$").minLength(32).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_\\.]+$").minLength(1).maxLength(127))
      .allowed("Status", "ACTIVE", "INACTIVE")
      .refYields("AssessmentId")
      .attributes("Arn", "AssessmentId", "CreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Assessment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The destination that evidence reports are stored in for the assessment.
   *
   * <p>CloudFormation property {@code AssessmentReportsDestination}.
   */
  public Assessment assessmentReportsDestination(Value<AssessmentReportsDestination> value) {
    return set("AssessmentReportsDestination", value);
  }

  /**
   * The AWS account that's associated with the assessment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AwsAccount}.
   */
  public Assessment awsAccount(Value<AWSAccount> value) {
    return set("AwsAccount", value);
  }

  /**
   * The delegations that are associated with the assessment.
   *
   * <p>CloudFormation property {@code Delegations}.
   */
  public Assessment delegations(List<Delegation> value) {
    return set("Delegations", Value.listOf(value));
  }

  /** Sets {@code Delegations} to this value; see {@link #delegations(List)}. */
  public Assessment delegations(Value<List<Delegation>> value) {
    return set("Delegations", value);
  }

  /** Sets {@code Delegations} to a list of these; see {@link #delegations(List)}. */
  public Assessment delegations(Delegation... values) {
    return set("Delegations", Value.list(values));
  }

  /**
   * The description of the assessment.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^[&#92;w&#92;W&#92;s&#92;S]*$}. CloudFormation
   * property {@code Description}.
   */
  public Assessment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Assessment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifier for the framework.
   *
   * <p>Changing it replaces the resource. Length: 32 to 36 characters. Pattern: {@code
   * ^([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|.*&#92;S.*)$}. CloudFormation
   * property {@code FrameworkId}.
   */
  public Assessment frameworkId(String value) {
    return set("FrameworkId", Value.of(value));
  }

  /** Sets {@code FrameworkId} to this value; see {@link #frameworkId(String)}. */
  public Assessment frameworkId(Value<String> value) {
    return set("FrameworkId", value);
  }

  /**
   * The name of the assessment.
   *
   * <p>Length: 1 to 127 characters. Pattern: {@code ^[a-zA-Z0-9-_&#92;.]+$}. CloudFormation
   * property {@code Name}.
   */
  public Assessment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Assessment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The roles that are associated with the assessment.
   *
   * <p>CloudFormation property {@code Roles}.
   */
  public Assessment roles(List<Role> value) {
    return set("Roles", Value.listOf(value));
  }

  /** Sets {@code Roles} to this value; see {@link #roles(List)}. */
  public Assessment roles(Value<List<Role>> value) {
    return set("Roles", value);
  }

  /** Sets {@code Roles} to a list of these; see {@link #roles(List)}. */
  public Assessment roles(Role... values) {
    return set("Roles", Value.list(values));
  }

  /**
   * The wrapper of AWS accounts and services that are in scope for the assessment.
   *
   * <p>CloudFormation property {@code Scope}.
   */
  public Assessment scope(Value<Scope> value) {
    return set("Scope", value);
  }

  /**
   * The overall status of the assessment.
   *
   * <p>When you create a new assessment, the initial <code>Status</code> value is always
   * <code>ACTIVE</code> . When you create an assessment, even if you specify the value as
   * <code>INACTIVE</code> , the value overrides to <code>ACTIVE</code> .
   *
   * <p>After you create an assessment, you can change the value of the <code>Status</code> property
   * at any time. For example, when you want to stop collecting evidence for your assessment, you
   * can change the assessment status to <code>INACTIVE</code> .
   *
   * <p>Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code Status}.
   */
  public Assessment status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Assessment status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The tags that are associated with the assessment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Assessment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Assessment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Assessment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the assessment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the assessment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssessmentId}.
   */
  public Value<String> assessmentId() {
    return getAtt("AssessmentId");
  }

  /**
   * Specifies when the assessment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<Double> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The <code>AWSAccount</code> property type specifies the wrapper of the AWS account details,
   * such as account ID, email address, and so on.
   *
   * <p>Property type {@code AWS::AuditManager::Assessment.AWSAccount}.
   */
  public static final class AWSAccount extends Struct<AWSAccount> {
    private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::Assessment.AWSAccount")
        .constrain("EmailAddress", Constraint.of().pattern("^.*@.*$").minLength(1).maxLength(320))
        .constrain("Id", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("Name", Constraint.of().pattern("^[\\u0020-\\u007E]+$").minLength(1).maxLength(50))
        .build();

    public AWSAccount() {
      super(SCHEMA);
    }

    /**
     * The email address that's associated with the AWS account .
     *
     * <p>Changing it may replace the resource. Length: 1 to 320 characters. Pattern: {@code
     * ^.*&#64;.*$}. CloudFormation property {@code EmailAddress}.
     */
    public AWSAccount emailAddress(String value) {
      return set("EmailAddress", Value.of(value));
    }

    /** Sets {@code EmailAddress} to this value; see {@link #emailAddress(String)}. */
    public AWSAccount emailAddress(Value<String> value) {
      return set("EmailAddress", value);
    }

    /**
     * The identifier for the AWS account .
     *
     * <p>Changing it may replace the resource. Length: 12 to 12 characters. Pattern: {@code
     * ^[0-9]{12}$}. CloudFormation property {@code Id}.
     */
    public AWSAccount id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AWSAccount id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the AWS account .
     *
     * <p>Changing it may replace the resource. Length: 1 to 50 characters. Pattern: {@code
     * ^[&#92;u0020-&#92;u007E]+$}. CloudFormation property {@code Name}.
     */
    public AWSAccount name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AWSAccount name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The <code>AWSService</code> property type specifies an AWS service such as Amazon S3 , AWS
   * CloudTrail , and so on.
   *
   * <p>Property type {@code AWS::AuditManager::Assessment.AWSService}.
   */
  public static final class AWSService extends Struct<AWSService> {
    private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::Assessment.AWSService")
        .constrain("ServiceName", Constraint.of().pattern("^[a-zA-Z0-9-\\s().]+$").minLength(1).maxLength(40))
        .build();

    public AWSService() {
      super(SCHEMA);
    }

    /**
     * The name of the AWS service .
     *
     * <p>Length: 1 to 40 characters. Pattern: {@code ^[a-zA-Z0-9-&#92;s().]+$}. CloudFormation
     * property {@code ServiceName}.
     */
    public AWSService serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public AWSService serviceName(Value<String> value) {
      return set("ServiceName", value);
    }
  }

  /**
   * The <code>AssessmentReportsDestination</code> property type specifies the location in which AWS
   * Audit Manager saves assessment reports for the given assessment.
   *
   * <p>Property type {@code AWS::AuditManager::Assessment.AssessmentReportsDestination}.
   */
  public static final class AssessmentReportsDestination extends Struct<AssessmentReportsDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::Assessment.AssessmentReportsDestination")
        .constrain("Destination", Constraint.of().pattern("^(S|s)3:\\/\\/[a-zA-Z0-9\\-\\.\\(\\)\\'\\*\\_\\!\\=\\+\\@\\:\\s\\,\\?\\/]+$").minLength(1).maxLength(1024))
        .allowed("DestinationType", "S3")
        .build();

    public AssessmentReportsDestination() {
      super(SCHEMA);
    }

    /**
     * The destination bucket where Audit Manager stores assessment reports.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^(S|s)3:&#92;/&#92;/[a-zA-Z0-9&#92;-&#92;.&#92;(&#92;)&#92;'&#92;*&#92;_&#92;!&#92;=&#92;+&#92;&#64;&#92;:&#92;s&#92;,&#92;?&#92;/]+$}.
     * CloudFormation property {@code Destination}.
     */
    public AssessmentReportsDestination destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public AssessmentReportsDestination destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * The destination type, such as Amazon S3.
     *
     * <p>Allowed values: {@code S3}. CloudFormation property {@code DestinationType}.
     */
    public AssessmentReportsDestination destinationType(String value) {
      return set("DestinationType", Value.of(value));
    }

    /** Sets {@code DestinationType} to this value; see {@link #destinationType(String)}. */
    public AssessmentReportsDestination destinationType(Value<String> value) {
      return set("DestinationType", value);
    }
  }

  /**
   * The <code>Delegation</code> property type specifies the assignment of a control set to a
   * delegate for review.
   *
   * <p>Property type {@code AWS::AuditManager::Assessment.Delegation}.
   */
  public static final class Delegation extends Struct<Delegation> {
    private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::Assessment.Delegation")
        .constrain("AssessmentId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(36).maxLength(36))
        .constrain("AssessmentName", Constraint.of().pattern("^[a-zA-Z0-9-_\\.]+$").minLength(1).maxLength(127))
        .constrain("Comment", Constraint.of().pattern("^[\\w\\W\\s\\S]*$").maxLength(350))
        .constrain("ControlSetId", Constraint.of().pattern("^[\\w\\W\\s\\S]*$").minLength(1).maxLength(300))
        .constrain("CreatedBy", Constraint.of().pattern("^arn:.*:*:.*").minLength(20).maxLength(2048))
        .constrain("Id", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(36).maxLength(36))
        .constrain("RoleArn", Constraint.of().pattern("^arn:.*:iam:.*").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .allowed("RoleType", "PROCESS_OWNER", "RESOURCE_OWNER")
        .allowed("Status", "IN_PROGRESS", "UNDER_REVIEW", "COMPLETE")
        .build();

    public Delegation() {
      super(SCHEMA);
    }

    /**
     * The identifier for the assessment that's associated with the delegation.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property
     * {@code AssessmentId}.
     */
    public Delegation assessmentId(String value) {
      return set("AssessmentId", Value.of(value));
    }

    /** Sets {@code AssessmentId} to this value; see {@link #assessmentId(String)}. */
    public Delegation assessmentId(Value<String> value) {
      return set("AssessmentId", value);
    }

    /**
     * The name of the assessment that's associated with the delegation.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code ^[a-zA-Z0-9-_&#92;.]+$}. CloudFormation
     * property {@code AssessmentName}.
     */
    public Delegation assessmentName(String value) {
      return set("AssessmentName", Value.of(value));
    }

    /** Sets {@code AssessmentName} to this value; see {@link #assessmentName(String)}. */
    public Delegation assessmentName(Value<String> value) {
      return set("AssessmentName", value);
    }

    /**
     * The comment that's related to the delegation.
     *
     * <p>Length: at most 350 characters. Pattern: {@code ^[&#92;w&#92;W&#92;s&#92;S]*$}.
     * CloudFormation property {@code Comment}.
     */
    public Delegation comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public Delegation comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The identifier for the control set that's associated with the delegation.
     *
     * <p>Length: 1 to 300 characters. Pattern: {@code ^[&#92;w&#92;W&#92;s&#92;S]*$}.
     * CloudFormation property {@code ControlSetId}.
     */
    public Delegation controlSetId(String value) {
      return set("ControlSetId", Value.of(value));
    }

    /** Sets {@code ControlSetId} to this value; see {@link #controlSetId(String)}. */
    public Delegation controlSetId(Value<String> value) {
      return set("ControlSetId", value);
    }

    /**
     * The user or role that created the delegation.
     *
     * <p><em>Minimum</em> : <code>1</code>
     *
     * <p><em>Maximum</em> : <code>100</code>
     *
     * <p><em>Pattern</em> : <code>^[a-zA-Z0-9-_()&#92;&#92;[&#92;&#92;]&#92;&#92;s]+$</code>
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.*:*:.*}. CloudFormation property
     * {@code CreatedBy}.
     */
    public Delegation createdBy(String value) {
      return set("CreatedBy", Value.of(value));
    }

    /** Sets {@code CreatedBy} to this value; see {@link #createdBy(String)}. */
    public Delegation createdBy(Value<String> value) {
      return set("CreatedBy", value);
    }

    /**
     * Specifies when the delegation was created.
     *
     * <p>CloudFormation property {@code CreationTime}.
     */
    public Delegation creationTime(double value) {
      return set("CreationTime", Value.of(value));
    }

    /** Sets {@code CreationTime} to this value; see {@link #creationTime(double)}. */
    public Delegation creationTime(Value<Double> value) {
      return set("CreationTime", value);
    }

    /**
     * The unique identifier for the delegation.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property
     * {@code Id}.
     */
    public Delegation id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Delegation id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Specifies when the delegation was last updated.
     *
     * <p>CloudFormation property {@code LastUpdated}.
     */
    public Delegation lastUpdated(double value) {
      return set("LastUpdated", Value.of(value));
    }

    /** Sets {@code LastUpdated} to this value; see {@link #lastUpdated(double)}. */
    public Delegation lastUpdated(Value<Double> value) {
      return set("LastUpdated", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.*:iam:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public Delegation roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public Delegation roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The type of customer persona.
     *
     * <p>In <code>CreateAssessment</code> , <code>roleType</code> can only be
     * <code>PROCESS_OWNER</code> . In <code>UpdateSettings</code> , <code>roleType</code> can only
     * be <code>PROCESS_OWNER</code> . In <code>BatchCreateDelegationByAssessment</code> ,
     * <code>roleType</code> can only be <code>RESOURCE_OWNER</code> .
     *
     * <p>Allowed values: {@code PROCESS_OWNER}, {@code RESOURCE_OWNER}. CloudFormation property
     * {@code RoleType}.
     */
    public Delegation roleType(String value) {
      return set("RoleType", Value.of(value));
    }

    /** Sets {@code RoleType} to this value; see {@link #roleType(String)}. */
    public Delegation roleType(Value<String> value) {
      return set("RoleType", value);
    }

    /**
     * The status of the delegation.
     *
     * <p>Allowed values: {@code IN_PROGRESS}, {@code UNDER_REVIEW}, {@code COMPLETE}.
     * CloudFormation property {@code Status}.
     */
    public Delegation status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Delegation status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The <code>Role</code> property type specifies the wrapper that contains AWS Audit Manager role
   * information, such as the role type and IAM Amazon Resource Name (ARN).
   *
   * <p>Property type {@code AWS::AuditManager::Assessment.Role}.
   */
  public static final class Role extends Struct<Role> {
    private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::Assessment.Role")
        .constrain("RoleArn", Constraint.of().pattern("^arn:.*:iam:.*").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .allowed("RoleType", "PROCESS_OWNER", "RESOURCE_OWNER")
        .build();

    public Role() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.*:iam:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public Role roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public Role roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The type of customer persona.
     *
     * <p>In <code>CreateAssessment</code> , <code>roleType</code> can only be
     * <code>PROCESS_OWNER</code> . In <code>UpdateSettings</code> , <code>roleType</code> can only
     * be <code>PROCESS_OWNER</code> . In <code>BatchCreateDelegationByAssessment</code> ,
     * <code>roleType</code> can only be <code>RESOURCE_OWNER</code> .
     *
     * <p>Allowed values: {@code PROCESS_OWNER}, {@code RESOURCE_OWNER}. CloudFormation property
     * {@code RoleType}.
     */
    public Role roleType(String value) {
      return set("RoleType", Value.of(value));
    }

    /** Sets {@code RoleType} to this value; see {@link #roleType(String)}. */
    public Role roleType(Value<String> value) {
      return set("RoleType", value);
    }
  }

  /**
   * The <code>Scope</code> property type specifies the wrapper that contains the AWS accounts and
   * services that are in scope for the assessment.
   *
   * <p>Property type {@code AWS::AuditManager::Assessment.Scope}.
   */
  public static final class Scope extends Struct<Scope> {
    private static final Schema SCHEMA = Schema.of("AWS::AuditManager::Assessment.Scope");

    public Scope() {
      super(SCHEMA);
    }

    /**
     * The AWS accounts that are included in the scope of the assessment.
     *
     * <p>CloudFormation property {@code AwsAccounts}.
     */
    public Scope awsAccounts(List<AWSAccount> value) {
      return set("AwsAccounts", Value.listOf(value));
    }

    /** Sets {@code AwsAccounts} to this value; see {@link #awsAccounts(List)}. */
    public Scope awsAccounts(Value<List<AWSAccount>> value) {
      return set("AwsAccounts", value);
    }

    /** Sets {@code AwsAccounts} to a list of these; see {@link #awsAccounts(List)}. */
    public Scope awsAccounts(AWSAccount... values) {
      return set("AwsAccounts", Value.list(values));
    }

    /**
     * The AWS services that are included in the scope of the assessment.
     *
     * <p>This API parameter is no longer supported. If you use this parameter to specify one or
     * more AWS services , Audit Manager ignores this input. Instead, the value for
     * <code>awsServices</code> will show as empty.
     *
     * <p>CloudFormation property {@code AwsServices}.
     */
    public Scope awsServices(List<AWSService> value) {
      return set("AwsServices", Value.listOf(value));
    }

    /** Sets {@code AwsServices} to this value; see {@link #awsServices(List)}. */
    public Scope awsServices(Value<List<AWSService>> value) {
      return set("AwsServices", value);
    }

    /** Sets {@code AwsServices} to a list of these; see {@link #awsServices(List)}. */
    public Scope awsServices(AWSService... values) {
      return set("AwsServices", Value.list(values));
    }
  }
}
