// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmcontacts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSMContacts::Contact</code> resource specifies a contact or escalation plan.
 * Incident Manager contacts are a subset of actions and data types that you can use for managing
 * responder engagement and interaction.
 *
 * <p>CloudFormation type {@code AWS::SSMContacts::Contact}.
 */
public final class Contact extends Resource<Contact> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Contact")
      .required("Alias", "DisplayName", "Type")
      .constrain("Alias", Constraint.of().pattern("^[a-z0-9_\\-\\.]*$").minLength(1).maxLength(255))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\s]*$").minLength(1).maxLength(255))
      .allowed("Type", "PERSONAL", "ESCALATION", "ONCALL_SCHEDULE")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Contact(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique and identifiable alias of the contact or escalation plan.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-z0-9_&#92;-&#92;.]*$}. CloudFormation property {@code Alias}.
   */
  public Contact alias(String value) {
    return set("Alias", Value.of(value));
  }

  /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
  public Contact alias(Value<String> value) {
    return set("Alias", value);
  }

  /**
   * The full name of the contact or escalation plan.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-&#92;s]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public Contact displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Contact displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * A list of stages. A contact has an engagement plan with stages that contact specified contact
   * channels. An escalation plan uses stages that contact specified contacts.
   *
   * <p>CloudFormation property {@code Plan}.
   */
  public Contact plan(List<Stage> value) {
    return set("Plan", Value.listOf(value));
  }

  /** Sets {@code Plan} to this value; see {@link #plan(List)}. */
  public Contact plan(Value<List<Stage>> value) {
    return set("Plan", value);
  }

  /** Sets {@code Plan} to a list of these; see {@link #plan(List)}. */
  public Contact plan(Stage... values) {
    return set("Plan", Value.list(values));
  }

  /** CloudFormation property {@code Tags}. */
  public Contact tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Contact tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Contact tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of contact.
   *
   * <ul> <li><code>PERSONAL</code> : A single, individual contact. <li><code>ESCALATION</code> : An
   * escalation plan. <li><code>ONCALL_SCHEDULE</code> : An on-call schedule. </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code PERSONAL}, {@code
   * ESCALATION}, {@code ONCALL_SCHEDULE}. CloudFormation property {@code Type}.
   */
  public Contact typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Contact typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>Contact</code> resource, such as
   * <code>arn:aws:ssm-contacts:us-west-2:123456789012:contact/contactalias</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Information about the contact channel that Incident Manager uses to engage the contact.
   *
   * <p>Property type {@code AWS::SSMContacts::Contact.ChannelTargetInfo}.
   */
  public static final class ChannelTargetInfo extends Struct<ChannelTargetInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Contact.ChannelTargetInfo")
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
   * <p>Property type {@code AWS::SSMContacts::Contact.ContactTargetInfo}.
   */
  public static final class ContactTargetInfo extends Struct<ContactTargetInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::Contact.ContactTargetInfo")
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
   * The <code>Stage</code> property type specifies a set amount of time that an escalation plan or
   * engagement plan engages the specified contacts or contact methods.
   *
   * <p>Property type {@code AWS::SSMContacts::Contact.Stage}.
   */
  public static final class Stage extends Struct<Stage> {
    private static final Schema SCHEMA = Schema.of("AWS::SSMContacts::Contact.Stage");

    public Stage() {
      super(SCHEMA);
    }

    /**
     * The time to wait until beginning the next stage. The duration can only be set to 0 if a
     * target is specified.
     *
     * <p>CloudFormation property {@code DurationInMinutes}.
     */
    public Stage durationInMinutes(int value) {
      return set("DurationInMinutes", Value.of(value));
    }

    /** Sets {@code DurationInMinutes} to this value; see {@link #durationInMinutes(int)}. */
    public Stage durationInMinutes(Value<Integer> value) {
      return set("DurationInMinutes", value);
    }

    /**
     * The Amazon Resource Names (ARNs) of the on-call rotations associated with the plan.
     *
     * <p>CloudFormation property {@code RotationIds}.
     */
    public Stage rotationIds(List<String> value) {
      return set("RotationIds", Value.listOf(value));
    }

    /** Sets {@code RotationIds} to this value; see {@link #rotationIds(List)}. */
    public Stage rotationIds(Value<List<String>> value) {
      return set("RotationIds", value);
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
   * <p>Property type {@code AWS::SSMContacts::Contact.Targets}.
   */
  public static final class Targets extends Struct<Targets> {
    private static final Schema SCHEMA = Schema.of("AWS::SSMContacts::Contact.Targets");

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
     * The contact that Incident Manager is engaging during an incident.
     *
     * <p>CloudFormation property {@code ContactTargetInfo}.
     */
    public Targets contactTargetInfo(Value<ContactTargetInfo> value) {
      return set("ContactTargetInfo", value);
    }
  }
}
