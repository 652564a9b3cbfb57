// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.ec2.Instance;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::SSM::Association</code> resource creates a State Manager association for your
 * managed instances. A State Manager association defines the state that you want to maintain on
 * your instances. For example, an association can specify that anti-virus software must be
 * installed and running on your instances, or that certain ports must be closed. For static
 * targets, the association specifies a schedule for when the configuration is reapplied. For
 * dynamic targets, such as an Resource Groups or an AWS Auto Scaling Group, State Manager applies
 * the configuration when new instances are added to the group. The association also specifies
 * actions to take when applying the configuration. For example, an association for anti-virus
 * software might run once a day. If the software is not installed, then State Manager installs it.
 * If the software is installed, but the service is not running, then the association might instruct
 * State Manager to start the service.
 *
 * <p>CloudFormation type {@code AWS::SSM::Association}.
 */
public final class Association extends Resource<Association> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::Association")
      .required("Name")
      .constrain("AssociationDispatchAssumeRole", Constraint.of().pattern("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+").minLength(1).maxLength(512))
      .constrain("AssociationName", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{3,128}$"))
      .constrain("AutomationTargetParameterName", Constraint.of().minLength(1).maxLength(50))
      .allowed("ComplianceSeverity", "CRITICAL", "HIGH", "MEDIUM", "LOW", "UNSPECIFIED")
      .constrain("DocumentVersion", Constraint.of().pattern("([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)"))
      .constrain("InstanceId", Constraint.of().pattern("(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)"))
      .constrain("MaxConcurrency", Constraint.of().pattern("^([1-9][0-9]{0,6}|[1-9][0-9]%|[1-9]%|100%)$").minLength(1).maxLength(7))
      .constrain("MaxErrors", Constraint.of().pattern("^([1-9][0-9]{0,6}|[0]|[1-9][0-9]%|[0-9]%|100%)$").minLength(1).maxLength(7))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.:/]{3,200}$"))
      .references("Name", "AWS::SSM::Document.Ref")
      .constrain("ScheduleExpression", Constraint.of().minLength(1).maxLength(256))
      .constrain("ScheduleOffset", Constraint.of().minimum(1).maximum(6))
      .allowed("SyncCompliance", "AUTO", "MANUAL")
      .constrain("WaitForSuccessTimeoutSeconds", Constraint.of().minimum(15).maximum(172800))
      .refYields("AssociationId")
      .attributes("AssociationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Association(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * By default, when you create a new association, the system runs it immediately after it is
   * created and then according to the schedule you specified. Specify this option if you don't want
   * an association to run immediately after you create it. This parameter is not supported for rate
   * expressions.
   *
   * <p>CloudFormation property {@code ApplyOnlyAtCronInterval}.
   */
  public Association applyOnlyAtCronInterval(boolean value) {
    return set("ApplyOnlyAtCronInterval", Value.of(value));
  }

  /**
   * Sets {@code ApplyOnlyAtCronInterval} to this value; see {@link
   * #applyOnlyAtCronInterval(boolean)}.
   */
  public Association applyOnlyAtCronInterval(Value<Boolean> value) {
    return set("ApplyOnlyAtCronInterval", value);
  }

  /**
   * A role used by association to take actions on your behalf.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+}.
   * CloudFormation property {@code AssociationDispatchAssumeRole}.
   */
  public Association associationDispatchAssumeRole(String value) {
    return set("AssociationDispatchAssumeRole", Value.of(value));
  }

  /**
   * Sets {@code AssociationDispatchAssumeRole} to this value; see {@link
   * #associationDispatchAssumeRole(String)}.
   */
  public Association associationDispatchAssumeRole(Value<String> value) {
    return set("AssociationDispatchAssumeRole", value);
  }

  /**
   * Specify a descriptive name for the association.
   *
   * <p>Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{3,128}$}. CloudFormation property {@code
   * AssociationName}.
   */
  public Association associationName(String value) {
    return set("AssociationName", Value.of(value));
  }

  /** Sets {@code AssociationName} to this value; see {@link #associationName(String)}. */
  public Association associationName(Value<String> value) {
    return set("AssociationName", value);
  }

  /**
   * Choose the parameter that will define how your automation will branch out. This target is
   * required for associations that use an Automation runbook and target resources by using rate
   * controls. Automation is a tool in AWS Systems Manager .
   *
   * <p>Length: 1 to 50 characters. CloudFormation property {@code AutomationTargetParameterName}.
   */
  public Association automationTargetParameterName(String value) {
    return set("AutomationTargetParameterName", Value.of(value));
  }

  /**
   * Sets {@code AutomationTargetParameterName} to this value; see {@link
   * #automationTargetParameterName(String)}.
   */
  public Association automationTargetParameterName(Value<String> value) {
    return set("AutomationTargetParameterName", value);
  }

  /**
   * The names or Amazon Resource Names (ARNs) of the Change Calendar type documents your
   * associations are gated under. The associations only run when that Change Calendar is open. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar">AWS
   * Systems Manager Change Calendar</a> in the <em>AWS Systems Manager User Guide</em> .
   *
   * <p>CloudFormation property {@code CalendarNames}.
   */
  public Association calendarNames(List<String> value) {
    return set("CalendarNames", Value.listOf(value));
  }

  /** Sets {@code CalendarNames} to this value; see {@link #calendarNames(List)}. */
  public Association calendarNames(Value<List<String>> value) {
    return set("CalendarNames", value);
  }

  /**
   * The severity level that is assigned to the association.
   *
   * <p>Allowed values: {@code CRITICAL}, {@code HIGH}, {@code MEDIUM}, {@code LOW}, {@code
   * UNSPECIFIED}. CloudFormation property {@code ComplianceSeverity}.
   */
  public Association complianceSeverity(String value) {
    return set("ComplianceSeverity", Value.of(value));
  }

  /** Sets {@code ComplianceSeverity} to this value; see {@link #complianceSeverity(String)}. */
  public Association complianceSeverity(Value<String> value) {
    return set("ComplianceSeverity", value);
  }

  /**
   * The version of the SSM document to associate with the target.
   *
   * <p>Note the following important information. - State Manager doesn't support running
   * associations that use a new version of a document if that document is shared from another
   * account. State Manager always runs the <code>default</code> version of a document if shared
   * from another account, even though the Systems Manager console shows that a new version was
   * processed. If you want to run an association using a new version of a document shared form
   * another account, you must set the document version to <code>default</code> . -
   * <code>DocumentVersion</code> is not valid for documents owned by AWS , such as
   * <code>AWS-RunPatchBaseline</code> or <code>AWS-UpdateSSMAgent</code> . If you specify
   * <code>DocumentVersion</code> for an AWS document, the system returns the following error:
   * "Error occurred during operation 'CreateAssociation'." (RequestToken: &lt;token&gt;,
   * HandlerErrorCode: GeneralServiceException).
   *
   * <p>Pattern: {@code ([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)}. CloudFormation property {@code
   * DocumentVersion}.
   */
  public Association documentVersion(String value) {
    return set("DocumentVersion", Value.of(value));
  }

  /** Sets {@code DocumentVersion} to this value; see {@link #documentVersion(String)}. */
  public Association documentVersion(Value<String> value) {
    return set("DocumentVersion", value);
  }

  /**
   * <code>InstanceId</code> has been deprecated. To specify an instance ID for an association, use
   * the <code>Targets</code> parameter. If you use the parameter <code>InstanceId</code> , you
   * cannot use the parameters <code>AssociationName</code> , <code>DocumentVersion</code> ,
   * <code>MaxErrors</code> , <code>MaxConcurrency</code> , <code>OutputLocation</code> , or
   * <code>ScheduleExpression</code> . To use these parameters, you must use the
   * <code>Targets</code> parameter. Note that in some examples later in this page,
   * <code>InstanceIds</code> is used as the tag-key name in a <code>Targets</code> filter.
   * <code>InstanceId</code> is not used as a parameter.
   *
   * <p>The ID of the instance that the SSM document is associated with. You must specify the
   * <code>InstanceId</code> or <code>Targets</code> property.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * (^i-(&#92;w{8}|&#92;w{17})$)|(^mi-&#92;w{17}$)}. CloudFormation property {@code InstanceId}.
   */
  public Association instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public Association instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The maximum number of targets allowed to run the association at the same time. You can specify
   * a number, for example 10, or a percentage of the target set, for example 10%. The default value
   * is 100%, which means all targets run the association at the same time.
   *
   * <p>If a new managed node starts and attempts to run an association while Systems Manager is
   * running <code>MaxConcurrency</code> associations, the association is allowed to run. During the
   * next association interval, the new managed node will process its association within the limit
   * specified for <code>MaxConcurrency</code> .
   *
   * <p>Length: 1 to 7 characters. Pattern: {@code ^([1-9][0-9]{0,6}|[1-9][0-9]%|[1-9]%|100%)$}.
   * CloudFormation property {@code MaxConcurrency}.
   */
  public Association maxConcurrency(String value) {
    return set("MaxConcurrency", Value.of(value));
  }

  /** Sets {@code MaxConcurrency} to this value; see {@link #maxConcurrency(String)}. */
  public Association maxConcurrency(Value<String> value) {
    return set("MaxConcurrency", value);
  }

  /**
   * The number of errors that are allowed before the system stops sending requests to run the
   * association on additional targets. You can specify either an absolute number of errors, for
   * example 10, or a percentage of the target set, for example 10%. If you specify 3, for example,
   * the system stops sending requests when the fourth error is received. If you specify 0, then the
   * system stops sending requests after the first error is returned. If you run an association on
   * 50 managed nodes and set <code>MaxError</code> to 10%, then the system stops sending the
   * request when the sixth error is received.
   *
   * <p>Executions that are already running an association when <code>MaxErrors</code> is reached
   * are allowed to complete, but some of these executions may fail as well. If you need to ensure
   * that there won't be more than max-errors failed executions, set <code>MaxConcurrency</code> to
   * 1 so that executions proceed one at a time.
   *
   * <p>Length: 1 to 7 characters. Pattern: {@code ^([1-9][0-9]{0,6}|[0]|[1-9][0-9]%|[0-9]%|100%)$}.
   * CloudFormation property {@code MaxErrors}.
   */
  public Association maxErrors(String value) {
    return set("MaxErrors", Value.of(value));
  }

  /** Sets {@code MaxErrors} to this value; see {@link #maxErrors(String)}. */
  public Association maxErrors(Value<String> value) {
    return set("MaxErrors", value);
  }

  /**
   * The name of the SSM document that contains the configuration information for the instance. You
   * can specify <code>Command</code> or <code>Automation</code> documents. The documents can be AWS
   * -predefined documents, documents you created, or a document that is shared with you from
   * another account. For SSM documents that are shared with you from other AWS accounts , you must
   * specify the complete SSM document ARN, in the following format:
   *
   * <p><code>arn:partition:ssm:region:account-id:document/document-name</code>
   *
   * <p>For example: <code>arn:aws:ssm:us-east-2:12345678912:document/My-Shared-Document</code>
   *
   * <p>For AWS -predefined documents and SSM documents you created in your account, you only need
   * to specify the document name. For example, <code>AWS -ApplyPatchBaseline</code> or
   * <code>My-Document</code> .
   *
   * <p>Required. Pattern: {@code ^[a-zA-Z0-9_&#92;-.:/]{3,200}$}. CloudFormation property {@code
   * Name}.
   */
  public Association name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Association name(Value<String> value) {
    return set("Name", value);
  }

  /** Sets {@code Name} to the Ref of {@code AWS::SSM::Document}; see {@link #name(String)}. */
  public Association name(Document resource) {
    return set("Name", resource.ref());
  }

  /**
   * An Amazon Simple Storage Service (Amazon S3) bucket where you want to store the output details
   * of the request.
   *
   * <p>CloudFormation property {@code OutputLocation}.
   */
  public Association outputLocation(Value<InstanceAssociationOutputLocation> value) {
    return set("OutputLocation", value);
  }

  /**
   * The parameters for the runtime configuration of the document.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public Association parameters(Map<String, List<String>> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public Association parameters(Value<Map<String, List<String>>> value) {
    return set("Parameters", value);
  }

  /**
   * A cron expression that specifies a schedule when the association runs. The schedule runs in
   * Coordinated Universal Time (UTC).
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code ScheduleExpression}.
   */
  public Association scheduleExpression(String value) {
    return set("ScheduleExpression", Value.of(value));
  }

  /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
  public Association scheduleExpression(Value<String> value) {
    return set("ScheduleExpression", value);
  }

  /**
   * Number of days to wait after the scheduled day to run an association.
   *
   * <p>Range: 1 to 6. CloudFormation property {@code ScheduleOffset}.
   */
  public Association scheduleOffset(int value) {
    return set("ScheduleOffset", Value.of(value));
  }

  /** Sets {@code ScheduleOffset} to this value; see {@link #scheduleOffset(int)}. */
  public Association scheduleOffset(Value<Integer> value) {
    return set("ScheduleOffset", value);
  }

  /**
   * The mode for generating association compliance. You can specify <code>AUTO</code> or
   * <code>MANUAL</code> . In <code>AUTO</code> mode, the system uses the status of the association
   * execution to determine the compliance status. If the association execution runs successfully,
   * then the association is <code>COMPLIANT</code> . If the association execution doesn't run
   * successfully, the association is <code>NON-COMPLIANT</code> .
   *
   * <p>In <code>MANUAL</code> mode, you must specify the <code>AssociationId</code> as a parameter
   * for the <code>PutComplianceItems</code> API action. In this case, compliance data is not
   * managed by State Manager. It is managed by your direct call to the
   * <code>PutComplianceItems</code> API action.
   *
   * <p>By default, all associations use <code>AUTO</code> mode.
   *
   * <p>Allowed values: {@code AUTO}, {@code MANUAL}. CloudFormation property {@code
   * SyncCompliance}.
   */
  public Association syncCompliance(String value) {
    return set("SyncCompliance", Value.of(value));
  }

  /** Sets {@code SyncCompliance} to this value; see {@link #syncCompliance(String)}. */
  public Association syncCompliance(Value<String> value) {
    return set("SyncCompliance", value);
  }

  /**
   * A key-value pair to associate with a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Association tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Association tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Association tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The targets for the association. You must specify the <code>InstanceId</code> or
   * <code>Targets</code> property. You can target all instances in an AWS account by specifying t
   * he <code>InstanceIds</code> key with a value of <code>*</code> .
   *
   * <p>Supported formats include the following.
   *
   * <ul>
   * <li><code>Key=InstanceIds,Values=&lt;instance-id-1&gt;,&lt;instance-id-2&gt;,&lt;instance-id-3&gt;</code>
   * <li><code>Key=tag-key,Values=&lt;my-tag-key-1&gt;,&lt;my-tag-key-2&gt;</code> </ul>
   *
   * <p>To view a JSON and a YAML example that targets all instances, see "Create an association for
   * all managed instances in an AWS account " on the Examples page.
   *
   * <p>CloudFormation property {@code Targets}.
   */
  public Association targets(List<Target> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public Association targets(Value<List<Target>> value) {
    return set("Targets", value);
  }

  /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
  public Association targets(Target... values) {
    return set("Targets", Value.list(values));
  }

  /**
   * The number of seconds the service should wait for the association status to show "Success"
   * before proceeding with the stack execution. If the association status doesn't show "Success"
   * after the specified number of seconds, then stack creation fails.
   *
   * <p>When you specify a value for the <code>WaitForSuccessTimeoutSeconds</code> , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html">drift
   * detection</a> for your CloudFormation stack’s configuration might yield inaccurate results. If
   * drift detection is important in your scenario, we recommend that you don’t include
   * <code>WaitForSuccessTimeoutSeconds</code> in your template.
   *
   * <p>Range: 15 to 172800. CloudFormation property {@code WaitForSuccessTimeoutSeconds}.
   */
  public Association waitForSuccessTimeoutSeconds(int value) {
    return set("WaitForSuccessTimeoutSeconds", Value.of(value));
  }

  /**
   * Sets {@code WaitForSuccessTimeoutSeconds} to this value; see {@link
   * #waitForSuccessTimeoutSeconds(int)}.
   */
  public Association waitForSuccessTimeoutSeconds(Value<Integer> value) {
    return set("WaitForSuccessTimeoutSeconds", value);
  }

  /**
   * The association ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }

  /**
   * <code>InstanceAssociationOutputLocation</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html">AWS::SSM::Association</a>
   * resource that specifies an Amazon S3 bucket where you want to store the results of this
   * association request.
   *
   * <p>For the minimal permissions required to enable Amazon S3 output for an association, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-state-assoc.html">Creating
   * associations</a> in the <em>Systems Manager User Guide</em> .
   *
   * <p>Property type {@code AWS::SSM::Association.InstanceAssociationOutputLocation}.
   */
  public static final class InstanceAssociationOutputLocation extends Struct<InstanceAssociationOutputLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::SSM::Association.InstanceAssociationOutputLocation");

    public InstanceAssociationOutputLocation() {
      super(SCHEMA);
    }

    /**
     * <code>S3OutputLocation</code> is a property of the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-association-instanceassociationoutputlocation.html">InstanceAssociationOutputLocation</a>
     * property that specifies an Amazon S3 bucket where you want to store the results of this
     * request.
     *
     * <p>CloudFormation property {@code S3Location}.
     */
    public InstanceAssociationOutputLocation s3Location(Value<S3OutputLocation> value) {
      return set("S3Location", value);
    }
  }

  /**
   * <code>S3OutputLocation</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html">AWS::SSM::Association</a>
   * resource that specifies an Amazon S3 bucket where you want to store the results of this
   * association request.
   *
   * <p>Property type {@code AWS::SSM::Association.S3OutputLocation}.
   */
  public static final class S3OutputLocation extends Struct<S3OutputLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::Association.S3OutputLocation")
        .constrain("OutputS3BucketName", Constraint.of().minLength(3).maxLength(63))
        .references("OutputS3BucketName", "AWS::S3::Bucket.Ref")
        .constrain("OutputS3KeyPrefix", Constraint.of().minLength(0).maxLength(1024))
        .constrain("OutputS3Region", Constraint.of().minLength(3).maxLength(20))
        .build();

    public S3OutputLocation() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket.
     *
     * <p>Length: 3 to 63 characters. CloudFormation property {@code OutputS3BucketName}.
     */
    public S3OutputLocation outputS3BucketName(String value) {
      return set("OutputS3BucketName", Value.of(value));
    }

    /** Sets {@code OutputS3BucketName} to this value; see {@link #outputS3BucketName(String)}. */
    public S3OutputLocation outputS3BucketName(Value<String> value) {
      return set("OutputS3BucketName", value);
    }

    /**
     * Sets {@code OutputS3BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #outputS3BucketName(String)}.
     */
    public S3OutputLocation outputS3BucketName(Bucket resource) {
      return set("OutputS3BucketName", resource.ref());
    }

    /**
     * The S3 bucket subfolder.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code OutputS3KeyPrefix}.
     */
    public S3OutputLocation outputS3KeyPrefix(String value) {
      return set("OutputS3KeyPrefix", Value.of(value));
    }

    /** Sets {@code OutputS3KeyPrefix} to this value; see {@link #outputS3KeyPrefix(String)}. */
    public S3OutputLocation outputS3KeyPrefix(Value<String> value) {
      return set("OutputS3KeyPrefix", value);
    }

    /**
     * The AWS Region of the S3 bucket.
     *
     * <p>Length: 3 to 20 characters. CloudFormation property {@code OutputS3Region}.
     */
    public S3OutputLocation outputS3Region(String value) {
      return set("OutputS3Region", Value.of(value));
    }

    /** Sets {@code OutputS3Region} to this value; see {@link #outputS3Region(String)}. */
    public S3OutputLocation outputS3Region(Value<String> value) {
      return set("OutputS3Region", value);
    }
  }

  /**
   * <code>Target</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html">AWS::SSM::Association</a>
   * resource that specifies the targets for an SSM document in Systems Manager . You can target all
   * instances in an AWS account by specifying the <code>InstanceIds</code> key with a value of
   * <code>*</code> . To view a JSON and a YAML example that targets all instances, see the example
   * "Create an association for all managed instances in an AWS account " later in this page.
   *
   * <p>Property type {@code AWS::SSM::Association.Target}.
   */
  public static final class Target extends Struct<Target> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::Association.Target")
        .required("Key", "Values")
        .constrain("Key", Constraint.of().pattern("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}$|resource-groups:Name").minLength(1).maxLength(163))
        .references("Values", "AWS::AutoScaling::AutoScalingGroup.Ref", "AWS::EC2::Instance.Ref")
        .build();

    public Target() {
      super(SCHEMA);
    }

    /**
     * User-defined criteria for sending commands that target managed nodes that meet the criteria.
     *
     * <p>Required. Length: 1 to 163 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]{1,128}$|resource-groups:Name}. CloudFormation
     * property {@code Key}.
     */
    public Target key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Target key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * User-defined criteria that maps to <code>Key</code> . For example, if you specified
     * <code>tag:ServerRole</code> , you could specify <code>value:WebServer</code> to run a command
     * on instances that include EC2 tags of <code>ServerRole,WebServer</code> .
     *
     * <p>Depending on the type of target, the maximum number of values for a key might be lower
     * than the global maximum of 50.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public Target values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public Target values(Value<List<String>> value) {
      return set("Values", value);
    }

    /**
     * Sets {@code Values} to the Ref of each {@code AWS::AutoScaling::AutoScalingGroup}; see {@link
     * #values(List)}.
     */
    public Target values(AutoScalingGroup... resources) {
      return set("Values", Value.refs(resources));
    }
  }
}
