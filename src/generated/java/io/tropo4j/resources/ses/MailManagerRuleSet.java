// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource to create a rule set for a Mail Manager ingress endpoint which contains a list of rules
 * that are evaluated sequentially for each email.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerRuleSet}.
 */
public final class MailManagerRuleSet extends Resource<MailManagerRuleSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet")
      .required("Rules")
      .constrain("RuleSetName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(100))
      .refYields("RuleSetId")
      .attributes("RuleSetArn", "RuleSetId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerRuleSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A user-friendly name for the rule set.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation property
   * {@code RuleSetName}.
   */
  public MailManagerRuleSet ruleSetName(String value) {
    return set("RuleSetName", Value.of(value));
  }

  /** Sets {@code RuleSetName} to this value; see {@link #ruleSetName(String)}. */
  public MailManagerRuleSet ruleSetName(Value<String> value) {
    return set("RuleSetName", value);
  }

  /**
   * Conditional rules that are evaluated for determining actions on email.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public MailManagerRuleSet rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public MailManagerRuleSet rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public MailManagerRuleSet rules(Rule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerRuleSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerRuleSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerRuleSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the rule set resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleSetArn}.
   */
  public Value<String> ruleSetArn() {
    return getAtt("RuleSetArn");
  }

  /**
   * The identifier of the rule set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleSetId}.
   */
  public Value<String> ruleSetId() {
    return getAtt("RuleSetId");
  }

  /**
   * The action to add a header to a message. When executed, this action will add the given header
   * to the message.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.AddHeaderAction}.
   */
  public static final class AddHeaderAction extends Struct<AddHeaderAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.AddHeaderAction")
        .required("HeaderName", "HeaderValue")
        .build();

    public AddHeaderAction() {
      super(SCHEMA);
    }

    /**
     * The name of the header to add to an email. The header must be prefixed with "X-". Headers are
     * added regardless of whether the header name pre-existed in the email.
     *
     * <p>Required. CloudFormation property {@code HeaderName}.
     */
    public AddHeaderAction headerName(String value) {
      return set("HeaderName", Value.of(value));
    }

    /** Sets {@code HeaderName} to this value; see {@link #headerName(String)}. */
    public AddHeaderAction headerName(Value<String> value) {
      return set("HeaderName", value);
    }

    /**
     * The value of the header to add to the email.
     *
     * <p>Required. CloudFormation property {@code HeaderValue}.
     */
    public AddHeaderAction headerValue(String value) {
      return set("HeaderValue", Value.of(value));
    }

    /** Sets {@code HeaderValue} to this value; see {@link #headerValue(String)}. */
    public AddHeaderAction headerValue(Value<String> value) {
      return set("HeaderValue", value);
    }
  }

  /**
   * The result of an analysis can be used in conditions to trigger actions. Analyses can inspect
   * the email content and report a certain aspect of the email.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.Analysis}.
   */
  public static final class Analysis extends Struct<Analysis> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.Analysis")
        .required("Analyzer", "ResultField")
        .build();

    public Analysis() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an Add On.
     *
     * <p>Required. CloudFormation property {@code Analyzer}.
     */
    public Analysis analyzer(String value) {
      return set("Analyzer", Value.of(value));
    }

    /** Sets {@code Analyzer} to this value; see {@link #analyzer(String)}. */
    public Analysis analyzer(Value<String> value) {
      return set("Analyzer", value);
    }

    /**
     * The returned value from an Add On.
     *
     * <p>Required. CloudFormation property {@code ResultField}.
     */
    public Analysis resultField(String value) {
      return set("ResultField", Value.of(value));
    }

    /** Sets {@code ResultField} to this value; see {@link #resultField(String)}. */
    public Analysis resultField(Value<String> value) {
      return set("ResultField", value);
    }
  }

  /**
   * The action to archive the email by delivering the email to an Amazon SES archive.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.ArchiveAction}.
   */
  public static final class ArchiveAction extends Struct<ArchiveAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.ArchiveAction")
        .required("TargetArchive")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .build();

    public ArchiveAction() {
      super(SCHEMA);
    }

    /**
     * A policy that states what to do in the case of failure. The action will fail if there are
     * configuration errors. For example, the specified archive has been deleted.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public ArchiveAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public ArchiveAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /**
     * The identifier of the archive to send the email to.
     *
     * <p>Required. CloudFormation property {@code TargetArchive}.
     */
    public ArchiveAction targetArchive(String value) {
      return set("TargetArchive", Value.of(value));
    }

    /** Sets {@code TargetArchive} to this value; see {@link #targetArchive(String)}. */
    public ArchiveAction targetArchive(Value<String> value) {
      return set("TargetArchive", value);
    }
  }

  /** Property type {@code AWS::SES::MailManagerRuleSet.BounceAction}. */
  public static final class BounceAction extends Struct<BounceAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.BounceAction")
        .required("DiagnosticMessage", "RoleArn", "Sender", "SmtpReplyCode", "StatusCode")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .build();

    public BounceAction() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public BounceAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public BounceAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /** Required. CloudFormation property {@code DiagnosticMessage}. */
    public BounceAction diagnosticMessage(String value) {
      return set("DiagnosticMessage", Value.of(value));
    }

    /** Sets {@code DiagnosticMessage} to this value; see {@link #diagnosticMessage(String)}. */
    public BounceAction diagnosticMessage(Value<String> value) {
      return set("DiagnosticMessage", value);
    }

    /** CloudFormation property {@code Message}. */
    public BounceAction message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public BounceAction message(Value<String> value) {
      return set("Message", value);
    }

    /** Required. CloudFormation property {@code RoleArn}. */
    public BounceAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public BounceAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Required. CloudFormation property {@code Sender}. */
    public BounceAction sender(String value) {
      return set("Sender", Value.of(value));
    }

    /** Sets {@code Sender} to this value; see {@link #sender(String)}. */
    public BounceAction sender(Value<String> value) {
      return set("Sender", value);
    }

    /** Required. CloudFormation property {@code SmtpReplyCode}. */
    public BounceAction smtpReplyCode(String value) {
      return set("SmtpReplyCode", Value.of(value));
    }

    /** Sets {@code SmtpReplyCode} to this value; see {@link #smtpReplyCode(String)}. */
    public BounceAction smtpReplyCode(Value<String> value) {
      return set("SmtpReplyCode", value);
    }

    /** Required. CloudFormation property {@code StatusCode}. */
    public BounceAction statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public BounceAction statusCode(Value<String> value) {
      return set("StatusCode", value);
    }
  }

  /**
   * This action to delivers an email to a mailbox.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.DeliverToMailboxAction}.
   */
  public static final class DeliverToMailboxAction extends Struct<DeliverToMailboxAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.DeliverToMailboxAction")
        .required("MailboxArn", "RoleArn")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .build();

    public DeliverToMailboxAction() {
      super(SCHEMA);
    }

    /**
     * A policy that states what to do in the case of failure. The action will fail if there are
     * configuration errors. For example, the mailbox ARN is no longer valid.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public DeliverToMailboxAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public DeliverToMailboxAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /**
     * The Amazon Resource Name (ARN) of a WorkMail organization to deliver the email to.
     *
     * <p>Required. CloudFormation property {@code MailboxArn}.
     */
    public DeliverToMailboxAction mailboxArn(String value) {
      return set("MailboxArn", Value.of(value));
    }

    /** Sets {@code MailboxArn} to this value; see {@link #mailboxArn(String)}. */
    public DeliverToMailboxAction mailboxArn(Value<String> value) {
      return set("MailboxArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role to use to execute this action. The role must
     * have access to the workmail:DeliverToMailbox API.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public DeliverToMailboxAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DeliverToMailboxAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * The action to deliver incoming emails to an Amazon Q Business application for indexing.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.DeliverToQBusinessAction}.
   */
  public static final class DeliverToQBusinessAction extends Struct<DeliverToQBusinessAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.DeliverToQBusinessAction")
        .required("ApplicationId", "IndexId", "RoleArn")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .build();

    public DeliverToQBusinessAction() {
      super(SCHEMA);
    }

    /**
     * A policy that states what to do in the case of failure. The action will fail if there are
     * configuration errors. For example, the specified application has been deleted or the role
     * lacks necessary permissions to call the <code>qbusiness:BatchPutDocument</code> API.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public DeliverToQBusinessAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public DeliverToQBusinessAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /**
     * The unique identifier of the Amazon Q Business application instance where the email content
     * will be delivered.
     *
     * <p>Required. CloudFormation property {@code ApplicationId}.
     */
    public DeliverToQBusinessAction applicationId(String value) {
      return set("ApplicationId", Value.of(value));
    }

    /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
    public DeliverToQBusinessAction applicationId(Value<String> value) {
      return set("ApplicationId", value);
    }

    /**
     * The identifier of the knowledge base index within the Amazon Q Business application where the
     * email content will be stored and indexed.
     *
     * <p>Required. CloudFormation property {@code IndexId}.
     */
    public DeliverToQBusinessAction indexId(String value) {
      return set("IndexId", Value.of(value));
    }

    /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
    public DeliverToQBusinessAction indexId(Value<String> value) {
      return set("IndexId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM Role to use while delivering to Amazon Q Business.
     * This role must have access to the <code>qbusiness:BatchPutDocument</code> API for the given
     * application and index.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public DeliverToQBusinessAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DeliverToQBusinessAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /** Property type {@code AWS::SES::MailManagerRuleSet.InvokeLambdaAction}. */
  public static final class InvokeLambdaAction extends Struct<InvokeLambdaAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.InvokeLambdaAction")
        .required("FunctionArn", "InvocationType", "RoleArn")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .allowed("InvocationType", "EVENT", "REQUEST_RESPONSE")
        .build();

    public InvokeLambdaAction() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public InvokeLambdaAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public InvokeLambdaAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /** Required. CloudFormation property {@code FunctionArn}. */
    public InvokeLambdaAction functionArn(String value) {
      return set("FunctionArn", Value.of(value));
    }

    /** Sets {@code FunctionArn} to this value; see {@link #functionArn(String)}. */
    public InvokeLambdaAction functionArn(Value<String> value) {
      return set("FunctionArn", value);
    }

    /**
     * Required. Allowed values: {@code EVENT}, {@code REQUEST_RESPONSE}. CloudFormation property
     * {@code InvocationType}.
     */
    public InvokeLambdaAction invocationType(String value) {
      return set("InvocationType", Value.of(value));
    }

    /** Sets {@code InvocationType} to this value; see {@link #invocationType(String)}. */
    public InvokeLambdaAction invocationType(Value<String> value) {
      return set("InvocationType", value);
    }

    /** CloudFormation property {@code RetryTimeMinutes}. */
    public InvokeLambdaAction retryTimeMinutes(int value) {
      return set("RetryTimeMinutes", Value.of(value));
    }

    /** Sets {@code RetryTimeMinutes} to this value; see {@link #retryTimeMinutes(int)}. */
    public InvokeLambdaAction retryTimeMinutes(Value<Integer> value) {
      return set("RetryTimeMinutes", value);
    }

    /** Required. CloudFormation property {@code RoleArn}. */
    public InvokeLambdaAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public InvokeLambdaAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * The action relays the email via SMTP to another specific SMTP server.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RelayAction}.
   */
  public static final class RelayAction extends Struct<RelayAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RelayAction")
        .required("Relay")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .allowed("MailFrom", "REPLACE", "PRESERVE")
        .build();

    public RelayAction() {
      super(SCHEMA);
    }

    /**
     * A policy that states what to do in the case of failure. The action will fail if there are
     * configuration errors. For example, the specified relay has been deleted.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public RelayAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public RelayAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /**
     * This action specifies whether to preserve or replace original mail from address while
     * relaying received emails to a destination server.
     *
     * <p>Allowed values: {@code REPLACE}, {@code PRESERVE}. CloudFormation property {@code
     * MailFrom}.
     */
    public RelayAction mailFrom(String value) {
      return set("MailFrom", Value.of(value));
    }

    /** Sets {@code MailFrom} to this value; see {@link #mailFrom(String)}. */
    public RelayAction mailFrom(Value<String> value) {
      return set("MailFrom", value);
    }

    /**
     * The identifier of the relay resource to be used when relaying an email.
     *
     * <p>Required. CloudFormation property {@code Relay}.
     */
    public RelayAction relay(String value) {
      return set("Relay", Value.of(value));
    }

    /** Sets {@code Relay} to this value; see {@link #relay(String)}. */
    public RelayAction relay(Value<String> value) {
      return set("Relay", value);
    }
  }

  /**
   * This action replaces the email envelope recipients with the given list of recipients. If the
   * condition of this action applies only to a subset of recipients, only those recipients are
   * replaced with the recipients specified in the action. The message contents and headers are
   * unaffected by this action, only the envelope recipients are updated.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.ReplaceRecipientAction}.
   */
  public static final class ReplaceRecipientAction extends Struct<ReplaceRecipientAction> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerRuleSet.ReplaceRecipientAction");

    public ReplaceRecipientAction() {
      super(SCHEMA);
    }

    /**
     * This action specifies the replacement recipient email addresses to insert.
     *
     * <p>CloudFormation property {@code ReplaceWith}.
     */
    public ReplaceRecipientAction replaceWith(List<String> value) {
      return set("ReplaceWith", Value.listOf(value));
    }

    /** Sets {@code ReplaceWith} to this value; see {@link #replaceWith(List)}. */
    public ReplaceRecipientAction replaceWith(Value<List<String>> value) {
      return set("ReplaceWith", value);
    }
  }

  /**
   * A rule contains conditions, "unless conditions" and actions. For each envelope recipient of an
   * email, if all conditions match and none of the "unless conditions" match, then all of the
   * actions are executed sequentially. If no conditions are provided, the rule always applies and
   * the actions are implicitly executed. If only "unless conditions" are provided, the rule applies
   * if the email does not match the evaluation of the "unless conditions".
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.Rule")
        .required("Actions")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(32))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The list of actions to execute when the conditions match the incoming email, and none of the
     * "unless conditions" match.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public Rule actions(List<RuleAction> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public Rule actions(Value<List<RuleAction>> value) {
      return set("Actions", value);
    }

    /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
    public Rule actions(RuleAction... values) {
      return set("Actions", Value.list(values));
    }

    /**
     * The conditions of this rule. All conditions must match the email for the actions to be
     * executed. An empty list of conditions means that all emails match, but are still subject to
     * any "unless conditions"
     *
     * <p>CloudFormation property {@code Conditions}.
     */
    public Rule conditions(List<RuleCondition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public Rule conditions(Value<List<RuleCondition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public Rule conditions(RuleCondition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * The user-friendly name of the rule.
     *
     * <p>Length: 1 to 32 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation property
     * {@code Name}.
     */
    public Rule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Rule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The "unless conditions" of this rule. None of the conditions can match the email for the
     * actions to be executed. If any of these conditions do match the email, then the actions are
     * not executed.
     *
     * <p>CloudFormation property {@code Unless}.
     */
    public Rule unless(List<RuleCondition> value) {
      return set("Unless", Value.listOf(value));
    }

    /** Sets {@code Unless} to this value; see {@link #unless(List)}. */
    public Rule unless(Value<List<RuleCondition>> value) {
      return set("Unless", value);
    }

    /** Sets {@code Unless} to a list of these; see {@link #unless(List)}. */
    public Rule unless(RuleCondition... values) {
      return set("Unless", Value.list(values));
    }
  }

  /**
   * The action for a rule to take. Only one of the contained actions can be set.
   *
   * <p>This data type is a UNION, so only one of the following members can be specified when used
   * or returned.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleAction}.
   */
  public static final class RuleAction extends Struct<RuleAction> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerRuleSet.RuleAction");

    public RuleAction() {
      super(SCHEMA);
    }

    /**
     * This action adds a header. This can be used to add arbitrary email headers.
     *
     * <p>CloudFormation property {@code AddHeader}.
     */
    public RuleAction addHeader(Value<AddHeaderAction> value) {
      return set("AddHeader", value);
    }

    /**
     * This action archives the email. This can be used to deliver an email to an archive.
     *
     * <p>CloudFormation property {@code Archive}.
     */
    public RuleAction archive(Value<ArchiveAction> value) {
      return set("Archive", value);
    }

    /** CloudFormation property {@code Bounce}. */
    public RuleAction bounce(Value<BounceAction> value) {
      return set("Bounce", value);
    }

    /**
     * This action delivers an email to a WorkMail mailbox.
     *
     * <p>CloudFormation property {@code DeliverToMailbox}.
     */
    public RuleAction deliverToMailbox(Value<DeliverToMailboxAction> value) {
      return set("DeliverToMailbox", value);
    }

    /**
     * This action delivers an email to an Amazon Q Business application for ingestion into its
     * knowledge base.
     *
     * <p>CloudFormation property {@code DeliverToQBusiness}.
     */
    public RuleAction deliverToQBusiness(Value<DeliverToQBusinessAction> value) {
      return set("DeliverToQBusiness", value);
    }

    /**
     * This action terminates the evaluation of rules in the rule set.
     *
     * <p>CloudFormation property {@code Drop}.
     */
    public RuleAction drop(Value<Json> value) {
      return set("Drop", value);
    }

    /** CloudFormation property {@code InvokeLambda}. */
    public RuleAction invokeLambda(Value<InvokeLambdaAction> value) {
      return set("InvokeLambda", value);
    }

    /**
     * This action publishes the email content to an Amazon SNS topic.
     *
     * <p>CloudFormation property {@code PublishToSns}.
     */
    public RuleAction publishToSns(Value<SnsAction> value) {
      return set("PublishToSns", value);
    }

    /**
     * This action relays the email to another SMTP server.
     *
     * <p>CloudFormation property {@code Relay}.
     */
    public RuleAction relay(Value<RelayAction> value) {
      return set("Relay", value);
    }

    /**
     * The action replaces certain or all recipients with a different set of recipients.
     *
     * <p>CloudFormation property {@code ReplaceRecipient}.
     */
    public RuleAction replaceRecipient(Value<ReplaceRecipientAction> value) {
      return set("ReplaceRecipient", value);
    }

    /**
     * This action sends the email to the internet.
     *
     * <p>CloudFormation property {@code Send}.
     */
    public RuleAction send(Value<SendAction> value) {
      return set("Send", value);
    }

    /**
     * This action writes the MIME content of the email to an S3 bucket.
     *
     * <p>CloudFormation property {@code WriteToS3}.
     */
    public RuleAction writeToS3(Value<S3Action> value) {
      return set("WriteToS3", value);
    }
  }

  /**
   * A boolean expression to be used in a rule condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleBooleanExpression}.
   */
  public static final class RuleBooleanExpression extends Struct<RuleBooleanExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleBooleanExpression")
        .required("Evaluate", "Operator")
        .allowed("Operator", "IS_TRUE", "IS_FALSE")
        .build();

    public RuleBooleanExpression() {
      super(SCHEMA);
    }

    /**
     * The operand on which to perform a boolean condition operation.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public RuleBooleanExpression evaluate(Value<RuleBooleanToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The matching operator for a boolean condition expression.
     *
     * <p>Required. Allowed values: {@code IS_TRUE}, {@code IS_FALSE}. CloudFormation property
     * {@code Operator}.
     */
    public RuleBooleanExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public RuleBooleanExpression operator(Value<String> value) {
      return set("Operator", value);
    }
  }

  /**
   * The union type representing the allowed types of operands for a boolean condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleBooleanToEvaluate}.
   */
  public static final class RuleBooleanToEvaluate extends Struct<RuleBooleanToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleBooleanToEvaluate")
        .allowed("Attribute", "READ_RECEIPT_REQUESTED", "TLS", "TLS_WRAPPED")
        .build();

    public RuleBooleanToEvaluate() {
      super(SCHEMA);
    }

    /**
     * The Add On ARN and its returned value to evaluate in a boolean condition expression.
     *
     * <p>CloudFormation property {@code Analysis}.
     */
    public RuleBooleanToEvaluate analysis(Value<Analysis> value) {
      return set("Analysis", value);
    }

    /**
     * The boolean type representing the allowed attribute types for an email.
     *
     * <p>Allowed values: {@code READ_RECEIPT_REQUESTED}, {@code TLS}, {@code TLS_WRAPPED}.
     * CloudFormation property {@code Attribute}.
     */
    public RuleBooleanToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public RuleBooleanToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /**
     * The structure representing the address lists and address list attribute that will be used in
     * evaluation of boolean expression.
     *
     * <p>CloudFormation property {@code IsInAddressList}.
     */
    public RuleBooleanToEvaluate isInAddressList(Value<RuleIsInAddressList> value) {
      return set("IsInAddressList", value);
    }
  }

  /**
   * The conditional expression used to evaluate an email for determining if a rule action should be
   * taken.
   *
   * <p>This data type is a UNION, so only one of the following members can be specified when used
   * or returned.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleCondition}.
   */
  public static final class RuleCondition extends Struct<RuleCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerRuleSet.RuleCondition");

    public RuleCondition() {
      super(SCHEMA);
    }

    /**
     * The condition applies to a boolean expression passed in this field.
     *
     * <p>CloudFormation property {@code BooleanExpression}.
     */
    public RuleCondition booleanExpression(Value<RuleBooleanExpression> value) {
      return set("BooleanExpression", value);
    }

    /**
     * The condition applies to a DMARC policy expression passed in this field.
     *
     * <p>CloudFormation property {@code DmarcExpression}.
     */
    public RuleCondition dmarcExpression(Value<RuleDmarcExpression> value) {
      return set("DmarcExpression", value);
    }

    /**
     * The condition applies to an IP address expression passed in this field.
     *
     * <p>CloudFormation property {@code IpExpression}.
     */
    public RuleCondition ipExpression(Value<RuleIpExpression> value) {
      return set("IpExpression", value);
    }

    /**
     * The condition applies to a number expression passed in this field.
     *
     * <p>CloudFormation property {@code NumberExpression}.
     */
    public RuleCondition numberExpression(Value<RuleNumberExpression> value) {
      return set("NumberExpression", value);
    }

    /**
     * The condition applies to a string expression passed in this field.
     *
     * <p>CloudFormation property {@code StringExpression}.
     */
    public RuleCondition stringExpression(Value<RuleStringExpression> value) {
      return set("StringExpression", value);
    }

    /**
     * The condition applies to a verdict expression passed in this field.
     *
     * <p>CloudFormation property {@code VerdictExpression}.
     */
    public RuleCondition verdictExpression(Value<RuleVerdictExpression> value) {
      return set("VerdictExpression", value);
    }
  }

  /**
   * A DMARC policy expression. The condition matches if the given DMARC policy matches that of the
   * incoming email.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleDmarcExpression}.
   */
  public static final class RuleDmarcExpression extends Struct<RuleDmarcExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleDmarcExpression")
        .required("Operator", "Values")
        .allowed("Operator", "EQUALS", "NOT_EQUALS")
        .allowed("Values", "NONE", "QUARANTINE", "REJECT")
        .build();

    public RuleDmarcExpression() {
      super(SCHEMA);
    }

    /**
     * The operator to apply to the DMARC policy of the incoming email.
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}. CloudFormation property
     * {@code Operator}.
     */
    public RuleDmarcExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public RuleDmarcExpression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The values to use for the given DMARC policy operator. For the operator EQUALS, if multiple
     * values are given, they are evaluated as an OR. That is, if any of the given values match, the
     * condition is deemed to match. For the operator NOT_EQUALS, if multiple values are given, they
     * are evaluated as an AND. That is, only if the email's DMARC policy is not equal to any of the
     * given values, then the condition is deemed to match.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code QUARANTINE}, {@code REJECT}. CloudFormation
     * property {@code Values}.
     */
    public RuleDmarcExpression values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public RuleDmarcExpression values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * An IP address expression matching certain IP addresses within a given range of IP addresses.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleIpExpression}.
   */
  public static final class RuleIpExpression extends Struct<RuleIpExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleIpExpression")
        .required("Evaluate", "Operator", "Values")
        .allowed("Operator", "CIDR_MATCHES", "NOT_CIDR_MATCHES")
        .build();

    public RuleIpExpression() {
      super(SCHEMA);
    }

    /**
     * The IP address to evaluate in this condition.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public RuleIpExpression evaluate(Value<RuleIpToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The operator to evaluate the IP address.
     *
     * <p>Required. Allowed values: {@code CIDR_MATCHES}, {@code NOT_CIDR_MATCHES}. CloudFormation
     * property {@code Operator}.
     */
    public RuleIpExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public RuleIpExpression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The IP CIDR blocks in format "x.y.z.w/n" (eg 10.0.0.0/8) to match with the email's IP
     * address. For the operator CIDR_MATCHES, if multiple values are given, they are evaluated as
     * an OR. That is, if the IP address is contained within any of the given CIDR ranges, the
     * condition is deemed to match. For NOT_CIDR_MATCHES, if multiple CIDR ranges are given, the
     * condition is deemed to match if the IP address is not contained in any of the given CIDR
     * ranges.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public RuleIpExpression values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public RuleIpExpression values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The IP address to evaluate for this condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleIpToEvaluate}.
   */
  public static final class RuleIpToEvaluate extends Struct<RuleIpToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleIpToEvaluate")
        .required("Attribute")
        .allowed("Attribute", "SOURCE_IP")
        .build();

    public RuleIpToEvaluate() {
      super(SCHEMA);
    }

    /**
     * The attribute of the email to evaluate.
     *
     * <p>Required. Allowed values: {@code SOURCE_IP}. CloudFormation property {@code Attribute}.
     */
    public RuleIpToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public RuleIpToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * The structure type for a boolean condition that provides the address lists and address list
   * attribute to evaluate.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleIsInAddressList}.
   */
  public static final class RuleIsInAddressList extends Struct<RuleIsInAddressList> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleIsInAddressList")
        .required("AddressLists", "Attribute")
        .allowed("Attribute", "RECIPIENT", "MAIL_FROM", "SENDER", "FROM", "TO", "CC")
        .build();

    public RuleIsInAddressList() {
      super(SCHEMA);
    }

    /**
     * The address lists that will be used for evaluation.
     *
     * <p>Required. CloudFormation property {@code AddressLists}.
     */
    public RuleIsInAddressList addressLists(List<String> value) {
      return set("AddressLists", Value.listOf(value));
    }

    /** Sets {@code AddressLists} to this value; see {@link #addressLists(List)}. */
    public RuleIsInAddressList addressLists(Value<List<String>> value) {
      return set("AddressLists", value);
    }

    /**
     * The email attribute that needs to be evaluated against the address list.
     *
     * <p>Required. Allowed values: {@code RECIPIENT}, {@code MAIL_FROM}, {@code SENDER}, {@code
     * FROM}, {@code TO}, {@code CC}. CloudFormation property {@code Attribute}.
     */
    public RuleIsInAddressList attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public RuleIsInAddressList attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * A number expression to match numeric conditions with integers from the incoming email.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleNumberExpression}.
   */
  public static final class RuleNumberExpression extends Struct<RuleNumberExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleNumberExpression")
        .required("Evaluate", "Operator", "Value")
        .allowed("Operator", "EQUALS", "NOT_EQUALS", "LESS_THAN", "GREATER_THAN",
            "LESS_THAN_OR_EQUAL", "GREATER_THAN_OR_EQUAL")
        .build();

    public RuleNumberExpression() {
      super(SCHEMA);
    }

    /**
     * The number to evaluate in a numeric condition expression.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public RuleNumberExpression evaluate(Value<RuleNumberToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The operator for a numeric condition expression.
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}, {@code LESS_THAN}, {@code
     * GREATER_THAN}, {@code LESS_THAN_OR_EQUAL}, {@code GREATER_THAN_OR_EQUAL}. CloudFormation
     * property {@code Operator}.
     */
    public RuleNumberExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public RuleNumberExpression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The value to evaluate in a numeric condition expression.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public RuleNumberExpression value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public RuleNumberExpression value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * The number to evaluate in a numeric condition expression.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleNumberToEvaluate}.
   */
  public static final class RuleNumberToEvaluate extends Struct<RuleNumberToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleNumberToEvaluate")
        .required("Attribute")
        .allowed("Attribute", "MESSAGE_SIZE")
        .build();

    public RuleNumberToEvaluate() {
      super(SCHEMA);
    }

    /**
     * An email attribute that is used as the number to evaluate.
     *
     * <p>Required. Allowed values: {@code MESSAGE_SIZE}. CloudFormation property {@code Attribute}.
     */
    public RuleNumberToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public RuleNumberToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * A string expression is evaluated against strings or substrings of the email.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleStringExpression}.
   */
  public static final class RuleStringExpression extends Struct<RuleStringExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleStringExpression")
        .required("Evaluate", "Operator", "Values")
        .allowed("Operator", "EQUALS", "NOT_EQUALS", "STARTS_WITH", "ENDS_WITH", "CONTAINS")
        .build();

    public RuleStringExpression() {
      super(SCHEMA);
    }

    /**
     * The string to evaluate in a string condition expression.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public RuleStringExpression evaluate(Value<RuleStringToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The matching operator for a string condition expression.
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}, {@code STARTS_WITH}, {@code
     * ENDS_WITH}, {@code CONTAINS}. CloudFormation property {@code Operator}.
     */
    public RuleStringExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public RuleStringExpression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The string(s) to be evaluated in a string condition expression. For all operators, except for
     * NOT_EQUALS, if multiple values are given, the values are processed as an OR. That is, if any
     * of the values match the email's string using the given operator, the condition is deemed to
     * match. However, for NOT_EQUALS, the condition is only deemed to match if none of the given
     * strings match the email's string.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public RuleStringExpression values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public RuleStringExpression values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The string to evaluate in a string condition expression.
   *
   * <p>This data type is a UNION, so only one of the following members can be specified when used
   * or returned.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleStringToEvaluate}.
   */
  public static final class RuleStringToEvaluate extends Struct<RuleStringToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleStringToEvaluate")
        .allowed("Attribute", "MAIL_FROM", "HELO", "RECIPIENT", "SENDER", "FROM", "SUBJECT", "TO",
            "CC")
        .allowed("ClientCertificateAttribute", "CN", "SAN_RFC822_NAME", "SAN_DNS_NAME",
            "SAN_DIRECTORY_NAME", "SAN_UNIFORM_RESOURCE_IDENTIFIER", "SAN_IP_ADDRESS",
            "SAN_REGISTERED_ID", "SERIAL_NUMBER")
        .build();

    public RuleStringToEvaluate() {
      super(SCHEMA);
    }

    /**
     * The Add On ARN and its returned value to evaluate in a string condition expression.
     *
     * <p>CloudFormation property {@code Analysis}.
     */
    public RuleStringToEvaluate analysis(Value<Analysis> value) {
      return set("Analysis", value);
    }

    /**
     * The email attribute to evaluate in a string condition expression.
     *
     * <p>Allowed values: {@code MAIL_FROM}, {@code HELO}, {@code RECIPIENT}, {@code SENDER}, {@code
     * FROM}, {@code SUBJECT}, {@code TO}, {@code CC}. CloudFormation property {@code Attribute}.
     */
    public RuleStringToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public RuleStringToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /**
     * Allowed values: {@code CN}, {@code SAN_RFC822_NAME}, {@code SAN_DNS_NAME}, {@code
     * SAN_DIRECTORY_NAME}, {@code SAN_UNIFORM_RESOURCE_IDENTIFIER}, {@code SAN_IP_ADDRESS}, {@code
     * SAN_REGISTERED_ID}, {@code SERIAL_NUMBER}. CloudFormation property {@code
     * ClientCertificateAttribute}.
     */
    public RuleStringToEvaluate clientCertificateAttribute(String value) {
      return set("ClientCertificateAttribute", Value.of(value));
    }

    /**
     * Sets {@code ClientCertificateAttribute} to this value; see {@link
     * #clientCertificateAttribute(String)}.
     */
    public RuleStringToEvaluate clientCertificateAttribute(Value<String> value) {
      return set("ClientCertificateAttribute", value);
    }

    /**
     * The email MIME X-Header attribute to evaluate in a string condition expression.
     *
     * <p>CloudFormation property {@code MimeHeaderAttribute}.
     */
    public RuleStringToEvaluate mimeHeaderAttribute(String value) {
      return set("MimeHeaderAttribute", Value.of(value));
    }

    /** Sets {@code MimeHeaderAttribute} to this value; see {@link #mimeHeaderAttribute(String)}. */
    public RuleStringToEvaluate mimeHeaderAttribute(Value<String> value) {
      return set("MimeHeaderAttribute", value);
    }
  }

  /**
   * A verdict expression is evaluated against verdicts of the email.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleVerdictExpression}.
   */
  public static final class RuleVerdictExpression extends Struct<RuleVerdictExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleVerdictExpression")
        .required("Evaluate", "Operator", "Values")
        .allowed("Operator", "EQUALS", "NOT_EQUALS")
        .allowed("Values", "PASS", "FAIL", "GRAY", "PROCESSING_FAILED")
        .build();

    public RuleVerdictExpression() {
      super(SCHEMA);
    }

    /**
     * The verdict to evaluate in a verdict condition expression.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public RuleVerdictExpression evaluate(Value<RuleVerdictToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The matching operator for a verdict condition expression.
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}. CloudFormation property
     * {@code Operator}.
     */
    public RuleVerdictExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public RuleVerdictExpression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The values to match with the email's verdict using the given operator. For the EQUALS
     * operator, if multiple values are given, the condition is deemed to match if any of the given
     * verdicts match that of the email. For the NOT_EQUALS operator, if multiple values are given,
     * the condition is deemed to match of none of the given verdicts match the verdict of the
     * email.
     *
     * <p>Required. Allowed values: {@code PASS}, {@code FAIL}, {@code GRAY}, {@code
     * PROCESSING_FAILED}. CloudFormation property {@code Values}.
     */
    public RuleVerdictExpression values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public RuleVerdictExpression values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The verdict to evaluate in a verdict condition expression.
   *
   * <p>This data type is a UNION, so only one of the following members can be specified when used
   * or returned.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.RuleVerdictToEvaluate}.
   */
  public static final class RuleVerdictToEvaluate extends Struct<RuleVerdictToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.RuleVerdictToEvaluate")
        .allowed("Attribute", "SPF", "DKIM")
        .build();

    public RuleVerdictToEvaluate() {
      super(SCHEMA);
    }

    /**
     * The Add On ARN and its returned value to evaluate in a verdict condition expression.
     *
     * <p>CloudFormation property {@code Analysis}.
     */
    public RuleVerdictToEvaluate analysis(Value<Analysis> value) {
      return set("Analysis", value);
    }

    /**
     * The email verdict attribute to evaluate in a string verdict expression.
     *
     * <p>Allowed values: {@code SPF}, {@code DKIM}. CloudFormation property {@code Attribute}.
     */
    public RuleVerdictToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public RuleVerdictToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * Writes the MIME content of the email to an S3 bucket.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.S3Action}.
   */
  public static final class S3Action extends Struct<S3Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.S3Action")
        .required("RoleArn", "S3Bucket")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .build();

    public S3Action() {
      super(SCHEMA);
    }

    /**
     * A policy that states what to do in the case of failure. The action will fail if there are
     * configuration errors. For example, the specified the bucket has been deleted.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public S3Action actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public S3Action actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM Role to use while writing to S3. This role must
     * have access to the s3:PutObject, kms:Encrypt, and kms:GenerateDataKey APIs for the given
     * bucket.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public S3Action roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3Action roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The bucket name of the S3 bucket to write to.
     *
     * <p>Required. CloudFormation property {@code S3Bucket}.
     */
    public S3Action s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public S3Action s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The S3 prefix to use for the write to the s3 bucket.
     *
     * <p>CloudFormation property {@code S3Prefix}.
     */
    public S3Action s3Prefix(String value) {
      return set("S3Prefix", Value.of(value));
    }

    /** Sets {@code S3Prefix} to this value; see {@link #s3Prefix(String)}. */
    public S3Action s3Prefix(Value<String> value) {
      return set("S3Prefix", value);
    }

    /**
     * The KMS Key ID to use to encrypt the message in S3.
     *
     * <p>CloudFormation property {@code S3SseKmsKeyId}.
     */
    public S3Action s3SseKmsKeyId(String value) {
      return set("S3SseKmsKeyId", Value.of(value));
    }

    /** Sets {@code S3SseKmsKeyId} to this value; see {@link #s3SseKmsKeyId(String)}. */
    public S3Action s3SseKmsKeyId(Value<String> value) {
      return set("S3SseKmsKeyId", value);
    }
  }

  /**
   * Sends the email to the internet using the ses:SendRawEmail API.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.SendAction}.
   */
  public static final class SendAction extends Struct<SendAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.SendAction")
        .required("RoleArn")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .build();

    public SendAction() {
      super(SCHEMA);
    }

    /**
     * A policy that states what to do in the case of failure. The action will fail if there are
     * configuration errors. For example, the caller does not have the permissions to call the
     * sendRawEmail API.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public SendAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public SendAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the role to use for this action. This role must have access
     * to the ses:SendRawEmail API.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public SendAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SendAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * The action to publish the email content to an Amazon SNS topic. When executed, this action will
   * send the email as a notification to the specified SNS topic.
   *
   * <p>Property type {@code AWS::SES::MailManagerRuleSet.SnsAction}.
   */
  public static final class SnsAction extends Struct<SnsAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerRuleSet.SnsAction")
        .required("RoleArn", "TopicArn")
        .allowed("ActionFailurePolicy", "CONTINUE", "DROP")
        .allowed("Encoding", "UTF-8", "BASE64")
        .allowed("PayloadType", "CONTENT", "HEADERS")
        .build();

    public SnsAction() {
      super(SCHEMA);
    }

    /**
     * A policy that states what to do in the case of failure. The action will fail if there are
     * configuration errors. For example, specified SNS topic has been deleted or the role lacks
     * necessary permissions to call the <code>sns:Publish</code> API.
     *
     * <p>Allowed values: {@code CONTINUE}, {@code DROP}. CloudFormation property {@code
     * ActionFailurePolicy}.
     */
    public SnsAction actionFailurePolicy(String value) {
      return set("ActionFailurePolicy", Value.of(value));
    }

    /** Sets {@code ActionFailurePolicy} to this value; see {@link #actionFailurePolicy(String)}. */
    public SnsAction actionFailurePolicy(Value<String> value) {
      return set("ActionFailurePolicy", value);
    }

    /**
     * The encoding to use for the email within the Amazon SNS notification. The default value is
     * <code>UTF-8</code> . Use <code>BASE64</code> if you need to preserve all special characters,
     * especially when the original message uses a different encoding format.
     *
     * <p>Allowed values: {@code UTF-8}, {@code BASE64}. CloudFormation property {@code Encoding}.
     */
    public SnsAction encoding(String value) {
      return set("Encoding", Value.of(value));
    }

    /** Sets {@code Encoding} to this value; see {@link #encoding(String)}. */
    public SnsAction encoding(Value<String> value) {
      return set("Encoding", value);
    }

    /**
     * The expected payload type within the Amazon SNS notification. <code>CONTENT</code> attempts
     * to publish the full email content with 20KB of headers content. <code>HEADERS</code> extracts
     * up to 100KB of header content to include in the notification, email content will not be
     * included to the notification. The default value is <code>CONTENT</code> .
     *
     * <p>Allowed values: {@code CONTENT}, {@code HEADERS}. CloudFormation property {@code
     * PayloadType}.
     */
    public SnsAction payloadType(String value) {
      return set("PayloadType", Value.of(value));
    }

    /** Sets {@code PayloadType} to this value; see {@link #payloadType(String)}. */
    public SnsAction payloadType(Value<String> value) {
      return set("PayloadType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM Role to use while writing to Amazon SNS. This role
     * must have access to the <code>sns:Publish</code> API for the given topic.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public SnsAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SnsAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS Topic to which notification for the email
     * received will be published.
     *
     * <p>Required. CloudFormation property {@code TopicArn}.
     */
    public SnsAction topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public SnsAction topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }
}
