// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Contains information about a queue.
 *
 * <p>CloudFormation type {@code AWS::Connect::Queue}.
 */
public final class Queue extends Resource<Queue> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Queue")
      .required("HoursOfOperationArn", "InstanceArn", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(250))
      .constrain("HoursOfOperationArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/operating-hours/[-a-zA-Z0-9]*$"))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("MaxContacts", Constraint.of().minimum(0))
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .constrain("QuickConnectArns", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/transfer-destination/[-a-zA-Z0-9]*$"))
      .allowed("Status", "ENABLED", "DISABLED")
      .refYields("QueueArn")
      .attributes("LastModifiedRegion", "LastModifiedTime", "QueueArn", "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Queue(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The email addresses that agents can use when replying to or initiating email contacts
   *
   * <p>CloudFormation property {@code AdditionalEmailAddresses}.
   */
  public Queue additionalEmailAddresses(List<EmailAddress> value) {
    return set("AdditionalEmailAddresses", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalEmailAddresses} to this value; see {@link
   * #additionalEmailAddresses(List)}.
   */
  public Queue additionalEmailAddresses(Value<List<EmailAddress>> value) {
    return set("AdditionalEmailAddresses", value);
  }

  /**
   * Sets {@code AdditionalEmailAddresses} to a list of these; see {@link
   * #additionalEmailAddresses(List)}.
   */
  public Queue additionalEmailAddresses(EmailAddress... values) {
    return set("AdditionalEmailAddresses", Value.list(values));
  }

  /**
   * The description of the queue.
   *
   * <p>Length: 1 to 250 characters. CloudFormation property {@code Description}.
   */
  public Queue description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Queue description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the hours of operation.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;operating-hours/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code HoursOfOperationArn}.
   */
  public Queue hoursOfOperationArn(String value) {
    return set("HoursOfOperationArn", Value.of(value));
  }

  /** Sets {@code HoursOfOperationArn} to this value; see {@link #hoursOfOperationArn(String)}. */
  public Queue hoursOfOperationArn(Value<String> value) {
    return set("HoursOfOperationArn", value);
  }

  /**
   * The identifier of the Connect Customer instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public Queue instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Queue instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public Queue instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The maximum number of contacts that can be in the queue before it is considered full.
   *
   * <p>Range: at least 0. CloudFormation property {@code MaxContacts}.
   */
  public Queue maxContacts(int value) {
    return set("MaxContacts", Value.of(value));
  }

  /** Sets {@code MaxContacts} to this value; see {@link #maxContacts(int)}. */
  public Queue maxContacts(Value<Integer> value) {
    return set("MaxContacts", value);
  }

  /**
   * The name of the queue.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public Queue name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Queue name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The outbound caller ID name, number, and outbound whisper flow.
   *
   * <p>CloudFormation property {@code OutboundCallerConfig}.
   */
  public Queue outboundCallerConfig(Value<OutboundCallerConfig> value) {
    return set("OutboundCallerConfig", value);
  }

  /**
   * The outbound email address ID for a specified queue.
   *
   * <p>CloudFormation property {@code OutboundEmailConfig}.
   */
  public Queue outboundEmailConfig(Value<OutboundEmailConfig> value) {
    return set("OutboundEmailConfig", value);
  }

  /**
   * The Amazon Resource Names (ARN) of the of the quick connects available to agents who are
   * working the queue.
   *
   * <p>Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;transfer-destination/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code QuickConnectArns}.
   */
  public Queue quickConnectArns(List<String> value) {
    return set("QuickConnectArns", Value.listOf(value));
  }

  /** Sets {@code QuickConnectArns} to this value; see {@link #quickConnectArns(List)}. */
  public Queue quickConnectArns(Value<List<String>> value) {
    return set("QuickConnectArns", value);
  }

  /**
   * The status of the queue.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
   */
  public Queue status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Queue status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "Tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Queue tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Queue tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Queue tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The AWS Region where this resource was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * The timestamp when this resource was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the queue.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueueArn}.
   */
  public Value<String> queueArn() {
    return getAtt("QueueArn");
  }

  /**
   * The type of queue.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * An email address configuration for the queue
   *
   * <p>Property type {@code AWS::Connect::Queue.EmailAddress}.
   */
  public static final class EmailAddress extends Struct<EmailAddress> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Queue.EmailAddress")
        .required("EmailAddressArn")
        .constrain("EmailAddressArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-f0-9]{8}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{12}/email-address/[-a-f0-9]{8}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{12}$"))
        .build();

    public EmailAddress() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the email address
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-f0-9]{8}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{12}/email-address/[-a-f0-9]{8}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{4}-[-a-f0-9]{12}$}.
     * CloudFormation property {@code EmailAddressArn}.
     */
    public EmailAddress emailAddressArn(String value) {
      return set("EmailAddressArn", Value.of(value));
    }

    /** Sets {@code EmailAddressArn} to this value; see {@link #emailAddressArn(String)}. */
    public EmailAddress emailAddressArn(Value<String> value) {
      return set("EmailAddressArn", value);
    }
  }

  /**
   * The outbound caller ID name, number, and outbound whisper flow.
   *
   * <p>Property type {@code AWS::Connect::Queue.OutboundCallerConfig}.
   */
  public static final class OutboundCallerConfig extends Struct<OutboundCallerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Queue.OutboundCallerConfig")
        .constrain("OutboundCallerIdName", Constraint.of().minLength(1).maxLength(255))
        .constrain("OutboundCallerIdNumberArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:phone-number/[-a-zA-Z0-9]*$"))
        .constrain("OutboundFlowArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$").minLength(1).maxLength(500))
        .build();

    public OutboundCallerConfig() {
      super(SCHEMA);
    }

    /**
     * The caller ID name.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code OutboundCallerIdName}.
     */
    public OutboundCallerConfig outboundCallerIdName(String value) {
      return set("OutboundCallerIdName", Value.of(value));
    }

    /**
     * Sets {@code OutboundCallerIdName} to this value; see {@link #outboundCallerIdName(String)}.
     */
    public OutboundCallerConfig outboundCallerIdName(Value<String> value) {
      return set("OutboundCallerIdName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the outbound caller ID number.
     *
     * <p>Only use the phone number ARN format that doesn't contain <code>instance</code> in the
     * path, for example, <code>arn:aws:connect:us-east-1:1234567890:phone-number/uuid</code> . This
     * is the same ARN format that is returned when you create a phone number using CloudFormation ,
     * or when you call the <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html">ListPhoneNumbersV2</a>
     * API.
     *
     * <p>Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:phone-number/[-a-zA-Z0-9]*$}. CloudFormation
     * property {@code OutboundCallerIdNumberArn}.
     */
    public OutboundCallerConfig outboundCallerIdNumberArn(String value) {
      return set("OutboundCallerIdNumberArn", Value.of(value));
    }

    /**
     * Sets {@code OutboundCallerIdNumberArn} to this value; see {@link
     * #outboundCallerIdNumberArn(String)}.
     */
    public OutboundCallerConfig outboundCallerIdNumberArn(Value<String> value) {
      return set("OutboundCallerIdNumberArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the outbound flow.
     *
     * <p>Length: 1 to 500 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$}.
     * CloudFormation property {@code OutboundFlowArn}.
     */
    public OutboundCallerConfig outboundFlowArn(String value) {
      return set("OutboundFlowArn", Value.of(value));
    }

    /** Sets {@code OutboundFlowArn} to this value; see {@link #outboundFlowArn(String)}. */
    public OutboundCallerConfig outboundFlowArn(Value<String> value) {
      return set("OutboundFlowArn", value);
    }
  }

  /**
   * The outbound email address ID.
   *
   * <p>Property type {@code AWS::Connect::Queue.OutboundEmailConfig}.
   */
  public static final class OutboundEmailConfig extends Struct<OutboundEmailConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Queue.OutboundEmailConfig")
        .constrain("OutboundEmailAddressId", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/email-address/[-a-zA-Z0-9]*$").minLength(1).maxLength(500))
        .build();

    public OutboundEmailConfig() {
      super(SCHEMA);
    }

    /**
     * The identifier of the email address.
     *
     * <p>Length: 1 to 500 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;email-address/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code OutboundEmailAddressId}.
     */
    public OutboundEmailConfig outboundEmailAddressId(String value) {
      return set("OutboundEmailAddressId", Value.of(value));
    }

    /**
     * Sets {@code OutboundEmailAddressId} to this value; see {@link
     * #outboundEmailAddressId(String)}.
     */
    public OutboundEmailConfig outboundEmailAddressId(Value<String> value) {
      return set("OutboundEmailAddressId", value);
    }
  }
}
