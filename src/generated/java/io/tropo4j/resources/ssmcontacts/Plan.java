// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmcontacts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Information about the stages and on-call rotation teams associated with an escalation plan or
 * engagement plan.
 *
 * <p><em>Template example</em> : We recommend creating all Incident Manager <code>Contacts</code>
 * resources using a single AWS CloudFormation template. For a demonstration, see the examples for
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssmcontacts-contact.html">AWS::SSMContacts::Contacts</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::SSMContacts::Plan}.
 */
public final class Plan extends Resource<Plan> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Plan")
      .required("ContactId")
      .constrain("ContactId", Constraint.of().pattern("arn:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]*:[0-9]+:([\\w+=\\/,.@:-]+)*"))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public Plan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the contact.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:[-&#92;w+=&#92;/,.&#64;]+:[-&#92;w+=&#92;/,.&#64;]+:[-&#92;w+=&#92;/,.&#64;]*:[0-9]+:([&#92;w+=&#92;/,.&#64;:-]+)*}.
   * CloudFormation property {@code ContactId}.
   */
  public Plan contactId(String value) {
    return set("ContactId", Value.of(value));
  }

  /** Sets {@code ContactId} to this value; see {@link #contactId(String)}. */
  public Plan contactId(Value<String> value) {
    return set("ContactId", value);
  }

  /**
   * The Amazon Resource Names (ARNs) of the on-call rotations associated with the plan.
   *
   * <p>CloudFormation property {@code RotationIds}.
   */
  public Plan rotationIds(List<String> value) {
    return set("RotationIds", Value.listOf(value));
  }

  /** Sets {@code RotationIds} to this value; see {@link #rotationIds(List)}. */
  public Plan rotationIds(Value<List<String>> value) {
    return set("RotationIds", value);
  }

  /**
   * A list of stages that the escalation plan or engagement plan uses to engage contacts and
   * contact methods.
   *
   * <p>CloudFormation property {@code Stages}.
   */
  public Plan stages(List<Stage> value) {
    return set("Stages", Value.listOf(value));
  }

  /** Sets {@code Stages} to this value; see {@link #stages(List)}. */
  public Plan stages(Value<List<Stage>> value) {
    return set("Stages", value);
  }

  /** Sets {@code Stages} to a list of these; see {@link #stages(List)}. */
  public Plan stages(Stage... values) {
    return set("Stages", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>Plan</code> resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Information about the contact channel that Incident Manager uses to engage the contact.
   *
   * <p>Property type {@code AWS::SSMContacts::Plan.ChannelTargetInfo}.
   */
  public static final class ChannelTargetInfo extends Struct<ChannelTargetInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Plan.ChannelTargetInfo")
        .required("ChannelId", "RetryIntervalInMinutes")
        .build();

    public ChannelTargetInfo() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the contact channel.
     *
     * <p>Required. CloudFormation property {@code ChannelId}.
     */
    public ChannelTargetInfo channelId(String value) {
      return set("ChannelId", Value.of(value));
    }

    /** Sets {@code ChannelId} to this value; see {@link #channelId(String)}. */
    public ChannelTargetInfo channelId(Value<String> value) {
      return set("ChannelId", value);
    }

    /**
     * The number of minutes to wait before retrying to send engagement if the engagement initially
     * failed.
     *
     * <p>Required. CloudFormation property {@code RetryIntervalInMinutes}.
     */
    public ChannelTargetInfo retryIntervalInMinutes(int value) {
      return set("RetryIntervalInMinutes", Value.of(value));
    }

    /**
     * Sets {@code RetryIntervalInMinutes} to this value; see {@link #retryIntervalInMinutes(int)}.
     */
    public ChannelTargetInfo retryIntervalInMinutes(Value<Integer> value) {
      return set("RetryIntervalInMinutes", value);
    }
  }

  /**
   * The contact that Incident Manager is engaging during an incident.
   *
   * <p>Property type {@code AWS::SSMContacts::Plan.ContactTargetInfo}.
   */
  public static final class ContactTargetInfo extends Struct<ContactTargetInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Plan.ContactTargetInfo")
        .required("ContactId", "IsEssential")
        .build();

    public ContactTargetInfo() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the contact.
     *
     * <p>Required. CloudFormation property {@code ContactId}.
     */
    public ContactTargetInfo contactId(String value) {
      return set("ContactId", Value.of(value));
    }

    /** Sets {@code ContactId} to this value; see {@link #contactId(String)}. */
    public ContactTargetInfo contactId(Value<String> value) {
      return set("ContactId", value);
    }

    /**
     * A Boolean value determining if the contact's acknowledgement stops the progress of stages in
     * the plan.
     *
     * <p>Required. CloudFormation property {@code IsEssential}.
     */
    public ContactTargetInfo isEssential(boolean value) {
      return set("IsEssential", Value.of(value));
    }

    /** Sets {@code IsEssential} to this value; see {@link #isEssential(boolean)}. */
    public ContactTargetInfo isEssential(Value<Boolean> value) {
      return set("IsEssential", value);
    }
  }

  /**
   * A set amount of time that an escalation plan or engagement plan engages the specified contacts
   * or contact methods.
   *
   * <p>Property type {@code AWS::SSMContacts::Plan.Stage}.
   */
  public static final class Stage extends Struct<Stage> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Plan.Stage")
        .required("DurationInMinutes")
        .build();

    public Stage() {
      super(SCHEMA);
    }

    /**
     * The time to wait until beginning the next stage. The duration can only be set to 0 if a
     * target is specified.
     *
     * <p>Required. CloudFormation property {@code DurationInMinutes}.
     */
    public Stage durationInMinutes(int value) {
      return set("DurationInMinutes", Value.of(value));
    }

    /** Sets {@code DurationInMinutes} to this value; see {@link #durationInMinutes(int)}. */
    public Stage durationInMinutes(Value<Integer> value) {
      return set("DurationInMinutes", value);
    }

    /**
     * The contacts or contact methods that the escalation plan or engagement plan is engaging.
     *
     * <p>CloudFormation property {@code Targets}.
     */
    public Stage targets(List<Targets> value) {
      return set("Targets", Value.listOf(value));
    }

    /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
    public Stage targets(Value<List<Targets>> value) {
      return set("Targets", value);
    }

    /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
    public Stage targets(Targets... values) {
      return set("Targets", Value.list(values));
    }
  }

  /**
   * The contact or contact channel that's being engaged.
   *
   * <p>Property type {@code AWS::SSMContacts::Plan.Targets}.
   */
  public static final class Targets extends Struct<Targets> {
    private static final Schema SCHEMA = Schema.of("AWS::SSMContacts::Plan.Targets");

    public Targets() {
      super(SCHEMA);
    }

    /**
     * Information about the contact channel that Incident Manager engages.
     *
     * <p>CloudFormation property {@code ChannelTargetInfo}.
     */
    public Targets channelTargetInfo(Value<ChannelTargetInfo> value) {
      return set("ChannelTargetInfo", value);
    }

    /**
     * Information about the contact that Incident Manager engages.
     *
     * <p>CloudFormation property {@code ContactTargetInfo}.
     */
    public Targets contactTargetInfo(Value<ContactTargetInfo> value) {
      return set("ContactTargetInfo", value);
    }
  }
}
