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
 * Specifies a quick connect for an Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::QuickConnect}.
 */
public final class QuickConnect extends Resource<QuickConnect> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::QuickConnect")
      .required("InstanceArn", "Name", "QuickConnectConfig")
      .constrain("Description", Constraint.of().minLength(1).maxLength(250))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(127))
      .refYields("QuickConnectArn")
      .attributes("QuickConnectArn", "QuickConnectType")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public QuickConnect(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the quick connect.
   *
   * <p>Length: 1 to 250 characters. CloudFormation property {@code Description}.
   */
  public QuickConnect description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public QuickConnect description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public QuickConnect instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public QuickConnect instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public QuickConnect instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The name of the quick connect.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Name}.
   */
  public QuickConnect name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public QuickConnect name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contains information about the quick connect.
   *
   * <p>Required. CloudFormation property {@code QuickConnectConfig}.
   */
  public QuickConnect quickConnectConfig(Value<QuickConnectConfig> value) {
    return set("QuickConnectConfig", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "Tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public QuickConnect tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public QuickConnect tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public QuickConnect tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the quick connect.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QuickConnectArn}.
   */
  public Value<String> quickConnectArn() {
    return getAtt("QuickConnectArn");
  }

  /**
   * The type of quick connect. In the Amazon Connect admin website, when you create a quick
   * connect, you are prompted to assign one of the following types: Agent (USER), External
   * (PHONE_NUMBER), or Queue (QUEUE).
   *
   * <p>{@code Fn::GetAtt} attribute {@code QuickConnectType}.
   */
  public Value<String> quickConnectType() {
    return getAtt("QuickConnectType");
  }

  /**
   * The flow configuration. This is required only if QuickConnectType is FLOW.
   *
   * <p>Property type {@code AWS::Connect::QuickConnect.FlowQuickConnectConfig}.
   */
  public static final class FlowQuickConnectConfig extends Struct<FlowQuickConnectConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::QuickConnect.FlowQuickConnectConfig")
        .required("ContactFlowArn")
        .constrain("ContactFlowArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"))
        .build();

    public FlowQuickConnectConfig() {
      super(SCHEMA);
    }

    /**
     * The identifier of the contact flow.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$}.
     * CloudFormation property {@code ContactFlowArn}.
     */
    public FlowQuickConnectConfig contactFlowArn(String value) {
      return set("ContactFlowArn", Value.of(value));
    }

    /** Sets {@code ContactFlowArn} to this value; see {@link #contactFlowArn(String)}. */
    public FlowQuickConnectConfig contactFlowArn(Value<String> value) {
      return set("ContactFlowArn", value);
    }
  }

  /**
   * Contains information about a phone number for a quick connect.
   *
   * <p>Property type {@code AWS::Connect::QuickConnect.PhoneNumberQuickConnectConfig}.
   */
  public static final class PhoneNumberQuickConnectConfig extends Struct<PhoneNumberQuickConnectConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::QuickConnect.PhoneNumberQuickConnectConfig")
        .required("PhoneNumber")
        .constrain("PhoneNumber", Constraint.of().pattern("^\\+[1-9]\\d{1,14}$"))
        .build();

    public PhoneNumberQuickConnectConfig() {
      super(SCHEMA);
    }

    /**
     * The phone number in E.164 format.
     *
     * <p>Required. Pattern: {@code ^&#92;+[1-9]&#92;d{1,14}$}. CloudFormation property {@code
     * PhoneNumber}.
     */
    public PhoneNumberQuickConnectConfig phoneNumber(String value) {
      return set("PhoneNumber", Value.of(value));
    }

    /** Sets {@code PhoneNumber} to this value; see {@link #phoneNumber(String)}. */
    public PhoneNumberQuickConnectConfig phoneNumber(Value<String> value) {
      return set("PhoneNumber", value);
    }
  }

  /**
   * Contains information about a queue for a quick connect. The flow must be of type Transfer to
   * Queue.
   *
   * <p>Property type {@code AWS::Connect::QuickConnect.QueueQuickConnectConfig}.
   */
  public static final class QueueQuickConnectConfig extends Struct<QueueQuickConnectConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::QuickConnect.QueueQuickConnectConfig")
        .required("ContactFlowArn", "QueueArn")
        .constrain("ContactFlowArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"))
        .constrain("QueueArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$"))
        .build();

    public QueueQuickConnectConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the flow.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$}.
     * CloudFormation property {@code ContactFlowArn}.
     */
    public QueueQuickConnectConfig contactFlowArn(String value) {
      return set("ContactFlowArn", Value.of(value));
    }

    /** Sets {@code ContactFlowArn} to this value; see {@link #contactFlowArn(String)}. */
    public QueueQuickConnectConfig contactFlowArn(Value<String> value) {
      return set("ContactFlowArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the queue.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;queue/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code QueueArn}.
     */
    public QueueQuickConnectConfig queueArn(String value) {
      return set("QueueArn", Value.of(value));
    }

    /** Sets {@code QueueArn} to this value; see {@link #queueArn(String)}. */
    public QueueQuickConnectConfig queueArn(Value<String> value) {
      return set("QueueArn", value);
    }
  }

  /**
   * Contains configuration settings for a quick connect.
   *
   * <p>Property type {@code AWS::Connect::QuickConnect.QuickConnectConfig}.
   */
  public static final class QuickConnectConfig extends Struct<QuickConnectConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::QuickConnect.QuickConnectConfig")
        .required("QuickConnectType")
        .allowed("QuickConnectType", "PHONE_NUMBER", "QUEUE", "USER", "FLOW")
        .build();

    public QuickConnectConfig() {
      super(SCHEMA);
    }

    /**
     * The flow configuration. This is required only if QuickConnectType is FLOW.
     *
     * <p>CloudFormation property {@code FlowConfig}.
     */
    public QuickConnectConfig flowConfig(Value<FlowQuickConnectConfig> value) {
      return set("FlowConfig", value);
    }

    /**
     * The phone configuration. This is required only if QuickConnectType is PHONE_NUMBER.
     *
     * <p>CloudFormation property {@code PhoneConfig}.
     */
    public QuickConnectConfig phoneConfig(Value<PhoneNumberQuickConnectConfig> value) {
      return set("PhoneConfig", value);
    }

    /**
     * The queue configuration. This is required only if QuickConnectType is QUEUE.
     *
     * <p>CloudFormation property {@code QueueConfig}.
     */
    public QuickConnectConfig queueConfig(Value<QueueQuickConnectConfig> value) {
      return set("QueueConfig", value);
    }

    /**
     * The type of quick connect. In the Connect Customer console, when you create a quick connect,
     * you are prompted to assign one of the following types: Agent (USER), External (PHONE_NUMBER),
     * or Queue (QUEUE).
     *
     * <p>Required. Allowed values: {@code PHONE_NUMBER}, {@code QUEUE}, {@code USER}, {@code FLOW}.
     * CloudFormation property {@code QuickConnectType}.
     */
    public QuickConnectConfig quickConnectType(String value) {
      return set("QuickConnectType", Value.of(value));
    }

    /** Sets {@code QuickConnectType} to this value; see {@link #quickConnectType(String)}. */
    public QuickConnectConfig quickConnectType(Value<String> value) {
      return set("QuickConnectType", value);
    }

    /**
     * The user configuration. This is required only if QuickConnectType is USER.
     *
     * <p>CloudFormation property {@code UserConfig}.
     */
    public QuickConnectConfig userConfig(Value<UserQuickConnectConfig> value) {
      return set("UserConfig", value);
    }
  }

  /**
   * Contains information about the quick connect configuration settings for a user. The contact
   * flow must be of type Transfer to Agent.
   *
   * <p>Property type {@code AWS::Connect::QuickConnect.UserQuickConnectConfig}.
   */
  public static final class UserQuickConnectConfig extends Struct<UserQuickConnectConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::QuickConnect.UserQuickConnectConfig")
        .required("ContactFlowArn", "UserArn")
        .constrain("ContactFlowArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"))
        .constrain("UserArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent/[-a-zA-Z0-9]*$"))
        .build();

    public UserQuickConnectConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the flow.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$}.
     * CloudFormation property {@code ContactFlowArn}.
     */
    public UserQuickConnectConfig contactFlowArn(String value) {
      return set("ContactFlowArn", Value.of(value));
    }

    /** Sets {@code ContactFlowArn} to this value; see {@link #contactFlowArn(String)}. */
    public UserQuickConnectConfig contactFlowArn(Value<String> value) {
      return set("ContactFlowArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the user.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent/[-a-zA-Z0-9]*$}.
     * CloudFormation property {@code UserArn}.
     */
    public UserQuickConnectConfig userArn(String value) {
      return set("UserArn", Value.of(value));
    }

    /** Sets {@code UserArn} to this value; see {@link #userArn(String)}. */
    public UserQuickConnectConfig userArn(Value<String> value) {
      return set("UserArn", value);
    }
  }
}
